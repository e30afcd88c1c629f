package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
	"github.com/annals-project/annals/store"
)

// TestIngestKilled kills an ingest with SIGKILL part-way and checks that
// the database opens, passes PRAGMA integrity_check, and holds only whole
// articles; then that a rerun completes the ingest.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: starts a child process ingesting thousands of articles")
	}
	dir := t.TempDir()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	// Distinct articles (distinct hashes) with the seed's structure.
	const n = 3000
	texts := map[string]string{}
	var b strings.Builder
	for i := range n {
		text := fmt.Sprintf("Report %d.\n%s", i, seed)
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": text})
		b.Write(rec)
		b.WriteByte('\n')
		texts[fmt.Sprint(i)] = text
	}
	input := filepath.Join(dir, "articles.jsonl")
	if err := os.WriteFile(input, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dir, "killed.db")

	cmd := exec.Command(os.Args[0], "ingest", "--db", dbPath, input)
	cmd.Env = append(os.Environ(), "ANNALS_TEST_MAIN=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	// No deadline of our own: on a loaded machine the first commit may take
	// minutes, and the test binary's -timeout is the backstop. A child that
	// exits before it stored anything fails the test below.
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	for stored := false; !stored; {
		select {
		case err := <-exited:
			t.Fatalf("the child exited (%v) before it was killed", err)
		case <-time.After(50 * time.Millisecond):
			stored = articles(t, ctx, dbPath) >= 5
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-exited

	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	// Check runs PRAGMA integrity_check and the foreign key check.
	if err := db.Check(ctx); err != nil {
		t.Fatalf("Check after kill: %v", err)
	}
	stats, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles >= n {
		t.Fatalf("the child finished (%d articles) before it was killed; the test proves nothing", stats.Articles)
	}
	// Every stored article is whole: it is the source of exactly the
	// events its extraction has.
	events, err := db.Events(ctx, annals.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	perDoc := map[string]map[string]bool{}
	for _, e := range events {
		for _, s := range e.Sources {
			if perDoc[s.Document] == nil {
				perDoc[s.Document] = map[string]bool{}
			}
			perDoc[s.Document][e.ID] = true
		}
	}
	if len(perDoc) != stats.Articles {
		t.Errorf("%d articles stored but %d are the source of events", stats.Articles, len(perDoc))
	}
	want := -1
	for id, text := range texts {
		doc, err := extract.Document(text, extract.Options{Source: id})
		if err != nil {
			t.Fatal(err)
		}
		keys := map[string]bool{}
		for _, e := range doc.Events {
			keys[e.Key()] = true
		}
		want = len(keys)
		break // every article has the seed's events
	}
	for doc, evs := range perDoc {
		if len(evs) != want {
			t.Errorf("article %s has %d events stored, want %d: a partial article", doc, len(evs), want)
		}
	}
	db.Close()

	// A rerun stores the rest and skips what is there.
	r := runCLI(t, map[string]string{"ANNALS_DB": dbPath}, "", "ingest", input)
	if r.code != 0 || !strings.Contains(r.stderr, fmt.Sprintf("%d skipped as already present", stats.Articles)) {
		t.Errorf("rerun: exit %d, %s", r.code, r.stderr)
	}
	if got := articles(t, ctx, dbPath); got != n {
		t.Errorf("after the rerun %d articles, want %d", got, n)
	}

	// The same database as one uninterrupted run.
	clean := filepath.Join(dir, "clean.db")
	if r := runCLI(t, map[string]string{"ANNALS_DB": clean}, "", "ingest", input); r.code != 0 {
		t.Fatalf("clean ingest: exit %d: %s", r.code, r.stderr)
	}
	if a, b := dump(t, dbPath), dump(t, clean); a != b {
		t.Errorf("killed+rerun database differs from an uninterrupted run (%d vs %d bytes of dump)", len(a), len(b))
	}
}

// TestIngestInterrupted sends SIGINT (Ctrl-C) to an ingest: it stops
// cleanly with exit status 1, says so, prints its summary, and leaves a
// sound database.
func TestIngestInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: starts a child process ingesting thousands of articles")
	}
	dir := t.TempDir()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := range 3000 {
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": fmt.Sprintf("Note %d.\n%s", i, seed)})
		b.Write(rec)
		b.WriteByte('\n')
	}
	input := filepath.Join(dir, "articles.jsonl")
	if err := os.WriteFile(input, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dir, "int.db")
	cmd := exec.Command(os.Args[0], "ingest", "--db", dbPath, input)
	cmd.Env = append(os.Environ(), "ANNALS_TEST_MAIN_SIGNALS=1", "ANNALS_TEST_MAIN=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	// No deadline of our own (see TestIngestKilled): -timeout is the backstop.
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	for stored := false; !stored; {
		select {
		case err := <-exited:
			t.Fatalf("the child exited (%v) before it was interrupted: %s", err, stderr.String())
		case <-time.After(50 * time.Millisecond):
			stored = articles(t, ctx, dbPath) >= 5
		}
	}
	cmd.Process.Signal(syscall.SIGINT)
	err = <-exited
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitFailure {
		t.Errorf("interrupted ingest: %v, want exit status 1", err)
	}
	if !strings.Contains(stderr.String(), "interrupted") || !strings.Contains(stderr.String(), "articles stored") {
		t.Errorf("stderr = %q, want the summary and 'interrupted'", stderr.String())
	}
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Check(ctx); err != nil {
		t.Errorf("Check after interrupt: %v", err)
	}
}

func articles(t *testing.T, ctx context.Context, path string) int {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		return 0 // the child may hold the schema lock during migration
	}
	defer db.Close()
	s, err := db.Stats(ctx)
	if err != nil {
		return 0
	}
	return s.Articles
}

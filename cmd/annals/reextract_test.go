package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
	"github.com/annals-project/annals/ingest"
	"github.com/annals-project/annals/store"
)

// The demo articles and saved pages of five kinds of site: text inputs and
// HTML inputs, whose date comes from the page's metadata.
var reextractInputs = []string{"../../examples/articles", "../../ingest/testdata/sites"}

// graphSets lists the database's nodes and links by key, one per line,
// sorted: equal exactly when the two graphs have the same node and link
// sets, whatever the row ids.
func graphSets(t *testing.T, path string) string {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	nodes, err := db.Nodes(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	links, err := db.Links(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, n := range nodes {
		lines = append(lines, fmt.Sprintf("node %+v", n))
	}
	for _, l := range links {
		lines = append(lines, fmt.Sprintf("link %+v", l))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

func ingestForReextract(t *testing.T, args ...string) string {
	t.Helper()
	db := tempDB(t)
	r := runCLI(t, map[string]string{"ANNALS_DB": db}, "", append([]string{"ingest"}, append(args, reextractInputs...)...)...)
	if r.code != 0 || !strings.Contains(r.stderr, "9 articles stored") {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	return db
}

func TestReextractSameExtractorChangesNothing(t *testing.T) {
	db := ingestForReextract(t)
	env := map[string]string{"ANNALS_DB": db}
	before, beforeSets := dump(t, db), graphSets(t, db)
	for run := 1; run <= 2; run++ {
		r := runCLI(t, env, "", "reextract")
		if r.code != 0 || !strings.Contains(r.stderr, "9 articles extracted again") || !strings.Contains(r.stderr, "0 changed, 9 unchanged") {
			t.Fatalf("reextract run %d: exit %d, stderr %q", run, r.code, r.stderr)
		}
		if after := dump(t, db); after != before {
			t.Errorf("reextract run %d changed what the commands show", run)
		}
		if after := graphSets(t, db); after != beforeSets {
			t.Errorf("reextract run %d changed the node and link sets", run)
		}
	}
	// Ingesting the same inputs again is still a no-op.
	r := runCLI(t, env, "", append([]string{"ingest"}, reextractInputs...)...)
	if r.code != 0 || !strings.Contains(r.stderr, "9 skipped as already present") || strings.Contains(r.stderr, "reextract") {
		t.Errorf("ingest after reextract: exit %d, stderr %q", r.code, r.stderr)
	}
}

// changedExtractor is the real extractor with a simulated change: it no
// longer finds trade figures, and calls every event it finds planned.
func changedExtractor(a ingest.Article, published annals.Date) (*annals.Document, error) {
	doc, err := extractArticle(a, published)
	if err != nil {
		return nil, err
	}
	doc.Events = slices.DeleteFunc(doc.Events, func(e annals.Event) bool { return e.Type == annals.EventTrade })
	for i := range doc.Events {
		doc.Events[i].Status = annals.StatusPlanned
	}
	return doc, nil
}

func openTestDB(t *testing.T, path string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func testEnv() (*env, *bytes.Buffer) {
	var errb bytes.Buffer
	return &env{stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: &errb, getenv: func(string) string { return "" }}, &errb
}

func TestReextractChangedExtractor(t *testing.T) {
	path := ingestForReextract(t)
	original, originalSets := dump(t, path), graphSets(t, path)
	db := openTestDB(t, path)
	ctx := context.Background()
	e, _ := testEnv()
	cfg := reextractConfig{extract: changedExtractor, version: "test-changed", workers: 2, batch: 3}
	sum, err := reextract(ctx, e, db, cfg)
	if err != nil {
		t.Fatalf("reextract = %v", err)
	}
	if sum.Changed == 0 || sum.Changed+sum.Unchanged != 9 || sum.Failed != 0 {
		t.Errorf("reextract summary = %+v, want 9 articles, some changed", sum)
	}
	if sum.After.Events >= sum.Before.Events {
		t.Errorf("events %d -> %d, want fewer without trade events", sum.Before.Events, sum.After.Events)
	}
	evs, err := db.Events(ctx, annals.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if ev.Type == annals.EventTrade || ev.Status != annals.StatusPlanned {
			t.Errorf("after the rebuild: %s %s event %q, want no trade events and every event planned", ev.Status, ev.Type, ev.Evidence)
		}
	}
	if stale, _, _ := db.Outdated(ctx, "test-changed"); stale != 0 {
		t.Errorf("%d articles not marked with the new extractor version", stale)
	}
	changedSets := graphSets(t, path)
	// The same changed extractor again: nothing changes.
	sum, err = reextract(ctx, e, db, cfg)
	if err != nil || sum.Changed != 0 || sum.Unchanged != 9 {
		t.Errorf("second reextract = %+v, %v; want 9 unchanged", sum, err)
	}
	if got := graphSets(t, path); got != changedSets {
		t.Errorf("second reextract with the same extractor changed the node and link sets")
	}
	// Back to the real extractor: the graph is the one ingest made.
	sum, err = reextract(ctx, e, db, reextractConfig{extract: extractArticle, version: "test-real"})
	if err != nil || sum.Changed == 0 {
		t.Errorf("reextract with the real extractor = %+v, %v; want changes", sum, err)
	}
	if got := graphSets(t, path); got != originalSets {
		t.Errorf("reextract with the real extractor did not restore the ingested graph")
	}
	if got := dump(t, path); got != original {
		t.Errorf("reextract with the real extractor did not restore what the commands show")
	}
}

func TestReextractFailureLeavesDatabase(t *testing.T) {
	path := ingestForReextract(t)
	before := graphSets(t, path)
	db := openTestDB(t, path)
	ctx := context.Background()
	for name, x := range map[string]func(ingest.Article, annals.Date) (*annals.Document, error){
		"an error": func(a ingest.Article, p annals.Date) (*annals.Document, error) {
			if strings.Contains(a.Source, "wordpress") {
				return nil, errors.New("extractor broke")
			}
			return changedExtractor(a, p)
		},
		"a panic": func(a ingest.Article, p annals.Date) (*annals.Document, error) {
			if strings.Contains(a.Source, "putin-abe") {
				panic("extractor bug")
			}
			return changedExtractor(a, p)
		},
		"an invalid document": func(a ingest.Article, p annals.Date) (*annals.Document, error) {
			doc, err := changedExtractor(a, p)
			if err == nil && strings.Contains(a.Source, "two-plus-two") && len(doc.Events) > 0 {
				doc.Events[0].Actors = append(doc.Events[0].Actors, "Nobody In This Article")
			}
			return doc, err
		},
	} {
		e, errb := testEnv()
		sum, err := reextract(ctx, e, db, reextractConfig{extract: x, version: "test-bad", batch: 2})
		if !errors.Is(err, errExtractFailed) || sum.Failed != 1 {
			t.Errorf("%s: reextract = %+v, %v; want one failure", name, sum, err)
		}
		if !strings.Contains(errb.String(), "error: ") {
			t.Errorf("%s: stderr %q does not name the failed article", name, errb.String())
		}
		if got := graphSets(t, path); got != before {
			t.Errorf("%s: a failed reextract changed the graph", name)
		}
		if stale, _, _ := db.Outdated(ctx, "test-bad"); stale != 9 {
			t.Errorf("%s: %d articles marked stale for the failed version, want all 9 (unchanged)", name, stale)
		}
	}
	if err := db.Check(ctx); err != nil {
		t.Errorf("Check = %v", err)
	}
	r := runCLI(t, nil, "", "reextract", "--db", path)
	if r.code != 0 {
		t.Errorf("reextract after the failures: exit %d: %s", r.code, r.stderr)
	}
}

// TestReextractInterrupted: Ctrl-C in the middle of a rebuild leaves the
// database as it was.
func TestReextractInterrupted(t *testing.T) {
	path := ingestForReextract(t)
	before := graphSets(t, path)
	db := openTestDB(t, path)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var n atomic.Int32
	x := func(a ingest.Article, p annals.Date) (*annals.Document, error) {
		if n.Add(1) == 5 {
			cancel()
		}
		return changedExtractor(a, p)
	}
	e, _ := testEnv()
	_, err := reextract(ctx, e, db, reextractConfig{extract: x, version: "test-cancel", batch: 2})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("reextract = %v, want context.Canceled", err)
	}
	if got := graphSets(t, path); got != before {
		t.Errorf("an interrupted reextract changed the graph")
	}
}

// TestReextractKeepsIngestOptions: an article ingested with --published is
// extracted again with that date, and stored aliases merge names again.
func TestReextractKeepsIngestOptions(t *testing.T) {
	aliases := t.TempDir() + "/aliases.tsv"
	if err := os.WriteFile(aliases, []byte("Sergei Lavrov\tLavrov the Minister\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := tempDB(t)
	env := map[string]string{"ANNALS_DB": path}
	r := runCLI(t, env, "", "ingest", "--published", "2020-02-03", "--aliases", aliases, seedPath)
	if r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	before := graphSets(t, path)
	if !strings.Contains(before, "Lavrov the Minister") {
		t.Fatalf("the alias was not applied at ingest")
	}
	db := openTestDB(t, path)
	var got []annals.Date
	record := func(a ingest.Article, p annals.Date) (*annals.Document, error) {
		got = append(got, p)
		return extractArticle(a, p)
	}
	e, _ := testEnv()
	sum, err := reextract(context.Background(), e, db, reextractConfig{extract: record, version: "test", workers: 1})
	if err != nil || sum.Unchanged != 1 {
		t.Fatalf("reextract = %+v, %v; want 1 unchanged", sum, err)
	}
	if len(got) != 1 || got[0].String() != "2020-02-03" {
		t.Errorf("extractor got published dates %v, want [2020-02-03]", got)
	}
	if after := graphSets(t, path); after != before {
		t.Errorf("reextract with the same extractor and options changed the graph")
	}
}

// TestReextractOldArticles: articles stored by an annals that kept no
// inputs keep their facts, are reported, and ingesting them again from
// their source stores their input so that the next reextract handles them.
func TestReextractOldArticles(t *testing.T) {
	path := tempDB(t)
	db := openTestDB(t, path)
	ctx := context.Background()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	old, err := extractArticle(ingest.Article{Source: seedPath, Text: string(data)}, annals.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Save(ctx, old); err != nil { // as annals did before it kept inputs
		t.Fatal(err)
	}
	oldEvents := len(old.Events)
	before := graphSets(t, path)
	r := runCLI(t, nil, "", "reextract", "--db", path)
	if r.code != 0 || !strings.Contains(r.stderr, "0 articles extracted again") ||
		!strings.Contains(r.stderr, "1 articles could not be extracted again: ingested before annals stored inputs") {
		t.Errorf("reextract of an old database: exit %d, stderr %q", r.code, r.stderr)
	}
	if st, _ := db.Stats(ctx); st.Events != oldEvents || oldEvents == 0 {
		t.Errorf("the old article's events: %d after reextract, want %d", st.Events, oldEvents)
	}
	if after := graphSets(t, path); after != before {
		t.Errorf("reextract of a database without inputs changed its graph")
	}
	r = runCLI(t, nil, "", "ingest", "--db", path, seedPath)
	if r.code != 0 || !strings.Contains(r.stderr, "1 skipped as already present") ||
		!strings.Contains(r.stderr, "1 articles were extracted by another version of annals; run annals reextract") {
		t.Errorf("ingest of the old article again: exit %d, stderr %q", r.code, r.stderr)
	}
	r = runCLI(t, nil, "", "reextract", "--db", path, "-v")
	if r.code != 0 || !strings.Contains(r.stderr, "1 articles extracted again") || strings.Contains(r.stderr, "could not") {
		t.Errorf("reextract after ingesting the old article again: exit %d, stderr %q", r.code, r.stderr)
	}
	if stale, noInput, _ := db.Outdated(ctx, extract.Version); stale != 0 || noInput != 0 {
		t.Errorf("Outdated = %d stale, %d without input after the reextract; want 0, 0", stale, noInput)
	}
}

package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
	"github.com/annals-project/annals/ingest"
)

// oldPageReader stands for an older annals whose page reader made another
// text of the same saved page: it runs the real extractor on the page's
// story with every line break and paragraph break turned into a space.
func oldPageReader(a ingest.Article, published annals.Date) (*annals.Document, error) {
	if a.Page != nil {
		a.Text = strings.Join(strings.Fields(a.Text), " ") + "\n"
	}
	return extractArticle(a, published)
}

// TestIngestSamePagesAfterReaderChange ingests saved pages as an older
// annals with another page reader would, then the same pages with this
// annals: the second ingest stores nothing (the pages are stored inputs),
// and says that the stored articles want annals reextract.
func TestIngestSamePagesAfterReaderChange(t *testing.T) {
	const sites = "../../ingest/testdata/sites"
	ctx := context.Background()
	// The control: the two readers' texts give other article IDs, so the
	// text hash alone would take every page for a new article.
	pages := 0
	for a, err := range ingest.Read(ctx, []string{sites}, ingest.Options{MaxBytes: ingest.DefaultMaxBytes}) {
		if err != nil {
			t.Fatal(err)
		}
		old, err := oldPageReader(a, annals.Date{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Page == nil || old.ID == extract.ID(a.Text) {
			t.Fatalf("%s: the simulated old reader gives the same article ID", a.Source)
		}
		pages++
	}
	if pages < 2 {
		t.Fatalf("%d pages in %s, want several", pages, sites)
	}

	path := tempDB(t)
	db := openTestDB(t, path)
	e, _ := testEnv()
	sum, err := ingestPaths(ctx, e, db, []string{sites}, ingestConfig{maxBytes: ingest.DefaultMaxBytes, extract: oldPageReader, version: "test-old"})
	if err != nil || sum.Stored != pages || sum.Failed != 0 {
		t.Fatalf("ingest by the old annals = %+v, %v; want %d stored", sum, err, pages)
	}
	before := dump(t, path)
	sum, err = ingestPaths(ctx, e, db, []string{sites}, ingestConfig{maxBytes: ingest.DefaultMaxBytes, workers: 2, batch: 2})
	if err != nil || sum.Stored != 0 || sum.Present != pages || sum.Failed != 0 {
		t.Errorf("ingest again by this annals = %+v, %v; want 0 stored, %d present", sum, err, pages)
	}
	if after := dump(t, path); after != before {
		t.Errorf("ingesting the same pages again changed what the commands show")
	}
	if ids, err := db.DocumentIDs(ctx); err != nil || len(ids) != pages {
		t.Errorf("DocumentIDs = %d, %v; want %d", len(ids), err, pages)
	}

	// Through the command: the same, and the notice to run reextract.
	r := runCLI(t, map[string]string{"ANNALS_DB": path}, "", "ingest", sites)
	if r.code != 0 || !strings.Contains(r.stderr, "0 articles stored") ||
		!strings.Contains(r.stderr, "run annals reextract") {
		t.Errorf("annals ingest again: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestIngestSamePageFromStdin ingests a saved page from its file as an
// older annals would, then the same bytes from standard input with this
// annals: the input is the same whatever its name, so nothing is stored.
// Nor is the page with a --published date another input: the date given
// does not make an article stored already a new one.
func TestIngestSamePageFromStdin(t *testing.T) {
	const page = "../../ingest/testdata/sites/wordpress-blog.html"
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db := openTestDB(t, tempDB(t))
	e, _ := testEnv()
	sum, err := ingestPaths(ctx, e, db, []string{page}, ingestConfig{maxBytes: ingest.DefaultMaxBytes, extract: oldPageReader, version: "test-old"})
	if err != nil || sum.Stored != 1 {
		t.Fatalf("ingest %s by the old annals = %+v, %v; want 1 stored", page, sum, err)
	}
	e.stdin = bytes.NewReader(data)
	sum, err = ingestPaths(ctx, e, db, []string{"-"}, ingestConfig{maxBytes: ingest.DefaultMaxBytes})
	if err != nil || sum.Stored != 0 || sum.Present != 1 {
		t.Errorf("ingest of the same page from stdin = %+v, %v; want 1 present", sum, err)
	}
	e.stdin = bytes.NewReader(data)
	sum, err = ingestPaths(ctx, e, db, []string{"-"}, ingestConfig{maxBytes: ingest.DefaultMaxBytes, published: annals.Date{Year: 2020, Month: 2, Day: 3}})
	if err != nil || sum.Stored != 0 || sum.Present != 1 {
		t.Errorf("ingest of the page from stdin with --published = %+v, %v; want 1 present", sum, err)
	}
}

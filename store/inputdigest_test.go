package store_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/store"
)

// pageInput is a saved page as ingest keeps it: the page's bytes, with
// the title and date some version of the page reader found in it.
func pageInput(title string, published annals.Date, version string) *annals.Input {
	return &annals.Input{Format: annals.InputHTML, Source: "pages/talks.html",
		Data:  []byte("<html><head><title>Talks</title></head><body><p>Invented story.</p><p>Second paragraph.</p></body></html>"),
		Title: title, Published: published, Extractor: version}
}

// TestSaveArticles_sameInputAfterReaderChange saves the extraction of a
// page, then a second extraction of the same page bytes as a newer page
// reader would make it: another text, so another article ID, title and
// date. The second save must store nothing: the input is there already.
func TestSaveArticles_sameInputAfterReaderChange(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	first := talksDoc()
	saved, err := db.SaveArticles(ctx, []*annals.Document{first}, []*annals.Input{pageInput("Talks", annals.Date{Year: 2013, Month: 11, Day: 1}, "v1")})
	if err != nil || !saved[0] {
		t.Fatalf("first SaveArticles = %v, %v; want stored", saved, err)
	}
	before := dump(t, db)

	// The newer reader keeps one line per paragraph: the text, and with it
	// the ID, differ; so do the title and the date it read.
	second := summitDoc()
	if second.ID == first.ID {
		t.Fatal("test needs two documents with different IDs")
	}
	saved, err = db.SaveArticles(ctx, []*annals.Document{second}, []*annals.Input{pageInput("Talks | Site", annals.Date{}, "v2")})
	if err != nil || saved[0] {
		t.Fatalf("second SaveArticles = %v, %v; want nothing stored", saved, err)
	}
	if after := dump(t, db); after != before {
		t.Errorf("saving the same page again changed the database:\n%s\n---\n%s", before, after)
	}
	if n := scalar[int](t, db, `SELECT count(*) FROM articles`); n != 1 {
		t.Errorf("%d articles, want 1", n)
	}
}

// TestInputDigest says which inputs are the same.
func TestInputDigest(t *testing.T) {
	day := annals.Date{Year: 2024, Month: 3, Day: 9}
	text := func(data, title string, pub, override annals.Date) *annals.Input {
		return &annals.Input{Format: annals.InputText, Data: []byte(data), Title: title, Published: pub, Override: override, Source: "a.jsonl:1", Extractor: "v1"}
	}
	base := text("Invented text.\n", "T", day, annals.Date{})
	same := []*annals.Input{
		// Another name and extractor: the same input.
		{Format: annals.InputText, Data: []byte("Invented text.\n"), Title: "T", Published: day, Source: "b.jsonl:7", Extractor: "v9"},
	}
	for i, in := range same {
		if store.InputDigest(in) != store.InputDigest(base) {
			t.Errorf("same[%d]: digest differs from the base input's", i)
		}
	}
	differ := map[string]*annals.Input{
		"other bytes":     text("Invented text!\n", "T", day, annals.Date{}),
		"other title":     text("Invented text.\n", "U", day, annals.Date{}),
		"other date":      text("Invented text.\n", "T", annals.Date{Year: 2024, Month: 3, Day: 10}, annals.Date{}),
		"a page":          {Format: annals.InputHTML, Data: []byte("Invented text.\n"), Title: "T", Published: day},
		"title into data": text("TInvented text.\n", "", day, annals.Date{}),
	}
	for name, in := range differ {
		if store.InputDigest(in) == store.InputDigest(base) {
			t.Errorf("%s: same digest as the base input", name)
		}
	}
	// A page's title and date are read from its bytes: what a reader
	// made of them is not part of the input.
	p1, p2 := pageInput("A", day, "v1"), pageInput("B", annals.Date{}, "v2")
	if store.InputDigest(p1) != store.InputDigest(p2) {
		t.Errorf("one page read by two readers: digests differ")
	}
	// The date given at ingest does not make another input: the article
	// is skipped whatever date is given.
	p2.Override = day
	if store.InputDigest(p1) != store.InputDigest(p2) {
		t.Errorf("one page ingested with and without --published: digests differ")
	}
	if b := text("Invented text.\n", "T", day, day); store.InputDigest(b) != store.InputDigest(base) {
		t.Errorf("one record ingested with and without --published: digests differ")
	}
}

// TestOpen_inputDigestsOfOlderDatabase makes a database with the
// migrations before 0003, holding two inputs (one of them damaged), and
// opens it: the migration fills the digest of the sound input as
// InputDigest computes it, leaves the damaged one empty, and a save of the
// same input stores nothing.
func TestOpen_inputDigestsOfOlderDatabase(t *testing.T) {
	path, old := schemaV2(t)
	in := &annals.Input{Format: annals.InputText, Source: "a.jsonl:1", Title: "Talks",
		Published: annals.Date{Year: 2013, Month: 11, Day: 1}, Override: annals.Date{Year: 2013, Month: 11, Day: 2},
		Data: []byte("An invented story about talks.\n"), Extractor: "old"}
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write(in.Data)
	w.Close()
	doc := talksDoc()
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`PRAGMA user_version = 2`, nil},
		{`PRAGMA application_id = 1095650892`, nil},
		{`INSERT INTO inputs (id, format, source, title, published, override, size, data) VALUES (1, 'text', ?, ?, ?, ?, ?, ?)`,
			[]any{in.Source, in.Title, in.Published.String(), in.Override.String(), len(in.Data), z.Bytes()}},
		{`INSERT INTO inputs (id, format, source, title, size, data) VALUES (2, 'text', 'broken.txt', '', 10, x'00')`, nil},
		{`INSERT INTO nodes (id, key, kind, label) VALUES (1, ?, 'article', 'Talks')`, []any{"article:" + doc.ID}},
		{`INSERT INTO articles (node_id, id, source, title, published_from, ingested_at, event_count, input_id, extractor)
		  VALUES (1, ?, 'a.jsonl:1', 'Talks', '', '2025-01-01T00:00:00Z', 0, 1, 'old')`, []any{doc.ID}},
	} {
		if _, err := old.Exec(q.sql, q.args...); err != nil {
			t.Fatalf("%.40s: %v", q.sql, err)
		}
	}
	old.Close()

	db := mustOpenPath(t, path)
	ctx := context.Background()
	if v := scalar[int](t, db, `PRAGMA user_version`); v < 3 {
		t.Fatalf("user_version = %d after Open, want >= 3", v)
	}
	if got, want := scalar[string](t, db, `SELECT digest FROM inputs WHERE id = 1`), store.InputDigest(in); got != want {
		t.Errorf("digest of the old input = %q, want %q", got, want)
	}
	if got := scalar[string](t, db, `SELECT digest FROM inputs WHERE id = 2`); got != "" {
		t.Errorf("digest of the damaged input = %q, want empty", got)
	}
	digests, err := db.InputDigests(ctx)
	if err != nil || len(digests) != 1 || !digests[store.InputDigest(in)] {
		t.Errorf("InputDigests = %v, %v; want the old input's digest alone", digests, err)
	}
	if n := scalar[int](t, db, `SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'inputs_digest'`); n != 1 {
		t.Errorf("index inputs_digest exists %d times, want 1", n)
	}

	// The same input, extracted anew into another document, is not stored.
	again := *in
	again.Extractor = "new"
	saved, err := db.SaveArticles(ctx, []*annals.Document{summitDoc()}, []*annals.Input{&again})
	if err != nil || saved[0] {
		t.Errorf("SaveArticles(same input) = %v, %v; want nothing stored", saved, err)
	}
	if n := scalar[int](t, db, `SELECT count(*) FROM articles`); n != 1 {
		t.Errorf("%d articles, want 1", n)
	}
}

// TestOpen_inputDigestsOfDamagedSize opens a database made before
// migration 0003 whose one input records a size its compressed bytes
// cannot hold (a damaged row): Open must not panic or fail; the input keeps
// an empty digest, as a damaged input does.
func TestOpen_inputDigestsOfDamagedSize(t *testing.T) {
	path, old := schemaV2(t)
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write([]byte("An invented story.\n"))
	w.Close()
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`PRAGMA user_version = 2`, nil},
		{`PRAGMA application_id = 1095650892`, nil},
		{`INSERT INTO inputs (id, format, source, title, size, data) VALUES (1, 'text', 'huge.txt', '', ?, ?)`, []any{int64(1) << 62, z.Bytes()}},
	} {
		if _, err := old.Exec(q.sql, q.args...); err != nil {
			t.Fatalf("%.40s: %v", q.sql, err)
		}
	}
	old.Close()

	db := mustOpenPath(t, path)
	if got := scalar[string](t, db, `SELECT digest FROM inputs WHERE id = 1`); got != "" {
		t.Errorf("digest of the damaged input = %q, want empty", got)
	}
}

// schemaV2 makes a database with the migrations before 0003 only and
// returns its path and an open handle on it.
func schemaV2(t *testing.T) (string, *sql.DB) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "v2.db")
	old, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"migrations/0001_init.sql", "migrations/0002_inputs.sql"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := old.Exec(string(b)); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	return path, old
}

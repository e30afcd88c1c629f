package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/store"
)

// inputFor returns a text input for doc, as ingest would store it.
func inputFor(doc *annals.Document, version string) *annals.Input {
	return &annals.Input{Format: annals.InputText, Source: doc.Source,
		Data: []byte(strings.Repeat("text of "+doc.Source+"\n", 40)), Extractor: version}
}

func mustSaveWithInputs(tb testing.TB, db *store.DB, docs ...*annals.Document) {
	tb.Helper()
	inputs := make([]*annals.Input, len(docs))
	for i, d := range docs {
		inputs[i] = inputFor(d, "v1")
	}
	saved, err := db.SaveArticles(context.Background(), docs, inputs)
	if err != nil || slices.Contains(saved, false) {
		tb.Fatalf("SaveArticles = %v, %v, want all saved", saved, err)
	}
}

// graphDump is dump without the inputs table, which a rebuild never
// changes.
func graphDump(tb testing.TB, db *store.DB) string {
	tb.Helper()
	d := dump(tb, db)
	i := strings.Index(d, "== inputs\n")
	j := strings.Index(d[i+1:], "== ")
	if i < 0 || j < 0 {
		tb.Fatalf("dump has no inputs table:\n%s", d)
	}
	return d[:i] + d[i+1+j:]
}

func TestSaveArticles_inputRoundTrip(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	page := []byte("<html><head><meta property=\"article:published_time\" content=\"2013-11-01\"></head><body>Ünïcode \x00 and bytes</body></html>")
	text := &annals.Input{Format: annals.InputText, Source: "feed.jsonl#7", Data: bytes.Repeat([]byte("Lavrov met Kishida. "), 200),
		Title: "Talks", Published: date("2013-11-01"), Override: date("2013-11-02"), Extractor: "v1"}
	html := &annals.Input{Format: annals.InputHTML, Source: "page.html", Data: page, Extractor: "v1"}
	if err := store.Compress(html); err != nil || len(html.Gzip) == 0 { // compressed ahead, as ingest's workers do
		t.Fatalf("Compress = %v, %d bytes", err, len(html.Gzip))
	}
	saved, err := db.SaveArticles(ctx, []*annals.Document{talksDoc(), summitDoc()}, []*annals.Input{text, html})
	if err != nil || !saved[0] || !saved[1] {
		t.Fatalf("SaveArticles = %v, %v", saved, err)
	}
	// Stored compressed: the repetitive text takes far less than its size.
	if n := scalar[int](t, db, `SELECT length(data) FROM inputs WHERE source = 'feed.jsonl#7'`); n >= len(text.Data)/4 {
		t.Errorf("stored input is %d bytes for %d bytes of text, want it compressed", n, len(text.Data))
	}
	if v := scalar[string](t, db, `SELECT extractor FROM articles WHERE id = 'a1'`); v != "v1" {
		t.Errorf("articles.extractor = %q, want v1", v)
	}
	err = db.Rebuild(ctx, func(r *store.Rebuild) error {
		items := r.Items()
		if len(items) != 2 || items[0].Size != int64(len(text.Data)) || items[1].Size != int64(len(page)) {
			t.Fatalf("Items() = %v, want the two inputs in ingest order with their sizes", items)
		}
		for i, want := range []*annals.Input{text, html} {
			got, err := r.Input(items[i].ID)
			if err != nil {
				t.Fatalf("Input(%d) = %v", items[i].ID, err)
			}
			if got.Format != want.Format || !bytes.Equal(got.Data, want.Data) || got.Source != want.Source ||
				got.Title != want.Title || got.Published != want.Published || got.Override != want.Override {
				t.Errorf("Input(%d) = %+v, want %+v", items[i].ID, got, want)
			}
		}
		return errors.New("stop")
	})
	if err == nil || err.Error() != "stop" {
		t.Errorf("Rebuild = %v, want fn's error", err)
	}
}

func TestSaveArticles_refusesBadInputs(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	for name, in := range map[string][]*annals.Input{
		"too few inputs": {},
		"unknown format": {{Format: "pdf", Source: "x"}},
	} {
		if _, err := db.SaveArticles(ctx, []*annals.Document{talksDoc()}, in); !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("%s: SaveArticles = %v, want ErrInvalid", name, err)
		}
	}
	if n := scalar[int](t, db, `SELECT count(*) FROM articles`); n != 0 {
		t.Errorf("refused saves stored %d articles", n)
	}
}

// rebuildWith rebuilds db, saving docs[i] for the i-th stored input in
// batches of two, and returns the rebuild's report of what changed.
func rebuildWith(t *testing.T, db *store.DB, docs ...*annals.Document) (changed, unchanged int, legacy []string) {
	t.Helper()
	err := db.Rebuild(context.Background(), func(r *store.Rebuild) error {
		items := r.Items()
		if len(items) != len(docs) {
			t.Fatalf("Items() has %d inputs, want %d", len(items), len(docs))
		}
		var inputs []*annals.Input
		for _, it := range items {
			in, err := r.Input(it.ID)
			if err != nil {
				return err
			}
			in.Extractor = "v2"
			inputs = append(inputs, in)
		}
		for i := 0; i < len(docs); i += 2 {
			j := min(i+2, len(docs))
			if _, err := r.SaveArticles(context.Background(), docs[i:j], inputs[i:j]); err != nil {
				return err
			}
		}
		for _, it := range items {
			c, saved := r.Changed(it.ID)
			switch {
			case !saved:
				t.Errorf("Changed(%d): not saved", it.ID)
			case c:
				changed++
			default:
				unchanged++
			}
		}
		legacy = r.Legacy()
		return nil
	})
	if err != nil {
		t.Fatalf("Rebuild = %v", err)
	}
	return changed, unchanged, legacy
}

func TestRebuild_sameExtractionChangesNothing(t *testing.T) {
	db := MustOpenDB(t)
	mustSaveWithInputs(t, db, talksDoc(), talksAgainDoc(), summitDoc())
	before := graphDump(t, db)
	changed, unchanged, legacy := rebuildWith(t, db, talksDoc(), talksAgainDoc(), summitDoc())
	if changed != 0 || unchanged != 3 || legacy != nil {
		t.Errorf("rebuild: %d changed, %d unchanged, legacy %v; want 0, 3, none", changed, unchanged, legacy)
	}
	// Only the extractor version differs: same rows, same ids, same
	// ingest times.
	after := strings.ReplaceAll(graphDump(t, db), `"v2"`, `"v1"`)
	if after != before {
		t.Errorf("rebuild with the same extraction changed the graph:\n%s\n---\n%s", before, after)
	}
	if err := db.Check(context.Background()); err != nil {
		t.Errorf("Check after rebuild = %v", err)
	}
}

func TestRebuild_newExtractionReplacesTheGraph(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	mustSaveWithInputs(t, db, talksDoc(), summitDoc())
	// The new extractor no longer sees the trade event nor Itar-Tass, and
	// gives Abe no role.
	talks := talksDoc()
	talks.Events = slices.DeleteFunc(talks.Events, func(e annals.Event) bool { return e.Type == annals.EventTrade })
	talks.Organizations = nil
	talks.Persons[3].Role = ""
	changed, unchanged, _ := rebuildWith(t, db, talks, summitDoc())
	if changed != 1 || unchanged != 1 {
		t.Errorf("rebuild: %d changed, %d unchanged; want 1 and 1", changed, unchanged)
	}
	fresh := MustOpenDB(t)
	mustSaveWithInputs(t, fresh, talks, summitDoc())
	if got, want := keys(t, db), keys(t, fresh); got != want {
		t.Errorf("rebuilt graph differs from a fresh ingest of the new extraction:\n%s\n---\n%s", got, want)
	}
	if _, err := db.Node(ctx, "organization:itar-tass"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Itar-Tass after the rebuild: %v, want not found", err)
	}
	if v := scalar[int](t, db, `SELECT count(*) FROM articles WHERE extractor = 'v2'`); v != 2 {
		t.Errorf("%d articles carry the new extractor version, want 2", v)
	}
	stale, noInput, err := db.Outdated(ctx, "v2")
	if err != nil || stale != 0 || noInput != 0 {
		t.Errorf("Outdated(v2) = %d, %d, %v; want 0, 0", stale, noInput, err)
	}
}

// keys lists the graph as node keys with their attributes and links by
// their ends' keys, independent of row ids.
func keys(tb testing.TB, db *store.DB) string {
	tb.Helper()
	rows, err := store.SQLDB(db).Query(`SELECT key || ' ' || kind || ' ' || label || ' ' || country || ' ' || role || ' ' || coalesce(start_date, '-') FROM nodes
UNION ALL SELECT f.key || ' -' || l.kind || '-> ' || t.key || ' ' || l.detail || ' ' || l.pos FROM links AS l JOIN nodes AS f ON f.id = l.from_id JOIN nodes AS t ON t.id = l.to_id
UNION ALL SELECT id || ' ' || source || ' ' || ingested_at || ' ' || event_count FROM articles
ORDER BY 1`)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			tb.Fatal(err)
		}
		b.WriteString(s + "\n")
	}
	return b.String()
}

func TestRebuild_failureLeavesTheDatabaseAsItWas(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	mustSaveWithInputs(t, db, talksDoc(), talksAgainDoc(), summitDoc())
	before := dump(t, db)
	bad := summitDoc()
	bad.Events[0].Actors = []string{"Nobody Named"} // fails Validate
	for name, fn := range map[string]func(r *store.Rebuild, in []*annals.Input) error{
		"fn fails after a saved batch": func(r *store.Rebuild, in []*annals.Input) error {
			if _, err := r.SaveArticles(ctx, []*annals.Document{talksDoc()}, in[:1]); err != nil {
				return err
			}
			return errors.New("extraction failed")
		},
		"an invalid document in the second batch": func(r *store.Rebuild, in []*annals.Input) error {
			if _, err := r.SaveArticles(ctx, []*annals.Document{talksDoc(), talksAgainDoc()}, in[:2]); err != nil {
				return err
			}
			_, err := r.SaveArticles(ctx, []*annals.Document{bad}, in[2:])
			return err
		},
		"an input the rebuild did not read": func(r *store.Rebuild, in []*annals.Input) error {
			_, err := r.SaveArticles(ctx, []*annals.Document{talksDoc()}, []*annals.Input{inputFor(talksDoc(), "v2")})
			return err
		},
	} {
		err := db.Rebuild(ctx, func(r *store.Rebuild) error {
			var inputs []*annals.Input
			for _, it := range r.Items() {
				in, err := r.Input(it.ID)
				if err != nil {
					return err
				}
				inputs = append(inputs, in)
			}
			return fn(r, inputs)
		})
		if err == nil {
			t.Errorf("%s: Rebuild = nil, want the error", name)
		}
		if after := dump(t, db); after != before {
			t.Errorf("%s: failed rebuild changed the database:\n%s\n---\n%s", name, before, after)
		}
	}
	if err := db.Check(ctx); err != nil {
		t.Errorf("Check = %v", err)
	}
}

func TestRebuild_cancelled(t *testing.T) {
	db := MustOpenDB(t)
	mustSaveWithInputs(t, db, talksDoc())
	before := dump(t, db)
	ctx, cancel := context.WithCancel(context.Background())
	err := db.Rebuild(ctx, func(r *store.Rebuild) error {
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Rebuild = %v, want context.Canceled", err)
	}
	if after := dump(t, db); after != before {
		t.Errorf("cancelled rebuild changed the database")
	}
}

// TestRebuild_keepsArticlesWithoutInput mixes an article stored without
// its input (as every article was before annals kept inputs) with one
// stored with it: the first keeps its events, actors and links, the second
// is replaced.
func TestRebuild_keepsArticlesWithoutInput(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	mustSave(t, db, talksDoc())
	mustSaveWithInputs(t, db, summitDoc())
	stale, noInput, err := db.Outdated(ctx, "v1")
	if err != nil || stale != 0 || noInput != 1 {
		t.Errorf("Outdated(v1) = %d, %d, %v; want 0, 1", stale, noInput, err)
	}
	summit := summitDoc()
	summit.Events = summit.Events[:1] // the agreement and Akie Abe's exhibition are gone
	summit.Persons = summit.Persons[:2]
	summit.Organizations = nil
	_, _, legacy := rebuildWith(t, db, summit)
	if !slices.Equal(legacy, []string{"test/talks.txt"}) {
		t.Errorf("Legacy() = %v, want [test/talks.txt]", legacy)
	}
	// The old article keeps all it had, Itar-Tass too, which it named in no
	// event. The summit's exhibition and agreement go, and with them the
	// European Union, which only the agreement involved; Akie Abe, whom only the exhibition involved,
	// stays with her affiliation: the rebuild cannot tell that no kept
	// article named her.
	fresh := MustOpenDB(t)
	mustSave(t, fresh, talksDoc())
	mustSaveWithInputs(t, fresh, summit)
	want := strings.SplitAfter(keys(t, fresh), "\n")
	want = append(want, "person:akie abe -affiliation-> country:JPN  0\n", "person:akie abe person Akie Abe JPN  -\n")
	slices.Sort(want)
	if got := keys(t, db); got != strings.Join(want, "") {
		t.Errorf("rebuilt graph differs from the old article plus a fresh ingest of the new extraction:\n%s\n---\n%s", got, strings.Join(want, ""))
	}
	for _, key := range []string{"organization:european union"} { // the new extraction names it nowhere
		if _, err := db.Node(ctx, key); !errors.Is(err, annals.ErrNotFound) {
			t.Errorf("Node(%s) after the rebuild = %v, want not found", key, err)
		}
	}
	if err := db.Check(ctx); err != nil {
		t.Errorf("Check = %v", err)
	}
}

// TestSaveArticles_keepsInputOfOldArticle: ingesting again an article
// stored without its input stores the input, leaves its facts, and marks
// it due for a rebuild.
func TestSaveArticles_keepsInputOfOldArticle(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	mustSave(t, db, talksDoc())
	before := keys(t, db)
	saved, err := db.SaveArticles(ctx, []*annals.Document{talksDoc()}, []*annals.Input{inputFor(talksDoc(), "v1")})
	if err != nil || saved[0] {
		t.Fatalf("SaveArticles(stored article) = %v, %v; want not saved", saved, err)
	}
	if after := keys(t, db); after != before {
		t.Errorf("saving a stored article again changed the graph")
	}
	stale, noInput, err := db.Outdated(ctx, "v1")
	if err != nil || stale != 1 || noInput != 0 {
		t.Errorf("Outdated(v1) = %d, %d, %v; want 1 stale (extractor unknown), 0 without input", stale, noInput, err)
	}
	// A second time changes nothing: the input is there.
	if _, err := db.SaveArticles(ctx, []*annals.Document{talksDoc()}, []*annals.Input{inputFor(talksDoc(), "v1")}); err != nil {
		t.Fatal(err)
	}
	if n := scalar[int](t, db, `SELECT count(*) FROM inputs`); n != 1 {
		t.Errorf("%d inputs stored, want 1", n)
	}
	changed, unchanged, _ := rebuildWith(t, db, talksDoc())
	if changed != 1 || unchanged != 0 {
		t.Errorf("rebuild: %d changed, %d unchanged; want the article counted as changed (its old extraction is unknown)", changed, unchanged)
	}
}

// TestOpen_databaseBeforeInputs opens a database made by the first schema,
// with an article in it: it is migrated, keeps its article, and the
// article counts as one without an input.
func TestOpen_databaseBeforeInputs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	init, err := os.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	old, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{string(init), `PRAGMA user_version = 1`, `PRAGMA application_id = 1095650892`,
		`INSERT INTO nodes (key, kind, label) VALUES ('article:old', 'article', 'Old story')`,
		`INSERT INTO articles (node_id, id, source, title, published_from, ingested_at, event_count)
		 VALUES (1, 'old', 'old.txt', 'Old story', '', '2025-01-01T00:00:00Z', 0)`} {
		if _, err := old.Exec(q); err != nil {
			t.Fatalf("%.40s: %v", q, err)
		}
	}
	old.Close()
	db := mustOpenPath(t, path)
	ctx := context.Background()
	if ids, err := db.DocumentIDs(ctx); err != nil || !ids["old"] {
		t.Errorf("DocumentIDs after migration = %v, %v; want the old article", ids, err)
	}
	stale, noInput, err := db.Outdated(ctx, "v1")
	if err != nil || stale != 0 || noInput != 1 {
		t.Errorf("Outdated = %d, %d, %v; want 0, 1", stale, noInput, err)
	}
	_, _, legacy := rebuildWith(t, db)
	if !slices.Equal(legacy, []string{"old.txt"}) {
		t.Errorf("Legacy() = %v, want [old.txt]", legacy)
	}
	if ids, _ := db.DocumentIDs(ctx); !ids["old"] {
		t.Errorf("the rebuild lost the old article")
	}
	if err := db.Check(ctx); err != nil {
		t.Errorf("Check = %v", err)
	}
}

package store_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/mattn/go-sqlite3"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/store"
)

// schema returns the database's schema text and its header fields.
func schema(tb testing.TB, db *store.DB) (sqlText string, version, appID int64) {
	tb.Helper()
	sqlText = scalar[string](tb, db, `SELECT group_concat(type || ' ' || name || ': ' || coalesce(sql, ''), char(10)) FROM (SELECT * FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name)`)
	return sqlText, scalar[int64](tb, db, `PRAGMA user_version`), scalar[int64](tb, db, `PRAGMA application_id`)
}

func TestOpen_migratesFromEmptyAndTwiceIsNoOp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "annals.db")
	ctx := context.Background()

	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(new file) = %v", err)
	}
	first, version, appID := schema(t, db)
	if version < 1 {
		t.Errorf("user_version after Open = %d, want >= 1", version)
	}
	if appID != 0x414E4E4C {
		t.Errorf("application_id after Open = %#x, want %#x", appID, 0x414E4E4C)
	}
	for _, table := range []string{"nodes", "links", "articles"} {
		if n := scalar[int](t, db, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?`, table); n != 1 {
			t.Errorf("table %s exists %d times, want 1", table, n)
		}
	}
	if mode := scalar[string](t, db, `PRAGMA journal_mode`); mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
	if fk := scalar[int](t, db, `PRAGMA foreign_keys`); fk != 1 {
		t.Errorf("foreign_keys = %d, want 1", fk)
	}
	mustSave(t, db, talksDoc())
	before := dump(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db = mustOpenPath(t, path)
	second, version2, _ := schema(t, db)
	if second != first || version2 != version {
		t.Errorf("second Open changed the schema: version %d -> %d\n%s\n---\n%s", version, version2, first, second)
	}
	if after := dump(t, db); after != before {
		t.Errorf("second Open changed the data:\n%s\n---\n%s", before, after)
	}
}

func TestOpen_memory(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, ":memory:")
	if err != nil {
		t.Fatalf("Open(:memory:) = %v", err)
	}
	defer db.Close()
	mustSave(t, db, talksDoc())
	// The pool's single connection keeps the in-memory database alive
	// across calls.
	evs, err := db.Events(ctx, annals.EventFilter{})
	if err != nil || len(evs) != 4 {
		t.Fatalf("Events() on :memory: = %d events, %v; want 4, nil", len(evs), err)
	}
}

func TestOpen_pathWithURICharacters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a?b#c%20d.db")
	db := mustOpenPath(t, path)
	mustSave(t, db, talksDoc())
	if _, err := os.Stat(path); err != nil {
		t.Errorf("Open(%q) did not create that file: %v", path, err)
	}
}

func TestOpen_refuses(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		setup string // SQL run on a fresh SQLite file before Open
	}{
		{"foreign application", `PRAGMA application_id = 42`},
		{"newer schema", `PRAGMA user_version = 9999`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "other.db")
			raw, err := sql.Open("sqlite3", path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := raw.Exec(tt.setup); err != nil {
				t.Fatal(err)
			}
			raw.Close()
			db, err := store.Open(ctx, path)
			if err == nil {
				db.Close()
			}
			if !errors.Is(err, annals.ErrInvalid) {
				t.Errorf("Open(%s) = %v, want an error wrapping ErrInvalid", tt.name, err)
			}
		})
	}
	if _, err := store.Open(ctx, ""); !errors.Is(err, annals.ErrInvalid) {
		t.Errorf(`Open("") = %v, want an error wrapping ErrInvalid`, err)
	}
}

// Several handles (as several processes would) open one new file at once:
// each must find the schema applied exactly once, and their writes must
// all land.
func TestOpen_concurrentHandles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	const handles = 4
	errs := make(chan error, handles)
	for i := range handles {
		go func() {
			db, err := store.Open(ctx, path)
			if err != nil {
				errs <- err
				return
			}
			defer db.Close()
			_, err = db.SaveBatch(ctx, []*annals.Document{bulkDoc(2*i, 3), bulkDoc(2*i+1, 3)})
			errs <- err
		}()
	}
	for range handles {
		if err := <-errs; err != nil {
			t.Errorf("Open and SaveBatch from a concurrent handle = %v", err)
		}
	}
	db := mustOpenPath(t, path)
	if st, err := db.Stats(ctx); err != nil || st.Articles != 2*handles {
		t.Errorf("Stats() = %+v, %v, want %d articles", st, err, 2*handles)
	}
	if err := db.Check(ctx); err != nil {
		t.Errorf("Check() = %v", err)
	}
}

package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/store"
)

func TestMain(m *testing.M) {
	// The kill test re-runs this binary as the writer it kills.
	if path := os.Getenv(killChildEnv); path != "" {
		os.Exit(runKillChild(path))
	}
	os.Exit(m.Run())
}

// fixedNow is the clock of every test database.
var fixedNow = time.Date(2026, 11, 27, 7, 0, 0, 0, time.UTC)

// MustOpenDB opens a new database file in a temporary directory, with the
// clock fixed, and closes it when the test ends.
func MustOpenDB(tb testing.TB) *store.DB {
	tb.Helper()
	return mustOpenPath(tb, filepath.Join(tb.TempDir(), "annals.db"))
}

func mustOpenPath(tb testing.TB, path string) *store.DB {
	tb.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("Open(%q) = %v", path, err)
	}
	db.Now = func() time.Time { return fixedNow }
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close() = %v", err)
		}
	})
	return db
}

func mustSave(tb testing.TB, db *store.DB, docs ...*annals.Document) {
	tb.Helper()
	for _, d := range docs {
		saved, err := db.Save(context.Background(), d)
		if err != nil || !saved {
			tb.Fatalf("Save(%s) = %v, %v, want true, nil", d.ID, saved, err)
		}
	}
}

// dump renders every row of every table, tables by name and rows by rowid,
// so two dumps are equal exactly when the stored data is.
func dump(tb testing.TB, db *store.DB) string {
	tb.Helper()
	ctx := context.Background()
	sdb := store.SQLDB(db)
	// sqlite_stat1 and its kind hold planner statistics, not data.
	rows, err := sdb.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		tb.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			tb.Fatal(err)
		}
		tables = append(tables, name)
	}
	rows.Close()
	var b strings.Builder
	for _, table := range tables {
		fmt.Fprintf(&b, "== %s\n", table)
		rows, err := sdb.QueryContext(ctx, `SELECT * FROM "`+table+`" ORDER BY rowid`)
		if err != nil {
			tb.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				tb.Fatal(err)
			}
			for i, v := range vals {
				if i > 0 {
					b.WriteString(" | ")
				}
				switch v := v.(type) {
				case []byte:
					fmt.Fprintf(&b, "%q", v)
				case string:
					fmt.Fprintf(&b, "%q", v)
				default:
					fmt.Fprintf(&b, "%v", v)
				}
			}
			b.WriteByte('\n')
		}
		if err := rows.Err(); err != nil {
			tb.Fatal(err)
		}
		rows.Close()
	}
	return b.String()
}

func scalar[T any](tb testing.TB, db *store.DB, query string, args ...any) T {
	tb.Helper()
	var v T
	if err := store.SQLDB(db).QueryRowContext(context.Background(), query, args...).Scan(&v); err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	return v
}

package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"

	"github.com/annals-project/annals"
)

// applicationID marks a SQLite file as an annals database ("ANNL" in ASCII),
// so Open refuses to migrate somebody else's database.
const applicationID = 0x414E4E4C

// cacheKiB is SQLite's page cache per connection, in KiB. The default 2 MiB
// makes bulk ingest into a database of a few hundred MiB read its index
// pages again and again; 64 MiB keeps the hot part of the key and link
// indexes in memory (https://www.sqlite.org/pragma.html#pragma_cache_size).
const cacheKiB = 64 << 10

// busyTimeout is how long a statement waits for another process's write
// lock before it fails with SQLITE_BUSY. An ingest holds the lock for one
// batch at a time; on a loaded machine a batch can take seconds, so a
// command run beside it waits rather than fails.
const busyTimeout = 30 * time.Second

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is an annals database: one SQLite file (or an in-memory database)
// holding the event graph. A DB is safe for concurrent use; its pool has a
// single connection, so calls run one after the other.
type DB struct {
	db *sql.DB

	// Now returns the current time. Save stamps each article with it;
	// tests replace it to fix the clock. Open sets it to time.Now.
	Now func() time.Time
}

// Open opens the database at path, creating it when it does not exist, and
// brings its schema up to date. The path ":memory:" opens a private
// in-memory database that lives until Close. Open returns an error wrapping
// annals.ErrInvalid when path is empty or names a SQLite file that is not an
// annals database, or one written by a newer annals.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("store: open: %w: empty path", annals.ErrInvalid)
	}
	sdb, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	// One connection: SQLite allows one writer anyway, a CLI needs no
	// more, and an in-memory database exists only on the connection that
	// created it, so the pool must never close or replace it.
	sdb.SetMaxOpenConns(1)
	sdb.SetMaxIdleConns(1)
	sdb.SetConnMaxLifetime(0)
	sdb.SetConnMaxIdleTime(0)
	if err := migrateRetrying(ctx, sdb); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return &DB{db: sdb, Now: time.Now}, nil
}

// Close closes the database. Calls after Close fail.
//
// Before closing it runs PRAGMA optimize, as SQLite recommends for every
// connection it closes (https://www.sqlite.org/lang_analyze.html): it
// gathers statistics for the query planner on the tables whose size has
// changed much, so filters keep their plans as the database grows. That is
// best effort; its failure does not stop the close.
//
// Only a connection that wrote runs it: PRAGMA optimize may run ANALYZE,
// which takes the write lock, and a reader (annals stats beside a running
// ingest) must not make the writer wait for statistics it did not change.
func (db *DB) Close() error {
	var changes int64
	if err := db.db.QueryRow(`SELECT total_changes()`).Scan(&changes); err == nil && changes > 0 {
		_, _ = db.db.Exec(`PRAGMA optimize`)
	}
	if err := db.db.Close(); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// dsn builds the driver's data source name. Foreign keys, the busy timeout
// and the journal settings are per-connection, so they belong in the DSN
// (the driver applies them to every connection it opens), not in a one-off
// PRAGMA. WAL lets readers in other processes work while we write; with WAL,
// synchronous=NORMAL is durable against application crashes and only loses
// the last transactions on power loss (https://www.sqlite.org/wal.html).
func dsn(path string) string {
	params := "_foreign_keys=on&_busy_timeout=" + strconv.FormatInt(busyTimeout.Milliseconds(), 10) +
		"&_synchronous=NORMAL&_cache_size=-" + strconv.Itoa(cacheKiB)
	if path == ":memory:" {
		return ":memory:?" + params
	}
	// A file: URI lets any path through: the characters that URIs give a
	// meaning are percent-escaped, and SQLite decodes them.
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + esc + "?" + params + "&_journal_mode=WAL"
}

// migration is one numbered schema file.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded schema files in version order. File names
// start with their version number ("0001_init.sql").
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name does not start with a version number", base)
		}
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: base, sql: string(b)})
	}
	slices.SortFunc(out, func(a, b migration) int { return a.version - b.version })
	for i := 1; i < len(out); i++ {
		if out[i].version == out[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s share version %d", out[i-1].name, out[i].name, out[i].version)
		}
	}
	return out, nil
}

// migrate applies the migrations newer than the database's user_version,
// each in its own transaction together with its version bump, so a crash
// leaves the database at a version it really has. BEGIN IMMEDIATE takes the
// write lock before the version is read, so two processes opening a new
// file at once cannot both apply the same file.
// migrateRetrying runs migrate until it gets past a lock another process
// holds, for up to busyTimeout. Two processes opening a new database at once
// race to set its journal mode and schema: SQLite reports SQLITE_BUSY for
// the journal-mode switch at once, without waiting as statements do, so
// the loser tries again. Each migration is its own transaction, checked
// against the stored schema version, so running migrate again is safe.
func migrateRetrying(ctx context.Context, sdb *sql.DB) error {
	deadline := time.Now().Add(busyTimeout)
	wait := 10 * time.Millisecond
	for {
		err := migrate(ctx, sdb)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, 500*time.Millisecond)
	}
}

// isBusy reports whether err is SQLite's "database is locked" or "busy".
func isBusy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
}

func migrate(ctx context.Context, sdb *sql.DB) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	conn, err := sdb.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()

	var appID int64
	if err := conn.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&appID); err != nil {
		return formatError(err)
	}
	if appID != 0 && appID != applicationID {
		return fmt.Errorf("%w: not an annals database (application_id %#x)", annals.ErrInvalid, appID)
	}
	version, err := userVersion(ctx, conn)
	if err != nil {
		return err
	}
	if latest := ms[len(ms)-1].version; version > latest {
		return fmt.Errorf("%w: database schema version %d is newer than this program's %d", annals.ErrInvalid, version, latest)
	}
	for _, m := range ms {
		if m.version <= version {
			continue
		}
		if err := applyMigration(ctx, conn, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

func applyMigration(ctx context.Context, conn *sql.Conn, m migration) (err error) {
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		return formatError(err)
	}
	defer func() {
		if err != nil {
			// The connection may already have rolled back on its own; the
			// migration's error is the one worth reporting.
			_, _ = conn.ExecContext(context.WithoutCancel(ctx), `ROLLBACK`)
		}
	}()
	version, err := userVersion(ctx, conn)
	if err != nil {
		return err
	}
	if version >= m.version {
		_, err = conn.ExecContext(ctx, `ROLLBACK`)
		return formatError(err)
	}
	if _, err := conn.ExecContext(ctx, m.sql); err != nil {
		return formatError(err)
	}
	if fill := migrationFills[m.version]; fill != nil {
		if err := fill(ctx, conn); err != nil {
			return err
		}
	}
	// PRAGMA takes no placeholders; both numbers are our own constants.
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, m.version)); err != nil {
		return formatError(err)
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA application_id = %d`, applicationID)); err != nil {
		return formatError(err)
	}
	_, err = conn.ExecContext(ctx, `COMMIT`)
	return formatError(err)
}

// migrationFills are the steps of migrations that SQL cannot do, by
// version: each runs right after its file, in the same transaction.
var migrationFills = map[int]func(context.Context, *sql.Conn) error{
	3: fillInputDigests,
}

func userVersion(ctx context.Context, conn *sql.Conn) (int, error) {
	var v int
	if err := conn.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v); err != nil {
		return 0, formatError(err)
	}
	return v, nil
}

// readTx runs fn in a transaction that is rolled back afterwards: the
// queries see one consistent snapshot and nothing they do is kept.
func (db *DB) readTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return formatError(err)
	}
	defer tx.Rollback()
	return fn(tx)
}

// formatError turns SQLite constraint failures (unique keys, foreign keys,
// CHECKs, NOT NULL) into annals.ErrConflict, keeping the driver's error in
// the chain; other errors pass through unchanged. It is the one place that
// knows the driver's error codes.
func formatError(err error) error {
	if err == nil {
		return nil
	}
	var se sqlite3.Error
	if errors.As(err, &se) && se.Code == sqlite3.ErrConstraint {
		return fmt.Errorf("%w: %w", annals.ErrConflict, err)
	}
	return err
}

// querier is what both *sql.DB and *sql.Tx offer; helpers that must run in
// and out of a transaction take it (the sqlc DBTX idea).
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

var (
	_ querier = (*sql.DB)(nil)
	_ querier = (*sql.Tx)(nil)
)

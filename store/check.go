package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/annals-project/annals"
)

// Check verifies the database: SQLite's integrity check, its foreign key
// check, and that every article is whole (it has one source link per event
// it reported, the count recorded when it was saved). It returns nil for a
// sound database and otherwise an error wrapping annals.ErrConflict that
// lists the first problems found. Check reads every page, so it takes time
// in proportion to the database's size.
func (db *DB) Check(ctx context.Context) error {
	var problems []string
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `PRAGMA integrity_check(10)`)
		if err != nil {
			return formatError(err)
		}
		for rows.Next() {
			var msg string
			if err := rows.Scan(&msg); err != nil {
				rows.Close()
				return formatError(err)
			}
			if msg != "ok" {
				problems = append(problems, msg)
			}
		}
		if err := rows.Close(); err != nil {
			return formatError(err)
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM pragma_foreign_key_check`).Scan(&n); err != nil {
			return formatError(err)
		}
		if n > 0 {
			problems = append(problems, fmt.Sprintf("%d rows break foreign keys", n))
		}
		rows, err = tx.QueryContext(ctx, `SELECT a.id, a.event_count,
	(SELECT count(*) FROM links AS l WHERE l.to_id = a.node_id AND l.kind = 'source') AS sources
FROM articles AS a
WHERE a.event_count != sources
ORDER BY a.id
LIMIT 10`)
		if err != nil {
			return formatError(err)
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			var want, got int
			if err := rows.Scan(&id, &want, &got); err != nil {
				return formatError(err)
			}
			problems = append(problems, fmt.Sprintf("article %s has %d source links, want %d", id, got, want))
		}
		return formatError(rows.Err())
	})
	if err != nil {
		return fmt.Errorf("store: check: %w", err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("store: check: %w: %s", annals.ErrConflict, strings.Join(problems, "; "))
	}
	return nil
}

package store

import (
	"context"
	"database/sql"
	"fmt"
)

// DocumentIDs returns the set of stored article IDs (content hashes), so a
// bulk ingest can skip articles already present before extracting them. An
// empty database gives an empty, non-nil map.
func (db *DB) DocumentIDs(ctx context.Context) (map[string]bool, error) {
	return db.stringSet(ctx, "list document ids", `SELECT id FROM articles`)
}

// InputlessIDs returns the IDs of the stored articles that have no stored
// input (they were ingested before annals kept inputs); an empty map when
// there are none. Ingesting such an article again stores its input.
func (db *DB) InputlessIDs(ctx context.Context) (map[string]bool, error) {
	return db.stringSet(ctx, "list articles without input", `SELECT id FROM articles WHERE input_id IS NULL`)
}

// stringSet runs query, which selects one text column, in one read
// transaction and returns its values as a set (empty and non-nil when it
// selects nothing); what names the listing in the error.
func (db *DB) stringSet(ctx context.Context, what, query string) (map[string]bool, error) {
	set := map[string]bool{}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, query)
		if err != nil {
			return formatError(err)
		}
		defer rows.Close()
		for rows.Next() {
			var v string
			if err := rows.Scan(&v); err != nil {
				return formatError(err)
			}
			set[v] = true
		}
		return formatError(rows.Err())
	})
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	return set, nil
}

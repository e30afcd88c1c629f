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
	ids := map[string]bool{}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id FROM articles`)
		if err != nil {
			return formatError(err)
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return formatError(err)
			}
			ids[id] = true
		}
		return formatError(rows.Err())
	})
	if err != nil {
		return nil, fmt.Errorf("store: list document ids: %w", err)
	}
	return ids, nil
}

// InputlessIDs returns the IDs of the stored articles that have no stored
// input (they were ingested before annals kept inputs); an empty map when
// there are none. Ingesting such an article again stores its input.
func (db *DB) InputlessIDs(ctx context.Context) (map[string]bool, error) {
	ids := map[string]bool{}
	rows, err := db.db.QueryContext(ctx, `SELECT id FROM articles WHERE input_id IS NULL`)
	if err != nil {
		return nil, fmt.Errorf("store: list articles without input: %w", formatError(err))
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: list articles without input: %w", formatError(err))
		}
		ids[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list articles without input: %w", formatError(err))
	}
	return ids, nil
}

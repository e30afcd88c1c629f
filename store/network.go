package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/annals-project/annals"
)

// This file answers the questions about one actor or one pair of actors
// that must stay fast on a store of millions of events (issue 5): each
// query follows the links of the actors named, through the unique index on
// (from_id, to_id, kind) and links_to, instead of reading the whole graph.

// SharedEvents returns the events in which both actors with the node keys
// a and b take part, among those f selects (f.Actor is ignored; f.Limit
// keeps the first that many), in timeline order as [DB.Events] returns
// them and with the same details. Unknown keys give an empty slice.
func (db *DB) SharedEvents(ctx context.Context, a, b string, f annals.EventFilter) ([]annals.Event, error) {
	var out []annals.Event
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		ida, err := nodeID(ctx, tx, a)
		if err != nil || ida == 0 {
			out = []annals.Event{}
			return err
		}
		idb, err := nodeID(ctx, tx, b)
		if err != nil || idb == 0 {
			out = []annals.Event{}
			return err
		}
		limit := f.Limit
		f.Actor, f.Limit = "", 0
		where, args, ok, err := eventFilter(ctx, tx, f)
		if err != nil || !ok {
			out = []annals.Event{}
			return err
		}
		// Probe b's participation for each event of a: the unique index
		// answers each probe, so the cost follows a's events only.
		where = append(where, `e.id IN (SELECT l.to_id FROM links AS l
	WHERE l.from_id = ? AND l.kind = 'participation'
	AND EXISTS (SELECT 1 FROM links AS m WHERE m.from_id = ? AND m.to_id = l.to_id AND m.kind = 'participation'))`)
		args = append(args, ida, idb)
		out, err = selectEvents(ctx, tx, where, args, limit)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: shared events of %q and %q: %w", a, b, err)
	}
	return out, nil
}

// nodeID returns the row id of the node with the key, 0 when there is none.
func nodeID(ctx context.Context, q querier, key string) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `SELECT id FROM nodes WHERE key = ?`, key).Scan(&id)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	return id, formatError(err)
}

// Ego returns the part of the event graph around the actor with the key:
// the actor, the events it takes part in, every participant of those
// events, and the participation links between them, ordered as
// [DB.Nodes] and [DB.Links] order theirs. Loading it with the graph
// package gives the actor's relations without reading the rest of the
// store. An unknown key gives empty slices.
func (db *DB) Ego(ctx context.Context, key string) ([]annals.Node, []annals.Link, error) {
	nodes, links := []annals.Node{}, []annals.Link{}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		id, err := nodeID(ctx, tx, key)
		if err != nil || id == 0 {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT a.key, e.key
FROM links AS s
JOIN links AS p ON p.to_id = s.to_id AND p.kind = 'participation'
JOIN nodes AS a ON a.id = p.from_id
JOIN nodes AS e ON e.id = p.to_id
WHERE s.from_id = ? AND s.kind = 'participation'
ORDER BY a.key, e.key`, id)
		if err != nil {
			return formatError(err)
		}
		defer rows.Close()
		keys := map[string]bool{}
		for rows.Next() {
			var l annals.Link
			if err := rows.Scan(&l.From, &l.To); err != nil {
				return formatError(err)
			}
			l.Kind = annals.LinkParticipation
			links = append(links, l)
			keys[l.From], keys[l.To] = true, true
		}
		if err := rows.Err(); err != nil {
			return formatError(err)
		}
		rows.Close()
		list := make([]string, 0, len(keys))
		for k := range keys {
			list = append(list, k)
		}
		arg, err := jsonArray(list)
		if err != nil {
			return err
		}
		nrows, err := tx.QueryContext(ctx, `SELECT `+nodeColumns+` FROM nodes
WHERE key IN (SELECT value FROM json_each(?)) ORDER BY key`, arg)
		if err != nil {
			return formatError(err)
		}
		defer nrows.Close()
		for nrows.Next() {
			var n annals.Node
			if err := scanNode(nrows, &n); err != nil {
				return err
			}
			nodes = append(nodes, n)
		}
		return formatError(nrows.Err())
	})
	if err != nil {
		return nil, nil, fmt.Errorf("store: ego of %q: %w", key, err)
	}
	return nodes, links, nil
}

// jsonArray encodes strings as a JSON array for json_each.
func jsonArray(ss []string) (string, error) {
	b, err := json.Marshal(ss)
	return string(b), err
}

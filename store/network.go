package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

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
		// Probe the busier actor's participation for each event of the
		// other: the unique index answers each probe, so the cost follows
		// the quieter actor's events only.
		if ida, idb, err = quieterFirst(ctx, tx, ida, idb); err != nil {
			return err
		}
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

// participationCap bounds the count quieterFirst makes of each actor's
// events: beyond it, either side is as good.
const participationCap = 5000

// quieterFirst returns the two actor row ids with the one that takes part
// in fewer events (counted up to participationCap) first.
func quieterFirst(ctx context.Context, q querier, a, b int64) (int64, int64, error) {
	count := func(id int64) (int, error) {
		var n int
		err := q.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM links
WHERE from_id = ? AND kind = 'participation' LIMIT ?)`, id, participationCap).Scan(&n)
		return n, formatError(err)
	}
	na, err := count(a)
	if err != nil {
		return a, b, err
	}
	nb, err := count(b)
	if err != nil {
		return a, b, err
	}
	if nb < na {
		return b, a, nil
	}
	return a, b, nil
}

// RecentSharedEvents returns up to n of the events in which both actors
// with the node keys a and b take part, among those f selects (f.Actor
// and f.Limit are ignored): the n stored last, returned in timeline order
// with the details [DB.Events] gives. Unlike SharedEvents with a limit, it
// stops at the n-th match instead of sorting every shared event, so it
// stays fast when two very active actors share tens of thousands of
// events (a path through hubs). Unknown keys give an empty slice.
func (db *DB) RecentSharedEvents(ctx context.Context, a, b string, f annals.EventFilter, n int) ([]annals.Event, error) {
	out := []annals.Event{}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		ida, err := nodeID(ctx, tx, a)
		if err != nil || ida == 0 {
			return err
		}
		idb, err := nodeID(ctx, tx, b)
		if err != nil || idb == 0 {
			return err
		}
		f.Actor, f.Limit = "", 0
		where, args, ok, err := eventFilter(ctx, tx, f)
		if err != nil || !ok || n <= 0 {
			return err
		}
		if ida, idb, err = quieterFirst(ctx, tx, ida, idb); err != nil {
			return err
		}
		// Newest links first, through the unique index; the event row is
		// read only to apply f.
		rows, err := tx.QueryContext(ctx, `SELECT l.to_id FROM links AS l JOIN nodes AS e ON e.id = l.to_id
WHERE l.from_id = ? AND l.kind = 'participation'
	AND EXISTS (SELECT 1 FROM links AS m WHERE m.from_id = ? AND m.to_id = l.to_id AND m.kind = 'participation')
	AND `+strings.Join(where, "\n\tAND ")+`
ORDER BY l.to_id DESC LIMIT ?`, append(append([]any{ida, idb}, args...), n)...)
		if err != nil {
			return formatError(err)
		}
		defer rows.Close()
		var ids []string
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return formatError(err)
			}
			ids = append(ids, strconv.FormatInt(id, 10))
		}
		if err := rows.Err(); err != nil {
			return formatError(err)
		}
		rows.Close()
		if len(ids) == 0 {
			return nil
		}
		out, err = selectEvents(ctx, tx, []string{`e.id IN (SELECT value FROM json_each(?))`}, []any{"[" + strings.Join(ids, ",") + "]"}, 0)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: recent shared events of %q and %q: %w", a, b, err)
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

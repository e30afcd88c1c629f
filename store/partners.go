package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/annals-project/annals"
)

// PartnerEvents are the events an actor shares with its partners, each
// node once: Pairs[i] = {p, e} says Partners[p] took part in Events[e]
// with the actor.
type PartnerEvents struct {
	Partners []annals.Node
	Events   []annals.Node
	// CAMEO holds each event's CAMEO code ("" when it has none), which
	// the nodes do not carry.
	CAMEO []string
	Pairs [][2]int32
}

// Partners returns the events f selects (f.Actor and f.Limit are ignored)
// that the actor with the node key shares with other actors, and those
// partners: the raw material of the actor's relations
// (graph.RelationsFrom), read in one query through the link indexes.
// Nodes carry what [DB.Nodes] gives them; the order of the lists is
// unspecified. Unlike [DB.Ego] it reads no link between two partners and
// holds each node once, so an actor in a hundred thousand events answers
// in seconds. An unknown key gives empty lists.
func (db *DB) Partners(ctx context.Context, key string, f annals.EventFilter) (*PartnerEvents, error) {
	out := &PartnerEvents{Partners: []annals.Node{}, Events: []annals.Node{}, CAMEO: []string{}, Pairs: [][2]int32{}}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		id, err := nodeID(ctx, tx, key)
		if err != nil || id == 0 {
			return err
		}
		f.Actor, f.Limit = "", 0
		where, args, ok, err := eventFilter(ctx, tx, f)
		if err != nil || !ok {
			return err
		}
		// The events first, then the partners by event: each node is
		// read and built once.
		cols := strings.ReplaceAll(nodeColumns, ", ", ", e.")
		rows, err := tx.QueryContext(ctx, `SELECT e.id, e.cameo, e.`+cols+`
FROM links AS s
JOIN nodes AS e ON e.id = s.to_id
WHERE s.from_id = ? AND s.kind = 'participation'
	AND `+strings.Join(where, "\n\tAND "), append([]any{id}, args...)...)
		if err != nil {
			return formatError(err)
		}
		defer rows.Close()
		events := map[int64]int32{}
		for rows.Next() {
			var n annals.Node
			var eid int64
			var cameo string
			if err := scanNode(rows, &n, &eid, &cameo); err != nil {
				return err
			}
			events[eid] = int32(len(out.Events))
			out.Events = append(out.Events, n)
			out.CAMEO = append(out.CAMEO, cameo)
		}
		if err := rows.Err(); err != nil {
			return formatError(err)
		}
		rows.Close()
		prows, err := tx.QueryContext(ctx, `SELECT s.to_id, p.from_id
FROM links AS s
JOIN links AS p ON p.to_id = s.to_id AND p.kind = 'participation' AND p.from_id <> s.from_id
WHERE s.from_id = ? AND s.kind = 'participation'`, id)
		if err != nil {
			return formatError(err)
		}
		defer prows.Close()
		partners := map[int64]int32{}
		for prows.Next() {
			var eid, pid int64
			if err := prows.Scan(&eid, &pid); err != nil {
				return formatError(err)
			}
			e, ok := events[eid]
			if !ok {
				continue // an event f leaves out
			}
			p, ok := partners[pid]
			if !ok {
				p = int32(len(partners))
				partners[pid] = p
			}
			out.Pairs = append(out.Pairs, [2]int32{p, e})
		}
		if err := prows.Err(); err != nil {
			return formatError(err)
		}
		prows.Close()
		ids := make([]int64, len(partners))
		for pid, p := range partners {
			ids[p] = pid
		}
		out.Partners = make([]annals.Node, len(ids))
		for i, pid := range ids {
			var n annals.Node
			if err := scanNode(tx.QueryRowContext(ctx, `SELECT `+nodeColumns+` FROM nodes WHERE id = ?`, pid), &n); err != nil {
				return err
			}
			out.Partners[i] = n
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: partners of %q: %w", key, err)
	}
	return out, nil
}

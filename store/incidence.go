package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/annals-project/annals"
)

// Incidence is who took part in which event, in compact form: the input
// from which the graph package builds a large actor graph without the
// event nodes (graph.NewNetwork). Events are numbered 0..len(Offsets)-2 in
// row order; the participants of event i are
// Actors[Members[Offsets[i]]], ... up to Members[Offsets[i+1]-1].
type Incidence struct {
	// Actors are every person, organisation and country node, ordered by
	// key.
	Actors []annals.Node
	// Offsets has one entry per event plus one.
	Offsets []int32
	// Members are indices into Actors.
	Members []int32
}

// Incidence reads the participations of the events f selects (f.Limit is
// ignored; f.Actor restricts to that actor's events) in one pass over the
// links table. On a store of a million events it needs a few seconds and
// some tens of megabytes, where [DB.Nodes] and [DB.Links] would build
// millions of strings.
func (db *DB) Incidence(ctx context.Context, f annals.EventFilter) (*Incidence, error) {
	inc := &Incidence{Actors: []annals.Node{}, Offsets: []int32{0}, Members: []int32{}}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		f.Limit = 0
		where, args, ok, err := eventFilter(ctx, tx, f)
		if err != nil || !ok {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT id, `+nodeColumns+` FROM nodes
WHERE kind IN ('person', 'organization', 'country') ORDER BY key`)
		if err != nil {
			return formatError(err)
		}
		defer rows.Close()
		index := map[int64]int32{}
		for rows.Next() {
			var n annals.Node
			var id int64
			if err := scanNode(rows, &n, &id); err != nil {
				return err
			}
			index[id] = int32(len(inc.Actors))
			inc.Actors = append(inc.Actors, n)
		}
		if err := rows.Err(); err != nil {
			return formatError(err)
		}
		rows.Close()
		query := `SELECT l.to_id, l.from_id FROM links AS l WHERE l.kind = 'participation' ORDER BY l.to_id`
		if len(where) > 1 || len(args) > 0 {
			query = `SELECT l.to_id, l.from_id FROM nodes AS e JOIN links AS l ON l.to_id = e.id AND l.kind = 'participation'
WHERE ` + strings.Join(where, "\n\tAND ") + `
ORDER BY l.to_id`
		}
		lrows, err := tx.QueryContext(ctx, query, args...)
		if err != nil {
			return formatError(err)
		}
		defer lrows.Close()
		last := int64(-1)
		for lrows.Next() {
			var ev, actor int64
			if err := lrows.Scan(&ev, &actor); err != nil {
				return formatError(err)
			}
			a, ok := index[actor]
			if !ok {
				continue // not an actor: a malformed link carries no relation
			}
			if ev != last {
				if last >= 0 {
					inc.Offsets = append(inc.Offsets, int32(len(inc.Members)))
				}
				last = ev
			}
			inc.Members = append(inc.Members, a)
		}
		if err := lrows.Err(); err != nil {
			return formatError(err)
		}
		if last >= 0 {
			inc.Offsets = append(inc.Offsets, int32(len(inc.Members)))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: incidence: %w", err)
	}
	return inc, nil
}

package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
)

// incidenceChunks is the number of node-id ranges Incidence reads the
// links in: on a million events a chunk's packed string is a few MB.
const incidenceChunks = 8

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
	// Events are the events' handles for [DB.EventNodes], one per event
	// (their row ids, valid for this store).
	Events []int64
}

// Incidence reads the participations of the events f selects (f.Limit is
// ignored; f.Actor restricts to that actor's events) in one pass over the
// links table. On a store of a million events it needs a few seconds and
// some tens of megabytes, where [DB.Nodes] and [DB.Links] would build
// millions of strings.
func (db *DB) Incidence(ctx context.Context, f annals.EventFilter) (*Incidence, error) {
	inc := &Incidence{Actors: []annals.Node{}, Offsets: []int32{0}, Members: []int32{}, Events: []int64{}}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		f.Limit = 0
		where, args, ok, err := eventFilter(ctx, tx, f)
		if err != nil || !ok {
			return err
		}
		// Every actor row has a fold (0001_init.sql) and no other row
		// has: the partial index nodes_fold lists the actors alone, where
		// a scan by kind would read the million event rows too.
		rows, err := tx.QueryContext(ctx, `SELECT id, `+nodeColumns+` FROM nodes
WHERE fold IS NOT NULL AND kind IN ('person', 'organization', 'country') ORDER BY key`)
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
		// The participation links are read from the unique index on
		// (from_id, to_id, kind), which covers the query and is far
		// smaller than the table (no evidence text), in chunks of
		// from_id, each chunk's pairs packed by SQLite into one string
		// ("event,actor;event,actor;..."): a row per participation would
		// cost a round of driver calls each, three times more in all. The
		// pairs are then grouped by event with a counting sort.
		var maxNode int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM nodes`).Scan(&maxNode); err != nil {
			return formatError(err)
		}
		actorOf := make([]int32, maxNode+1)
		for i := range actorOf {
			actorOf[i] = -1
		}
		for id, i := range index {
			if id >= 0 && id <= maxNode {
				actorOf[id] = i
			}
		}
		query := `SELECT coalesce(group_concat(l.to_id || ',' || l.from_id, ';'), '') FROM links AS l
WHERE l.from_id BETWEEN ? AND ? AND l.kind = 'participation'`
		if len(where) > 1 || len(args) > 0 {
			query = `SELECT coalesce(group_concat(l.to_id || ',' || l.from_id, ';'), '') FROM links AS l JOIN nodes AS e ON e.id = l.to_id
WHERE l.from_id BETWEEN ? AND ? AND l.kind = 'participation' AND ` + strings.Join(where, "\n\tAND ")
		}
		var evs []int64
		var members []int32
		var maxEv int64
		step := max(1, (maxNode+incidenceChunks-1)/incidenceChunks)
		for lo := int64(0); lo <= maxNode; lo += step {
			var packed string
			chunkArgs := append([]any{lo, lo + step - 1}, args...)
			if err := tx.QueryRowContext(ctx, query, chunkArgs...).Scan(&packed); err != nil {
				return formatError(err)
			}
			for len(packed) > 0 {
				var pair string
				pair, packed, _ = strings.Cut(packed, ";")
				e, a, _ := strings.Cut(pair, ",")
				ev, err1 := strconv.ParseInt(e, 10, 64)
				actor, err2 := strconv.ParseInt(a, 10, 64)
				if err1 != nil || err2 != nil {
					return fmt.Errorf("incidence: link %q: not two row ids", pair)
				}
				if actor < 0 || actor > maxNode || actorOf[actor] < 0 || ev < 0 {
					continue // not an actor: a malformed link carries no relation
				}
				evs = append(evs, ev)
				members = append(members, actorOf[actor])
				maxEv = max(maxEv, ev)
			}
		}
		inc.Offsets, inc.Members, inc.Events = groupByEvent(evs, members, maxEv)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: incidence: %w", err)
	}
	return inc, nil
}

// groupByEvent orders members by their event id (a stable counting sort
// over the ids, which are row ids up to maxEv) and returns the offsets of
// each event's run and the event ids, events in id order.
func groupByEvent(evs []int64, members []int32, maxEv int64) (offsets, out []int32, ids []int64) {
	offsets = []int32{0}
	out = make([]int32, len(members))
	ids = []int64{}
	if len(evs) == 0 {
		return offsets, out, ids
	}
	count := make([]int32, maxEv+2)
	for _, ev := range evs {
		count[ev+1]++
	}
	for i := 1; i < len(count); i++ {
		if count[i] > 0 {
			offsets = append(offsets, offsets[len(offsets)-1]+count[i])
			ids = append(ids, int64(i-1))
		}
		count[i] += count[i-1]
	}
	for i, ev := range evs {
		out[count[ev]] = members[i]
		count[ev]++
	}
	return offsets, out, ids
}

// EventNodes returns the event nodes with the handles (from
// [Incidence.Events]), in the order given; a handle that names no event
// gives a zero Node in its place.
func (db *DB) EventNodes(ctx context.Context, handles []int64) ([]annals.Node, error) {
	out := make([]annals.Node, len(handles))
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		b, err := json.Marshal(handles)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT id, `+nodeColumns+` FROM nodes
WHERE kind = 'event' AND id IN (SELECT value FROM json_each(?))`, string(b))
		if err != nil {
			return formatError(err)
		}
		defer rows.Close()
		byID := map[int64]annals.Node{}
		for rows.Next() {
			var n annals.Node
			var id int64
			if err := scanNode(rows, &n, &id); err != nil {
				return err
			}
			byID[id] = n
		}
		for i, h := range handles {
			out[i] = byID[h]
		}
		return formatError(rows.Err())
	})
	if err != nil {
		return nil, fmt.Errorf("store: event nodes: %w", err)
	}
	return out, nil
}

// EventSummary is what the metrics and exports of a large store need of
// an event: its inclusive interval (zero Dates when undated) and type.
type EventSummary struct {
	Start, End annals.Date
	Type       annals.EventType
}

// EventSummaries returns the interval and type of the events with the
// handles (from [Incidence.Events]), in the order given; a handle that
// names no event gives a zero summary. It reads the event rows in one pass
// in row order, so a million events take about a second; callers such as
// metrics per time window cut the participation table with them instead
// of reading it once per window.
func (db *DB) EventSummaries(ctx context.Context, handles []int64) ([]EventSummary, error) {
	out := make([]EventSummary, len(handles))
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, start_date, end_date, type FROM nodes WHERE kind = 'event' ORDER BY id`)
		if err != nil {
			return formatError(err)
		}
		defer rows.Close()
		// Handles from Incidence ascend; others are sorted here.
		order := make([]int, len(handles))
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(a, b int) int { return cmp.Compare(handles[a], handles[b]) })
		k := 0
		for rows.Next() {
			var id int64
			var start, end sql.NullString
			var typ string
			if err := rows.Scan(&id, &start, &end, &typ); err != nil {
				return formatError(err)
			}
			for k < len(order) && handles[order[k]] < id {
				k++
			}
			for j := k; j < len(order) && handles[order[j]] == id; j++ {
				sum := &out[order[j]]
				sum.Type = annals.EventType(typ)
				if sum.Start, err = scanDate(start); err != nil {
					return fmt.Errorf("event %d: %w", id, err)
				}
				if sum.End, err = scanDate(end); err != nil {
					return fmt.Errorf("event %d: %w", id, err)
				}
			}
		}
		return formatError(rows.Err())
	})
	if err != nil {
		return nil, fmt.Errorf("store: event summaries: %w", err)
	}
	return out, nil
}

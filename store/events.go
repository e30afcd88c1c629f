package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
)

// Events returns the events f selects, in timeline order: by start date
// with undated events last, then type, then first participant (as the first
// report listed them, compared with case and accents folded), then ID. It
// returns an empty slice, not an error, when nothing matches.
//
// Filters combine with AND; zero fields do not filter:
//   - Actor: events in which the actor FindActor resolves the name to takes
//     part. A name that matches no actor selects nothing; callers that want
//     to tell a typo from an actor without events call FindActor first. A
//     name that matches several actors returns FindActor's
//     *annals.AmbiguousError.
//   - Country: events in which that state takes part (the code is
//     upper-cased first).
//   - From, To: events whose inclusive interval overlaps [From, To]:
//     ending on or after From, starting on or before To. Undated events
//     never match a date filter.
//   - Types, Status: events of any of those types, with that status.
//   - Limit: at most that many events, the first in the order above.
//
// An unknown country code, type or status returns an error wrapping
// annals.ErrInvalid. Each event carries its actors and countries (in the
// order of the first report), place, interval, TIMEX value, figure, and
// its Sources, one per article that reported it in the order they were
// saved; Evidence and Span are those of the first source. An event's ID
// is its node key (see EventKey).
func (db *DB) Events(ctx context.Context, f annals.EventFilter) ([]annals.Event, error) {
	var out []annals.Event
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = queryEvents(ctx, tx, f)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: events: %w", err)
	}
	return out, nil
}

// eventFilter turns f into WHERE clauses over nodes AS e and their
// arguments. Only constant SQL goes into the clauses; every value from f
// is an argument. ok is false when f selects nothing for sure.
func eventFilter(ctx context.Context, q querier, f annals.EventFilter) (where []string, args []any, ok bool, err error) {
	where = []string{`e.kind = 'event'`}
	if f.Actor != "" {
		_, id, err := findActor(ctx, q, f.Actor)
		if errors.Is(err, annals.ErrNotFound) {
			return nil, nil, false, nil
		}
		if err != nil {
			return nil, nil, false, err
		}
		where = append(where, `e.id IN (SELECT to_id FROM links WHERE from_id = ? AND kind = 'participation')`)
		args = append(args, id)
	}
	if f.Country != "" {
		c := annals.Country(strings.ToUpper(strings.TrimSpace(string(f.Country))))
		if !c.Valid() {
			return nil, nil, false, fmt.Errorf("%w: country %q is not an ISO 3166-1 alpha-3 code", annals.ErrInvalid, f.Country)
		}
		where = append(where, `e.id IN (SELECT l.to_id FROM links AS l JOIN nodes AS c ON c.id = l.from_id
	WHERE c.key = ? AND l.kind = 'participation')`)
		args = append(args, annals.ActorKey(annals.KindCountry, string(c)))
	}
	// Interval overlap with inclusive ends; NULL dates compare false, so
	// undated events drop out.
	if !f.From.IsZero() {
		where = append(where, `e.end_date >= ?`)
		args = append(args, f.From.String())
	}
	if !f.To.IsZero() {
		where = append(where, `e.start_date <= ?`)
		args = append(args, f.To.String())
	}
	if len(f.Types) > 0 {
		marks := make([]string, len(f.Types))
		for i, t := range f.Types {
			if !t.Valid() {
				return nil, nil, false, fmt.Errorf("%w: event type %q is not one of %v", annals.ErrInvalid, t, annals.EventTypes)
			}
			marks[i] = "?"
			args = append(args, string(t))
		}
		where = append(where, `e.type IN (`+strings.Join(marks, ", ")+`)`)
	}
	if f.Status != "" {
		if !f.Status.Valid() {
			return nil, nil, false, fmt.Errorf("%w: status %q is neither occurred nor planned", annals.ErrInvalid, f.Status)
		}
		where = append(where, `e.status = ?`)
		args = append(args, string(f.Status))
	}
	return where, args, true, nil
}

func queryEvents(ctx context.Context, q querier, f annals.EventFilter) ([]annals.Event, error) {
	where, args, ok, err := eventFilter(ctx, q, f)
	if err != nil || !ok {
		return []annals.Event{}, err
	}
	return selectEvents(ctx, q, where, args, f.Limit)
}

// selectEvents returns the events that the WHERE clauses over nodes AS e
// select, at most limit of them unless limit is 0, in timeline order and
// with their participants, place and sources. The clauses are constant
// SQL; every value is in args.
func selectEvents(ctx context.Context, q querier, where []string, args []any, limit int) ([]annals.Event, error) {
	out := []annals.Event{}
	query := `SELECT e.id, e.key, e.type, e.cameo, e.status, e.start_date, e.end_date, e.time_value,
	e.amount, e.currency, e.measure
FROM nodes AS e
WHERE ` + strings.Join(where, "\n\tAND ") + `
ORDER BY e.start_date IS NULL, e.start_date, e.type, e.sort_actor, e.key`
	if limit > 0 {
		query += "\nLIMIT ?"
		args = append(args[:len(args):len(args)], limit)
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, formatError(err)
	}
	defer rows.Close()
	index := map[int64]int{}
	var ids strings.Builder
	ids.WriteByte('[')
	for rows.Next() {
		var (
			id               int64
			key, typ, st, tv string
			start, end       sql.NullString
			amount           sql.NullFloat64
			e                annals.Event
		)
		if err := rows.Scan(&id, &key, &typ, &e.CAMEO, &st, &start, &end, &tv, &amount, &e.Currency, &e.Measure); err != nil {
			return nil, formatError(err)
		}
		e.ID = key
		e.Type, e.Status, e.Time = annals.EventType(typ), annals.Status(st), annals.TimeValue(tv)
		if e.Start, err = scanDate(start); err != nil {
			return nil, fmt.Errorf("event %s: %w", e.ID, err)
		}
		if e.End, err = scanDate(end); err != nil {
			return nil, fmt.Errorf("event %s: %w", e.ID, err)
		}
		if amount.Valid {
			e.Amount = &amount.Float64
		}
		e.Actors, e.Countries = []string{}, []annals.Country{}
		if len(out) > 0 {
			ids.WriteByte(',')
		}
		ids.WriteString(strconv.FormatInt(id, 10))
		index[id] = len(out)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, formatError(err)
	}
	rows.Close()
	if len(out) == 0 {
		return out, nil
	}
	ids.WriteByte(']')
	if err := addParticipants(ctx, q, ids.String(), index, out); err != nil {
		return nil, err
	}
	if err := addPlaces(ctx, q, ids.String(), index, out); err != nil {
		return nil, err
	}
	if err := addSources(ctx, q, ids.String(), index, out); err != nil {
		return nil, err
	}
	return out, nil
}

// The detail queries take the selected events' row ids as one JSON array
// argument (json_each), so each runs once for all events, whatever their
// number, and no SQL text depends on the data.

func addParticipants(ctx context.Context, q querier, ids string, index map[int64]int, out []annals.Event) error {
	rows, err := q.QueryContext(ctx, `SELECT l.to_id, n.kind, n.key, n.label
FROM links AS l
JOIN nodes AS n ON n.id = l.from_id
WHERE l.kind = 'participation' AND l.to_id IN (SELECT value FROM json_each(?))
ORDER BY l.to_id, l.pos, l.id`, ids)
	if err != nil {
		return formatError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var kind, key, label string
		if err := rows.Scan(&id, &kind, &key, &label); err != nil {
			return formatError(err)
		}
		e := &out[index[id]]
		if annals.NodeKind(kind) == annals.KindCountry {
			e.Countries = append(e.Countries, annals.Country(strings.TrimPrefix(key, "country:")))
		} else {
			e.Actors = append(e.Actors, label)
		}
	}
	return formatError(rows.Err())
}

func addPlaces(ctx context.Context, q querier, ids string, index map[int64]int, out []annals.Event) error {
	rows, err := q.QueryContext(ctx, `SELECT l.from_id, n.label
FROM links AS l
JOIN nodes AS n ON n.id = l.to_id
WHERE l.kind = 'location' AND l.from_id IN (SELECT value FROM json_each(?))
ORDER BY l.from_id, l.id`, ids)
	if err != nil {
		return formatError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var label string
		if err := rows.Scan(&id, &label); err != nil {
			return formatError(err)
		}
		if e := &out[index[id]]; e.Place == "" {
			e.Place = label
		}
	}
	return formatError(rows.Err())
}

func addSources(ctx context.Context, q querier, ids string, index map[int64]int, out []annals.Event) error {
	rows, err := q.QueryContext(ctx, `SELECT l.from_id, a.id, a.source, a.title, a.published, l.detail, l.span_begin, l.span_end
FROM links AS l
JOIN articles AS a ON a.node_id = l.to_id
WHERE l.kind = 'source' AND l.from_id IN (SELECT value FROM json_each(?))
ORDER BY l.from_id, l.id`, ids)
	if err != nil {
		return formatError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var s annals.Source
		var published sql.NullString
		if err := rows.Scan(&id, &s.Document, &s.Source, &s.Title, &published, &s.Evidence, &s.Span[0], &s.Span[1]); err != nil {
			return formatError(err)
		}
		var err error
		if s.Published, err = scanDate(published); err != nil {
			return fmt.Errorf("article %s: %w", s.Document, err)
		}
		e := &out[index[id]]
		if len(e.Sources) == 0 {
			e.Evidence, e.Span = s.Evidence, s.Span
		}
		e.Sources = append(e.Sources, s)
	}
	return formatError(rows.Err())
}

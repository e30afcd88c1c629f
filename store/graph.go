package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/annals-project/annals"
)

var _ annals.GraphSource = (*DB)(nil)

// nodeColumns are the columns scanNode reads, in its order.
const nodeColumns = `key, kind, label, country, role, start_date, end_date, type, status`

type scanner interface{ Scan(dest ...any) error }

// scanNode scans nodeColumns into n, after scanning any leading columns
// into first.
func scanNode(sc scanner, n *annals.Node, first ...any) error {
	var kind, country, typ, status string
	var start, end sql.NullString
	dest := append(first, &n.Key, &kind, &n.Label, &country, &n.Role, &start, &end, &typ, &status)
	if err := sc.Scan(dest...); err != nil {
		return formatError(err)
	}
	n.Kind, n.Country, n.Type, n.Status = annals.NodeKind(kind), annals.Country(country), annals.EventType(typ), annals.Status(status)
	var err error
	if n.Start, err = scanDate(start); err != nil {
		return fmt.Errorf("node %s: %w", n.Key, err)
	}
	if n.End, err = scanDate(end); err != nil {
		return fmt.Errorf("node %s: %w", n.Key, err)
	}
	return nil
}

// scanDate parses a stored 'YYYY-MM-DD' date; NULL is the zero Date.
func scanDate(s sql.NullString) (annals.Date, error) {
	if !s.Valid {
		return annals.Date{}, nil
	}
	return annals.ParseDate(s.String)
}

// Nodes returns every node of the graph, ordered by key; an empty slice
// when the database is empty. Event nodes carry their type, status,
// interval and a short label ("meet: Sergei Lavrov, Fumio Kishida");
// persons their country and role; organisations and places their country;
// date nodes their TIMEX value as label and its interval; article nodes
// their title.
func (db *DB) Nodes(ctx context.Context) ([]annals.Node, error) {
	out, err := db.queryNodes(ctx, `SELECT `+nodeColumns+` FROM nodes ORDER BY key`)
	if err != nil {
		return nil, fmt.Errorf("store: nodes: %w", err)
	}
	return out, nil
}

// Actors returns the persons and organisations, ordered by key; an empty
// slice when there are none. It reads through the folded-name index, so it
// stays quick on a store of millions of events, where Nodes does not.
func (db *DB) Actors(ctx context.Context) ([]annals.Node, error) {
	out, err := db.queryNodes(ctx, `SELECT `+nodeColumns+` FROM nodes
WHERE fold IS NOT NULL AND kind IN ('person', 'organization') ORDER BY key`)
	if err != nil {
		return nil, fmt.Errorf("store: actors: %w", err)
	}
	return out, nil
}

// queryNodes runs a query selecting nodeColumns.
func (db *DB) queryNodes(ctx context.Context, query string) ([]annals.Node, error) {
	out := []annals.Node{}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, query)
		if err != nil {
			return formatError(err)
		}
		defer rows.Close()
		for rows.Next() {
			var n annals.Node
			if err := scanNode(rows, &n); err != nil {
				return err
			}
			out = append(out, n)
		}
		return formatError(rows.Err())
	})
	return out, err
}

// Node returns the node with the key, or an error wrapping
// annals.ErrNotFound.
func (db *DB) Node(ctx context.Context, key string) (annals.Node, error) {
	var n annals.Node
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		err := scanNode(tx.QueryRowContext(ctx, `SELECT `+nodeColumns+` FROM nodes WHERE key = ?`, key), &n)
		if errors.Is(err, sql.ErrNoRows) {
			return annals.ErrNotFound
		}
		return err
	})
	if err != nil {
		return annals.Node{}, fmt.Errorf("store: node %q: %w", key, err)
	}
	return n, nil
}

// Links returns every link, ordered by from key, to key and kind; an empty
// slice when there are none. Detail is the role of an affiliation, the
// TIMEX value of a time link and the evidence sentence of a source link.
func (db *DB) Links(ctx context.Context) ([]annals.Link, error) {
	out := []annals.Link{}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT f.key, t.key, l.kind, l.detail
FROM links AS l
JOIN nodes AS f ON f.id = l.from_id
JOIN nodes AS t ON t.id = l.to_id
ORDER BY f.key, t.key, l.kind`)
		if err != nil {
			return formatError(err)
		}
		defer rows.Close()
		for rows.Next() {
			var l annals.Link
			var kind string
			if err := rows.Scan(&l.From, &l.To, &kind, &l.Detail); err != nil {
				return formatError(err)
			}
			l.Kind = annals.LinkKind(kind)
			out = append(out, l)
		}
		return formatError(rows.Err())
	})
	if err != nil {
		return nil, fmt.Errorf("store: links: %w", err)
	}
	return out, nil
}

// Stats counts what the database holds.
type Stats struct {
	Articles      int `json:"articles"`
	Events        int `json:"events"`
	Persons       int `json:"persons"`
	Organizations int `json:"organizations"`
	Countries     int `json:"countries"`
	Places        int `json:"places"`
	Dates         int `json:"dates"`
	Links         int `json:"links"`
}

// Stats returns the number of articles, of nodes of each kind and of links.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT kind, count(*) FROM nodes GROUP BY kind`)
		if err != nil {
			return formatError(err)
		}
		defer rows.Close()
		for rows.Next() {
			var kind string
			var n int
			if err := rows.Scan(&kind, &n); err != nil {
				return formatError(err)
			}
			switch annals.NodeKind(kind) {
			case annals.KindArticle:
				st.Articles = n
			case annals.KindEvent:
				st.Events = n
			case annals.KindPerson:
				st.Persons = n
			case annals.KindOrganization:
				st.Organizations = n
			case annals.KindCountry:
				st.Countries = n
			case annals.KindPlace:
				st.Places = n
			case annals.KindDate:
				st.Dates = n
			}
		}
		if err := rows.Err(); err != nil {
			return formatError(err)
		}
		return formatError(tx.QueryRowContext(ctx, `SELECT count(*) FROM links`).Scan(&st.Links))
	})
	if err != nil {
		return Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	return st, nil
}

// HasDocument reports whether an article with the document ID is stored.
func (db *DB) HasDocument(ctx context.Context, id string) (bool, error) {
	var n int
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		return formatError(tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, id).Scan(&n))
	})
	if err != nil {
		return false, fmt.Errorf("store: has document %q: %w", id, err)
	}
	return n > 0, nil
}

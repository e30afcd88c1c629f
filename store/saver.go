package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/annals-project/annals"
)

// The statements a save runs; prepared once per transaction (saver) and
// reused for every row of every document in it.
const (
	// The article's node goes in first. Its insert is the existence check
	// (no row comes back when the article is stored already) and, being a
	// write, it takes the write lock at once, before the transaction has
	// read anything that another writer could make stale.
	sqlInsertArticleNode = `INSERT INTO nodes (key, kind, label) VALUES (?, 'article', ?)
ON CONFLICT (key) DO NOTHING
RETURNING id`
	sqlInsertArticle = `INSERT INTO articles (node_id, id, source, title, published, published_from, ingested_at, event_count, input_id, extractor, digest)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlInsertInput = `INSERT INTO inputs (format, source, title, published, override, size, data, digest)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id`
	sqlInputByDigest = `SELECT 1 FROM inputs WHERE digest = ? LIMIT 1`
	sqlUpsertActor   = `INSERT INTO nodes (key, kind, label, fold, short, country, role)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (key) DO UPDATE SET
	country = iif(nodes.country = '', excluded.country, nodes.country),
	role = iif(nodes.role = '', excluded.role, nodes.role)
RETURNING id, country <> '', role <> ''`
	sqlUpsertDate = `INSERT INTO nodes (key, kind, label, start_date, end_date, time_value)
VALUES (?, 'date', ?, ?, ?, ?)
ON CONFLICT (key) DO UPDATE SET
	start_date = coalesce(nodes.start_date, excluded.start_date),
	end_date = coalesce(nodes.end_date, excluded.end_date)
RETURNING id, start_date IS NOT NULL, 1`
	sqlUpsertEvent = `INSERT INTO nodes (key, kind, label, type, cameo, status, start_date, end_date, time_value, amount, currency, measure, sort_actor)
VALUES (?, 'event', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (key) DO UPDATE SET
	cameo = iif(nodes.cameo = '', excluded.cameo, nodes.cameo),
	time_value = iif(nodes.time_value = '', excluded.time_value, nodes.time_value)
RETURNING id, cameo <> '', time_value <> ''`
	sqlInsertLink = `INSERT INTO links (from_id, to_id, kind, detail, pos, span_begin, span_end)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (from_id, to_id, kind) DO NOTHING`
)

// saver holds the prepared statements of one transaction, and the nodes
// it has upserted so far.
type saver struct {
	// ctx is the context statements run under, never cancelled (see
	// writeTx); done is the caller's, checked between documents and events.
	// Both live only as long as the transaction.
	ctx, done   context.Context
	conn        *sql.Conn
	now         string
	articleNode *sql.Stmt
	article     *sql.Stmt
	input       *sql.Stmt
	// inputByDigest finds a stored input by its digest.
	inputByDigest *sql.Stmt
	actor         *sql.Stmt
	date          *sql.Stmt
	eventStmt     *sql.Stmt
	link          *sql.Stmt

	// nodes caches, by key, what the transaction knows of the nodes it
	// upserted: news articles name the same states and people again and
	// again, and an upsert that would change nothing is skipped. The cache
	// dies with the transaction, so it never outlives a rollback.
	nodes map[string]cachedNode
	// links holds the links the transaction has inserted or found.
	links map[linkKey]bool

	// zip compresses inputs; one per transaction, reset for each input.
	zip *inputZip
}

// linkKey is what makes a link unique: its ends and its kind.
type linkKey struct {
	from, to int64
	kind     annals.LinkKind
}

// cachedNode is a node's row id and whether its two fillable columns
// (country and role; start and end date; cameo and TIMEX value) hold a
// value already. An upsert can only fill empty columns, so once a column
// is filled, later values for it change nothing.
type cachedNode struct {
	id               int64
	filledA, filledB bool
}

// upsert runs stmt (one of the upserts returning id and the two filled
// flags) unless the cache shows it would change nothing: the node exists
// and each fillable value is empty or its column filled already.
func (s *saver) upsert(stmt *sql.Stmt, key string, newA, newB bool, args ...any) (int64, error) {
	if c, ok := s.nodes[key]; ok && (c.filledA || !newA) && (c.filledB || !newB) {
		return c.id, nil
	}
	var c cachedNode
	if err := stmt.QueryRowContext(s.ctx, args...).Scan(&c.id, &c.filledA, &c.filledB); err != nil {
		return 0, fmt.Errorf("upsert %s: %w", key, err)
	}
	s.nodes[key] = c
	return c.id, nil
}

func newSaver(done, ctx context.Context, conn *sql.Conn, now string) (*saver, error) {
	s := &saver{ctx: ctx, done: done, conn: conn, now: now, nodes: map[string]cachedNode{}, links: map[linkKey]bool{}}
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&s.articleNode, sqlInsertArticleNode},
		{&s.article, sqlInsertArticle},
		{&s.input, sqlInsertInput},
		{&s.inputByDigest, sqlInputByDigest},
		{&s.actor, sqlUpsertActor},
		{&s.date, sqlUpsertDate},
		{&s.eventStmt, sqlUpsertEvent},
		{&s.link, sqlInsertLink},
	} {
		st, err := conn.PrepareContext(ctx, p.sql)
		if err != nil {
			s.close()
			return nil, err
		}
		*p.stmt = st
	}
	return s, nil
}

// ctxRow runs a one-off query on the transaction's connection.
func (s *saver) ctxRow(query string, args ...any) *sql.Row {
	return s.conn.QueryRowContext(s.ctx, query, args...)
}

func (s *saver) close() {
	for _, st := range []*sql.Stmt{s.articleNode, s.article, s.input, s.inputByDigest, s.actor, s.date, s.eventStmt, s.link} {
		if st != nil {
			st.Close()
		}
	}
}

package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"

	"github.com/annals-project/annals"
)

// Rebuild is a rebuild of the graph in progress, inside one write
// transaction; see [DB.Rebuild]. Its methods may be called from several
// goroutines, but not after the function given to Rebuild has returned.
type Rebuild struct {
	ctx, bg context.Context
	conn    *sql.Conn
	s       *saver

	items  []RebuildItem
	old    map[int64]oldArticle
	legacy []string

	mu      sync.Mutex
	ids     map[*annals.Input]int64 // inputs read by Input, by pointer
	changed map[int64]bool          // by input id, once saved
	savepts int
}

// RebuildItem is one stored input a rebuild extracts again.
type RebuildItem struct {
	ID   int64 // the input's row id; inputs come in ingest order
	Size int64 // its size before compression, in bytes
}

type oldArticle struct {
	digest, ingestedAt string
}

// Rebuild replaces the graph built from stored inputs by what fn saves, in
// one transaction: when fn returns an error (or panics, or ctx is
// cancelled) the database is left exactly as it was.
//
// Before fn runs, Rebuild empties the graph, keeping the inputs. When some
// articles have no stored input (they were stored before annals kept
// inputs), it keeps them and everything but what the others alone made:
// it deletes the articles that have an input, with their source links,
// then the events no article reports any more, with their links, then
// the actors, places, countries and dates of those events that nothing
// links to any more. What the rebuilt articles named outside any event
// cannot be told from what the kept ones named, so it stays. fn is expected
// to read each input of [Rebuild.Items] with [Rebuild.Input], extract it,
// and save the results in input order with [Rebuild.SaveArticles], which
// keeps each article's first ingest time.
func (db *DB) Rebuild(ctx context.Context, fn func(*Rebuild) error) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store: rebuild: %w", formatError(err))
	}
	defer conn.Close()
	bg := context.WithoutCancel(ctx)
	// IMMEDIATE takes the write lock before the plan is read, so no other
	// writer can change the articles between the plan and the commit.
	if _, err := conn.ExecContext(bg, `BEGIN IMMEDIATE`); err != nil {
		return fmt.Errorf("store: rebuild: %w", formatError(err))
	}
	committed := false
	defer func() {
		if !committed {
			_, _ = conn.ExecContext(bg, `ROLLBACK`)
		}
	}()
	r := &Rebuild{ctx: ctx, bg: bg, conn: conn, old: map[int64]oldArticle{},
		ids: map[*annals.Input]int64{}, changed: map[int64]bool{}}
	if err := r.plan(); err != nil {
		return fmt.Errorf("store: rebuild: %w", err)
	}
	if err := r.clear(); err != nil {
		return fmt.Errorf("store: rebuild: delete the old graph: %w", err)
	}
	r.s, err = newSaver(ctx, bg, conn, db.now())
	if err != nil {
		return fmt.Errorf("store: rebuild: %w", formatError(err))
	}
	defer r.s.close()
	if err := fn(r); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if _, err := conn.ExecContext(bg, `COMMIT`); err != nil {
		return fmt.Errorf("store: rebuild: %w", formatError(err))
	}
	committed = true
	return nil
}

// plan reads what is to be rebuilt, before anything is deleted.
func (r *Rebuild) plan() error {
	rows, err := r.conn.QueryContext(r.bg, `SELECT a.input_id, i.size, a.digest, a.ingested_at
FROM articles AS a JOIN inputs AS i ON i.id = a.input_id
ORDER BY a.input_id`)
	if err != nil {
		return formatError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var it RebuildItem
		var o oldArticle
		if err := rows.Scan(&it.ID, &it.Size, &o.digest, &o.ingestedAt); err != nil {
			return formatError(err)
		}
		r.items = append(r.items, it)
		r.old[it.ID] = o
	}
	if err := rows.Err(); err != nil {
		return formatError(err)
	}
	rows.Close()
	rows, err = r.conn.QueryContext(r.bg, `SELECT source FROM articles WHERE input_id IS NULL ORDER BY node_id`)
	if err != nil {
		return formatError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var src string
		if err := rows.Scan(&src); err != nil {
			return formatError(err)
		}
		r.legacy = append(r.legacy, src)
	}
	return formatError(rows.Err())
}

// The statements that delete what a rebuild replaces, in order.
var (
	sqlClearAll = []string{
		`DELETE FROM links`,
		`DELETE FROM articles`,
		`DELETE FROM nodes`,
	}
	sqlClearRebuilt = []string{
		`DELETE FROM links WHERE kind = 'source' AND to_id IN (SELECT node_id FROM articles WHERE input_id IS NOT NULL)`,
		`CREATE TEMP TABLE rebuilt_articles AS SELECT node_id FROM articles WHERE input_id IS NOT NULL`,
		`DELETE FROM articles WHERE input_id IS NOT NULL`,
		`DELETE FROM nodes WHERE id IN (SELECT node_id FROM rebuilt_articles)`,
		`DROP TABLE temp.rebuilt_articles`,
		// Events no article reports any more go, with every link they have.
		`CREATE TEMP TABLE orphan_events AS SELECT id FROM nodes AS n WHERE n.kind = 'event'
	AND NOT EXISTS (SELECT 1 FROM links AS l WHERE l.from_id = n.id AND l.kind = 'source')`,
		`CREATE TEMP TABLE orphan_ends AS
	SELECT from_id AS id FROM links WHERE to_id IN (SELECT id FROM orphan_events)
	UNION SELECT to_id FROM links WHERE from_id IN (SELECT id FROM orphan_events)`,
		`DELETE FROM links WHERE from_id IN (SELECT id FROM orphan_events) OR to_id IN (SELECT id FROM orphan_events)`,
		`DELETE FROM nodes WHERE id IN (SELECT id FROM orphan_events)`,
		// So do the actors, places, countries and dates of those events that
		// nothing links to any more. Nodes that were in no event stay: an
		// article kept without its input may be what named them.
		`DELETE FROM nodes WHERE id IN (SELECT id FROM orphan_ends)
	AND kind IN ('person', 'organization', 'country', 'place', 'date')
	AND NOT EXISTS (SELECT 1 FROM links AS l WHERE l.from_id = nodes.id)
	AND NOT EXISTS (SELECT 1 FROM links AS l WHERE l.to_id = nodes.id)`,
		`DROP TABLE temp.orphan_ends`,
		`DROP TABLE temp.orphan_events`,
	}
)

// clear deletes the part of the graph the rebuild replaces.
func (r *Rebuild) clear() error {
	stmts := sqlClearAll
	if len(r.legacy) > 0 {
		stmts = sqlClearRebuilt
	}
	for _, q := range stmts {
		if _, err := r.conn.ExecContext(r.bg, q); err != nil {
			return formatError(err)
		}
	}
	return nil
}

// Items returns the stored inputs to extract again, in ingest order.
func (r *Rebuild) Items() []RebuildItem { return r.items }

// Legacy returns the sources of the articles stored without an input, in
// ingest order, which the rebuild keeps as they are; nil when there are
// none.
func (r *Rebuild) Legacy() []string { return r.legacy }

// Input reads the stored input with row id id. The input's Extractor is
// the version that made the stored extraction; set it to the version that
// makes the new one before saving.
func (r *Rebuild) Input(id int64) (*annals.Input, error) {
	in, err := readInput(r.bg, r.conn, id)
	if err != nil {
		return nil, fmt.Errorf("store: rebuild: %w", err)
	}
	r.mu.Lock()
	r.ids[in] = id
	r.mu.Unlock()
	return in, nil
}

// Aliases returns the texts of the aliases files ingests were given, in
// the order they were first given; an empty slice when there are none.
func (r *Rebuild) Aliases() ([]string, error) {
	out, err := aliases(r.bg, r.conn)
	if err != nil {
		return nil, fmt.Errorf("store: rebuild: aliases: %w", err)
	}
	return out, nil
}

// AddAliases records an aliases file as [DB.AddAliases] does, within the
// rebuild.
func (r *Rebuild) AddAliases(text string) error {
	if _, err := r.conn.ExecContext(r.bg, sqlInsertAliases, text); err != nil {
		return fmt.Errorf("store: rebuild: add aliases: %w", formatError(err))
	}
	return nil
}

// Actors returns the persons and organisations the rebuild kept (those of
// articles without a stored input), ordered by key; an empty slice when
// there are none.
func (r *Rebuild) Actors() ([]annals.Node, error) {
	rows, err := r.conn.QueryContext(r.bg, `SELECT `+nodeColumns+` FROM nodes
WHERE fold IS NOT NULL AND kind IN ('person', 'organization') ORDER BY key`)
	if err != nil {
		return nil, fmt.Errorf("store: rebuild: actors: %w", formatError(err))
	}
	defer rows.Close()
	out := []annals.Node{}
	for rows.Next() {
		var n annals.Node
		if err := scanNode(rows, &n); err != nil {
			return nil, fmt.Errorf("store: rebuild: actors: %w", err)
		}
		out = append(out, n)
	}
	return out, formatError(rows.Err())
}

// SaveArticles saves the new extractions of inputs read with
// [Rebuild.Input] (inputs[i] is the input of docs[i]), all of them or, on
// an error, none. It has the contract of [DB.SaveArticles], so the rebuild
// can stand in for a DB where a pipeline expects one.
func (r *Rebuild) SaveArticles(ctx context.Context, docs []*annals.Document, inputs []*annals.Input) ([]bool, error) {
	if err := checkInputs(docs, inputs); err != nil {
		return nil, fmt.Errorf("store: rebuild: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	metas := make([]articleMeta, len(docs))
	r.mu.Lock()
	for i := range docs {
		if inputs == nil || inputs[i] == nil {
			continue
		}
		id, ok := r.ids[inputs[i]]
		if !ok {
			r.mu.Unlock()
			return nil, fmt.Errorf("store: rebuild: %w: document %d (%q): input not read by this rebuild", annals.ErrInvalid, i, docs[i].ID)
		}
		metas[i] = articleMeta{inputID: id, ingestedAt: r.old[id].ingestedAt}
	}
	r.savepts++
	sp := fmt.Sprintf("batch%d", r.savepts)
	r.mu.Unlock()

	// A savepoint makes the batch all-or-nothing inside the rebuild's
	// transaction, as SaveBatch is in its own.
	if _, err := r.conn.ExecContext(r.bg, `SAVEPOINT `+sp); err != nil {
		return nil, fmt.Errorf("store: rebuild: %w", formatError(err))
	}
	saved := make([]bool, len(docs))
	err := r.s.saveAll(docs, inputs, saved, func(i int) articleMeta { return metas[i] })
	if err != nil {
		_, _ = r.conn.ExecContext(r.bg, `ROLLBACK TO `+sp)
		_, _ = r.conn.ExecContext(r.bg, `RELEASE `+sp)
		// The saver's caches may name rows the rollback removed.
		r.s.nodes, r.s.links = map[string]cachedNode{}, map[linkKey]bool{}
		return nil, fmt.Errorf("store: rebuild: %w", formatError(err))
	}
	if _, err := r.conn.ExecContext(r.bg, `RELEASE `+sp); err != nil {
		return nil, fmt.Errorf("store: rebuild: %w", formatError(err))
	}
	// Memory stays bounded over a rebuild of any size: the saver's caches
	// last one batch, as they last one transaction in an ingest, and the
	// inputs saved are forgotten.
	r.s.nodes, r.s.links = map[string]cachedNode{}, map[linkKey]bool{}
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := range docs {
		if inputs != nil && inputs[i] != nil {
			delete(r.ids, inputs[i])
		}
	}
	for i, doc := range docs {
		if !saved[i] || metas[i].inputID == 0 {
			continue
		}
		d, err := Digest(doc)
		if err != nil {
			return nil, err
		}
		r.changed[metas[i].inputID] = d != r.old[metas[i].inputID].digest
	}
	return saved, nil
}

// Changed reports whether the article of the input with row id id was
// saved by the rebuild (saved) and, if so, whether its extraction differs
// from the one it replaced (changed).
func (r *Rebuild) Changed(id int64) (changed, saved bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	changed, saved = r.changed[id]
	return changed, saved
}

package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/annals-project/annals"
)

// Save stores one extracted article in one transaction: the article, its
// persons, organisations, countries, places and time expressions as nodes,
// its events, and the links between them. Either all of it is stored or
// none of it.
//
// Nodes are shared between articles: actors, places and dates are upserted
// on their natural keys, and events on a hash of [annals.Event.Key], so two
// articles that describe the same happening add two sources to one event.
// When a stored node lacks a country or role that doc supplies, Save fills
// it in; it never overwrites a value already stored (the first report wins).
//
// Save returns saved=false and changes nothing when an article with doc.ID
// is already stored. It returns an error wrapping annals.ErrInvalid, having
// written nothing, when doc is nil, has no ID or fails [annals.Document.Validate],
// and one wrapping annals.ErrConflict when the database refuses a row.
func (db *DB) Save(ctx context.Context, doc *annals.Document) (saved bool, err error) {
	if err := validate(doc); err != nil {
		return false, fmt.Errorf("store: save document %q: %w", docID(doc), err)
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("store: save document %q: %w", doc.ID, formatError(err))
	}
	defer tx.Rollback()
	s, err := newSaver(ctx, tx, db.now())
	if err != nil {
		return false, fmt.Errorf("store: save document %q: %w", doc.ID, formatError(err))
	}
	defer s.close()
	if saved, err = s.save(ctx, doc); err != nil {
		return false, fmt.Errorf("store: save document %q: %w", doc.ID, formatError(err))
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("store: save document %q: %w", doc.ID, formatError(err))
	}
	return saved, nil
}

// SaveBatch stores several articles in one transaction, which is much
// faster than one Save per article for bulk ingest. saved[i] reports
// whether docs[i] was new; an article repeated within docs is saved once.
//
// The batch is all-or-nothing as a whole (and so is each article within
// it): every document is validated before anything is written, and on any
// error nothing of the batch is kept. The error wraps annals.ErrInvalid
// (naming the first invalid document's index) or annals.ErrConflict as for
// Save.
func (db *DB) SaveBatch(ctx context.Context, docs []*annals.Document) (saved []bool, err error) {
	for i, doc := range docs {
		if err := validate(doc); err != nil {
			return nil, fmt.Errorf("store: save batch: document %d (%q): %w", i, docID(doc), err)
		}
	}
	saved = make([]bool, len(docs))
	if len(docs) == 0 {
		return saved, nil
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: save batch: %w", formatError(err))
	}
	defer tx.Rollback()
	s, err := newSaver(ctx, tx, db.now())
	if err != nil {
		return nil, fmt.Errorf("store: save batch: %w", formatError(err))
	}
	defer s.close()
	for i, doc := range docs {
		if saved[i], err = s.save(ctx, doc); err != nil {
			return nil, fmt.Errorf("store: save batch: document %d (%q): %w", i, doc.ID, formatError(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: save batch: %w", formatError(err))
	}
	return saved, nil
}

func (db *DB) now() string {
	now := time.Now
	if db.Now != nil {
		now = db.Now
	}
	return now().UTC().Format(time.RFC3339)
}

func docID(doc *annals.Document) string {
	if doc == nil {
		return ""
	}
	return doc.ID
}

// validate checks what Save needs beyond Document.Validate: a document at
// all, and the ID that makes re-ingesting it a no-op.
func validate(doc *annals.Document) error {
	switch {
	case doc == nil:
		return fmt.Errorf("%w: nil document", annals.ErrInvalid)
	case doc.ID == "":
		return fmt.Errorf("%w: document %s has no ID", annals.ErrInvalid, doc.Source)
	}
	return doc.Validate()
}

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
	sqlInsertArticle = `INSERT INTO articles (node_id, id, source, title, published, published_from, ingested_at, event_count)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	sqlUpsertActor = `INSERT INTO nodes (key, kind, label, fold, short, country, role)
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
	now         string
	articleNode *sql.Stmt
	article     *sql.Stmt
	actor       *sql.Stmt
	date        *sql.Stmt
	eventStmt   *sql.Stmt
	link        *sql.Stmt

	// nodes caches, by key, what the transaction knows of the nodes it
	// upserted: news articles name the same states and people again and
	// again, and an upsert that would change nothing is skipped. The cache
	// dies with the transaction, so it never outlives a rollback.
	nodes map[string]cachedNode
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
func (s *saver) upsert(ctx context.Context, stmt *sql.Stmt, key string, newA, newB bool, args ...any) (int64, error) {
	if c, ok := s.nodes[key]; ok && (c.filledA || !newA) && (c.filledB || !newB) {
		return c.id, nil
	}
	var c cachedNode
	if err := stmt.QueryRowContext(ctx, args...).Scan(&c.id, &c.filledA, &c.filledB); err != nil {
		return 0, fmt.Errorf("upsert %s: %w", key, err)
	}
	s.nodes[key] = c
	return c.id, nil
}

func newSaver(ctx context.Context, tx *sql.Tx, now string) (*saver, error) {
	s := &saver{now: now, nodes: map[string]cachedNode{}}
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&s.articleNode, sqlInsertArticleNode},
		{&s.article, sqlInsertArticle},
		{&s.actor, sqlUpsertActor},
		{&s.date, sqlUpsertDate},
		{&s.eventStmt, sqlUpsertEvent},
		{&s.link, sqlInsertLink},
	} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			s.close()
			return nil, err
		}
		*p.stmt = st
	}
	return s, nil
}

func (s *saver) close() {
	for _, st := range []*sql.Stmt{s.articleNode, s.article, s.actor, s.date, s.eventStmt, s.link} {
		if st != nil {
			st.Close()
		}
	}
}

// docNodes holds what a document says about its own names.
type docNodes struct {
	actors  map[string]int64          // node ids by Person.Name / Organization.Name as written
	placeOf map[string]annals.Country // countries of Places by annals.NormalizeName
}

// save writes one validated document; see Save.
func (s *saver) save(ctx context.Context, doc *annals.Document) (bool, error) {
	var articleID int64
	err := s.articleNode.QueryRowContext(ctx, "article:"+doc.ID, articleLabel(doc)).Scan(&articleID)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("insert article node: %w", err)
	}
	keys := make(map[string]bool, len(doc.Events))
	for _, e := range doc.Events {
		keys[e.Key()] = true
	}
	if _, err := s.article.ExecContext(ctx, articleID, doc.ID, doc.Source, doc.Title,
		nullDate(doc.Published), doc.PublishedFrom, s.now, len(keys)); err != nil {
		return false, fmt.Errorf("insert article: %w", err)
	}

	n := &docNodes{actors: map[string]int64{}, placeOf: map[string]annals.Country{}}
	for _, c := range doc.Countries {
		if _, err := s.country(ctx, c); err != nil {
			return false, err
		}
	}
	for _, p := range doc.Persons {
		key := annals.ActorKey(annals.KindPerson, p.Name)
		f := fold(p.Name)
		id, err := s.upsertActor(ctx, key, annals.KindPerson, p.Name, f, surname(f), p.Country, p.Role)
		if err != nil {
			return false, err
		}
		if _, ok := n.actors[p.Name]; !ok {
			n.actors[p.Name] = id
		}
		if err := s.affiliate(ctx, n, id, p.Country, p.Role); err != nil {
			return false, err
		}
	}
	for _, o := range doc.Organizations {
		key := annals.ActorKey(annals.KindOrganization, o.Name)
		id, err := s.upsertActor(ctx, key, annals.KindOrganization, o.Name, fold(o.Name), nil, o.Country, "")
		if err != nil {
			return false, err
		}
		// Document.Validate lets an event actor name a person or an
		// organisation; when both carry the name, the person is meant.
		if _, ok := n.actors[o.Name]; !ok {
			n.actors[o.Name] = id
		}
		if err := s.affiliate(ctx, n, id, o.Country, o.Kind); err != nil {
			return false, err
		}
	}
	for _, p := range doc.Places {
		if p.Country != "" {
			n.placeOf[annals.NormalizeName(p.Name)] = p.Country
		}
	}
	for _, p := range doc.Places {
		if _, err := s.place(ctx, n, p.Name); err != nil {
			return false, err
		}
	}
	for _, t := range doc.Times {
		if _, err := s.dateNode(ctx, t.Value, t.Interval()); err != nil {
			return false, err
		}
	}
	for _, e := range doc.Events {
		if err := s.event(ctx, n, articleID, e); err != nil {
			return false, err
		}
	}
	return true, nil
}

func (s *saver) upsertActor(ctx context.Context, key string, kind annals.NodeKind, label string, fold, short any, country annals.Country, role string) (int64, error) {
	return s.upsert(ctx, s.actor, key, country != "", role != "",
		key, string(kind), label, fold, short, string(country), role)
}

// country upserts the node of c, labelled with its English short name.
func (s *saver) country(ctx context.Context, c annals.Country) (int64, error) {
	key := annals.ActorKey(annals.KindCountry, string(c))
	name := c.Name()
	return s.upsertActor(ctx, key, annals.KindCountry, name, fold(name), countryShort(name), "", "")
}

// affiliate links an actor to the state it acts for, with its role.
func (s *saver) affiliate(ctx context.Context, n *docNodes, actor int64, c annals.Country, role string) error {
	if c == "" {
		return nil
	}
	cid, err := s.country(ctx, c)
	if err != nil {
		return err
	}
	return s.addLink(ctx, actor, cid, annals.LinkAffiliation, role, 0, annals.Span{})
}

// place upserts a place by name, with its country when the document's
// Places give one.
func (s *saver) place(ctx context.Context, n *docNodes, name string) (int64, error) {
	norm := annals.NormalizeName(name)
	if norm == "" {
		return 0, nil
	}
	c := n.placeOf[norm]
	if c != "" {
		if _, err := s.country(ctx, c); err != nil {
			return 0, err
		}
	}
	// Places have no role; the cache's second flag is always "filled".
	return s.upsert(ctx, s.actor, annals.ActorKey(annals.KindPlace, name), c != "", false,
		annals.ActorKey(annals.KindPlace, name), string(annals.KindPlace), name, nil, nil, string(c), "")
}

// dateNode upserts the date node of a TIMEX value and its interval; id 0
// when there is neither.
func (s *saver) dateNode(ctx context.Context, v annals.TimeValue, iv annals.Interval) (int64, error) {
	key, label, ok := dateKey(v, iv)
	if !ok {
		return 0, nil
	}
	return s.upsert(ctx, s.date, key, !iv.IsZero(), false,
		key, label, nullDate(iv.Start), nullDate(iv.End), string(v))
}

// event upserts an event node and links its participants, place, time and
// this article's report of it.
func (s *saver) event(ctx context.Context, n *docNodes, articleID int64, e annals.Event) error {
	key := EventKey(e)
	var amount any
	if e.Amount != nil {
		amount = *e.Amount
	}
	id, err := s.upsert(ctx, s.eventStmt, key, e.CAMEO != "", e.Time != "",
		key, eventLabel(e), string(e.Type), e.CAMEO, string(e.Status),
		nullDate(e.Start), nullDate(e.End), string(e.Time), amount, e.Currency, e.Measure, sortActor(e))
	if err != nil {
		return err
	}
	for i, a := range e.Actors {
		// Document.Validate guarantees every actor names a person or
		// organisation of the document.
		if err := s.addLink(ctx, n.actors[a], id, annals.LinkParticipation, "", i, annals.Span{}); err != nil {
			return err
		}
	}
	for j, c := range e.Countries {
		cid, err := s.country(ctx, c)
		if err != nil {
			return err
		}
		if err := s.addLink(ctx, cid, id, annals.LinkParticipation, "", len(e.Actors)+j, annals.Span{}); err != nil {
			return err
		}
	}
	pid, err := s.place(ctx, n, e.Place)
	if err != nil {
		return err
	}
	if pid != 0 {
		if err := s.addLink(ctx, id, pid, annals.LinkLocation, "", 0, annals.Span{}); err != nil {
			return err
		}
	}
	did, err := s.dateNode(ctx, e.Time, e.Interval())
	if err != nil {
		return err
	}
	if did != 0 {
		detail := string(e.Time)
		if detail == "" {
			detail = e.Interval().String()
		}
		if err := s.addLink(ctx, id, did, annals.LinkTime, detail, 0, annals.Span{}); err != nil {
			return err
		}
	}
	// An article that states one happening twice keeps its first sentence.
	return s.addLink(ctx, id, articleID, annals.LinkSource, e.Evidence, 0, e.Span)
}

func (s *saver) addLink(ctx context.Context, from, to int64, kind annals.LinkKind, detail string, pos int, span annals.Span) error {
	if _, err := s.link.ExecContext(ctx, from, to, string(kind), detail, pos, span[0], span[1]); err != nil {
		return fmt.Errorf("insert %s link: %w", kind, err)
	}
	return nil
}

// EventKey returns the node key of e: "event:" and the first 128 bits of
// the SHA-256 of [annals.Event.Key] in hex. Events that agree on type,
// status, participants, place, interval and figure share the key, whatever
// article reported them; 128 bits keep accidental collisions negligible at
// any corpus size we expect (about 10^-26 for a million events).
func EventKey(e annals.Event) string {
	sum := sha256.Sum256([]byte(e.Key()))
	return "event:" + hex.EncodeToString(sum[:16])
}

// dateKey returns the node key and label of a date node. A value whose
// interval is its own (or unknown) is keyed by the value ("date:2013-11");
// a value narrowed by a mod ("early 2014") also carries its interval, so it
// does not clash with the plain value; an interval without a value is keyed
// by the interval. ok is false when there is neither.
func dateKey(v annals.TimeValue, iv annals.Interval) (key, label string, ok bool) {
	switch {
	case v != "":
		own, _ := v.Interval()
		if iv.IsZero() || iv == own {
			return "date:" + string(v), string(v), true
		}
		return "date:" + string(v) + "@" + iv.String(), string(v), true
	case !iv.IsZero():
		return "date:" + iv.String(), iv.String(), true
	}
	return "", "", false
}

// maxLabelNames caps the participants named in an event label, which is a
// short description for graphs, not the full list.
const maxLabelNames = 4

// eventLabel describes e briefly: "meet: Sergei Lavrov, Fumio Kishida". It
// names the actors, or the countries when no actor is named.
func eventLabel(e annals.Event) string {
	names := e.Actors
	if len(names) == 0 {
		names = make([]string, len(e.Countries))
		for i, c := range e.Countries {
			names[i] = string(c)
		}
	}
	label := string(e.Type) + ": " + strings.Join(names[:min(len(names), maxLabelNames)], ", ")
	if len(names) > maxLabelNames {
		label += fmt.Sprintf(" +%d", len(names)-maxLabelNames)
	}
	return label
}

// sortActor is the first participant as the first report lists it, the
// third key of the timeline order.
func sortActor(e annals.Event) string {
	switch {
	case len(e.Actors) > 0:
		return e.Actors[0]
	case len(e.Countries) > 0:
		return string(e.Countries[0])
	}
	return ""
}

func articleLabel(doc *annals.Document) string {
	switch {
	case doc.Title != "":
		return doc.Title
	case doc.Source != "":
		return doc.Source
	}
	return doc.ID
}

// nullDate maps the zero Date ("no date") to NULL.
func nullDate(d annals.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

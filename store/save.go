package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
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
	err = db.writeTx(ctx, func(s *saver) error {
		saved, err = s.save(doc, articleMeta{})
		return err
	})
	if err != nil {
		return false, fmt.Errorf("store: save document %q: %w", doc.ID, err)
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
	err = db.writeTx(ctx, func(s *saver) error {
		for i, doc := range docs {
			var err error
			if saved[i], err = s.save(doc, articleMeta{}); err != nil {
				return fmt.Errorf("document %d (%q): %w", i, doc.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: save batch: %w", err)
	}
	return saved, nil
}

// writeTx runs fn in a write transaction with a saver, committing when fn
// returns nil and rolling back otherwise (or if fn panics).
//
// It drives BEGIN and COMMIT itself on a dedicated connection instead of
// using sql.Tx, and runs the statements under a context that is never
// cancelled, because bulk ingest issues tens of statements per article:
// database/sql starts a goroutine for every query inside a sql.Tx, and the
// driver one for every statement and row step under a cancellable context,
// which cost more than the statements themselves. Cancellation is still
// honoured: the saver checks ctx between documents and between events, and
// an interrupted transaction is rolled back.
func (db *DB) writeTx(ctx context.Context, fn func(*saver) error) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return formatError(err)
	}
	defer conn.Close()
	bg := context.WithoutCancel(ctx)
	if _, err := conn.ExecContext(bg, `BEGIN`); err != nil {
		return formatError(err)
	}
	committed := false
	defer func() {
		if !committed {
			// SQLite may have rolled back already (after some errors it
			// does); the error that got us here is the one to report.
			_, _ = conn.ExecContext(bg, `ROLLBACK`)
		}
	}()
	s, err := newSaver(ctx, bg, conn, db.now())
	if err != nil {
		return formatError(err)
	}
	defer s.close()
	if err := fn(s); err != nil {
		return formatError(err)
	}
	if _, err := conn.ExecContext(bg, `COMMIT`); err != nil {
		return formatError(err)
	}
	committed = true
	return nil
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

// docNodes holds what a document says about its own names.
type docNodes struct {
	actors  map[string]int64          // node ids by Person.Name / Organization.Name as written
	placeOf map[string]annals.Country // countries of Places by annals.NormalizeName
}

// articleMeta is what a save records about an article beside its facts:
// the input it was extracted from, if any.
type articleMeta struct {
	// input is the input of the extraction; nil for none. It is stored
	// with the article unless inputID names its row already (a rebuild).
	input   *annals.Input
	inputID int64
	// ingestedAt, when not empty, is kept instead of the transaction's
	// time (a rebuild keeps each article's first ingest time).
	ingestedAt string
}

// save writes one validated document; see Save.
func (s *saver) save(doc *annals.Document, m articleMeta) (bool, error) {
	if err := s.done.Err(); err != nil {
		return false, err
	}
	ctx := s.ctx // statements never see a cancelled context; see writeTx
	// An input stored already was extracted before, perhaps by a version
	// of annals that read it into another text (and so another ID): the
	// article is there, and storing it again would count it twice.
	var inDigest string
	if m.input != nil && m.inputID == 0 {
		inDigest = InputDigest(m.input)
		var one int
		err := s.inputByDigest.QueryRowContext(ctx, inDigest).Scan(&one)
		if err == nil {
			return false, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return false, fmt.Errorf("look up input: %w", err)
		}
	}
	var articleID int64
	err := s.articleNode.QueryRowContext(ctx, "article:"+doc.ID, articleLabel(doc)).Scan(&articleID)
	if errors.Is(err, sql.ErrNoRows) {
		return false, s.keepInput(doc.ID, m, inDigest)
	}
	if err != nil {
		return false, fmt.Errorf("insert article node: %w", err)
	}
	keys := make(map[string]bool, len(doc.Events))
	for _, e := range doc.Events {
		keys[e.Key()] = true
	}
	var inputID any // NULL: an article without a stored input
	extractor, digest, ingestedAt := "", "", s.now
	if m.ingestedAt != "" {
		ingestedAt = m.ingestedAt
	}
	if m.input != nil {
		extractor = m.input.Extractor
		if digest, err = Digest(doc); err != nil {
			return false, err
		}
		id := m.inputID
		if id == 0 {
			if id, err = s.insertInput(m.input, inDigest); err != nil {
				return false, err
			}
		}
		inputID = id
	}
	if _, err := s.article.ExecContext(ctx, articleID, doc.ID, doc.Source, doc.Title,
		nullDate(doc.Published), doc.PublishedFrom, ingestedAt, len(keys), inputID, extractor, digest); err != nil {
		return false, fmt.Errorf("insert article: %w", err)
	}

	n := &docNodes{actors: map[string]int64{}, placeOf: map[string]annals.Country{}}
	for _, c := range doc.Countries {
		if _, err := s.country(c); err != nil {
			return false, err
		}
	}
	for _, p := range doc.Persons {
		key := annals.ActorKey(annals.KindPerson, p.Name)
		f := fold(p.Name)
		id, err := s.upsertActor(key, annals.KindPerson, p.Name, f, surname(f), p.Country, p.Role)
		if err != nil {
			return false, err
		}
		if _, ok := n.actors[p.Name]; !ok {
			n.actors[p.Name] = id
		}
		if err := s.affiliate(n, id, p.Country, p.Role); err != nil {
			return false, err
		}
	}
	for _, o := range doc.Organizations {
		key := annals.ActorKey(annals.KindOrganization, o.Name)
		f := fold(o.Name)
		id, err := s.upsertActor(key, annals.KindOrganization, o.Name, f, initials(f), o.Country, "")
		if err != nil {
			return false, err
		}
		// Document.Validate lets an event actor name a person or an
		// organisation; when both carry the name, the person is meant.
		if _, ok := n.actors[o.Name]; !ok {
			n.actors[o.Name] = id
		}
		if err := s.affiliate(n, id, o.Country, o.Kind); err != nil {
			return false, err
		}
	}
	for _, p := range doc.Places {
		if p.Country != "" {
			n.placeOf[annals.NormalizeName(p.Name)] = p.Country
		}
	}
	for _, p := range doc.Places {
		if _, err := s.place(n, p.Name); err != nil {
			return false, err
		}
	}
	for _, t := range doc.Times {
		if _, err := s.dateNode(t.Value, t.Interval()); err != nil {
			return false, err
		}
	}
	for _, e := range doc.Events {
		if err := s.event(n, articleID, e); err != nil {
			return false, err
		}
	}
	return true, nil
}

// keepInput stores the input of an article stored already without one
// (ingested before annals kept inputs), so that a rebuild can extract it
// again. The stored facts stay; the article's extractor stays unknown
// (""), which marks it as due for a rebuild.
func (s *saver) keepInput(id string, m articleMeta, digest string) error {
	if m.input == nil || m.inputID != 0 {
		return nil
	}
	var missing bool
	err := s.ctxRow(`SELECT input_id IS NULL FROM articles WHERE id = ?`, id).Scan(&missing)
	if err != nil || !missing {
		if errors.Is(err, sql.ErrNoRows) {
			err = nil
		}
		return err
	}
	in, err := s.insertInput(m.input, digest)
	if err != nil {
		return err
	}
	if _, err := s.conn.ExecContext(s.ctx, `UPDATE articles SET input_id = ? WHERE id = ?`, in, id); err != nil {
		return fmt.Errorf("keep input of %q: %w", id, err)
	}
	return nil
}

func (s *saver) upsertActor(key string, kind annals.NodeKind, label string, fold, short any, country annals.Country, role string) (int64, error) {
	return s.upsert(s.actor, key, country != "", role != "",
		key, string(kind), label, fold, short, string(country), role)
}

// country upserts the node of c, labelled with its English short name.
func (s *saver) country(c annals.Country) (int64, error) {
	key := annals.ActorKey(annals.KindCountry, string(c))
	name := c.Name()
	return s.upsertActor(key, annals.KindCountry, name, fold(name), countryShort(name), "", "")
}

// affiliate links an actor to the state it acts for, with its role.
func (s *saver) affiliate(n *docNodes, actor int64, c annals.Country, role string) error {
	if c == "" {
		return nil
	}
	cid, err := s.country(c)
	if err != nil {
		return err
	}
	return s.addLink(actor, cid, annals.LinkAffiliation, role, 0, annals.Span{})
}

// place upserts a place by name, with its country when the document's
// Places give one.
func (s *saver) place(n *docNodes, name string) (int64, error) {
	norm := annals.NormalizeName(name)
	if norm == "" {
		return 0, nil
	}
	c := n.placeOf[norm]
	if c != "" {
		if _, err := s.country(c); err != nil {
			return 0, err
		}
	}
	// Places have no role; the cache's second flag is always "filled".
	return s.upsert(s.actor, annals.ActorKey(annals.KindPlace, name), c != "", false,
		annals.ActorKey(annals.KindPlace, name), string(annals.KindPlace), name, nil, nil, string(c), "")
}

// dateNode upserts the date node of a TIMEX value and its interval; id 0
// when there is neither.
func (s *saver) dateNode(v annals.TimeValue, iv annals.Interval) (int64, error) {
	key, label, ok := dateKey(v, iv)
	if !ok {
		return 0, nil
	}
	return s.upsert(s.date, key, !iv.IsZero(), false,
		key, label, nullDate(iv.Start), nullDate(iv.End), string(v))
}

// event upserts an event node and links its participants, place, time and
// this article's report of it.
func (s *saver) event(n *docNodes, articleID int64, e annals.Event) error {
	if err := s.done.Err(); err != nil {
		return err
	}
	key := EventKey(e)
	var amount any
	if e.Amount != nil {
		amount = *e.Amount
	}
	id, err := s.upsert(s.eventStmt, key, e.CAMEO != "", e.Time != "",
		key, e.Label(), string(e.Type), e.CAMEO, string(e.Status),
		nullDate(e.Start), nullDate(e.End), string(e.Time), amount, e.Currency, e.Measure, sortActor(e))
	if err != nil {
		return err
	}
	for i, a := range e.Actors {
		// Document.Validate guarantees every actor names a person or
		// organisation of the document.
		if err := s.addLink(n.actors[a], id, annals.LinkParticipation, "", i, annals.Span{}); err != nil {
			return err
		}
	}
	for j, c := range e.Countries {
		cid, err := s.country(c)
		if err != nil {
			return err
		}
		if err := s.addLink(cid, id, annals.LinkParticipation, "", len(e.Actors)+j, annals.Span{}); err != nil {
			return err
		}
	}
	pid, err := s.place(n, e.Place)
	if err != nil {
		return err
	}
	if pid != 0 {
		if err := s.addLink(id, pid, annals.LinkLocation, "", 0, annals.Span{}); err != nil {
			return err
		}
	}
	did, err := s.dateNode(e.Time, e.Interval())
	if err != nil {
		return err
	}
	if did != 0 {
		detail := string(e.Time)
		if detail == "" {
			detail = e.Interval().String()
		}
		if err := s.addLink(id, did, annals.LinkTime, detail, 0, annals.Span{}); err != nil {
			return err
		}
	}
	// An article that states one happening twice keeps its first sentence.
	return s.addLink(id, articleID, annals.LinkSource, e.Evidence, 0, e.Span)
}

// addLink inserts a link unless one of its kind joins the two nodes
// already (the first one stays). Links the transaction has written are
// skipped without a statement: persons keep their affiliation from one
// article to the next.
func (s *saver) addLink(from, to int64, kind annals.LinkKind, detail string, pos int, span annals.Span) error {
	k := linkKey{from, to, kind}
	if s.links[k] {
		return nil
	}
	if _, err := s.link.ExecContext(s.ctx, from, to, string(kind), detail, pos, span[0], span[1]); err != nil {
		return fmt.Errorf("insert %s link: %w", kind, err)
	}
	s.links[k] = true
	return nil
}

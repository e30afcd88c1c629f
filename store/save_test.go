package store_test

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/store"
)

func TestSave_roundTrip(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	doc := talksDoc()
	mustSave(t, db, doc)

	got, err := db.Events(ctx, annals.EventFilter{})
	if err != nil {
		t.Fatalf("Events() = %v", err)
	}
	// Timeline order: 2012 trade, 2013-11-01 meet, 2014 visit, undated
	// statement last.
	want := []annals.Event{doc.Events[2], doc.Events[0], doc.Events[1], doc.Events[3]}
	if len(got) != len(want) {
		t.Fatalf("Events() = %d events, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.ID != store.EventKey(w) {
			t.Errorf("event %d: ID = %q, want the hash of %q", i, g.ID, w.Key())
		}
		if n, err := db.Node(ctx, g.ID); err != nil || n.Kind != annals.KindEvent || n.Type != w.Type {
			t.Errorf("Node(%s) = %+v, %v, want the event's node", g.ID, n, err)
		}
		w.ID, w.Sources = g.ID, []annals.Source{{
			Document: doc.ID, Source: doc.Source, Title: doc.Title, Published: doc.Published,
			Evidence: w.Evidence, Span: w.Span,
		}}
		if w.Actors == nil {
			w.Actors = []string{}
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("Events()[%d] =\n%+v\nwant\n%+v", i, g, w)
		}
	}
	if got[0].Amount == nil || *got[0].Amount != 33e9 {
		t.Errorf("trade event amount = %v, want 33e9", got[0].Amount)
	}

	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantStats := store.Stats{Articles: 1, Events: 4, Persons: 4, Organizations: 1, Countries: 2, Places: 1, Dates: 3,
		// participation 2+2 + 1+2 + 0+2 + 1+1 = 11; affiliation 5;
		// location 1; time 3; source 4.
		Links: 24}
	if st != wantStats {
		t.Errorf("Stats() = %+v, want %+v", st, wantStats)
	}
	if ok, err := db.HasDocument(ctx, doc.ID); !ok || err != nil {
		t.Errorf("HasDocument(%q) = %v, %v, want true, nil", doc.ID, ok, err)
	}
	if ok, err := db.HasDocument(ctx, "nope"); ok || err != nil {
		t.Errorf("HasDocument(nope) = %v, %v, want false, nil", ok, err)
	}
	if got := scalar[string](t, db, `SELECT ingested_at FROM articles WHERE id = ?`, doc.ID); got != "2026-11-27T07:00:00Z" {
		t.Errorf("ingested_at = %q, want the fixed clock in RFC 3339 UTC", got)
	}
}

func TestSave_twiceChangesNothing(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustSave(t, db, talksDoc(), summitDoc())
	stats, _ := db.Stats(ctx)
	before := dump(t, db)

	db.Now = func() time.Time { return fixedNow.Add(time.Hour) }
	for _, doc := range []*annals.Document{talksDoc(), summitDoc()} {
		saved, err := db.Save(ctx, doc)
		if saved || err != nil {
			t.Errorf("Save(%s) again = %v, %v, want false, nil", doc.ID, saved, err)
		}
	}
	saved, err := db.SaveBatch(ctx, []*annals.Document{talksDoc()})
	if err != nil || !reflect.DeepEqual(saved, []bool{false}) {
		t.Errorf("SaveBatch(stored doc) = %v, %v, want [false], nil", saved, err)
	}
	if st, _ := db.Stats(ctx); st != stats {
		t.Errorf("Stats() after saving again = %+v, want %+v", st, stats)
	}
	if after := dump(t, db); after != before {
		t.Errorf("saving again changed the tables:\n%s\n---\n%s", before, after)
	}
}

func TestSave_sharedEvent(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	first, second := talksDoc(), talksAgainDoc()
	mustSave(t, db, first, second)

	st, _ := db.Stats(ctx)
	if st.Events != 4 || st.Articles != 2 || st.Persons != 4 {
		t.Errorf("Stats() = %+v, want 4 events, 2 articles, 4 persons (the second article adds none)", st)
	}
	evs, err := db.Events(ctx, annals.EventFilter{Types: []annals.EventType{annals.EventMeet}})
	if err != nil || len(evs) != 1 {
		t.Fatalf("Events(meet) = %d events, %v, want 1", len(evs), err)
	}
	e := evs[0]
	if len(e.Sources) != 2 || e.Sources[0].Document != first.ID || e.Sources[1].Document != second.ID {
		t.Fatalf("Sources = %+v, want the two articles in save order", e.Sources)
	}
	if s := e.Sources[1]; s.Evidence != second.Events[0].Evidence || s.Span != second.Events[0].Span || s.Published != second.Published {
		t.Errorf("second source = %+v, want its own evidence, span and date", s)
	}
	if e.Evidence != first.Events[0].Evidence || e.CAMEO != "043" {
		t.Errorf("event evidence, cameo = %q, %q, want the first report's", e.Evidence, e.CAMEO)
	}
	if want := []string{"Sergei Lavrov", "Fumio Kishida"}; !reflect.DeepEqual(e.Actors, want) {
		t.Errorf("Actors = %q, want %q (first report's names and order)", e.Actors, want)
	}
}

func TestSave_fillsMissingAttributesOnly(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	// The second article knows less about Lavrov; the first one's role
	// stays, and a later article cannot overwrite it either.
	mustSave(t, db, talksAgainDoc(), talksDoc())
	n, err := db.Node(ctx, annals.ActorKey(annals.KindPerson, "Sergei Lavrov"))
	if err != nil {
		t.Fatal(err)
	}
	if n.Role != "Foreign Minister" || n.Country != "RUS" || n.Label != "sergei lavrov" {
		t.Errorf("Node(lavrov) = %+v, want role filled in by the later article, first label kept", n)
	}
	later := talksDoc()
	later.ID = "a9"
	later.Persons[0].Role = "Minister"
	mustSave(t, db, later)
	if n, _ := db.Node(ctx, annals.ActorKey(annals.KindPerson, "Sergei Lavrov")); n.Role != "Foreign Minister" {
		t.Errorf("Node(lavrov).Role = %q after a third article, want the stored role kept", n.Role)
	}
}

func TestSave_invalidWritesNothing(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		edit func(*annals.Document) *annals.Document
	}{
		{"nil", func(*annals.Document) *annals.Document { return nil }},
		{"no ID", func(d *annals.Document) *annals.Document { d.ID = ""; return d }},
		{"unknown country", func(d *annals.Document) *annals.Document { d.Countries = append(d.Countries, "XYZ"); return d }},
		{"actor not in document", func(d *annals.Document) *annals.Document {
			d.Events[0].Actors = append(d.Events[0].Actors, "Nobody")
			return d
		}},
		{"interval backwards", func(d *annals.Document) *annals.Document {
			d.Events[1].Start, d.Events[1].End = d.Events[1].End, d.Events[1].Start
			return d
		}},
		{"bad status", func(d *annals.Document) *annals.Document { d.Events[3].Status = "rumoured"; return d }},
		{"bad time value", func(d *annals.Document) *annals.Document { d.Times[0].Value = "2013-13"; return d }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpenDB(t)
			empty := dump(t, db)
			doc := tt.edit(talksDoc())
			saved, err := db.Save(ctx, doc)
			if saved || !errors.Is(err, annals.ErrInvalid) {
				t.Errorf("Save(%s) = %v, %v, want false and an error wrapping ErrInvalid", tt.name, saved, err)
			}
			batch, err := db.SaveBatch(ctx, []*annals.Document{summitDoc(), doc})
			if batch != nil || !errors.Is(err, annals.ErrInvalid) {
				t.Errorf("SaveBatch(valid, %s) = %v, %v, want nil and an error wrapping ErrInvalid", tt.name, batch, err)
			}
			if got := dump(t, db); got != empty {
				t.Errorf("rejected document left rows behind:\n%s", got)
			}
		})
	}
}

func TestSaveBatch(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustSave(t, db, talksAgainDoc())
	docs := []*annals.Document{talksDoc(), talksAgainDoc(), summitDoc(), summitDoc()}
	saved, err := db.SaveBatch(ctx, docs)
	if want := []bool{true, false, true, false}; err != nil || !reflect.DeepEqual(saved, want) {
		t.Fatalf("SaveBatch() = %v, %v, want %v, nil", saved, err, want)
	}

	// One article at a time gives the same database.
	single := MustOpenDB(t)
	mustSave(t, single, talksAgainDoc(), talksDoc(), summitDoc())
	if a, b := dump(t, db), dump(t, single); a != b {
		t.Errorf("SaveBatch and Save disagree:\n%s\n---\n%s", a, b)
	}
	if saved, err := db.SaveBatch(ctx, nil); err != nil || len(saved) != 0 {
		t.Errorf("SaveBatch(nil) = %v, %v, want [], nil", saved, err)
	}
}

func TestSave_cancelledContext(t *testing.T) {
	db := MustOpenDB(t)
	empty := dump(t, db)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if saved, err := db.Save(ctx, talksDoc()); saved || !errors.Is(err, context.Canceled) {
		t.Errorf("Save(cancelled) = %v, %v, want false, context.Canceled", saved, err)
	}
	if saved, err := db.SaveBatch(ctx, []*annals.Document{talksDoc(), summitDoc()}); saved != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("SaveBatch(cancelled) = %v, %v, want nil, context.Canceled", saved, err)
	}
	if got := dump(t, db); got != empty {
		t.Errorf("cancelled saves left rows behind:\n%s", got)
	}
	// The connection is back in the pool, outside any transaction.
	mustSave(t, db, talksDoc())
}

// countdownCtx reports cancellation from its n+1st Err call on, so a test
// can stop a save at every point where it checks its context.
type countdownCtx struct {
	context.Context
	n int
}

func (c *countdownCtx) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

func TestSaveBatch_cancelledMidwayRollsBack(t *testing.T) {
	docs := []*annals.Document{talksDoc(), talksAgainDoc(), summitDoc()}
	cancelled, completed := 0, 0
	for n := 0; completed == 0 && n < 100; n++ {
		db := MustOpenDB(t)
		empty := dump(t, db)
		_, err := db.SaveBatch(&countdownCtx{context.Background(), n}, docs)
		switch {
		case err == nil:
			completed++
		case errors.Is(err, context.Canceled):
			cancelled++
			if got := dump(t, db); got != empty {
				t.Fatalf("SaveBatch cancelled after %d checks left rows behind:\n%s", n, got)
			}
			// The rolled-back connection serves the next transaction.
			mustSave(t, db, talksDoc())
		default:
			t.Fatalf("SaveBatch cancelled after %d checks = %v, want context.Canceled", n, err)
		}
	}
	// One check per document and per event (3 documents, 8 events) at
	// least, so there are many points to stop at before the batch ends.
	if cancelled < 11 || completed != 1 {
		t.Errorf("cancelled %d times before the batch completed, want at least 11", cancelled)
	}
}

package store_test

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/store"
)

func TestGraph_nodesAndLinks(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	talks := talksDoc()
	mustSave(t, db, talks, talksAgainDoc(), summitDoc())

	nodes, err := db.Nodes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.IsSortedFunc(nodes, func(a, b annals.Node) int { return cmp.Compare(a.Key, b.Key) }) {
		t.Errorf("Nodes() not ordered by key")
	}
	st, _ := db.Stats(ctx)
	if want := st.Articles + st.Events + st.Persons + st.Organizations + st.Countries + st.Places + st.Dates; len(nodes) != want {
		t.Errorf("Nodes() = %d nodes, want %d (Stats)", len(nodes), want)
	}
	byKey := map[string]annals.Node{}
	for _, n := range nodes {
		if _, dup := byKey[n.Key]; dup {
			t.Errorf("Nodes() repeats %s", n.Key)
		}
		byKey[n.Key] = n
	}

	meetKey := store.EventKey(talks.Events[0])
	tests := []annals.Node{
		{Key: meetKey, Kind: annals.KindEvent, Label: "meet: Sergei Lavrov, Fumio Kishida",
			Start: date("2013-11-01"), End: date("2013-11-01"), Type: annals.EventMeet, Status: annals.StatusOccurred},
		{Key: "person:sergei lavrov", Kind: annals.KindPerson, Label: "Sergei Lavrov", Country: "RUS", Role: "Foreign Minister"},
		{Key: "organization:itar-tass", Kind: annals.KindOrganization, Label: "Itar-Tass", Country: "RUS"},
		{Key: "country:JPN", Kind: annals.KindCountry, Label: "Japan"},
		{Key: "place:tokyo", Kind: annals.KindPlace, Label: "Tokyo", Country: "JPN"},
		{Key: "date:2014", Kind: annals.KindDate, Label: "2014", Start: date("2014-01-01"), End: date("2014-12-31")},
		// "late January": the value narrowed by its mod is a node of its own.
		{Key: "date:2014-01@2014-01-21..2014-01-31", Kind: annals.KindDate, Label: "2014-01", Start: date("2014-01-21"), End: date("2014-01-31")},
		{Key: "date:P3Y", Kind: annals.KindDate, Label: "P3Y"},
		{Key: "article:a3", Kind: annals.KindArticle, Label: "test/summit.txt"}, // untitled: labelled by source
	}
	for _, want := range tests {
		if got := byKey[want.Key]; got != want {
			t.Errorf("Nodes()[%s] = %+v, want %+v", want.Key, got, want)
		}
		if got, err := db.Node(ctx, want.Key); err != nil || got != want {
			t.Errorf("Node(%s) = %+v, %v, want %+v", want.Key, got, err, want)
		}
	}
	if _, err := db.Node(ctx, "person:nobody"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Node(person:nobody) = %v, want an error wrapping ErrNotFound", err)
	}

	links, err := db.Links(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != st.Links {
		t.Errorf("Links() = %d links, Stats().Links = %d", len(links), st.Links)
	}
	if !slices.IsSortedFunc(links, func(a, b annals.Link) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Kind, b.Kind))
	}) {
		t.Errorf("Links() not ordered by from, to, kind")
	}
	has := map[annals.Link]bool{}
	for _, l := range links {
		if byKey[l.From].Key == "" || byKey[l.To].Key == "" {
			t.Errorf("link %+v has an end that is not a node", l)
		}
		has[l] = true
	}
	for _, want := range []annals.Link{
		{From: "person:sergei lavrov", To: meetKey, Kind: annals.LinkParticipation},
		{From: "country:RUS", To: meetKey, Kind: annals.LinkParticipation},
		{From: "person:sergei lavrov", To: "country:RUS", Kind: annals.LinkAffiliation, Detail: "Foreign Minister"},
		{From: "organization:itar-tass", To: "country:RUS", Kind: annals.LinkAffiliation, Detail: "news agency"},
		{From: meetKey, To: "place:tokyo", Kind: annals.LinkLocation},
		{From: meetKey, To: "date:2013-11-01", Kind: annals.LinkTime, Detail: "2013-11-01"},
		{From: meetKey, To: "article:a1", Kind: annals.LinkSource, Detail: talks.Events[0].Evidence},
		{From: meetKey, To: "article:a2", Kind: annals.LinkSource, Detail: talksAgainDoc().Events[0].Evidence},
	} {
		if !has[want] {
			t.Errorf("Links() lacks %+v", want)
		}
	}
}

func TestEmptyDatabase(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	if nodes, err := db.Nodes(ctx); err != nil || nodes == nil || len(nodes) != 0 {
		t.Errorf("Nodes() = %v, %v, want [], nil", nodes, err)
	}
	if links, err := db.Links(ctx); err != nil || links == nil || len(links) != 0 {
		t.Errorf("Links() = %v, %v, want [], nil", links, err)
	}
	for _, f := range []annals.EventFilter{
		{},
		{Actor: "Lavrov"},
		{Country: "RUS", From: date("2013-01-01"), To: date("2013-12-31"), Types: []annals.EventType{annals.EventMeet}, Status: annals.StatusOccurred, Limit: 3},
	} {
		if evs, err := db.Events(ctx, f); err != nil || evs == nil || len(evs) != 0 {
			t.Errorf("Events(%+v) = %v, %v, want [], nil", f, evs, err)
		}
	}
	if st, err := db.Stats(ctx); err != nil || st != (store.Stats{}) {
		t.Errorf("Stats() = %+v, %v, want zero counts", st, err)
	}
	if ok, err := db.HasDocument(ctx, "a1"); ok || err != nil {
		t.Errorf("HasDocument(a1) = %v, %v, want false, nil", ok, err)
	}
	if err := db.Check(ctx); err != nil {
		t.Errorf("Check() = %v, want nil", err)
	}
	if _, err := db.Node(ctx, "country:RUS"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Node(country:RUS) = %v, want ErrNotFound", err)
	}
	if _, err := db.FindActor(ctx, "Lavrov"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("FindActor(Lavrov) = %v, want ErrNotFound", err)
	}
}

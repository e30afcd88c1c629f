package store_test

import (
	"context"
	"slices"
	"testing"

	"github.com/annals-project/annals"
)

// dyadDoc is an invented article: two envoys meet twice and sign a deal,
// one of them quarrels with a third, and the third meets a fourth.
func dyadDoc() *annals.Document {
	ev := func(typ annals.EventType, cameo, day string, actors ...string) annals.Event {
		d := date(day)
		return annals.Event{Type: typ, CAMEO: cameo, Status: annals.StatusOccurred, Actors: actors, Start: d, End: d, Time: annals.TimeValue(day)}
	}
	return &annals.Document{
		ID: "dyad1", Source: "test/dyad.txt", Title: "Envoys meet again", Published: date("2015-03-10"), PublishedFrom: "dateline",
		Persons: []annals.Person{{Name: "Anna Berg"}, {Name: "Carl Dahl"}, {Name: "Eva Fors"}, {Name: "Gus Holm"}},
		Events: []annals.Event{
			ev(annals.EventMeet, "040", "2015-01-12", "Anna Berg", "Carl Dahl"),
			ev(annals.EventMeet, "040", "2015-02-03", "Carl Dahl", "Anna Berg"),
			ev(annals.EventAgree, "057", "2015-03-09", "Anna Berg", "Carl Dahl"),
			ev(annals.EventConflict, "111", "2015-03-01", "Carl Dahl", "Eva Fors"),
			ev(annals.EventMeet, "040", "2015-03-05", "Eva Fors", "Gus Holm"),
		},
	}
}

func TestSharedEvents(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustSave(t, db, dyadDoc(), talksDoc())
	anna, carl, eva := "person:anna berg", "person:carl dahl", "person:eva fors"
	tests := []struct {
		name  string
		a, b  string
		f     annals.EventFilter
		cameo []string
	}{
		{"three shared, in date order", anna, carl, annals.EventFilter{}, []string{"040", "040", "057"}},
		{"symmetric", carl, anna, annals.EventFilter{}, []string{"040", "040", "057"}},
		{"type filter", anna, carl, annals.EventFilter{Types: []annals.EventType{annals.EventAgree}}, []string{"057"}},
		{"limit", anna, carl, annals.EventFilter{Limit: 2}, []string{"040", "040"}},
		{"date filter", anna, carl, annals.EventFilter{From: date("2015-02-01")}, []string{"040", "057"}},
		{"one shared", carl, eva, annals.EventFilter{}, []string{"111"}},
		{"none shared", anna, eva, annals.EventFilter{}, nil},
		{"unknown key", anna, "person:nobody", annals.EventFilter{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.SharedEvents(ctx, tt.a, tt.b, tt.f)
			if err != nil {
				t.Fatalf("SharedEvents(%s, %s) = %v", tt.a, tt.b, err)
			}
			var codes []string
			for _, e := range got {
				codes = append(codes, e.CAMEO)
				if !slices.Contains(e.Actors, "Anna Berg") && !slices.Contains(e.Actors, "Eva Fors") {
					t.Errorf("SharedEvents(%s, %s): event %s has actors %v", tt.a, tt.b, e.ID, e.Actors)
				}
				if len(e.Sources) != 1 {
					t.Errorf("SharedEvents: event %s has %d sources, want 1", e.ID, len(e.Sources))
				}
			}
			if !slices.Equal(codes, tt.cameo) {
				t.Errorf("SharedEvents(%s, %s) CAMEO codes = %v, want %v", tt.a, tt.b, codes, tt.cameo)
			}
		})
	}
}

func TestEgo(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustSave(t, db, dyadDoc())
	nodes, links, err := db.Ego(ctx, "person:carl dahl")
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, n := range nodes {
		if n.Kind.IsActor() {
			keys = append(keys, n.Key)
		}
	}
	// Gus Holm shares no event with Carl Dahl: he is two hops away.
	if want := []string{"person:anna berg", "person:carl dahl", "person:eva fors"}; !slices.Equal(keys, want) {
		t.Errorf("Ego(carl) actors = %v, want %v", keys, want)
	}
	if len(links) != 8 { // four events, two participants each
		t.Errorf("Ego(carl) = %d links, want 8", len(links))
	}
	if nodes, links, err := db.Ego(ctx, "person:nobody"); err != nil || len(nodes) != 0 || len(links) != 0 {
		t.Errorf("Ego(unknown) = %d nodes, %d links, %v; want none", len(nodes), len(links), err)
	}
}

// TestIncidence checks the compact participation table against the
// participation links of the whole graph.
func TestIncidence(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustSave(t, db, dyadDoc(), talksDoc(), summitDoc())
	inc, err := db.Incidence(ctx, annals.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	links, _ := db.Links(ctx)
	want := map[string][]string{}
	for _, l := range links {
		if l.Kind == annals.LinkParticipation {
			want[l.To] = append(want[l.To], l.From)
		}
	}
	if got := len(inc.Offsets) - 1; got != len(want) {
		t.Fatalf("Incidence: %d events, want %d", got, len(want))
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(inc.Offsets); i++ {
		var members []string
		for _, m := range inc.Members[inc.Offsets[i]:inc.Offsets[i+1]] {
			members = append(members, inc.Actors[m].Key)
		}
		slices.Sort(members)
		found := false
		for ev, ps := range want {
			ps = slices.Sorted(slices.Values(ps))
			if !seen[ev] && slices.Equal(ps, members) {
				seen[ev], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("Incidence event %d has members %v, which no event has", i, members)
		}
	}
	if len(inc.Events) != len(inc.Offsets)-1 {
		t.Errorf("Incidence: %d event handles for %d events", len(inc.Events), len(inc.Offsets)-1)
	}
	nodes, err := db.EventNodes(ctx, append(slices.Clone(inc.Events), -5))
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range nodes[:len(inc.Events)] {
		var members []string
		for _, m := range inc.Members[inc.Offsets[i]:inc.Offsets[i+1]] {
			members = append(members, inc.Actors[m].Key)
		}
		want[n.Key] = slices.Sorted(slices.Values(want[n.Key]))
		if n.Kind != annals.KindEvent || !slices.Equal(slices.Sorted(slices.Values(members)), want[n.Key]) {
			t.Errorf("EventNodes[%d] = %s (%s), members %v, want an event with those participants %v", i, n.Key, n.Kind, members, want[n.Key])
		}
	}
	sums, err := db.EventSummaries(ctx, append(slices.Clone(inc.Events), -5))
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range nodes {
		if sums[i].Start != n.Start || sums[i].End != n.End || sums[i].Type != n.Type {
			t.Errorf("EventSummaries[%d] = %+v, want %s..%s %s (the node's)", i, sums[i], n.Start, n.End, n.Type)
		}
	}
	if last := nodes[len(nodes)-1]; last.Key != "" {
		t.Errorf("EventNodes(-5) = %v, want a zero node", last)
	}
	meets, err := db.Incidence(ctx, annals.EventFilter{Types: []annals.EventType{annals.EventMeet}, From: date("2015-01-01")})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(meets.Offsets) - 1; got != 3 {
		t.Errorf("Incidence(meet, from 2015) = %d events, want 3", got)
	}
}

func TestRecentSharedEvents(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustSave(t, db, dyadDoc(), talksDoc())
	anna, carl := "person:anna berg", "person:carl dahl"
	tests := []struct {
		name  string
		f     annals.EventFilter
		n     int
		dates []string
	}{
		{"last two stored, in date order", annals.EventFilter{}, 2, []string{"2015-02-03", "2015-03-09"}},
		{"more than there are", annals.EventFilter{}, 10, []string{"2015-01-12", "2015-02-03", "2015-03-09"}},
		{"filter", annals.EventFilter{Types: []annals.EventType{annals.EventMeet}}, 5, []string{"2015-01-12", "2015-02-03"}},
		{"none asked", annals.EventFilter{}, 0, nil},
	}
	for _, tt := range tests {
		for _, pair := range [][2]string{{anna, carl}, {carl, anna}} {
			got, err := db.RecentSharedEvents(ctx, pair[0], pair[1], tt.f, tt.n)
			if err != nil {
				t.Fatalf("RecentSharedEvents(%s) = %v", tt.name, err)
			}
			var dates []string
			for _, e := range got {
				dates = append(dates, e.Start.String())
			}
			if !slices.Equal(dates, tt.dates) {
				t.Errorf("RecentSharedEvents(%s, %s, %s, %d) = %v, want %v", tt.name, pair[0], pair[1], tt.n, dates, tt.dates)
			}
		}
	}
	if got, err := db.RecentSharedEvents(ctx, anna, "person:nobody", annals.EventFilter{}, 3); err != nil || len(got) != 0 {
		t.Errorf("RecentSharedEvents(unknown) = %v, %v; want none", got, err)
	}
}

func TestPartners(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustSave(t, db, dyadDoc())
	got, err := db.Partners(ctx, "person:carl dahl", annals.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var pairs []string
	for _, p := range got.Pairs {
		pairs = append(pairs, got.Partners[p[0]].Label+" "+string(got.Events[p[1]].Type)+" "+got.Events[p[1]].Start.String()+" "+got.CAMEO[p[1]])
	}
	slices.Sort(pairs)
	want := []string{"Anna Berg agree 2015-03-09 057", "Anna Berg meet 2015-01-12 040", "Anna Berg meet 2015-02-03 040", "Eva Fors conflict 2015-03-01 111"}
	if !slices.Equal(pairs, want) || len(got.Partners) != 2 || len(got.Events) != 4 {
		t.Errorf("Partners(carl) = %v (%d partners, %d events), want %v (2, 4)", pairs, len(got.Partners), len(got.Events), want)
	}
	meets, _ := db.Partners(ctx, "person:carl dahl", annals.EventFilter{Types: []annals.EventType{annals.EventMeet}})
	if len(meets.Pairs) != 2 || len(meets.Partners) != 1 {
		t.Errorf("Partners(carl, meet) = %d pairs, %d partners, want 2, 1", len(meets.Pairs), len(meets.Partners))
	}
	if none, err := db.Partners(ctx, "person:nobody", annals.EventFilter{}); err != nil || len(none.Pairs) != 0 {
		t.Errorf("Partners(unknown) = %v, %v; want none", none, err)
	}
}

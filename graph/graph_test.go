package graph_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
)

// fakeSource is an in-memory annals.GraphSource.
type fakeSource struct {
	nodes []annals.Node
	links []annals.Link
	err   error // returned by every method when set
	calls int   // number of method calls, to observe read-through
}

func (f *fakeSource) Nodes(context.Context) ([]annals.Node, error) {
	f.calls++
	if f.err != nil {
		return nil, f.err
	}
	out := slices.Clone(f.nodes)
	slices.SortFunc(out, func(a, b annals.Node) int {
		if a.Key < b.Key {
			return -1
		}
		if a.Key > b.Key {
			return 1
		}
		return 0
	})
	return out, nil
}

func (f *fakeSource) Node(_ context.Context, key string) (annals.Node, error) {
	f.calls++
	if f.err != nil {
		return annals.Node{}, f.err
	}
	for _, n := range f.nodes {
		if n.Key == key {
			return n, nil
		}
	}
	return annals.Node{}, fmt.Errorf("fake: node %q: %w", key, annals.ErrNotFound)
}

func (f *fakeSource) Links(context.Context) ([]annals.Link, error) {
	f.calls++
	if f.err != nil {
		return nil, f.err
	}
	return slices.Clone(f.links), nil
}

func person(name string) annals.Node {
	return annals.Node{Key: annals.ActorKey(annals.KindPerson, name), Kind: annals.KindPerson, Label: name}
}

func country(code string) annals.Node {
	c := annals.Country(code)
	return annals.Node{Key: annals.ActorKey(annals.KindCountry, code), Kind: annals.KindCountry, Label: c.Name(), Country: c}
}

// event adds an event node with the participants to f and returns its key.
func (f *fakeSource) event(id string, t annals.EventType, st annals.Status, start, end string, actors ...annals.Node) string {
	ev := annals.Node{Key: "event:" + id, Kind: annals.KindEvent, Label: string(t) + " " + id, Type: t, Status: st}
	if start != "" {
		ev.Start, ev.End = annals.MustParseDate(start), annals.MustParseDate(end)
	}
	f.nodes = append(f.nodes, ev)
	for _, a := range actors {
		if !slices.ContainsFunc(f.nodes, func(n annals.Node) bool { return n.Key == a.Key }) {
			f.nodes = append(f.nodes, a)
		}
		f.links = append(f.links, annals.Link{From: a.Key, To: ev.Key, Kind: annals.LinkParticipation})
	}
	return ev.Key
}

func sampleSource() *fakeSource {
	lavrov, kishida, abe := person("Sergei Lavrov"), person("Fumio Kishida"), person("Shinzo Abe")
	rus, jpn := country("RUS"), country("JPN")
	f := &fakeSource{}
	f.event("e1", annals.EventMeet, annals.StatusOccurred, "2013-11-01", "2013-11-01", lavrov, kishida, rus, jpn)
	f.event("e2", annals.EventAgree, annals.StatusOccurred, "2013-11-02", "2013-11-02", lavrov, kishida)
	f.event("e3", annals.EventVisit, annals.StatusPlanned, "2014-03-01", "2014-05-31", abe, rus)
	f.event("e4", annals.EventStatement, annals.StatusOccurred, "", "", lavrov, jpn)
	// An actor with no event, a place and links that are not participation.
	f.nodes = append(f.nodes, person("Nobody"), annals.Node{Key: "place:moscow", Kind: annals.KindPlace, Label: "Moscow"})
	f.links = append(f.links,
		annals.Link{From: lavrov.Key, To: rus.Key, Kind: annals.LinkAffiliation},
		annals.Link{From: "event:e1", To: "place:moscow", Kind: annals.LinkLocation},
		annals.Link{From: "person:ghost", To: "event:e1", Kind: annals.LinkParticipation})
	return f
}

func keysOf(ns []annals.Node) []string {
	out := []string{}
	for _, n := range ns {
		out = append(out, n.Key)
	}
	return out
}

func TestLoad(t *testing.T) {
	ctx := context.Background()
	g, err := graph.Load(ctx, sampleSource(), graph.Filter{})
	if err != nil {
		t.Fatalf("Load = %v", err)
	}
	wantNodes := []string{"country:JPN", "country:RUS", "person:fumio kishida", "person:nobody", "person:sergei lavrov", "person:shinzo abe"}
	if got := keysOf(g.Nodes()); !reflect.DeepEqual(got, wantNodes) {
		t.Errorf("Nodes() = %v, want %v", got, wantNodes)
	}
	d := annals.MustParseDate
	wantEdges := []graph.Edge{
		{From: "country:JPN", To: "country:RUS", Weight: 1, Events: []string{"event:e1"}, First: d("2013-11-01"), Last: d("2013-11-01"), Types: []annals.EventType{"meet"}},
		{From: "country:JPN", To: "person:fumio kishida", Weight: 1, Events: []string{"event:e1"}, First: d("2013-11-01"), Last: d("2013-11-01"), Types: []annals.EventType{"meet"}},
		{From: "country:JPN", To: "person:sergei lavrov", Weight: 2, Events: []string{"event:e1", "event:e4"}, First: d("2013-11-01"), Last: d("2013-11-01"), Types: []annals.EventType{"meet", "statement"}},
		{From: "country:RUS", To: "person:fumio kishida", Weight: 1, Events: []string{"event:e1"}, First: d("2013-11-01"), Last: d("2013-11-01"), Types: []annals.EventType{"meet"}},
		{From: "country:RUS", To: "person:sergei lavrov", Weight: 1, Events: []string{"event:e1"}, First: d("2013-11-01"), Last: d("2013-11-01"), Types: []annals.EventType{"meet"}},
		{From: "country:RUS", To: "person:shinzo abe", Weight: 1, Events: []string{"event:e3"}, First: d("2014-03-01"), Last: d("2014-05-31"), Types: []annals.EventType{"visit"}},
		{From: "person:fumio kishida", To: "person:sergei lavrov", Weight: 2, Events: []string{"event:e1", "event:e2"}, First: d("2013-11-01"), Last: d("2013-11-02"), Types: []annals.EventType{"agree", "meet"}},
	}
	if got := g.Edges(); !reflect.DeepEqual(got, wantEdges) {
		t.Errorf("Edges() =\n%v\nwant\n%v", got, wantEdges)
	}
}

func TestLoadFilter(t *testing.T) {
	d := annals.MustParseDate
	tests := []struct {
		name      string
		f         graph.Filter
		wantNodes []string
		wantEdges int
	}{
		{"types", graph.Filter{Types: []annals.EventType{annals.EventAgree}}, []string{"person:fumio kishida", "person:sergei lavrov"}, 1},
		{"status planned", graph.Filter{Status: annals.StatusPlanned}, []string{"country:RUS", "person:shinzo abe"}, 1},
		{"from excludes undated and earlier", graph.Filter{From: d("2014-05-31")}, []string{"country:RUS", "person:shinzo abe"}, 1},
		{"to", graph.Filter{To: d("2013-11-01")}, []string{"country:JPN", "country:RUS", "person:fumio kishida", "person:sergei lavrov"}, 6},
		{"nothing matches", graph.Filter{From: d("2020-01-01")}, []string{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := graph.Load(context.Background(), sampleSource(), tt.f)
			if err != nil {
				t.Fatalf("Load = %v", err)
			}
			if got := keysOf(g.Nodes()); !reflect.DeepEqual(got, tt.wantNodes) {
				t.Errorf("Load(%+v).Nodes() = %v, want %v", tt.f, got, tt.wantNodes)
			}
			if got := len(g.Edges()); got != tt.wantEdges {
				t.Errorf("len(Load(%+v).Edges()) = %d, want %d", tt.f, got, tt.wantEdges)
			}
		})
	}
}

func TestLoadError(t *testing.T) {
	boom := errors.New("boom")
	_, err := graph.Load(context.Background(), &fakeSource{err: boom}, graph.Filter{})
	if !errors.Is(err, boom) {
		t.Errorf("Load(failing source) = %v, want an error wrapping %v", err, boom)
	}
}

func TestFromDocument(t *testing.T) {
	doc := &annals.Document{
		Persons:       []annals.Person{{Name: "Sergei Lavrov", Country: "RUS", Role: "Foreign Minister"}, {Name: "Fumio Kishida", Country: "JPN"}},
		Organizations: []annals.Organization{{Name: "United Nations"}},
		Countries:     []annals.Country{"RUS", "JPN"},
		Events: []annals.Event{
			{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"Sergei Lavrov", "Fumio Kishida"}, Countries: []annals.Country{"RUS", "JPN"}},
			{Type: annals.EventStatement, Status: annals.StatusOccurred, Actors: []string{"United Nations", "Sergei Lavrov"}},
			// A second report of the first event merges into it.
			{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"Fumio Kishida", "Sergei Lavrov"}, Countries: []annals.Country{"JPN", "RUS"}},
		},
	}
	g := graph.FromDocument(doc)
	wantNodes := []string{"country:JPN", "country:RUS", "organization:united nations", "person:fumio kishida", "person:sergei lavrov"}
	if got := keysOf(g.Nodes()); !reflect.DeepEqual(got, wantNodes) {
		t.Errorf("FromDocument().Nodes() = %v, want %v", got, wantNodes)
	}
	if n, ok := g.Node("person:sergei lavrov"); !ok || n.Role != "Foreign Minister" || n.Country != "RUS" {
		t.Errorf("Node(lavrov) = %+v, %v, want role and country kept", n, ok)
	}
	if n, _ := g.Node("country:JPN"); n.Label != annals.Country("JPN").Name() || n.Country != "JPN" {
		t.Errorf("Node(country:JPN) = %+v, want the country's name and code", n)
	}
	weights := map[[2]string]int{}
	for _, e := range g.Edges() {
		weights[[2]string{e.From, e.To}] = e.Weight
	}
	want := map[[2]string]int{
		{"country:JPN", "country:RUS"}:                          1,
		{"country:JPN", "person:fumio kishida"}:                 1,
		{"country:JPN", "person:sergei lavrov"}:                 1,
		{"country:RUS", "person:fumio kishida"}:                 1,
		{"country:RUS", "person:sergei lavrov"}:                 1,
		{"person:fumio kishida", "person:sergei lavrov"}:        1,
		{"organization:united nations", "person:sergei lavrov"}: 1,
	}
	if !reflect.DeepEqual(weights, want) {
		t.Errorf("FromDocument() edges = %v, want %v", weights, want)
	}
	var labels []string
	for _, r := range g.Relations("person:sergei lavrov") {
		for _, e := range r.Events {
			labels = append(labels, e.Label)
		}
	}
	wantLabels := []string{"meet: Sergei Lavrov, Fumio Kishida", "meet: Sergei Lavrov, Fumio Kishida", "meet: Sergei Lavrov, Fumio Kishida", "statement: United Nations, Sergei Lavrov"}
	if !reflect.DeepEqual(labels, wantLabels) {
		t.Errorf("FromDocument() event labels = %q, want %q", labels, wantLabels)
	}
	if got := graph.FromDocument(nil).Len(); got != 0 {
		t.Errorf("FromDocument(nil).Len() = %d, want 0", got)
	}
}

func TestEventLabelLong(t *testing.T) {
	g := graph.FromDocument(docOf([]string{"A", "B", "C", "D", "E", "F"}))
	rels := g.Relations("person:a")
	if len(rels) == 0 || rels[0].Events[0].Label != "meet: A, B, C, D +2" {
		t.Errorf("Relations(a) = %+v, want an event labelled %q", rels, "meet: A, B, C, D +2")
	}
	countries := graph.FromDocument(&annals.Document{Events: []annals.Event{{Type: annals.EventTrade, Status: annals.StatusOccurred, Countries: []annals.Country{"RUS", "JPN"}}}})
	if rels := countries.Relations("country:RUS"); len(rels) != 1 || rels[0].Events[0].Label != "trade: RUS, JPN" {
		t.Errorf("Relations(RUS) = %+v, want an event labelled %q", rels, "trade: RUS, JPN")
	}
}

func TestEventKey(t *testing.T) {
	a := annals.Event{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"A", "B"}}
	b := annals.Event{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"b", "a"}}
	c := annals.Event{Type: annals.EventVisit, Status: annals.StatusOccurred, Actors: []string{"A", "B"}}
	if graph.EventKey(a) != graph.EventKey(b) {
		t.Errorf("EventKey(%v) != EventKey(%v), want equal for the same happening", a.Actors, b.Actors)
	}
	if graph.EventKey(a) == graph.EventKey(c) {
		t.Errorf("EventKey(meet) == EventKey(visit) = %s, want different", graph.EventKey(a))
	}
	if got := graph.EventKey(annals.Event{ID: "event:x"}); got != "event:x" {
		t.Errorf("EventKey(ID event:x) = %q, want event:x", got)
	}
}

func TestNeighbourhood(t *testing.T) {
	g := chain("A", "B", "C", "D")
	tests := []struct {
		key   string
		depth int
		want  []string
		edges int
	}{
		{"person:a", 0, []string{"person:a"}, 0},
		{"person:a", 1, []string{"person:a", "person:b"}, 1},
		{"person:b", 1, []string{"person:a", "person:b", "person:c"}, 2},
		{"person:a", 5, []string{"person:a", "person:b", "person:c", "person:d"}, 3},
		{"person:a", -1, []string{"person:a"}, 0},
		{"person:zz", 2, []string{}, 0},
	}
	for _, tt := range tests {
		ng := g.Neighbourhood(tt.key, tt.depth)
		if got := keysOf(ng.Nodes()); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Neighbourhood(%q, %d).Nodes() = %v, want %v", tt.key, tt.depth, got, tt.want)
		}
		if got := len(ng.Edges()); got != tt.edges {
			t.Errorf("len(Neighbourhood(%q, %d).Edges()) = %d, want %d", tt.key, tt.depth, got, tt.edges)
		}
	}
	// Edges keep their events and weights.
	sub := graph.FromDocument(docOf([]string{"A", "B"}, []string{"A", "B"}, []string{"B", "C"})).Neighbourhood("person:a", 1)
	if es := sub.Edges(); len(es) != 1 || es[0].Weight != 2 || len(es[0].Events) != 2 {
		t.Errorf("Neighbourhood(a, 1).Edges() = %+v, want one edge of weight 2 with 2 events", es)
	}
}

func TestRelations(t *testing.T) {
	g, err := graph.Load(context.Background(), sampleSource(), graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	rels := g.Relations("person:sergei lavrov")
	var got []string
	for _, r := range rels {
		got = append(got, fmt.Sprintf("%s %d %s %s %v", r.Actor.Key, r.Count, r.First, r.Last, r.Types))
	}
	want := []string{
		"person:fumio kishida 2 2013-11-01 2013-11-02 [agree meet]",
		"country:JPN 2 2013-11-01 2013-11-01 [meet statement]",
		"country:RUS 1 2013-11-01 2013-11-01 [meet]",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Relations(lavrov) =\n%v\nwant\n%v", got, want)
	}
	// Events in a relation: dated first, undated last.
	if ev := rels[1].Events; len(ev) != 2 || ev[0].Key != "event:e1" || ev[1].Key != "event:e4" || ev[1].Label != "statement e4" {
		t.Errorf("Relations(lavrov)[1].Events = %+v, want e1 then undated e4", ev)
	}
	if got := g.Relations("person:nobody"); len(got) != 0 || got == nil {
		t.Errorf("Relations(nobody) = %#v, want empty non-nil", got)
	}
	if got := g.Relations("person:unknown"); len(got) != 0 {
		t.Errorf("Relations(unknown) = %v, want empty", got)
	}
}

// docOf builds a document whose events link the named persons of each
// group.
func docOf(groups ...[]string) *annals.Document {
	doc := &annals.Document{}
	seen := map[string]bool{}
	for i, grp := range groups {
		for _, p := range grp {
			if !seen[p] {
				seen[p] = true
				doc.Persons = append(doc.Persons, annals.Person{Name: p})
			}
		}
		// Distinct days keep the events apart (equal events share a key).
		day := annals.NewDate(2013, 1, 1+i)
		doc.Events = append(doc.Events, annals.Event{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: grp, Start: day, End: day, Span: annals.Span{i, i + 1}})
	}
	return doc
}

// chain returns the path graph of the named persons.
func chain(names ...string) *graph.Graph {
	var groups [][]string
	for i := 1; i < len(names); i++ {
		groups = append(groups, []string{names[i-1], names[i]})
	}
	return graph.FromDocument(docOf(groups...))
}

func TestLoadCountryCode(t *testing.T) {
	f := &fakeSource{}
	usa := annals.Node{Key: "country:USA", Kind: annals.KindCountry, Label: "United States"}
	f.event("e1", annals.EventMeet, annals.StatusOccurred, "", "", usa, person("A"))
	g, err := graph.Load(context.Background(), f, graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := g.Node("country:USA"); n.Country != "USA" {
		t.Errorf("Load().Node(country:USA).Country = %q, want USA", n.Country)
	}
}

// TestZeroGraph calls every method on nil and zero graphs: they read as
// empty and never panic.
func TestZeroGraph(t *testing.T) {
	for name, g := range map[string]*graph.Graph{"nil": nil, "zero": {}} {
		if n := g.Len(); n != 0 {
			t.Errorf("%s.Len() = %d, want 0", name, n)
		}
		if _, ok := g.Node("person:a"); ok {
			t.Errorf("%s.Node(a) found, want not", name)
		}
		if ns, es := g.Nodes(), g.Edges(); len(ns) != 0 || len(es) != 0 {
			t.Errorf("%s.Nodes(), Edges() = %v, %v, want empty", name, ns, es)
		}
		if r := g.Relations("person:a"); len(r) != 0 {
			t.Errorf("%s.Relations(a) = %v, want empty", name, r)
		}
		if n := g.Neighbourhood("person:a", 2).Len(); n != 0 {
			t.Errorf("%s.Neighbourhood(a, 2).Len() = %d, want 0", name, n)
		}
		for _, m := range graph.Metrics {
			if s, err := g.Scores(m); err != nil || len(s) != 0 {
				t.Errorf("%s.Scores(%s) = %v, %v, want empty", name, m, s, err)
			}
		}
		if c, k := g.Components(), g.Communities(1); len(c) != 0 || len(k) != 0 {
			t.Errorf("%s.Components(), Communities() = %v, %v, want empty", name, c, k)
		}
		var b bytes.Buffer
		if err := graph.WriteDOT(&b, g, graph.DOTOptions{}); err != nil || strings.Contains(b.String(), "--") {
			t.Errorf("WriteDOT(%s) = %q, %v, want an empty graph", name, b.String(), err)
		}
	}
}

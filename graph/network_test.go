package graph_test

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
)

// pathNetwork: A-B and B-C share one event each, A-D, D-E and E-C five
// each; F shares none. The fewest hops from A to C go through B, the
// strongest ties through D and E (length 3/5 against 2).
func pathNetwork(t *testing.T) *graph.Network {
	t.Helper()
	// Actors deliberately out of key order: NewNetwork sorts them.
	actors := []annals.Node{person("F"), person("E"), person("D"), person("C"), person("B"), person("A")}
	idx := map[string]int32{}
	for i, a := range actors {
		idx[a.Label] = int32(i)
	}
	var offsets, members []int32
	add := func(n int, names ...string) {
		for range n {
			offsets = append(offsets, int32(len(members)))
			for _, name := range names {
				members = append(members, idx[name])
			}
		}
	}
	add(1, "A", "B")
	add(1, "B", "C", "B") // a repeated participant counts once
	add(5, "A", "D")
	add(5, "D", "E")
	add(5, "E", "C")
	offsets = append(offsets, int32(len(members)))
	n, err := graph.NewNetwork(actors, offsets, members)
	if err != nil {
		t.Fatalf("NewNetwork = %v", err)
	}
	return n
}

func pkeys(names ...string) []string {
	var out []string
	for _, n := range names {
		out = append(out, annals.ActorKey(annals.KindPerson, n))
	}
	return out
}

func TestNetworkPaths(t *testing.T) {
	n := pathNetwork(t)
	if n.Len() != 6 || n.Edges() != 5 {
		t.Fatalf("network has %d nodes, %d edges, want 6, 5", n.Len(), n.Edges())
	}
	if w := n.Weight(pkeys("D")[0], pkeys("A")[0]); w != 5 {
		t.Errorf("Weight(D, A) = %d, want 5", w)
	}
	if w := n.Weight(pkeys("B")[0], pkeys("C")[0]); w != 1 {
		t.Errorf("Weight(B, C) = %d, want 1", w)
	}
	tests := []struct {
		name     string
		find     func(a, b string) ([]string, error)
		from, to string
		want     []string
	}{
		{"shortest", n.ShortestPath, "A", "C", pkeys("A", "B", "C")},
		{"strongest", n.StrongestPath, "A", "C", pkeys("A", "D", "E", "C")},
		{"shortest reversed", n.ShortestPath, "C", "A", pkeys("C", "B", "A")},
		{"strongest reversed", n.StrongestPath, "C", "A", pkeys("C", "E", "D", "A")},
		{"to itself", n.ShortestPath, "A", "A", pkeys("A")},
		{"no path", n.ShortestPath, "A", "F", nil},
		{"no strong path", n.StrongestPath, "F", "C", nil},
	}
	for _, tt := range tests {
		got, err := tt.find(pkeys(tt.from)[0], pkeys(tt.to)[0])
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("%s(%s, %s) = %v, %v, want %v", tt.name, tt.from, tt.to, got, err, tt.want)
		}
	}
	if _, err := n.ShortestPath("person:nobody", pkeys("A")[0]); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("ShortestPath(unknown) = %v, want ErrNotFound", err)
	}
}

func TestNetworkEgo(t *testing.T) {
	n := pathNetwork(t)
	got, err := n.Ego(pkeys("A")[0], 1)
	if err != nil {
		t.Fatal(err)
	}
	want := []graph.EgoMember{
		{Node: person("A"), Hops: 0, Degree: 2},
		{Node: person("D"), Hops: 1, Shared: 5, Degree: 2},
		{Node: person("B"), Hops: 1, Shared: 1, Degree: 2},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Ego(A, 1) = %+v, want %+v", got, want)
	}
	two, _ := n.Ego(pkeys("A")[0], 2)
	var names []string
	for _, m := range two {
		names = append(names, m.Node.Label)
	}
	if want := []string{"A", "D", "B", "C", "E"}; !slices.Equal(names, want) {
		t.Errorf("Ego(A, 2) = %v, want %v", names, want)
	}
	if zero, _ := n.Ego(pkeys("A")[0], -1); len(zero) != 1 {
		t.Errorf("Ego(A, -1) = %v, want the ego alone", zero)
	}
	if _, err := n.Ego("person:nobody", 1); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Ego(unknown) = %v, want ErrNotFound", err)
	}
}

func TestNewNetworkInvalid(t *testing.T) {
	actors := []annals.Node{person("A"), person("B")}
	for _, c := range []struct{ offsets, members []int32 }{
		{[]int32{0, 2}, []int32{0, 2}},
		{[]int32{0, 3}, []int32{0, 1}},
		{[]int32{2, 0}, []int32{0, 1}},
	} {
		if _, err := graph.NewNetwork(actors, c.offsets, c.members); !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("NewNetwork(%v, %v) = %v, want ErrInvalid", c.offsets, c.members, err)
		}
	}
}

// TestGraphNetworkAgree checks that a Graph and its Network give the same
// scores and communities.
func TestGraphNetworkAgree(t *testing.T) {
	g := randomGraph(60, 90, 4)
	n := g.Network()
	for _, m := range graph.Metrics {
		a, _ := g.Scores(m)
		b, _ := n.Scores(m, graph.ScoreOptions{})
		if !reflect.DeepEqual(a, b) {
			t.Errorf("Network.Scores(%s) differs from Graph.Scores", m)
		}
	}
	if a, b := g.Communities(3), n.Communities(3); !reflect.DeepEqual(a, b) {
		t.Errorf("Network.Communities differs from Graph.Communities")
	}
}

// TestRelationsFrom rebuilds each actor's relations from (partner, event)
// pairs and wants what Graph.Relations gives.
func TestRelationsFrom(t *testing.T) {
	g := randomGraph(40, 80, 6)
	for _, n := range g.Nodes() {
		want := g.Relations(n.Key)
		partners := []annals.Node{n} // the actor itself: ignored
		var events []annals.Node
		evIndex := map[string]int32{}
		pairs := [][2]int32{{0, 0}}
		events = append(events, annals.Node{Key: "event:self"})
		for _, r := range want {
			partners = append(partners, r.Actor)
			for _, e := range r.Events {
				i, ok := evIndex[e.Key]
				if !ok {
					i = int32(len(events))
					evIndex[e.Key] = i
					events = append(events, annals.Node{Key: e.Key, Kind: annals.KindEvent, Label: e.Label, Type: e.Type, Status: e.Status, Start: e.Start, End: e.End})
				}
				p := int32(len(partners) - 1)
				pairs = append(pairs, [2]int32{p, i}, [2]int32{p, i}) // repeated: counts once
			}
		}
		pairs = append(pairs, [2]int32{99, 0}, [2]int32{0, -1}) // out of range: skipped
		slices.Reverse(pairs)
		if got := graph.RelationsFrom(n.Key, partners, events, pairs); !reflect.DeepEqual(got, want) {
			t.Errorf("RelationsFrom(%s) = %+v, want %+v", n.Key, got, want)
		}
	}
}

func TestNetworkEdgeListMatchesGraph(t *testing.T) {
	g := randomGraph(50, 70, 2)
	var a, b bytes.Buffer
	if err := graph.WriteEdgeList(&a, g); err != nil {
		t.Fatal(err)
	}
	if err := g.Network().WriteEdgeList(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() || a.Len() == 0 {
		t.Errorf("Network.WriteEdgeList =\n%s\nwant (Graph)\n%s", b.String(), a.String())
	}
}

// TestLoadKinds loads the country dyad graph of the DOT sample: only
// states, linked by the one event both take part in.
func TestLoadKinds(t *testing.T) {
	g := dotSample() // built with a zero filter
	var keys []string
	for _, n := range g.Nodes() {
		keys = append(keys, n.Key)
	}
	if len(keys) != 7 {
		t.Fatalf("dotSample has %d nodes, want 7", len(keys))
	}
	f := graph.Filter{Kinds: []annals.NodeKind{annals.KindCountry}}
	if f.IsZero() || !f.SelectsAllEvents() || f.KeepsKind(annals.KindPerson) || !f.KeepsKind(annals.KindCountry) {
		t.Errorf("Filter{Kinds: country}: IsZero %v, SelectsAllEvents %v, keeps person %v", f.IsZero(), f.SelectsAllEvents(), f.KeepsKind(annals.KindPerson))
	}
	countries, err := graph.Load(context.Background(), dotSource(), f)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range countries.Nodes() {
		got = append(got, n.Key)
	}
	if want := []string{"country:JPN", "country:RUS"}; !slices.Equal(got, want) {
		t.Errorf("Load(countries) nodes = %v, want %v", got, want)
	}
	if es := countries.Edges(); len(es) != 1 || es[0].Weight != 1 {
		t.Errorf("Load(countries) edges = %+v, want JPN-RUS of weight 1", es)
	}
}

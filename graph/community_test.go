package graph_test

import (
	"bytes"
	"reflect"
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
)

// twoTriangles: A, B, C meet pairwise and all three sign a deal; D, E, F
// meet pairwise; C and D talk once.
func twoTriangles() *graph.Graph {
	doc := docOf([]string{"A", "B"}, []string{"B", "C"}, []string{"C", "A"}, []string{"A", "B", "C"},
		[]string{"D", "E"}, []string{"E", "F"}, []string{"F", "D"}, []string{"C", "D"})
	return graph.FromDocument(doc)
}

func TestCommunityDetails(t *testing.T) {
	got := twoTriangles().CommunityDetails(graph.DefaultSeed, 1)
	if len(got) != 2 {
		t.Fatalf("CommunityDetails = %d communities, want 2", len(got))
	}
	var first []string
	for _, m := range got[0].Members {
		first = append(first, m.Label)
	}
	// C is strongest: four events with A and B, one with D.
	if want := []string{"C", "A", "B"}; !slices.Equal(first, want) {
		t.Errorf("CommunityDetails[0] members = %v, want %v", first, want)
	}
	if got[0].Internal != 4 || got[1].Internal != 3 {
		t.Errorf("CommunityDetails internal events = %d, %d, want 4, 3", got[0].Internal, got[1].Internal)
	}
	// The three-way deal binds the first community most.
	if len(got[0].Events) != 1 || got[0].Events[0].Label != "meet: A, B, C" {
		t.Errorf("CommunityDetails[0].Events = %+v, want the three-way meeting", got[0].Events)
	}
}

func TestSpanAndSelect(t *testing.T) {
	g := twoTriangles()
	first, last := g.Span()
	if first.String() != "2013-01-01" || last.String() != "2013-01-08" {
		t.Errorf("Span() = %s, %s, want 2013-01-01, 2013-01-08", first, last)
	}
	// docOf dates event i on 2013-01-(i+1): the 5th to 8th are D-E, E-F,
	// F-D and C-D.
	sub := g.Select(graph.Filter{From: annals.NewDate(2013, 1, 5)})
	var keys []string
	for _, n := range sub.Nodes() {
		keys = append(keys, n.Label)
	}
	if want := []string{"C", "D", "E", "F"}; !slices.Equal(keys, want) {
		t.Errorf("Select(from 5th) nodes = %v, want %v", keys, want)
	}
	if len(sub.Edges()) != 4 {
		t.Errorf("Select(from 5th) = %d edges, want 4", len(sub.Edges()))
	}
	if all := g.Select(graph.Filter{}); len(all.Edges()) != len(g.Edges()) {
		t.Errorf("Select(zero) = %d edges, want %d", len(all.Edges()), len(g.Edges()))
	}
	if empty := (*graph.Graph)(nil).Select(graph.Filter{}); empty.Len() != 0 {
		t.Errorf("nil.Select = %d nodes, want 0", empty.Len())
	}
}

// TestNetworkCommunityDetails builds the twoTriangles events as a
// participation table and wants what Graph.CommunityDetails says.
func TestNetworkCommunityDetails(t *testing.T) {
	names := []string{"F", "E", "D", "C", "B", "A"} // not in key order
	actors := make([]annals.Node, len(names))
	idx := map[string]int32{}
	for i, n := range names {
		actors[i] = person(n)
		idx[n] = int32(i)
	}
	events := [][]string{{"A", "B"}, {"B", "C"}, {"C", "A"}, {"A", "B", "C"}, {"D", "E"}, {"E", "F"}, {"F", "D"}, {"C", "D"}}
	offsets := []int32{0}
	var members []int32
	for _, ev := range events {
		for _, n := range ev {
			members = append(members, idx[n])
		}
		offsets = append(offsets, int32(len(members)))
	}
	net, err := graph.NewNetwork(actors, offsets, members)
	if err != nil {
		t.Fatal(err)
	}
	got, binding := net.CommunityDetails(graph.DefaultSeed, 1, actors, offsets, members)
	want := twoTriangles().CommunityDetails(graph.DefaultSeed, 1)
	if len(got) != len(want) {
		t.Fatalf("CommunityDetails = %d communities, want %d", len(got), len(want))
	}
	for c := range want {
		var gm, wm []string
		for _, m := range got[c].Members {
			gm = append(gm, m.Key)
		}
		for _, m := range want[c].Members {
			wm = append(wm, m.Key)
		}
		if !slices.Equal(gm, wm) || got[c].Internal != want[c].Internal {
			t.Errorf("community %d = %v (%d internal), want %v (%d)", c, gm, got[c].Internal, wm, want[c].Internal)
		}
	}
	if wantB := [][]graph.BindingEvent{{{Index: 3, Members: 3}}, {{Index: 6, Members: 2}}}; !reflect.DeepEqual(binding, wantB) {
		t.Errorf("binding events = %v, want %v", binding, wantB)
	}
	all, _ := net.CommunityDetails(graph.DefaultSeed, 0, actors, offsets, members)
	_, allB := net.CommunityDetails(graph.DefaultSeed, 0, actors, offsets, members)
	if all[0].Internal != 4 || len(allB[0]) != 4 || allB[0][0].Index != 3 || allB[0][1].Index != 2 {
		t.Errorf("binding events (all) = %v, want 4 with event 3 then 2", allB[0])
	}
}

// TestNetworkExportsMatchGraph writes the twoTriangles events through a
// Network and through a Graph and wants the same bytes.
func TestNetworkExportsMatchGraph(t *testing.T) {
	names := []string{"F", "E", "D", "C", "B", "A"}
	actors := make([]annals.Node, len(names))
	idx := map[string]int32{}
	for i, n := range names {
		actors[i] = person(n)
		idx[n] = int32(i)
	}
	events := [][]string{{"A", "B"}, {"B", "C"}, {"C", "A"}, {"A", "B", "C"}, {"D", "E"}, {"E", "F"}, {"F", "D"}, {"C", "D"}}
	offsets := []int32{0}
	var members []int32
	var infos []graph.EventInfo
	for i, ev := range events {
		for _, n := range ev {
			members = append(members, idx[n])
		}
		offsets = append(offsets, int32(len(members)))
		day := annals.NewDate(2013, 1, 1+i) // as docOf dates them
		infos = append(infos, graph.EventInfo{Start: day, End: day, Type: annals.EventMeet})
	}
	net, err := graph.NewNetwork(actors, offsets, members)
	if err != nil {
		t.Fatal(err)
	}
	edges := net.EdgeDetails(actors, offsets, members, infos)
	g := twoTriangles()
	o := graph.ExportOptions{Metrics: graph.DefaultExportMetrics, Communities: true, Seed: graph.DefaultSeed}
	for _, x := range []struct {
		name string
		net  func(*bytes.Buffer) error
		gr   func(*bytes.Buffer) error
	}{
		{"graphml", func(b *bytes.Buffer) error { return net.WriteGraphML(b, edges, o) }, func(b *bytes.Buffer) error { return graph.WriteGraphML(b, g, o) }},
		{"gexf", func(b *bytes.Buffer) error { return net.WriteGEXF(b, edges, o) }, func(b *bytes.Buffer) error { return graph.WriteGEXF(b, g, o) }},
		{"json", func(b *bytes.Buffer) error { return net.WriteJSON(b, edges, o) }, func(b *bytes.Buffer) error { return graph.WriteJSON(b, g, o) }},
	} {
		var a, b bytes.Buffer
		if err := x.net(&a); err != nil {
			t.Fatal(err)
		}
		if err := x.gr(&b); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Errorf("Network.Write %s =\n%s\nwant (Graph)\n%s", x.name, a.String(), b.String())
		}
	}
}

package graph_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	dg "github.com/dominikbraun/graph"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
)

func key(n annals.Node) string { return n.Key }

func TestSourceStore(t *testing.T) {
	src := sampleSource()
	st := graph.NewSourceStore(context.Background(), src)
	g := dg.NewWithStore(key, st, dg.Directed())

	n, err := g.Vertex("person:sergei lavrov")
	if err != nil || n.Label != "Sergei Lavrov" {
		t.Errorf("Vertex(lavrov) = %+v, %v, want the stored node", n, err)
	}
	if _, err := g.Vertex("person:nobody at all"); !errors.Is(err, dg.ErrVertexNotFound) || !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Vertex(unknown) error = %v, want ErrVertexNotFound and annals.ErrNotFound", err)
	}
	order, err := g.Order()
	if err != nil || order != len(src.nodes) {
		t.Errorf("Order() = %d, %v, want %d", order, err, len(src.nodes))
	}

	e, err := g.Edge("person:sergei lavrov", "country:RUS")
	if err != nil || e.Properties.Attributes["kind"] != "affiliation" {
		t.Errorf("Edge(lavrov, RUS) = %+v, %v, want an affiliation link", e.Properties, err)
	}
	if _, err := g.Edge("country:RUS", "person:sergei lavrov"); !errors.Is(err, dg.ErrEdgeNotFound) {
		t.Errorf("Edge(RUS, lavrov) error = %v, want ErrEdgeNotFound (links are directed)", err)
	}

	// The dangling link from person:ghost is left out, so dominikbraun's
	// adjacency map (which would fail on it) works.
	adj, err := g.AdjacencyMap()
	if err != nil {
		t.Fatalf("AdjacencyMap() = %v", err)
	}
	var out []string
	for k := range adj["person:sergei lavrov"] {
		out = append(out, k)
	}
	slices.Sort(out)
	if want := []string{"country:RUS", "event:e1", "event:e2", "event:e4"}; !reflect.DeepEqual(out, want) {
		t.Errorf("AdjacencyMap()[lavrov] = %v, want %v", out, want)
	}
	path, err := dg.ShortestPath(g, "person:fumio kishida", "place:moscow")
	if want := []string{"person:fumio kishida", "event:e1", "place:moscow"}; err != nil || !reflect.DeepEqual(path, want) {
		t.Errorf("ShortestPath(kishida, moscow) = %v, %v, want %v", path, err, want)
	}

	// Writes are refused with a clear error.
	for name, err := range map[string]error{
		"AddVertex":  g.AddVertex(person("New")),
		"AddEdge":    g.AddEdge("person:sergei lavrov", "event:e3"),
		"RemoveEdge": g.RemoveEdge("person:sergei lavrov", "country:RUS"),
	} {
		if !errors.Is(err, graph.ErrReadOnly) {
			t.Errorf("%s error = %v, want ErrReadOnly", name, err)
		}
	}
}

// TestSourceStoreReadThrough checks that vertex reads reach the source on
// every call and that Refresh re-reads the links.
func TestSourceStoreReadThrough(t *testing.T) {
	src := sampleSource()
	st := graph.NewSourceStore(context.Background(), src)
	if _, err := st.ListEdges(); err != nil {
		t.Fatal(err)
	}
	before := src.calls
	if _, _, err := st.Vertex("person:sergei lavrov"); err != nil {
		t.Fatal(err)
	}
	if src.calls != before+1 {
		t.Errorf("Vertex made %d source calls, want 1", src.calls-before)
	}
	src.event("e9", annals.EventMeet, annals.StatusOccurred, "2015-01-01", "2015-01-01", person("Sergei Lavrov"), person("New Person"))
	if _, err := st.Edge("person:new person", "event:e9"); !errors.Is(err, dg.ErrEdgeNotFound) {
		t.Errorf("Edge(new link) before Refresh = %v, want ErrEdgeNotFound from the index", err)
	}
	st.Refresh()
	if _, err := st.Edge("person:new person", "event:e9"); err != nil {
		t.Errorf("Edge(new link) after Refresh = %v, want found", err)
	}
	src.err = errors.New("database is locked")
	if _, err := st.ListVertices(); !errors.Is(err, src.err) {
		t.Errorf("ListVertices(failing source) = %v, want the source error wrapped", err)
	}
}

func TestReachable(t *testing.T) {
	ctx := context.Background()
	got, err := graph.Reachable(ctx, sampleSource(), "person:shinzo abe")
	if err != nil {
		t.Fatalf("Reachable(abe) = %v", err)
	}
	if want := []string{"event:e3", "person:shinzo abe"}; !reflect.DeepEqual(keysOf(got), want) {
		t.Errorf("Reachable(abe) = %v, want %v", keysOf(got), want)
	}
	got, err = graph.Reachable(ctx, sampleSource(), "person:fumio kishida")
	if want := []string{"event:e1", "event:e2", "person:fumio kishida", "place:moscow"}; err != nil || !reflect.DeepEqual(keysOf(got), want) {
		t.Errorf("Reachable(kishida) = %v, %v, want %v", keysOf(got), err, want)
	}
	if _, err := graph.Reachable(ctx, sampleSource(), "person:zz"); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Reachable(unknown) error = %v, want ErrNotFound", err)
	}
}

// benchSource builds a stored graph of n events, each with two to four of
// n/2 actors, a place and a date, from a fixed seed.
func benchSource(n int) *fakeSource {
	r := rand.New(rand.NewPCG(1, 2))
	f := &fakeSource{}
	actors := make([]annals.Node, n/2+2)
	for i := range actors {
		actors[i] = person(fmt.Sprintf("Actor %04d", i))
		f.nodes = append(f.nodes, actors[i])
	}
	for i := range n {
		ps := make([]annals.Node, 2+r.IntN(3))
		for j := range ps {
			ps[j] = actors[r.IntN(len(actors))]
		}
		ev := f.event(fmt.Sprintf("%05d", i), annals.EventMeet, annals.StatusOccurred, "", "", ps...)
		place := annals.Node{Key: fmt.Sprintf("place:p%03d", r.IntN(50)), Kind: annals.KindPlace}
		if !slices.ContainsFunc(f.nodes, func(m annals.Node) bool { return m.Key == place.Key }) {
			f.nodes = append(f.nodes, place)
		}
		f.links = append(f.links, annals.Link{From: ev, To: place.Key, Kind: annals.LinkLocation})
	}
	return f
}

// BenchmarkTraverse compares a breadth-first search from every actor's
// point of view over the SourceStore (read through the source) and over
// dominikbraun's in-memory store holding a copy. Run with
// go test -run '^$' -bench Traverse ./graph/
func BenchmarkTraverse(b *testing.B) {
	src := benchSource(1000)
	ctx := context.Background()
	start := src.nodes[0].Key
	bfs := func(b *testing.B, g dg.Graph[string, annals.Node]) {
		for b.Loop() {
			count := 0
			if err := dg.BFS(g, start, func(string) bool { count++; return false }); err != nil || count < 2 {
				b.Fatalf("BFS = %v after %d nodes", err, count)
			}
		}
	}
	b.Run("source-store", func(b *testing.B) {
		st := graph.NewSourceStore(ctx, src)
		bfs(b, dg.NewWithStore(key, st, dg.Directed()))
	})
	b.Run("source-store-cold", func(b *testing.B) {
		st := graph.NewSourceStore(ctx, src)
		g := dg.NewWithStore(key, st, dg.Directed())
		for b.Loop() {
			st.Refresh()
			if err := dg.BFS(g, start, func(string) bool { return false }); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("memory-store", func(b *testing.B) {
		g := dg.New(key, dg.Directed())
		nodes, _ := src.Nodes(ctx)
		for _, n := range nodes {
			_ = g.AddVertex(n)
		}
		links, _ := src.Links(ctx)
		for _, l := range links {
			_ = g.AddEdge(l.From, l.To) // duplicates and dangling links are refused
		}
		bfs(b, g)
	})
	b.Run("load-actor-graph", func(b *testing.B) {
		for b.Loop() {
			if _, err := graph.Load(ctx, src, graph.Filter{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

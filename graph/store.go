package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	dg "github.com/dominikbraun/graph"

	"github.com/annals-project/annals"
)

// ErrReadOnly is returned by every write method of a [SourceStore]: the
// stored graph changes through the store's ingest, never through a
// traversal. It wraps annals.ErrInvalid.
var ErrReadOnly = fmt.Errorf("graph: source store is read-only: %w", annals.ErrInvalid)

// SourceStore is a dominikbraun graph.Store over the stored event graph
// (every node kind, every link kind, links directed as stored), so that
// dg.NewWithStore(func(n annals.Node) string { return n.Key }, s,
// dg.Directed()) can run dominikbraun's algorithms on it without copying it
// into memory first. It is the one place this package shows a
// dominikbraun type: the Store interface fixes the method signatures.
//
// Vertices are read through: Vertex, ListVertices and VertexCount ask the
// source on every call. Links are indexed on first use, because
// annals.GraphSource can only list all of them; [SourceStore.Refresh]
// drops the index. ListEdges only returns links whose two ends are nodes of
// the source at the time of the call, since dominikbraun's AdjacencyMap
// fails on a dangling edge. Parallel links of different kinds between two
// nodes are one edge whose "kind" attribute lists the kinds, comma
// separated and sorted; "detail" is the first link's detail.
//
// Measured on the SQLite store holding 3,000 Reuters articles (9,549
// nodes, 9,319 links), with the benchmark of BenchmarkTraverse run against
// store.DB: a breadth-first search through a SourceStore takes 114 ms with
// the link index built (each search lists the nodes twice), 233 ms cold;
// copying the graph into dominikbraun's memory store takes 240 ms, after
// which a search takes 17 ms. So a SourceStore pays off for a few
// traversals of a large store, and [Load], which reads the source once, is
// the path for whole-graph metrics.
//
// A SourceStore keeps the context it was made with for the source calls,
// because the Store methods take none. It is safe for concurrent use if
// the source is.
type SourceStore struct {
	ctx context.Context
	src annals.GraphSource

	mu    sync.Mutex
	edges map[[2]string]dg.Edge[string] // nil until indexed
}

var _ dg.Store[string, annals.Node] = (*SourceStore)(nil)

// NewSourceStore returns a read-only dominikbraun store reading src with
// ctx.
func NewSourceStore(ctx context.Context, src annals.GraphSource) *SourceStore {
	return &SourceStore{ctx: ctx, src: src}
}

// Refresh drops the link index, so the next edge read lists the source's
// links again.
func (s *SourceStore) Refresh() {
	s.mu.Lock()
	s.edges = nil
	s.mu.Unlock()
}

// index returns the link index, building it on first use.
func (s *SourceStore) index() (map[[2]string]dg.Edge[string], error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.edges != nil {
		return s.edges, nil
	}
	links, err := s.src.Links(s.ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: source store: links: %w", err)
	}
	idx := make(map[[2]string]dg.Edge[string], len(links))
	kinds := map[[2]string][]string{}
	for _, l := range links {
		k := [2]string{l.From, l.To}
		if !slices.Contains(kinds[k], string(l.Kind)) {
			kinds[k] = append(kinds[k], string(l.Kind))
		}
		if _, ok := idx[k]; !ok {
			idx[k] = dg.Edge[string]{Source: l.From, Target: l.To, Properties: dg.EdgeProperties{
				Weight:     1,
				Attributes: map[string]string{"detail": l.Detail},
			}}
		}
	}
	for k, ks := range kinds {
		slices.Sort(ks)
		idx[k].Properties.Attributes["kind"] = strings.Join(ks, ",")
	}
	s.edges = idx
	return idx, nil
}

// AddVertex returns ErrReadOnly.
func (s *SourceStore) AddVertex(key string, _ annals.Node, _ dg.VertexProperties) error {
	return fmt.Errorf("graph: add vertex %q: %w", key, ErrReadOnly)
}

// Vertex returns the node with the key from the source, or an error
// wrapping both dg.ErrVertexNotFound and annals.ErrNotFound.
func (s *SourceStore) Vertex(key string) (annals.Node, dg.VertexProperties, error) {
	n, err := s.src.Node(s.ctx, key)
	if errors.Is(err, annals.ErrNotFound) {
		return annals.Node{}, dg.VertexProperties{}, fmt.Errorf("graph: vertex %q: %w: %w", key, dg.ErrVertexNotFound, err)
	}
	if err != nil {
		return annals.Node{}, dg.VertexProperties{}, fmt.Errorf("graph: vertex %q: %w", key, err)
	}
	return n, dg.VertexProperties{Attributes: map[string]string{"kind": string(n.Kind)}}, nil
}

// RemoveVertex returns ErrReadOnly.
func (s *SourceStore) RemoveVertex(key string) error {
	return fmt.Errorf("graph: remove vertex %q: %w", key, ErrReadOnly)
}

// ListVertices returns the key of every node of the source, sorted.
func (s *SourceStore) ListVertices() ([]string, error) {
	nodes, err := s.src.Nodes(s.ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: list vertices: %w", err)
	}
	keys := make([]string, len(nodes))
	for i, n := range nodes {
		keys[i] = n.Key
	}
	slices.Sort(keys)
	return keys, nil
}

// VertexCount returns the number of nodes of the source.
func (s *SourceStore) VertexCount() (int, error) {
	nodes, err := s.src.Nodes(s.ctx)
	if err != nil {
		return 0, fmt.Errorf("graph: count vertices: %w", err)
	}
	return len(nodes), nil
}

// AddEdge returns ErrReadOnly.
func (s *SourceStore) AddEdge(from, to string, _ dg.Edge[string]) error {
	return fmt.Errorf("graph: add edge %q -> %q: %w", from, to, ErrReadOnly)
}

// UpdateEdge returns ErrReadOnly.
func (s *SourceStore) UpdateEdge(from, to string, _ dg.Edge[string]) error {
	return fmt.Errorf("graph: update edge %q -> %q: %w", from, to, ErrReadOnly)
}

// RemoveEdge returns ErrReadOnly.
func (s *SourceStore) RemoveEdge(from, to string) error {
	return fmt.Errorf("graph: remove edge %q -> %q: %w", from, to, ErrReadOnly)
}

// Edge returns the link from one key to the other (not the reverse), or
// an error wrapping dg.ErrEdgeNotFound.
func (s *SourceStore) Edge(from, to string) (dg.Edge[string], error) {
	idx, err := s.index()
	if err != nil {
		return dg.Edge[string]{}, err
	}
	e, ok := idx[[2]string{from, to}]
	if !ok {
		return dg.Edge[string]{}, fmt.Errorf("graph: edge %q -> %q: %w", from, to, dg.ErrEdgeNotFound)
	}
	return e, nil
}

// ListEdges returns every link between two current nodes of the source,
// sorted by source then target key.
func (s *SourceStore) ListEdges() ([]dg.Edge[string], error) {
	idx, err := s.index()
	if err != nil {
		return nil, err
	}
	keys, err := s.ListVertices()
	if err != nil {
		return nil, err
	}
	present := make(map[string]bool, len(keys))
	for _, k := range keys {
		present[k] = true
	}
	out := make([]dg.Edge[string], 0, len(idx))
	for k, e := range idx {
		if present[k[0]] && present[k[1]] {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b dg.Edge[string]) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	return out, nil
}

// Reachable returns the nodes reachable from the node with the key by
// following stored links in their direction (actor -> event -> place,
// date, article; person -> country), the start node included, sorted by
// key. It traverses src through a [SourceStore] with dominikbraun's
// breadth-first search. An unknown key returns an error wrapping
// annals.ErrNotFound.
func Reachable(ctx context.Context, src annals.GraphSource, key string) ([]annals.Node, error) {
	g := dg.NewWithStore(nodeKey, NewSourceStore(ctx, src), dg.Directed())
	start, err := g.Vertex(key)
	if err != nil {
		return nil, fmt.Errorf("graph: reachable from %q: %w", key, err)
	}
	var keys []string
	if err := dg.BFS(g, start.Key, func(k string) bool {
		keys = append(keys, k)
		return false
	}); err != nil {
		return nil, fmt.Errorf("graph: reachable from %q: %w", key, err)
	}
	nodes, err := src.Nodes(ctx) // one read instead of one per node
	if err != nil {
		return nil, fmt.Errorf("graph: reachable from %q: %w", key, err)
	}
	reached := make(map[string]bool, len(keys))
	for _, k := range keys {
		reached[k] = true
	}
	out := make([]annals.Node, 0, len(keys))
	for _, n := range nodes {
		if reached[n.Key] {
			out = append(out, n)
		}
	}
	slices.SortFunc(out, func(a, b annals.Node) int { return cmp.Compare(a.Key, b.Key) })
	return out, nil
}

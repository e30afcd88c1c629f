package csr

import (
	"cmp"
	"fmt"
	"runtime"
	"slices"
)

// Edge is an undirected weighted edge between nodes U and V.
type Edge struct {
	U, V int32
	W    float64
}

// Graph is an undirected weighted graph in compressed sparse row form:
// the neighbours of node u are Adj[Off[u]:Off[u+1]], sorted ascending,
// with the weights of those edges at the same positions of W. Every edge
// appears in both rows. There are no self-loops and no repeated
// neighbours. A Graph is never modified after [New] returns it, so it is
// safe for concurrent use.
type Graph struct {
	Off []int32
	Adj []int32
	W   []float64
}

// New returns the graph with n nodes (0..n-1) and the edges. Repeated
// pairs are merged by summing their weights and self-loops are dropped,
// as graph_bench.py does before handing the graph to networkx and igraph.
// An edge with an endpoint outside 0..n-1 is an error.
func New(n int, edges []Edge) (*Graph, error) {
	if n < 0 || n > 1<<31-2 {
		return nil, fmt.Errorf("csr: new graph of %d nodes: out of range", n)
	}
	if 2*len(edges) > 1<<31-1 {
		return nil, fmt.Errorf("csr: new graph of %d edges: more than int32 offsets hold", len(edges))
	}
	deg := make([]int32, n+1)
	for _, e := range edges {
		if e.U < 0 || e.V < 0 || int(e.U) >= n || int(e.V) >= n {
			return nil, fmt.Errorf("csr: new graph: edge %d-%d outside 0..%d", e.U, e.V, n-1)
		}
		if e.U == e.V {
			continue
		}
		deg[e.U+1]++
		deg[e.V+1]++
	}
	for i := 1; i <= n; i++ {
		deg[i] += deg[i-1]
	}
	total := int(deg[n])
	type arc struct {
		v int32
		w float64
	}
	arcs := make([]arc, total)
	fill := slices.Clone(deg[:n])
	for _, e := range edges {
		if e.U == e.V {
			continue
		}
		arcs[fill[e.U]] = arc{e.V, e.W}
		fill[e.U]++
		arcs[fill[e.V]] = arc{e.U, e.W}
		fill[e.V]++
	}
	g := &Graph{Off: make([]int32, n+1), Adj: make([]int32, 0, total), W: make([]float64, 0, total)}
	for u := range n {
		row := arcs[deg[u]:deg[u+1]]
		// Equal (v, w) pairs are interchangeable, so an unstable sort on
		// both still gives one result; and it is several times faster
		// than a stable one on a million edges.
		slices.SortFunc(row, func(a, b arc) int { return cmp.Or(cmp.Compare(a.v, b.v), cmp.Compare(a.w, b.w)) })
		for i, a := range row {
			if i > 0 && row[i-1].v == a.v {
				g.W[len(g.W)-1] += a.w
				continue
			}
			g.Adj = append(g.Adj, a.v)
			g.W = append(g.W, a.w)
		}
		g.Off[u+1] = int32(len(g.Adj))
	}
	return g, nil
}

// Len returns the number of nodes.
func (g *Graph) Len() int {
	if g == nil || len(g.Off) == 0 {
		return 0
	}
	return len(g.Off) - 1
}

// Edges returns the number of undirected edges.
func (g *Graph) Edges() int {
	if g == nil {
		return 0
	}
	return len(g.Adj) / 2
}

// Neighbours returns the neighbours of u, ascending, and the weights of the
// edges to them. The slices alias the graph and must not be modified.
func (g *Graph) Neighbours(u int) ([]int32, []float64) {
	a, b := g.Off[u], g.Off[u+1]
	return g.Adj[a:b], g.W[a:b]
}

// Degree returns every node's number of neighbours.
func (g *Graph) Degree() []float64 {
	out := make([]float64, g.Len())
	for u := range out {
		out[u] = float64(g.Off[u+1] - g.Off[u])
	}
	return out
}

// Strength returns every node's weighted degree, the sum of its edges'
// weights.
func (g *Graph) Strength() []float64 {
	out := make([]float64, g.Len())
	for u := range out {
		for _, w := range g.W[g.Off[u]:g.Off[u+1]] {
			out[u] += w
		}
	}
	return out
}

// Workers returns the number of goroutines the parallel kernels use when
// asked for 0 or fewer: GOMAXPROCS.
func Workers(w int) int {
	if w <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return w
}

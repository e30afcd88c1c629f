package csr

import "math"

// PageRank limits: iteration stops when the L1 change of the rank vector
// over a sweep drops below PageRankTolerance, or after
// pageRankMaxIterations sweeps. networkx's default (1e-6 per node) stops
// far earlier and ranks close nodes differently from igraph; this
// tolerance agrees with igraph's PRPACK solver to 1e-13.
const (
	PageRankTolerance     = 1e-12
	pageRankMaxIterations = 1000
)

// PageRank returns the weighted PageRank of every node (Brin and Page
// 1998) with the damping factor, by power iteration from the uniform
// vector: each undirected edge is followed both ways, a node passes damp
// of its rank to its neighbours in proportion to the edge weights, a node
// without edges (a dangling node) passes its rank to every node evenly,
// and every node receives (1-damp)/n. These are the definitions of
// igraph's PRPACK and networkx's pagerank on undirected graphs. The values
// sum to 1. An empty graph gives an empty slice.
func PageRank(g *Graph, damp float64) []float64 {
	n := g.Len()
	if n == 0 {
		return []float64{}
	}
	strength := g.Strength()
	inv := make([]float64, n) // 1/strength, 0 for dangling nodes
	var dangling []int32
	for u, s := range strength {
		if s > 0 {
			inv[u] = 1 / s
		} else {
			dangling = append(dangling, int32(u))
		}
	}
	// Start near the answer: without teleport the ranks of an undirected
	// graph are proportional to strength (the stationary distribution of
	// the random walk), so (1-damp)/n plus damp times that share is close
	// to the fixed point and saves about a third of the steps over the
	// uniform start. The fixed point, and so the result, is the same.
	var total float64
	for _, s := range strength {
		total += s
	}
	rank := make([]float64, n)
	for i := range rank {
		rank[i] = 1 / float64(n)
		if total > 0 {
			isolated := float64(len(dangling)) / float64(n)
			rank[i] = (1-damp)/float64(n) + damp*((1-isolated)*strength[i]/total+isolated/float64(n))
		}
	}
	// Gauss–Seidel sweeps (rank updated in place, each node seeing the
	// new values of the nodes before it) reach the tolerance in about
	// half the steps of the Jacobi power iteration (Arasu et al. 2002,
	// "PageRank computation and the structure of the web"); the fixed
	// point is the same. The mass of the dangling nodes is that of the
	// previous sweep, and the ranks are scaled to sum to 1 at the end.
	share := make([]float64, n) // damp*rank[u]/strength[u]
	for u := range share {
		share[u] = damp * rank[u] * inv[u]
	}
	for range pageRankMaxIterations {
		var lost float64
		for _, u := range dangling {
			lost += rank[u]
		}
		base := ((1 - damp) + damp*lost) / float64(n)
		var change float64
		for v := range rank {
			s := base
			a, e := g.Off[v], g.Off[v+1]
			ws := g.W[a:e]
			for j, u := range g.Adj[a:e] {
				s += share[u] * ws[j]
			}
			change += math.Abs(s - rank[v])
			rank[v] = s
			share[v] = damp * s * inv[v]
		}
		if change < PageRankTolerance {
			break
		}
	}
	var sum float64
	for _, r := range rank {
		sum += r
	}
	for i := range rank {
		rank[i] /= sum
	}
	return rank
}

// eigenvector limits: stop when no value changes by more than
// eigenTolerance (values scaled to a maximum of 1), or after
// eigenMaxIterations steps.
const (
	eigenTolerance     = 1e-10
	eigenMaxIterations = 10000
)

// Eigenvector returns the weighted eigenvector centrality of every node
// (Bonacich 1972): the eigenvector of the weighted adjacency matrix for
// its largest eigenvalue, scaled so that the largest value is 1, as
// igraph's eigenvector_centrality(scale=True) reports it. It iterates
// x <- (A+I)x from the degree vector (igraph's start); the shift by I has
// the same eigenvectors and keeps the iteration from oscillating on
// bipartite graphs, whose extreme eigenvalues have equal size. On a
// disconnected graph the nodes outside the component of the largest
// eigenvalue tend to 0. A graph without edges gives all zeros.
func Eigenvector(g *Graph) []float64 {
	n := g.Len()
	x := g.Degree()
	if g.Edges() == 0 {
		return make([]float64, n)
	}
	y := make([]float64, n)
	for range eigenMaxIterations {
		var max float64
		for v := range y {
			s := x[v]
			a, b := g.Off[v], g.Off[v+1]
			ws := g.W[a:b]
			for j, u := range g.Adj[a:b] {
				s += x[u] * ws[j]
			}
			y[v] = s
			if s > max {
				max = s
			}
		}
		var change float64
		for v := range y {
			y[v] /= max
			change = math.Max(change, math.Abs(y[v]-x[v]))
		}
		x, y = y, x
		if change < eigenTolerance {
			break
		}
	}
	return x
}

package csr

import (
	"math"
	"sync"
)

// PageRank limits: iteration stops when the L1 change of the rank vector
// drops below PageRankTolerance, or after pageRankMaxIterations steps.
// With damping 0.85 the change shrinks at least 0.85-fold per step, so
// 1e-12 is reached in about 170 steps; networkx's default (1e-6 per node)
// stops far earlier and ranks close nodes differently from igraph, this
// tolerance agrees with igraph's PRPACK solver to 1e-10.
const (
	PageRankTolerance     = 1e-12
	pageRankMaxIterations = 1000
)

// PageRank runs on several cores from pageRankParallelArcs arcs up (below,
// starting goroutines every step costs more than it saves), over
// pageRankBlocks blocks of rows.
const (
	pageRankParallelArcs = 20000
	pageRankBlocks       = 16
)

// PageRank returns the weighted PageRank of every node (Brin and Page
// 1998) with the damping factor, by power iteration from the uniform
// vector: each undirected edge is followed both ways, a node passes damp
// of its rank to its neighbours in proportion to the edge weights, a node
// without edges (a dangling node) passes its rank to every node evenly,
// and every node receives (1-damp)/n. These are the definitions of
// igraph's PRPACK and networkx's pagerank on undirected graphs. The values
// sum to 1. An empty graph gives an empty slice. Large graphs use every
// core (GOMAXPROCS); the result is the same bit for bit.
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
	next := make([]float64, n)
	share := make([]float64, n) // damp*rank[u]/strength[u]
	// Rows are cut into fixed blocks, computed in parallel on large
	// graphs; each block's share of the change is added in block order,
	// so the result does not depend on the number of goroutines.
	blocks := 1
	if len(g.Adj) >= pageRankParallelArcs {
		blocks = pageRankBlocks
	}
	change := make([]float64, blocks)
	workers := min(Workers(0), blocks)
	for range pageRankMaxIterations {
		var lost float64
		for _, u := range dangling {
			lost += rank[u]
		}
		for u := range share {
			share[u] = damp * rank[u] * inv[u]
		}
		base := ((1 - damp) + damp*lost) / float64(n)
		step := func(b int) {
			var c float64
			for v := b * n / blocks; v < (b+1)*n/blocks; v++ {
				s := base
				a, e := g.Off[v], g.Off[v+1]
				ws := g.W[a:e]
				for j, u := range g.Adj[a:e] {
					s += share[u] * ws[j]
				}
				next[v] = s
				c += math.Abs(s - rank[v])
			}
			change[b] = c
		}
		if workers > 1 {
			var wg sync.WaitGroup
			for w := range workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for b := w; b < blocks; b += workers {
						step(b)
					}
				}()
			}
			wg.Wait()
		} else {
			for b := range blocks {
				step(b)
			}
		}
		var total float64
		for _, c := range change {
			total += c
		}
		rank, next = next, rank
		if total < PageRankTolerance {
			break
		}
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

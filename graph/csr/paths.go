package csr

import (
	"math/rand/v2"
	"sync"
)

// maxBlockBytes caps the memory of the per-block partial sums of
// betweenness (blocks × n float64s).
const maxBlockBytes = 64 << 20

// maxBlocks is the number of blocks the sources of a parallel kernel are
// split into: enough to keep two to eight cores busy when some blocks
// take longer, few enough that their partial sums stay small.
const maxBlocks = 64

// Betweenness returns the exact betweenness centrality of every node over
// unweighted hop counts (Brandes 2001, "A faster algorithm for betweenness
// centrality"), not normalised, each unordered pair of other nodes counted
// once: the centre of a path of three nodes scores 1. These are networkx's
// betweenness_centrality(normalized=False, weight=None) and igraph's
// betweenness() on undirected graphs. It runs one breadth-first search per
// node on up to workers goroutines (0 for GOMAXPROCS).
func Betweenness(g *Graph, workers int) []float64 {
	n := g.Len()
	sources := make([]int32, n)
	for i := range sources {
		sources[i] = int32(i)
	}
	return brandes(g, sources, 0.5, workers)
}

// SampledBetweenness estimates betweenness from k source nodes (pivots)
// drawn without replacement by a PCG generator seeded with seed (Brandes
// and Pich 2007): the dependencies of the pivots, scaled by n/k, as
// networkx's betweenness_centrality(k=k) does. With k >= n it is exact.
// Callers should state k with the values.
func SampledBetweenness(g *Graph, k int, seed uint64, workers int) []float64 {
	n := g.Len()
	if k >= n {
		return Betweenness(g, workers)
	}
	if k <= 0 {
		return make([]float64, n)
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	perm := rng.Perm(n)[:k]
	sources := make([]int32, k)
	for i, p := range perm {
		sources[i] = int32(p)
	}
	return brandes(g, sources, 0.5*float64(n)/float64(k), workers)
}

// brandes accumulates the dependencies of the sources, multiplied by
// scale. The sources are cut into fixed blocks whose partial sums are
// added in block order, so the result does not depend on workers.
func brandes(g *Graph, sources []int32, scale float64, workers int) []float64 {
	n := g.Len()
	cb := make([]float64, n)
	if n == 0 || len(sources) == 0 {
		return cb
	}
	blocks := min(maxBlocks, len(sources), max(1, maxBlockBytes/(8*n)))
	partial := make([][]float64, blocks)
	forBlocks(blocks, workers, func() func(b int) {
		s := newSearch(n)
		return func(b int) {
			acc := make([]float64, n)
			lo, hi := b*len(sources)/blocks, (b+1)*len(sources)/blocks
			for _, src := range sources[lo:hi] {
				s.dependencies(g, src, acc)
			}
			partial[b] = acc
		}
	})
	for _, acc := range partial {
		for i, v := range acc {
			cb[i] += v
		}
	}
	for i := range cb {
		cb[i] *= scale
	}
	return cb
}

// forBlocks runs work(b) for b in 0..blocks-1 on up to workers goroutines,
// each with the state its newWorker call returns.
func forBlocks(blocks, workers int, newWorker func() func(b int)) {
	workers = min(Workers(workers), blocks)
	next := make(chan int, blocks)
	for b := range blocks {
		next <- b
	}
	close(next)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work := newWorker()
			for b := range next {
				work(b)
			}
		}()
	}
	wg.Wait()
}

// search is the scratch state of one breadth-first search, reused across
// sources; only the nodes a search reached are reset after it.
type search struct {
	dist  []int32
	sigma []float64
	delta []float64
	order []int32
}

func newSearch(n int) *search {
	s := &search{dist: make([]int32, n), sigma: make([]float64, n), delta: make([]float64, n), order: make([]int32, 0, n)}
	for i := range s.dist {
		s.dist[i] = -1
	}
	return s
}

// bfs fills dist and order from src, and the shortest-path counts sigma
// when count is set.
func (s *search) bfs(g *Graph, src int32, count bool) {
	s.order = append(s.order[:0], src)
	s.dist[src] = 0
	s.sigma[src] = 1
	for head := 0; head < len(s.order); head++ {
		u := s.order[head]
		du := s.dist[u] + 1
		su := s.sigma[u]
		for _, v := range g.Adj[g.Off[u]:g.Off[u+1]] {
			dv := s.dist[v]
			if dv < 0 {
				s.dist[v] = du
				s.order = append(s.order, v)
				dv = du
			}
			if count && dv == du {
				s.sigma[v] += su
			}
		}
	}
}

// reset clears the state of the nodes the last search reached.
func (s *search) reset() {
	for _, v := range s.order {
		s.dist[v] = -1
		s.sigma[v] = 0
		s.delta[v] = 0
	}
}

// dependencies adds to acc the dependency of src on every other node
// (Brandes' accumulation in reverse order of distance).
func (s *search) dependencies(g *Graph, src int32, acc []float64) {
	s.bfs(g, src, true)
	for i := len(s.order) - 1; i > 0; i-- {
		w := s.order[i]
		dw := s.dist[w] - 1
		coeff := (1 + s.delta[w]) / s.sigma[w]
		for _, v := range g.Adj[g.Off[w]:g.Off[w+1]] {
			if s.dist[v] == dw {
				s.delta[v] += s.sigma[v] * coeff
			}
		}
		acc[w] += s.delta[w]
	}
	s.reset()
}

// Closeness returns the closeness centrality of every node over hop
// counts in the Wasserman and Faust form that networkx's
// closeness_centrality uses (wf_improved): (r-1)/Σd · (r-1)/(n-1), where r
// counts the nodes u reaches (u included) and Σd sums their distances. On
// a connected graph it is (n-1)/Σd, igraph's closeness(normalized=True).
// A node that reaches no other node scores 0. It runs one breadth-first
// search per node on up to workers goroutines (0 for GOMAXPROCS).
func Closeness(g *Graph, workers int) []float64 {
	n := g.Len()
	return perSource(g, workers, func(s *search, u int32) float64 {
		var sum float64
		for _, v := range s.order[1:] {
			sum += float64(s.dist[v])
		}
		r := float64(len(s.order))
		if sum == 0 || n < 2 {
			return 0
		}
		return (r - 1) / sum * (r - 1) / float64(n-1)
	})
}

// Harmonic returns the harmonic closeness of every node over hop counts
// (Marchiori and Latora 2000; Boldi and Vigna 2014), Σ 1/d over the other
// nodes (unreachable ones add 0), not normalised, as networkx's
// harmonic_centrality. Nodes are counted per distance and summed nearest
// first, so nodes with the same distance profile get the same value.
func Harmonic(g *Graph, workers int) []float64 {
	return perSource(g, workers, func(s *search, u int32) float64 {
		var sum float64
		var d int32 = 1
		count := 0
		for _, v := range s.order[1:] {
			if s.dist[v] != d {
				sum += float64(count) / float64(d)
				d, count = s.dist[v], 0
			}
			count++
		}
		return sum + float64(count)/float64(d)
	})
}

// perSource runs a breadth-first search from every node and stores f's
// value for it.
func perSource(g *Graph, workers int, f func(s *search, u int32) float64) []float64 {
	n := g.Len()
	out := make([]float64, n)
	if n == 0 {
		return out
	}
	blocks := min(maxBlocks*4, n)
	forBlocks(blocks, workers, func() func(b int) {
		s := newSearch(n)
		return func(b int) {
			for u := b * n / blocks; u < (b+1)*n/blocks; u++ {
				s.bfs(g, int32(u), false)
				out[u] = f(s, int32(u))
				s.reset()
			}
		}
	})
	return out
}

// Components returns the connected component of every node, numbered
// 0, 1, ... in the order of their smallest node, and the number of
// components. An isolated node is a component of its own.
func Components(g *Graph) ([]int32, int) {
	n := g.Len()
	comp := make([]int32, n)
	for i := range comp {
		comp[i] = -1
	}
	var c int32
	queue := make([]int32, 0, n)
	for s := range n {
		if comp[s] >= 0 {
			continue
		}
		comp[s] = c
		queue = append(queue[:0], int32(s))
		for head := 0; head < len(queue); head++ {
			u := queue[head]
			for _, v := range g.Adj[g.Off[u]:g.Off[u+1]] {
				if comp[v] < 0 {
					comp[v] = c
					queue = append(queue, v)
				}
			}
		}
		c++
	}
	return comp, int(c)
}

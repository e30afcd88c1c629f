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
// scale. The sources are searched 64 at a time (see [batch]), and the
// batches cut into fixed blocks whose partial sums are added in block
// order, so the result does not depend on workers.
func brandes(g *Graph, sources []int32, scale float64, workers int) []float64 {
	n := g.Len()
	cb := make([]float64, n)
	if n == 0 || len(sources) == 0 {
		return cb
	}
	batches := (len(sources) + batchSize - 1) / batchSize
	blocks := min(maxBlocks, batches, max(1, maxBlockBytes/(8*n)))
	partial := make([][]float64, blocks)
	forBlocks(blocks, workers, func() func(b int) {
		s := newSearch(n)
		bt := newBatch(n)
		return func(b int) {
			acc := make([]float64, n)
			for k := b * batches / blocks; k < (b+1)*batches/blocks; k++ {
				srcs := sources[k*batchSize : min(len(sources), (k+1)*batchSize)]
				bt.run(g, srcs)
				for i := range srcs {
					s.order, s.levels = bt.orders[i], bt.levels[i]
					s.dependencies(g, srcs[i], acc)
				}
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

// search is the per-source scratch state of Brandes' accumulation, reused
// across sources; only the nodes a search reached are reset after it.
type search struct {
	sigma  []float64 // shortest-path counts
	coef   []float64 // (1+δ(w))/σ(w) of the nodes done
	tmp    []float64 // a level's results, by position in order
	order  []int32   // the nodes reached, by distance (from a batch)
	levels []int32   // order[levels[d]:levels[d+1]] are the nodes at distance d
}

func newSearch(n int) *search {
	return &search{sigma: make([]float64, n), coef: make([]float64, n), tmp: make([]float64, n)}
}

// reset clears the state of the nodes the last search reached.
func (s *search) reset() {
	for _, v := range s.order {
		s.sigma[v] = 0
		s.coef[v] = 0
	}
}

// dependencies adds to acc the dependency of src on every other node
// (Brandes 2001). Both of its passes go one distance level at a time and
// sum over all neighbours without testing their distance: a neighbour of
// a node at distance d lies at d-1, d or d+1, and the values of the
// levels not wanted are still zero while a level is summed (its results
// are written only once the whole level is done). The counts σ of
// shortest paths then come from the level before, the coefficients
// (1+δ(w))/σ(w) from the level after; skipping the unpredictable distance
// test makes the passes about twice as fast.
func (s *search) dependencies(g *Graph, src int32, acc []float64) {
	off, adj := g.Off, g.Adj
	sigma, coef, tmp, order, levels := s.sigma, s.coef, s.tmp, s.order, s.levels
	sigma[src] = 1
	for d := 1; d+1 < len(levels); d++ {
		lo, hi := levels[d], levels[d+1]
		for i := lo; i < hi; i++ {
			u := order[i]
			var sum float64
			for _, v := range adj[off[u]:off[u+1]] {
				sum += sigma[v]
			}
			tmp[i] = sum
		}
		for i := lo; i < hi; i++ {
			sigma[order[i]] = tmp[i]
		}
	}
	for d := len(levels) - 2; d >= 1; d-- {
		lo, hi := levels[d], levels[d+1]
		for i := lo; i < hi; i++ {
			w := order[i]
			var sum float64
			for _, v := range adj[off[w]:off[w+1]] {
				sum += coef[v]
			}
			tmp[i] = sigma[w] * sum
		}
		for i := lo; i < hi; i++ {
			w := order[i]
			acc[w] += tmp[i]
			coef[w] = (1 + tmp[i]) / sigma[w]
		}
	}
	s.reset()
}

// Closeness returns the closeness centrality of every node over hop
// counts in the Wasserman and Faust form that networkx's
// closeness_centrality uses (wf_improved): (r-1)/Σd · (r-1)/(n-1), where r
// counts the nodes u reaches (u included) and Σd sums their distances. On
// a connected graph it is (n-1)/Σd, igraph's closeness(normalized=True).
// A node that reaches no other node scores 0. It runs a breadth-first
// search from every node, 64 at a time, on up to workers goroutines (0
// for GOMAXPROCS).
func Closeness(g *Graph, workers int) []float64 {
	n := g.Len()
	return perSource(g, workers, func(order, levels []int32) float64 {
		var sum float64
		for d := 1; d+1 < len(levels); d++ {
			sum += float64(d) * float64(levels[d+1]-levels[d])
		}
		r := float64(len(order))
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
	return perSource(g, workers, func(order, levels []int32) float64 {
		var sum float64
		for d := 1; d+1 < len(levels); d++ {
			sum += float64(levels[d+1]-levels[d]) / float64(d)
		}
		return sum
	})
}

// perSource runs a breadth-first search from every node, 64 at a time,
// and stores f's value for it, given the nodes the search reached by
// distance (see [batch]).
func perSource(g *Graph, workers int, f func(order, levels []int32) float64) []float64 {
	n := g.Len()
	out := make([]float64, n)
	if n == 0 {
		return out
	}
	blocks := (n + batchSize - 1) / batchSize
	forBlocks(blocks, workers, func() func(b int) {
		bt := newBatch(n)
		srcs := make([]int32, 0, batchSize)
		return func(b int) {
			srcs = srcs[:0]
			for u := b * batchSize; u < min(n, (b+1)*batchSize); u++ {
				srcs = append(srcs, int32(u))
			}
			bt.run(g, srcs)
			for i, u := range srcs {
				out[u] = f(bt.orders[i], bt.levels[i])
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

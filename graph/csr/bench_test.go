package csr_test

import (
	"math/rand/v2"
	"os"
	"testing"

	"github.com/annals-project/annals/graph/csr"
)

// preferential returns a graph of n nodes where each new node links to
// about m earlier ones chosen in proportion to their degree plus one
// (Barabási and Albert 1999), weights 1..3, from a fixed seed: the
// heavy-tailed shape of a news actor graph.
func preferential(tb testing.TB, n, m int) *csr.Graph {
	tb.Helper()
	r := rand.New(rand.NewPCG(42, 42))
	urn := []int32{0}
	var edges []csr.Edge
	for v := 1; v < n; v++ {
		for range min(v, 1+r.IntN(2*m)) {
			u := urn[r.IntN(len(urn))]
			edges = append(edges, csr.Edge{U: u, V: int32(v), W: float64(1 + r.IntN(3))})
			urn = append(urn, u)
		}
		urn = append(urn, int32(v), int32(v))
	}
	g, err := csr.New(n, edges)
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// benchGraph is the graph the benchmarks run on: the edge list named by
// $ANNALS_BENCH_GRAPH (e.g. bench/out/events-10000.txt from
// bench/graph_peers.sh), else a generated graph of 10,000 nodes and about
// 50,000 edges.
func benchGraph(b *testing.B) *csr.Graph {
	if path := os.Getenv("ANNALS_BENCH_GRAPH"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		g, _, err := csr.ReadEdgeList(f)
		if err != nil {
			b.Fatal(err)
		}
		return g
	}
	return preferential(b, 10000, 5)
}

// BenchmarkKernels times every kernel. Exact betweenness and closeness take
// seconds on 10,000 nodes: run them alone, e.g.
// go test -run '^$' -bench 'Kernels/(pagerank|louvain)' ./graph/csr/
func BenchmarkKernels(b *testing.B) {
	g := benchGraph(b)
	b.Logf("%d nodes, %d edges", g.Len(), g.Edges())
	kernels := []struct {
		name string
		run  func()
	}{
		{"pagerank", func() { csr.PageRank(g, 0.85) }},
		{"eigenvector", func() { csr.Eigenvector(g) }},
		{"components", func() { csr.Components(g) }},
		{"louvain", func() { csr.Louvain(g, 1, 42) }},
		{"betweenness-k100", func() { csr.SampledBetweenness(g, 100, 42, 0) }},
		{"betweenness", func() { csr.Betweenness(g, 0) }},
		{"closeness", func() { csr.Closeness(g, 0) }},
		{"harmonic", func() { csr.Harmonic(g, 0) }},
	}
	for _, k := range kernels {
		b.Run(k.name, func(b *testing.B) {
			for b.Loop() {
				k.run()
			}
		})
	}
}

package graph

import (
	"slices"

	"github.com/annals-project/annals/graph/csr"
)

// index is a numbered snapshot of a Graph, the form every metric works on:
// node i is the i-th key in sorted order and neighbour lists are sorted, so
// each computation visits nodes and sums floats in one fixed order and
// gives bit-for-bit the same result on every run.
type index struct {
	keys    []string
	nbrs    [][]int     // neighbours of node i, ascending
	weights [][]float64 // weights[i][j] is the weight of the edge to nbrs[i][j]
}

// index returns g's numbered snapshot.
func (g *Graph) index() index {
	keys := g.keys()
	adj := g.adjacency()
	pos := make(map[string]int, len(keys))
	for i, k := range keys {
		pos[k] = i
	}
	x := index{keys: keys, nbrs: make([][]int, len(keys)), weights: make([][]float64, len(keys))}
	for i, k := range keys {
		for b := range adj[k] {
			x.nbrs[i] = append(x.nbrs[i], pos[b])
		}
		slices.Sort(x.nbrs[i])
		for _, j := range x.nbrs[i] {
			x.weights[i] = append(x.weights[i], float64(len(adj[k][keys[j]].events)))
		}
	}
	return x
}

// edges returns the number of undirected edges.
func (x index) edges() int {
	n := 0
	for _, nb := range x.nbrs {
		n += len(nb)
	}
	return n / 2
}

// csr returns x in compressed sparse row form for the kernels of package
// graph/csr; node i is the i-th key.
func (x index) csr() *csr.Graph {
	n := len(x.keys)
	g := &csr.Graph{Off: make([]int32, n+1)}
	total := 0
	for _, nb := range x.nbrs {
		total += len(nb)
	}
	g.Adj = make([]int32, 0, total)
	g.W = make([]float64, 0, total)
	for i, nb := range x.nbrs {
		for j, v := range nb {
			g.Adj = append(g.Adj, int32(v))
			g.W = append(g.W, x.weights[i][j])
		}
		g.Off[i+1] = int32(len(g.Adj))
	}
	return g
}

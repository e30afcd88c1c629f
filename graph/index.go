package graph

import (
	"slices"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
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

// gonum returns x as a gonum weighted undirected graph with node IDs equal
// to the indices. Its Nodes and From iterate in ID order: simple's
// iterators range over maps, in an order that changes from run to run,
// and algorithms that sum along them (Brandes' betweenness, Louvain) would
// then differ in the last bits and break ties differently.
func (x index) gonum() orderedGraph {
	u := simple.NewWeightedUndirectedGraph(0, 0)
	nodes := make([]gg.Node, len(x.keys))
	for i := range x.keys {
		nodes[i] = simple.Node(int64(i))
		u.AddNode(nodes[i])
	}
	from := make([][]gg.Node, len(x.keys))
	for i, nb := range x.nbrs {
		from[i] = make([]gg.Node, len(nb))
		for j, v := range nb {
			from[i][j] = nodes[v]
			if i < v {
				u.SetWeightedEdge(simple.WeightedEdge{F: nodes[i], T: nodes[v], W: x.weights[i][j]})
			}
		}
	}
	return orderedGraph{WeightedUndirectedGraph: u, nodes: nodes, from: from}
}

// orderedGraph is a gonum graph whose node iterators are sorted by ID. The
// sorted lists are built once: algorithms call From for every node many
// times.
type orderedGraph struct {
	*simple.WeightedUndirectedGraph
	nodes []gg.Node
	from  [][]gg.Node
}

// Nodes returns the nodes in ID order.
func (g orderedGraph) Nodes() gg.Nodes { return iterate(g.nodes) }

// From returns the neighbours of the node with the ID, in ID order; none
// for an unknown ID.
func (g orderedGraph) From(id int64) gg.Nodes {
	if id < 0 || id >= int64(len(g.from)) {
		return gg.Empty
	}
	return iterate(g.from[id])
}

func iterate(ns []gg.Node) gg.Nodes {
	if len(ns) == 0 {
		return gg.Empty
	}
	return iterator.NewOrderedNodes(ns)
}

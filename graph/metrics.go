package graph

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"

	"github.com/annals-project/annals"
)

// Metric names a node centrality measure.
type Metric string

// Metrics. Each is computed on the whole actor graph, isolated nodes and
// every component included.
const (
	// MetricDegree is the number of distinct actors a node shares an event
	// with (unweighted degree).
	MetricDegree Metric = "degree"
	// MetricStrength is the weighted degree: the sum of the weights of a
	// node's edges, i.e. shared events counted once per partner.
	MetricStrength Metric = "strength"
	// MetricPageRank is edge-weighted PageRank with damping 0.85 (Brin and
	// Page 1998), each undirected edge taken in both directions; the
	// values sum to 1 over the graph.
	MetricPageRank Metric = "pagerank"
	// MetricBetweenness is exact betweenness centrality over unweighted
	// hop counts (Brandes 2001), counting each unordered pair of other
	// nodes once and not normalised: the centre of a path of three nodes
	// scores 1.
	MetricBetweenness Metric = "betweenness"
	// MetricCloseness is harmonic closeness over unweighted hop counts
	// (Marchiori and Latora 2000; Boldi and Vigna 2014), the sum of 1/d to
	// every other node divided by n-1, so that it lies in [0, 1] and stays
	// defined on disconnected graphs (unreachable nodes add 0).
	MetricCloseness Metric = "closeness"
)

// Metrics lists every metric in a fixed order.
var Metrics = []Metric{MetricDegree, MetricStrength, MetricPageRank, MetricBetweenness, MetricCloseness}

// ParseMetric returns the metric called s (case-insensitive; "weighted"
// and "weighted-degree" are accepted for strength). It returns an error
// wrapping annals.ErrInvalid for an unknown name.
func ParseMetric(s string) (Metric, error) {
	switch m := Metric(strings.ToLower(strings.TrimSpace(s))); m {
	case "weighted", "weighted-degree", "weighted_degree":
		return MetricStrength, nil
	default:
		if slices.Contains(Metrics, m) {
			return m, nil
		}
	}
	return "", fmt.Errorf("graph: parse metric %q: %w: want one of %v", s, annals.ErrInvalid, Metrics)
}

// IsIntegral reports whether m's values are whole numbers (the degree
// metrics), which renderers print without decimals.
func (m Metric) IsIntegral() bool { return m == MetricDegree || m == MetricStrength }

// Score is one node's value for a metric.
type Score struct {
	Node  annals.Node
	Value float64
	// Degree is the node's unweighted degree, whatever the metric.
	Degree int
}

// pageRankTolerance stops the power iteration; far below the 4 decimals
// renderers print, so the result does not depend on gonum's random start.
const pageRankTolerance = 1e-10

// Scores returns every node's value for m, sorted by value descending, then
// by node key. An empty graph gives an empty slice (gonum is not called:
// its PageRank panics on an empty graph). An unknown metric returns an
// error wrapping annals.ErrInvalid.
func (g *Graph) Scores(m Metric) ([]Score, error) {
	if !slices.Contains(Metrics, m) {
		return nil, fmt.Errorf("graph: scores %q: %w: want one of %v", m, annals.ErrInvalid, Metrics)
	}
	keys := g.keys()
	out := make([]Score, 0, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	adj := g.adjacency()
	id := make(map[string]int64, len(keys))
	for i, k := range keys {
		id[k] = int64(i)
	}
	var values map[int64]float64
	switch m {
	case MetricDegree, MetricStrength:
		values = make(map[int64]float64, len(keys))
		for _, k := range keys {
			v := float64(len(adj[k]))
			if m == MetricStrength {
				v = 0
				for _, d := range adj[k] {
					v += float64(len(d.events))
				}
			}
			values[id[k]] = v
		}
	case MetricPageRank:
		values = network.PageRank(g.weightedDirected(keys, adj, id), 0.85, pageRankTolerance)
	case MetricBetweenness:
		values = network.Betweenness(g.undirected(keys, adj, id))
		for k := range values {
			values[k] /= 2 // Brandes visits each unordered pair from both ends
		}
	case MetricCloseness:
		u := g.undirected(keys, adj, id)
		values = network.Harmonic(u, path.DijkstraAllPaths(u))
		if n := len(keys); n > 1 {
			for k := range values {
				values[k] /= float64(n - 1)
			}
		}
	}
	for _, k := range keys {
		n, _ := g.Node(k)
		v := values[id[k]]
		if math.IsNaN(v) || math.IsInf(v, 0) {
			v = 0
		}
		out = append(out, Score{Node: n, Value: v, Degree: len(adj[k])})
	}
	slices.SortFunc(out, func(a, b Score) int {
		return cmp.Or(cmp.Compare(b.Value, a.Value), cmp.Compare(a.Node.Key, b.Node.Key))
	})
	return out, nil
}

// undirected converts g to an unweighted gonum graph with node IDs given
// by id (the index of the sorted key, so the conversion is deterministic).
func (g *Graph) undirected(keys []string, adj map[string]map[string]*edgeData, id map[string]int64) *simple.UndirectedGraph {
	u := simple.NewUndirectedGraph()
	for _, k := range keys {
		u.AddNode(simple.Node(id[k]))
	}
	for _, a := range keys {
		for b := range adj[a] {
			if a < b {
				u.SetEdge(simple.Edge{F: simple.Node(id[a]), T: simple.Node(id[b])})
			}
		}
	}
	return u
}

// weightedDirected converts g to a gonum weighted directed graph holding
// each edge in both directions, weighted by the number of shared events.
func (g *Graph) weightedDirected(keys []string, adj map[string]map[string]*edgeData, id map[string]int64) *simple.WeightedDirectedGraph {
	d := simple.NewWeightedDirectedGraph(0, 0)
	for _, k := range keys {
		d.AddNode(simple.Node(id[k]))
	}
	for _, a := range keys {
		for b, e := range adj[a] {
			d.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(id[a]), T: simple.Node(id[b]), W: float64(len(e.events))})
		}
	}
	return d
}

// DefaultSeed is the seed the CLI uses for [Graph.Communities], so that
// runs are reproducible.
const DefaultSeed = 1

// Communities partitions g into communities with the Louvain method
// (Blondel et al. 2008, "Fast unfolding of communities in large
// networks"), maximising weighted modularity at resolution 1 and keeping
// the top level of the hierarchy. The method is randomised: seed fixes the
// order in which nodes are moved, so equal seeds give equal results. Each
// community is a sorted list of node keys; communities are sorted by size
// descending, then by their first key. Isolated nodes and a graph without
// edges give one community per node; an empty graph an empty slice.
func (g *Graph) Communities(seed uint64) [][]string {
	keys := g.keys()
	out := [][]string{}
	if len(keys) == 0 {
		return out
	}
	adj := g.adjacency()
	id := make(map[string]int64, len(keys))
	for i, k := range keys {
		id[k] = int64(i)
	}
	edges := 0
	for _, nb := range adj {
		edges += len(nb)
	}
	var groups [][]string
	if edges == 0 {
		// Modularity is undefined without edges (it divides by the total
		// weight), so gonum is not called.
		for _, k := range keys {
			groups = append(groups, []string{k})
		}
	} else {
		u := simple.NewWeightedUndirectedGraph(0, 0)
		for _, k := range keys {
			u.AddNode(simple.Node(id[k]))
		}
		for _, a := range keys {
			for b, d := range adj[a] {
				if a < b {
					u.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(id[a]), T: simple.Node(id[b]), W: float64(len(d.events))})
				}
			}
		}
		reduced := community.Modularize(u, 1, rand.NewPCG(seed, seed))
		for _, c := range reduced.Communities() {
			grp := make([]string, 0, len(c))
			for _, n := range c {
				grp = append(grp, keys[n.ID()])
			}
			groups = append(groups, grp)
		}
	}
	for _, grp := range groups {
		if len(grp) == 0 {
			continue
		}
		slices.Sort(grp)
		out = append(out, grp)
	}
	slices.SortFunc(out, func(a, b []string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0]))
	})
	return out
}

// Components returns the connected components of g, each a sorted list of
// node keys; components are sorted by size descending, then by their first
// key. An isolated node is a component of its own. An empty graph gives an
// empty slice.
func (g *Graph) Components() [][]string {
	keys := g.keys()
	out := [][]string{}
	if len(keys) == 0 {
		return out
	}
	adj := g.adjacency()
	id := make(map[string]int64, len(keys))
	for i, k := range keys {
		id[k] = int64(i)
	}
	for _, c := range topo.ConnectedComponents(g.undirected(keys, adj, id)) {
		comp := make([]string, 0, len(c))
		for _, n := range c {
			comp = append(comp, keys[n.ID()])
		}
		slices.Sort(comp)
		out = append(out, comp)
	}
	slices.SortFunc(out, func(a, b []string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0]))
	})
	return out
}

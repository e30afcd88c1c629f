package graph

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph/csr"
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
	// Page 1998), each undirected edge taken in both directions and a
	// node without edges spreading its rank evenly; the values sum to 1
	// over the graph.
	MetricPageRank Metric = "pagerank"
	// MetricBetweenness is exact betweenness centrality over unweighted
	// hop counts (Brandes 2001), counting each unordered pair of other
	// nodes once and not normalised: the centre of a path of three nodes
	// scores 1.
	MetricBetweenness Metric = "betweenness"
	// MetricCloseness is harmonic closeness over unweighted hop counts
	// (Marchiori and Latora 2000; Boldi and Vigna 2014), the sum of 1/d to
	// every other node divided by n-1, so that it lies in [0, 1] and stays
	// defined on disconnected graphs (unreachable nodes add 0). It is what
	// `annals actors --metric closeness` shows: a news actor graph is
	// rarely connected, and the classic form below ranks a pair of actors
	// alone in their component above the hub of the main one.
	MetricCloseness Metric = "closeness"
	// MetricHarmonic is harmonic closeness not normalised: the sum of 1/d
	// to every other node (networkx's harmonic_centrality).
	MetricHarmonic Metric = "harmonic"
	// MetricClassicCloseness is closeness in the Wasserman and Faust form,
	// (r-1)/Σd · (r-1)/(n-1) over the r nodes a node reaches (itself
	// included): networkx's closeness_centrality, igraph's
	// closeness(normalized=True) on a connected graph, and the definition
	// bench/graph_peers.sh compares.
	MetricClassicCloseness Metric = "closeness-wf"
	// MetricEigenvector is weighted eigenvector centrality (Bonacich 1972)
	// scaled so that the largest value is 1, as igraph reports it.
	MetricEigenvector Metric = "eigenvector"
)

// Metrics lists every metric in a fixed order.
var Metrics = []Metric{MetricDegree, MetricStrength, MetricPageRank, MetricBetweenness, MetricCloseness,
	MetricHarmonic, MetricClassicCloseness, MetricEigenvector}

// ParseMetric returns the metric called s (case-insensitive; "weighted"
// and "weighted-degree" are accepted for strength). It returns an error
// wrapping annals.ErrInvalid for an unknown name.
func ParseMetric(s string) (Metric, error) {
	switch m := Metric(strings.ToLower(strings.TrimSpace(s))); m {
	case "weighted", "weighted-degree", "weighted_degree":
		return MetricStrength, nil
	case "closeness_wf", "wf-closeness", "classic-closeness":
		return MetricClassicCloseness, nil
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
	Node annals.Node
	// Value is rounded to 10 significant digits, so that scores equal in
	// exact arithmetic compare equal and sort by key.
	Value float64
	// Degree is the node's unweighted degree, whatever the metric.
	Degree int
}

// ScoreOptions tune [Graph.ScoresWith]. The zero value computes exact
// values on every core.
type ScoreOptions struct {
	// Pivots, when positive and below the number of nodes, makes
	// betweenness an estimate from that many source nodes drawn with Seed
	// (Brandes and Pich 2007), scaled by n/Pivots; callers should state
	// the sample size with the values. Other metrics ignore it.
	Pivots int
	// Seed draws the pivots.
	Seed uint64
	// Workers caps the goroutines of betweenness and closeness (0 for
	// GOMAXPROCS). Results do not depend on it.
	Workers int
}

// Scores returns every node's value for m, sorted by value descending, then
// by node key; it is ScoresWith(m, ScoreOptions{}). Results are
// reproducible bit for bit: nodes are numbered in key order. An empty
// graph gives an empty slice. An unknown metric returns an error wrapping
// annals.ErrInvalid.
func (g *Graph) Scores(m Metric) ([]Score, error) {
	return g.ScoresWith(m, ScoreOptions{})
}

// ScoresWith is [Graph.Scores] with options. The values come from the
// kernels of package graph/csr, on the graph's compact form.
func (g *Graph) ScoresWith(m Metric, o ScoreOptions) ([]Score, error) {
	if !slices.Contains(Metrics, m) {
		return nil, fmt.Errorf("graph: scores %q: %w: want one of %v", m, annals.ErrInvalid, Metrics)
	}
	x := g.index()
	out := make([]Score, 0, len(x.keys))
	if len(x.keys) == 0 {
		return out, nil
	}
	return x.scores(g, m, o), nil
}

// scores computes m on x and pairs the values with g's nodes, sorted.
func (x index) scores(g *Graph, m Metric, o ScoreOptions) []Score {
	nodes := make([]annals.Node, len(x.keys))
	for i, k := range x.keys {
		nodes[i], _ = g.Node(k)
	}
	return scoreNodes(nodes, x.csr(), m, o)
}

// scoreNodes computes m on c, whose node i is nodes[i], and returns the
// scores sorted by value descending, then key.
func scoreNodes(nodes []annals.Node, c *csr.Graph, m Metric, o ScoreOptions) []Score {
	n := len(nodes)
	var values []float64
	switch m {
	case MetricDegree:
		values = c.Degree()
	case MetricStrength:
		values = c.Strength()
	case MetricPageRank:
		values = csr.PageRank(c, 0.85)
	case MetricBetweenness:
		if o.Pivots > 0 && o.Pivots < n {
			values = csr.SampledBetweenness(c, o.Pivots, o.Seed, o.Workers)
		} else {
			values = csr.Betweenness(c, o.Workers)
		}
	case MetricCloseness:
		values = csr.Harmonic(c, o.Workers)
		if n > 1 {
			for i := range values {
				values[i] /= float64(n - 1)
			}
		}
	case MetricHarmonic:
		values = csr.Harmonic(c, o.Workers)
	case MetricClassicCloseness:
		values = csr.Closeness(c, o.Workers)
	case MetricEigenvector:
		values = csr.Eigenvector(c)
	default:
		values = make([]float64, n)
	}
	out := make([]Score, 0, n)
	for i, node := range nodes {
		v := values[i]
		if math.IsNaN(v) || math.IsInf(v, 0) {
			v = 0
		}
		out = append(out, Score{Node: node, Value: round(v), Degree: int(c.Off[i+1] - c.Off[i])})
	}
	slices.SortFunc(out, func(a, b Score) int {
		return cmp.Or(cmp.Compare(b.Value, a.Value), cmp.Compare(a.Node.Key, b.Node.Key))
	})
	return out
}

// round returns v to 10 significant digits, far below the noise of
// floating-point sums in a different order and above what reports print.
func round(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 10, 64), 64)
	if err != nil {
		return v
	}
	return r
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
	x := g.index()
	return communities(x.keys, x.csr(), seed)
}

// communities runs Louvain on c, whose node i has keys[i].
func communities(keys []string, c *csr.Graph, seed uint64) [][]string {
	if len(keys) == 0 {
		return [][]string{}
	}
	if c.Edges() == 0 {
		// Modularity is undefined without edges (it divides by the total
		// weight): every node is its own community.
		out := make([][]string, len(keys))
		for i, k := range keys {
			out[i] = []string{k}
		}
		return out
	}
	member, _ := csr.Louvain(c, 1, seed)
	return groupMembers(keys, member)
}

// Components returns the connected components of g, each a sorted list of
// node keys; components are sorted by size descending, then by their first
// key. An isolated node is a component of its own. An empty graph gives an
// empty slice.
func (g *Graph) Components() [][]string {
	x := g.index()
	if len(x.keys) == 0 {
		return [][]string{}
	}
	comp, _ := csr.Components(x.csr())
	return groupMembers(x.keys, comp)
}

// groupMembers turns a group number per node into sorted key groups,
// largest first, then by first key.
func groupMembers(keys []string, member []int32) [][]string {
	groups := map[int32][]string{}
	for i, c := range member {
		groups[c] = append(groups[c], keys[i])
	}
	out := make([][]string, 0, len(groups))
	for _, keys := range groups {
		slices.Sort(keys)
		out = append(out, keys)
	}
	slices.SortFunc(out, func(a, b []string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0]))
	})
	return out
}

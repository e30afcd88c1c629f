package csr_test

import (
	"math"
	"math/rand/v2"
	"testing"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"
	"gonum.org/v1/gonum/mat"

	"github.com/annals-project/annals/graph/csr"
)

// random returns a graph of n nodes and about m edges with integer weights
// 1..3 drawn from seed; with connected set, a random spanning tree is
// added first so that the graph is connected.
func random(t testing.TB, n, m int, seed uint64, connected bool) (*csr.Graph, []csr.Edge) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, seed+1))
	var edges []csr.Edge
	if connected {
		for v := 1; v < n; v++ {
			edges = append(edges, csr.Edge{U: int32(r.IntN(v)), V: int32(v), W: float64(1 + r.IntN(3))})
		}
	}
	for range m {
		edges = append(edges, csr.Edge{U: int32(r.IntN(n)), V: int32(r.IntN(n)), W: float64(1 + r.IntN(3))})
	}
	g, err := csr.New(n, edges)
	if err != nil {
		t.Fatal(err)
	}
	return g, edges
}

// gonumGraph returns g as a gonum weighted undirected graph with node IDs
// equal to the indices.
func gonumGraph(g *csr.Graph) *simple.WeightedUndirectedGraph {
	u := simple.NewWeightedUndirectedGraph(0, 0)
	for i := range g.Len() {
		u.AddNode(simple.Node(int64(i)))
	}
	for i := range g.Len() {
		nb, ws := g.Neighbours(i)
		for j, v := range nb {
			if int32(i) < v {
				u.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(int64(i)), T: simple.Node(int64(v)), W: ws[j]})
			}
		}
	}
	return u
}

// unweighted returns g's structure as a gonum unweighted graph.
func unweighted(g *csr.Graph) *simple.UndirectedGraph {
	u := simple.NewUndirectedGraph()
	for i := range g.Len() {
		u.AddNode(simple.Node(int64(i)))
	}
	for i := range g.Len() {
		nb, _ := g.Neighbours(i)
		for _, v := range nb {
			if int32(i) < v {
				u.SetEdge(simple.Edge{F: simple.Node(int64(i)), T: simple.Node(int64(v))})
			}
		}
	}
	return u
}

func TestPageRankMatchesGonum(t *testing.T) {
	for seed := range uint64(3) {
		g, _ := random(t, 80, 120, seed, false) // isolated nodes too
		d := simple.NewWeightedDirectedGraph(0, 0)
		for i := range g.Len() {
			d.AddNode(simple.Node(int64(i)))
		}
		for i := range g.Len() {
			nb, ws := g.Neighbours(i)
			for j, v := range nb {
				d.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(int64(i)), T: simple.Node(int64(v)), W: ws[j]})
			}
		}
		want := network.PageRank(d, 0.85, 1e-12)
		got := csr.PageRank(g, 0.85)
		for i, v := range got {
			if w := want[int64(i)]; math.Abs(v-w) > 1e-8 {
				t.Errorf("seed %d: PageRank[%d] = %.10f, gonum says %.10f", seed, i, v, w)
			}
		}
	}
}

func TestPathMetricsMatchGonum(t *testing.T) {
	for seed := range uint64(3) {
		for _, connected := range []bool{false, true} {
			g, _ := random(t, 70, 80, seed, connected)
			u := unweighted(g)
			between := network.Betweenness(u)
			for workers := 1; workers <= 3; workers++ {
				for i, v := range csr.Betweenness(g, workers) {
					if w := between[int64(i)] / 2; math.Abs(v-w) > 1e-9*math.Max(1, w) {
						t.Errorf("seed %d: Betweenness[%d] = %.9f, gonum says %.9f", seed, i, v, w)
					}
				}
			}
			paths := path.DijkstraAllPaths(u)
			harmonic := network.Harmonic(u, paths)
			for i, v := range csr.Harmonic(g, 2) {
				if w := harmonic[int64(i)]; math.Abs(v-w) > 1e-9 {
					t.Errorf("seed %d: Harmonic[%d] = %.9f, gonum says %.9f", seed, i, v, w)
				}
			}
			if !connected {
				continue
			}
			// gonum's closeness is 1/Σd, defined on connected graphs;
			// ours is (n-1)/Σd there.
			closeness := network.Closeness(u, paths)
			for i, v := range csr.Closeness(g, 2) {
				if w := closeness[int64(i)] * float64(g.Len()-1); math.Abs(v-w) > 1e-9 {
					t.Errorf("seed %d: Closeness[%d] = %.9f, gonum says %.9f", seed, i, v, w)
				}
			}
		}
	}
}

func TestBetweennessDeterministic(t *testing.T) {
	g, _ := random(t, 300, 900, 7, false)
	want := csr.Betweenness(g, 1)
	for _, workers := range []int{2, 5, 64} {
		got := csr.Betweenness(g, workers)
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("Betweenness(workers %d)[%d] = %v, want %v bit for bit (1 worker)", workers, i, got[i], want[i])
			}
		}
	}
}

func TestComponentsMatchGonum(t *testing.T) {
	g, _ := random(t, 100, 60, 3, false)
	comp, k := csr.Components(g)
	cc := topo.ConnectedComponents(unweighted(g))
	if k != len(cc) {
		t.Fatalf("Components() = %d components, gonum says %d", k, len(cc))
	}
	for _, grp := range cc {
		for _, n := range grp {
			if comp[n.ID()] != comp[grp[0].ID()] {
				t.Errorf("Components: %d and %d apart, gonum puts them together", n.ID(), grp[0].ID())
			}
		}
	}
}

// TestLouvainMatchesGonum checks our modularity against gonum's Q on the
// same partition, and that our Louvain finds a partition at least as good
// as gonum's Modularize (within 0.01).
func TestLouvainMatchesGonum(t *testing.T) {
	for seed := range uint64(3) {
		// Planted communities: dense inside blocks of 20, sparse between.
		r := rand.New(rand.NewPCG(seed, 99))
		var edges []csr.Edge
		for range 600 {
			b := r.IntN(10) * 20
			edges = append(edges, csr.Edge{U: int32(b + r.IntN(20)), V: int32(b + r.IntN(20)), W: float64(1 + r.IntN(3))})
		}
		for range 60 {
			edges = append(edges, csr.Edge{U: int32(r.IntN(200)), V: int32(r.IntN(200)), W: 1})
		}
		g, _ := csr.New(200, edges)
		member, q := csr.Louvain(g, 1, seed)
		u := gonumGraph(g)
		groups := map[int32][]gg.Node{}
		for i, c := range member {
			groups[c] = append(groups[c], simple.Node(int64(i)))
		}
		var comms [][]gg.Node
		for c := range int32(len(groups)) {
			comms = append(comms, groups[c])
		}
		if want := community.Q(u, comms, 1); math.Abs(q-want) > 1e-9 {
			t.Errorf("seed %d: Louvain modularity %.9f, gonum's Q of the same partition %.9f", seed, q, want)
		}
		ref := community.Q(u, community.Modularize(u, 1, rand.NewPCG(seed, seed)).Communities(), 1)
		if q < ref-0.01 {
			t.Errorf("seed %d: Louvain modularity %.4f, gonum's Modularize finds %.4f", seed, q, ref)
		}
	}
}

// TestEigenvectorMatchesGonum compares with the eigenvector of the largest
// eigenvalue of the dense adjacency matrix (gonum's mat.EigenSym).
func TestEigenvectorMatchesGonum(t *testing.T) {
	g, _ := random(t, 40, 60, 5, true)
	n := g.Len()
	a := mat.NewSymDense(n, nil)
	for i := range n {
		nb, ws := g.Neighbours(i)
		for j, v := range nb {
			a.SetSym(i, int(v), ws[j])
		}
	}
	var es mat.EigenSym
	if !es.Factorize(a, true) {
		t.Fatal("EigenSym.Factorize failed")
	}
	var vecs mat.Dense
	es.VectorsTo(&vecs)
	col := mat.Col(nil, n-1, &vecs) // eigenvalues ascend: the last is the largest
	var top float64
	for _, v := range col {
		top = math.Max(top, math.Abs(v))
	}
	got := csr.Eigenvector(g)
	for i, v := range got {
		if w := math.Abs(col[i]) / top; math.Abs(v-w) > 1e-7 {
			t.Errorf("Eigenvector[%d] = %.9f, gonum says %.9f", i, v, w)
		}
	}
}

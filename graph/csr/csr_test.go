package csr_test

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/annals-project/annals/graph/csr"
)

const tol = 1e-9

// build returns the graph with n nodes and unit-weight edges given as
// pairs.
func build(t testing.TB, n int, pairs ...[2]int32) *csr.Graph {
	t.Helper()
	edges := make([]csr.Edge, len(pairs))
	for i, p := range pairs {
		edges[i] = csr.Edge{U: p[0], V: p[1], W: 1}
	}
	g, err := csr.New(n, edges)
	if err != nil {
		t.Fatalf("New(%d, %v) = %v", n, pairs, err)
	}
	return g
}

// Tiny graphs whose values are worked out by hand in the tests below.
func path3(t testing.TB) *csr.Graph { return build(t, 3, [2]int32{0, 1}, [2]int32{1, 2}) }
func path4(t testing.TB) *csr.Graph {
	return build(t, 4, [2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 3})
}
func star(t testing.TB) *csr.Graph { // centre 0, leaves 1..3
	return build(t, 4, [2]int32{0, 1}, [2]int32{0, 2}, [2]int32{0, 3})
}

// split is a triangle 0-1-2, a pair 3-4 and an isolated node 5.
func split(t testing.TB) *csr.Graph {
	return build(t, 6, [2]int32{0, 1}, [2]int32{1, 2}, [2]int32{0, 2}, [2]int32{3, 4})
}

// barbell is two 4-cliques (0..3 and 4..7) joined by the edge 3-4.
func barbell(t testing.TB) *csr.Graph {
	var pairs [][2]int32
	for _, base := range []int32{0, 4} {
		for i := base; i < base+4; i++ {
			for j := i + 1; j < base+4; j++ {
				pairs = append(pairs, [2]int32{i, j})
			}
		}
	}
	return build(t, 8, append(pairs, [2]int32{3, 4})...)
}

func near(got, want []float64, eps float64) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if math.Abs(got[i]-want[i]) > eps*math.Max(1, math.Abs(want[i])) {
			return false
		}
	}
	return true
}

func TestNewMergesAndDropsLoops(t *testing.T) {
	g, err := csr.New(3, []csr.Edge{{0, 1, 1}, {1, 0, 2}, {2, 2, 5}, {1, 2, 0.5}})
	if err != nil {
		t.Fatal(err)
	}
	if g.Edges() != 2 {
		t.Errorf("Edges() = %d, want 2", g.Edges())
	}
	nb, w := g.Neighbours(1)
	if !reflect.DeepEqual(nb, []int32{0, 2}) || !reflect.DeepEqual(w, []float64{3, 0.5}) {
		t.Errorf("Neighbours(1) = %v %v, want [0 2] [3 0.5]", nb, w)
	}
	if got := g.Degree(); !reflect.DeepEqual(got, []float64{1, 2, 1}) {
		t.Errorf("Degree() = %v, want [1 2 1]", got)
	}
	if got := g.Strength(); !reflect.DeepEqual(got, []float64{3, 3.5, 0.5}) {
		t.Errorf("Strength() = %v, want [3 3.5 0.5]", got)
	}
}

func TestNewRejectsOutOfRange(t *testing.T) {
	for _, e := range []csr.Edge{{0, 3, 1}, {-1, 0, 1}} {
		if _, err := csr.New(3, []csr.Edge{e}); err == nil {
			t.Errorf("New(3, %v) = nil error, want one", e)
		}
	}
}

func TestEmpty(t *testing.T) {
	g, err := csr.New(0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := csr.PageRank(g, 0.85); len(got) != 0 {
		t.Errorf("PageRank(empty) = %v, want []", got)
	}
	if got := csr.Betweenness(g, 2); len(got) != 0 {
		t.Errorf("Betweenness(empty) = %v, want []", got)
	}
	if m, q := csr.Louvain(g, 1, 1); len(m) != 0 || q != 0 {
		t.Errorf("Louvain(empty) = %v %v, want [] 0", m, q)
	}
	var nilGraph *csr.Graph
	if nilGraph.Len() != 0 || nilGraph.Edges() != 0 {
		t.Errorf("nil graph Len, Edges = %d, %d, want 0, 0", nilGraph.Len(), nilGraph.Edges())
	}
}

// Betweenness by hand: the middle of a path of three lies on the one
// path between the ends (1); in a path of four, node 1 lies on 0-2 and 0-3
// (2); the centre of a star on the three leaf pairs (3); in the barbell
// node 3 lies on the 3·4 paths from 0..2 to 4..7 (12), and node 4 likewise;
// no other node lies between two others.
func TestBetweenness(t *testing.T) {
	tests := []struct {
		name string
		g    *csr.Graph
		want []float64
	}{
		{"path3", path3(t), []float64{0, 1, 0}},
		{"path4", path4(t), []float64{0, 2, 2, 0}},
		{"star", star(t), []float64{3, 0, 0, 0}},
		{"split", split(t), []float64{0, 0, 0, 0, 0, 0}},
		{"barbell", barbell(t), []float64{0, 0, 0, 12, 12, 0, 0, 0}},
	}
	for _, tt := range tests {
		for _, workers := range []int{1, 3} {
			if got := csr.Betweenness(tt.g, workers); !near(got, tt.want, tol) {
				t.Errorf("Betweenness(%s, %d) = %v, want %v", tt.name, workers, got, tt.want)
			}
		}
	}
}

// TestSampledBetweenness: with every node a pivot the estimate is exact.
// With one pivot on a star, the centre as pivot gives nothing, a leaf as
// pivot gives the centre a dependency of 2 (the two other leaves), scaled
// by n/k/2 = 2: 4.
func TestSampledBetweenness(t *testing.T) {
	g := barbell(t)
	if got := csr.SampledBetweenness(g, 8, 1, 2); !near(got, csr.Betweenness(g, 1), tol) {
		t.Errorf("SampledBetweenness(barbell, k=8) = %v, want exact %v", got, csr.Betweenness(g, 1))
	}
	s := star(t)
	for seed := range uint64(8) {
		got := csr.SampledBetweenness(s, 1, seed, 1)
		if got[0] != 0 && math.Abs(got[0]-4) > tol {
			t.Errorf("SampledBetweenness(star, k=1, seed %d)[0] = %v, want 0 or 4", seed, got[0])
		}
		for _, v := range got[1:] {
			if v != 0 {
				t.Errorf("SampledBetweenness(star, k=1, seed %d) = %v, want leaves 0", seed, got)
			}
		}
	}
	if got := csr.SampledBetweenness(s, 0, 1, 1); !near(got, []float64{0, 0, 0, 0}, 0) {
		t.Errorf("SampledBetweenness(star, k=0) = %v, want zeros", got)
	}
}

// Closeness by hand, (r-1)/Σd · (r-1)/(n-1): path4's ends reach 3 nodes at
// total distance 6 (0.5), its middle nodes at 4 (0.75). In split (n = 6)
// a triangle node reaches 2 at total distance 2: 2/2 · 2/5 = 0.4; a pair
// node 1/1 · 1/5 = 0.2; the isolated node 0.
func TestCloseness(t *testing.T) {
	tests := []struct {
		name string
		g    *csr.Graph
		want []float64
	}{
		{"path4", path4(t), []float64{0.5, 0.75, 0.75, 0.5}},
		{"star", star(t), []float64{1, 0.6, 0.6, 0.6}},
		{"split", split(t), []float64{0.4, 0.4, 0.4, 0.2, 0.2, 0}},
	}
	for _, tt := range tests {
		if got := csr.Closeness(tt.g, 2); !near(got, tt.want, tol) {
			t.Errorf("Closeness(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// Harmonic by hand, Σ 1/d: path4's end 1 + 1/2 + 1/3, its middle
// 1 + 1 + 1/2; a star's leaf 1 + 1/2 + 1/2.
func TestHarmonic(t *testing.T) {
	tests := []struct {
		name string
		g    *csr.Graph
		want []float64
	}{
		{"path4", path4(t), []float64{11.0 / 6, 2.5, 2.5, 11.0 / 6}},
		{"star", star(t), []float64{3, 2, 2, 2}},
		{"split", split(t), []float64{2, 2, 2, 1, 1, 0}},
	}
	for _, tt := range tests {
		if got := csr.Harmonic(tt.g, 2); !near(got, tt.want, tol) {
			t.Errorf("Harmonic(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// PageRank by hand on the star: leaf = 0.15/4 + 0.85·centre/3 and
// centre = 0.15/4 + 0.85·3·leaf, so leaf = 0.048125/0.2775. On split the
// isolated node 5 keeps only its share of teleport and of its own spread
// rank, r5 = 0.15/6 + 0.85·r5/6; every other node then solves
// r = 0.15/6 + 0.85·r5/6 + 0.85·r (its neighbours pass it exactly r in
// total), so the five are equal: (1 − r5)/5.
func TestPageRank(t *testing.T) {
	leaf := 0.048125 / 0.2775
	r5 := 0.025 / (1 - 0.85/6)
	o := (1 - r5) / 5
	tests := []struct {
		name string
		g    *csr.Graph
		want []float64
	}{
		{"star", star(t), []float64{1 - 3*leaf, leaf, leaf, leaf}},
		{"split", split(t), []float64{o, o, o, o, o, r5}},
	}
	for _, tt := range tests {
		if got := csr.PageRank(tt.g, 0.85); !near(got, tt.want, 1e-10) {
			t.Errorf("PageRank(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestPageRankWeighted: on the path 0 -1- 1 -3- 2 node 1 sends three
// quarters of its passed rank to 2. Solving r0 = a + d·r1/4,
// r2 = a + d·(r1·3/4), r1 = a + d·(r0 + r2) with a = 0.05 gives the
// values below (substitute r0 and r2 into r1).
func TestPageRankWeighted(t *testing.T) {
	g, _ := csr.New(3, []csr.Edge{{0, 1, 1}, {1, 2, 3}})
	d, a := 0.85, 0.05
	r1 := (a + d*2*a) / (1 - d*d)
	want := []float64{a + d*r1/4, r1, a + d*r1*3/4}
	if got := csr.PageRank(g, d); !near(got, want, 1e-10) {
		t.Errorf("PageRank(weighted path) = %v, want %v", got, want)
	}
}

// Eigenvector by hand: a star's adjacency has largest eigenvalue √3 with
// eigenvector (√3, 1, 1, 1), scaled to a maximum of 1.
func TestEigenvector(t *testing.T) {
	l := 1 / math.Sqrt(3)
	if got := csr.Eigenvector(star(t)); !near(got, []float64{1, l, l, l}, 1e-8) {
		t.Errorf("Eigenvector(star) = %v, want [1 %v %v %v]", got, l, l, l)
	}
	// path3 is bipartite: A has eigenvalues ±√2, which plain power
	// iteration would oscillate between.
	if got := csr.Eigenvector(path3(t)); !near(got, []float64{1 / math.Sqrt(2), 1, 1 / math.Sqrt(2)}, 1e-8) {
		t.Errorf("Eigenvector(path3) = %v, want [0.7071 1 0.7071]", got)
	}
	if got := csr.Eigenvector(build(t, 2)); !near(got, []float64{0, 0}, 0) {
		t.Errorf("Eigenvector(no edges) = %v, want [0 0]", got)
	}
}

func TestComponents(t *testing.T) {
	comp, k := csr.Components(split(t))
	if want := []int32{0, 0, 0, 1, 1, 2}; k != 3 || !reflect.DeepEqual(comp, want) {
		t.Errorf("Components(split) = %v, %d, want %v, 3", comp, k, want)
	}
}

// Modularity by hand on the barbell split into its cliques: 13 edges,
// 2m = 26; each clique holds 6 edges (in = 12) and strength 13, so
// Q = 2·(12/26 − (13/26)²) = 0.4230769...
func TestLouvainBarbell(t *testing.T) {
	g := barbell(t)
	want := 2 * (12.0/26 - 0.25)
	for seed := range uint64(5) {
		member, q := csr.Louvain(g, 1, seed)
		if wantM := []int32{0, 0, 0, 0, 1, 1, 1, 1}; !reflect.DeepEqual(member, wantM) {
			t.Errorf("Louvain(barbell, seed %d) = %v, want %v", seed, member, wantM)
		}
		if math.Abs(q-want) > tol {
			t.Errorf("Louvain(barbell, seed %d) modularity = %v, want %v", seed, q, want)
		}
	}
	if q := csr.Modularity(g, make([]int32, 8), 1); math.Abs(q) > tol {
		t.Errorf("Modularity(barbell, one community) = %v, want 0", q)
	}
}

func TestLouvainNoEdges(t *testing.T) {
	member, q := csr.Louvain(build(t, 3), 1, 1)
	if !reflect.DeepEqual(member, []int32{0, 1, 2}) || q != 0 {
		t.Errorf("Louvain(no edges) = %v, %v, want [0 1 2], 0", member, q)
	}
}

var edgeListTests = []struct {
	name, in string
	nodes    []string
	edges    int
	strength []float64
	wantErr  bool
}{
	{"weighted", "0 1 2\n1 2 1\n", []string{"0", "1", "2"}, 2, []float64{2, 3, 1}, false},
	{"unweighted tabs comments", "# header\na\tb\n\nb c\n", []string{"a", "b", "c"}, 2, []float64{1, 2, 1}, false},
	{"duplicates and loops", "x y 1\ny x 2\nx x 4\n", []string{"x", "y"}, 1, []float64{3, 3}, false},
	{"bad weight", "0 1 heavy\n", nil, 0, nil, true},
	{"one column", "0\n", nil, 0, nil, true},
	{"empty", "", nil, 0, []float64{}, false},
}

func TestReadEdgeList(t *testing.T) {
	for _, tt := range edgeListTests {
		t.Run(tt.name, func(t *testing.T) {
			g, names, err := csr.ReadEdgeList(strings.NewReader(tt.in))
			if tt.wantErr {
				if err == nil {
					t.Fatalf("ReadEdgeList(%q) = nil error, want one", tt.in)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadEdgeList(%q) = %v", tt.in, err)
			}
			if !reflect.DeepEqual(names, tt.nodes) || g.Edges() != tt.edges || !reflect.DeepEqual(g.Strength(), tt.strength) {
				t.Errorf("ReadEdgeList(%q) = %v, %d edges, strength %v, want %v, %d, %v", tt.in, names, g.Edges(), g.Strength(), tt.nodes, tt.edges, tt.strength)
			}
		})
	}
}

// FuzzReadEdgeList checks properties on any input: no panic, and a graph
// read without error is symmetric, sorted and loop-free.
func FuzzReadEdgeList(f *testing.F) {
	for _, tt := range edgeListTests {
		f.Add(tt.in)
	}
	f.Add("1 2 NaN\n2 3 1e308\n3 1 -1\n")
	f.Fuzz(func(t *testing.T, in string) {
		g, names, err := csr.ReadEdgeList(strings.NewReader(in))
		if err != nil {
			return
		}
		if g.Len() != len(names) {
			t.Fatalf("ReadEdgeList: %d nodes, %d names", g.Len(), len(names))
		}
		for u := range g.Len() {
			nb, _ := g.Neighbours(u)
			for i, v := range nb {
				if int(v) == u || (i > 0 && nb[i-1] >= v) {
					t.Fatalf("row %d = %v: want sorted, no loops, no repeats", u, nb)
				}
			}
		}
		_ = csr.PageRank(g, 0.85)
		_, _ = csr.Louvain(g, 1, 1)
	})
}

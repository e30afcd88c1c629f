package graph_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
)

const tol = 1e-6

// star returns a star with centre C and leaves L1..L3.
func star() *graph.Graph {
	return graph.FromDocument(docOf([]string{"C", "L1"}, []string{"C", "L2"}, []string{"C", "L3"}))
}

// triangle returns three persons who all share events pairwise.
func triangle() *graph.Graph {
	return graph.FromDocument(docOf([]string{"A", "B"}, []string{"B", "C"}, []string{"C", "A"}))
}

// split returns a triangle, a separate pair and an isolated person.
func split() *graph.Graph {
	doc := docOf([]string{"A", "B"}, []string{"B", "C"}, []string{"C", "A"}, []string{"X", "Y"})
	doc.Persons = append(doc.Persons, annals.Person{Name: "Z"})
	return graph.FromDocument(doc)
}

// Expected values worked out by hand. Star PageRank solves
// leaf = 0.15/4 + 0.85*centre/3 and centre = 0.15/4 + 0.85*3*leaf.
var metricTests = []struct {
	name   string
	g      func() *graph.Graph
	metric graph.Metric
	want   map[string]float64
}{
	{"triangle degree", triangle, graph.MetricDegree, map[string]float64{"a": 2, "b": 2, "c": 2}},
	{"triangle pagerank", triangle, graph.MetricPageRank, map[string]float64{"a": 1.0 / 3, "b": 1.0 / 3, "c": 1.0 / 3}},
	{"triangle betweenness", triangle, graph.MetricBetweenness, map[string]float64{"a": 0, "b": 0, "c": 0}},
	{"triangle closeness", triangle, graph.MetricCloseness, map[string]float64{"a": 1, "b": 1, "c": 1}},
	{"star degree", star, graph.MetricDegree, map[string]float64{"c": 3, "l1": 1, "l2": 1, "l3": 1}},
	{"star betweenness", star, graph.MetricBetweenness, map[string]float64{"c": 3, "l1": 0, "l2": 0, "l3": 0}},
	{"star closeness", star, graph.MetricCloseness, map[string]float64{"c": 1, "l1": 2.0 / 3, "l2": 2.0 / 3, "l3": 2.0 / 3}},
	{"star pagerank", star, graph.MetricPageRank, map[string]float64{"c": 0.0375 + 2.55*0.048125/0.2775, "l1": 0.048125 / 0.2775, "l2": 0.048125 / 0.2775, "l3": 0.048125 / 0.2775}},
	{"path3 betweenness", func() *graph.Graph { return chain("A", "B", "C") }, graph.MetricBetweenness, map[string]float64{"a": 0, "b": 1, "c": 0}},
	{"path4 betweenness", func() *graph.Graph { return chain("A", "B", "C", "D") }, graph.MetricBetweenness, map[string]float64{"a": 0, "b": 2, "c": 2, "d": 0}},
	{"path4 closeness", func() *graph.Graph { return chain("A", "B", "C", "D") }, graph.MetricCloseness, map[string]float64{"a": (1 + 0.5 + 1.0/3) / 3, "b": 2.5 / 3, "c": 2.5 / 3, "d": (1 + 0.5 + 1.0/3) / 3}},
	{"weighted strength", func() *graph.Graph {
		return graph.FromDocument(docOf([]string{"A", "B"}, []string{"A", "B"}, []string{"B", "C"}))
	}, graph.MetricStrength, map[string]float64{"a": 2, "b": 3, "c": 1}},
	{"split closeness", split, graph.MetricCloseness, map[string]float64{"a": 0.4, "b": 0.4, "c": 0.4, "x": 0.2, "y": 0.2, "z": 0}},
	{"split degree", split, graph.MetricDegree, map[string]float64{"a": 2, "b": 2, "c": 2, "x": 1, "y": 1, "z": 0}},
	{"split betweenness", split, graph.MetricBetweenness, map[string]float64{"a": 0, "b": 0, "c": 0, "x": 0, "y": 0, "z": 0}},
}

func TestScores(t *testing.T) {
	for _, tt := range metricTests {
		t.Run(tt.name, func(t *testing.T) {
			scores, err := tt.g().Scores(tt.metric)
			if err != nil {
				t.Fatalf("Scores(%s) = %v", tt.metric, err)
			}
			if len(scores) != len(tt.want) {
				t.Fatalf("Scores(%s) has %d scores, want %d", tt.metric, len(scores), len(tt.want))
			}
			for i, s := range scores {
				name := s.Node.Key[len("person:"):]
				if want, ok := tt.want[name]; !ok || math.Abs(s.Value-want) > tol {
					t.Errorf("Scores(%s)[%s] = %.6f, want %.6f", tt.metric, name, s.Value, want)
				}
				if i > 0 {
					prev := scores[i-1]
					if prev.Value < s.Value || prev.Value == s.Value && prev.Node.Key > s.Node.Key {
						t.Errorf("Scores(%s) order: %s (%.4f) before %s (%.4f)", tt.metric, prev.Node.Key, prev.Value, s.Node.Key, s.Value)
					}
				}
			}
		})
	}
}

func TestScoresPageRankSplit(t *testing.T) {
	scores, err := split().Scores(graph.MetricPageRank)
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	byName := map[string]float64{}
	for _, s := range scores {
		sum += s.Value
		byName[s.Node.Label] = s.Value
	}
	if math.Abs(sum-1) > tol {
		t.Errorf("sum of PageRank(split) = %.6f, want 1", sum)
	}
	if math.Abs(byName["A"]-byName["B"]) > tol || math.Abs(byName["X"]-byName["Y"]) > tol {
		t.Errorf("PageRank(split) = %v, want symmetric nodes equal", byName)
	}
	if byName["Z"] <= 0 || byName["Z"] >= byName["X"] {
		t.Errorf("PageRank(split)[Z] = %.6f, want an isolated node above 0 and below a linked one (%.6f)", byName["Z"], byName["X"])
	}
}

func TestScoresDegreeField(t *testing.T) {
	scores, err := star().Scores(graph.MetricPageRank)
	if err != nil {
		t.Fatal(err)
	}
	if scores[0].Node.Label != "C" || scores[0].Degree != 3 || scores[1].Degree != 1 {
		t.Errorf("Scores(pagerank)[0] = %+v, [1] = %+v, want centre C first with degree 3, leaves degree 1", scores[0], scores[1])
	}
}

func TestScoresEmpty(t *testing.T) {
	for _, m := range graph.Metrics {
		got, err := graph.FromDocument(nil).Scores(m)
		if err != nil || got == nil || len(got) != 0 {
			t.Errorf("empty.Scores(%s) = %v, %v, want empty slice, nil", m, got, err)
		}
	}
}

func TestScoresUnknownMetric(t *testing.T) {
	if _, err := triangle().Scores("eigen"); !errors.Is(err, annals.ErrInvalid) {
		t.Errorf("Scores(eigen) error = %v, want ErrInvalid", err)
	}
}

func TestParseMetric(t *testing.T) {
	tests := []struct {
		in   string
		want graph.Metric
		ok   bool
	}{
		{"degree", graph.MetricDegree, true},
		{" PageRank ", graph.MetricPageRank, true},
		{"weighted", graph.MetricStrength, true},
		{"closeness", graph.MetricCloseness, true},
		{"katz", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, err := graph.ParseMetric(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseMetric(%q) = %q, %v, want %q (ok %v)", tt.in, got, err, tt.want, tt.ok)
		}
		if !tt.ok && !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("ParseMetric(%q) error = %v, want ErrInvalid", tt.in, err)
		}
	}
}

func TestComponents(t *testing.T) {
	want := [][]string{
		{"person:a", "person:b", "person:c"},
		{"person:x", "person:y"},
		{"person:z"},
	}
	if got := split().Components(); !reflect.DeepEqual(got, want) {
		t.Errorf("Components() = %v, want %v", got, want)
	}
	if got := graph.FromDocument(nil).Components(); got == nil || len(got) != 0 {
		t.Errorf("empty.Components() = %v, want empty", got)
	}
}

func TestCommunities(t *testing.T) {
	// Two triangles joined by one edge split at the bridge; the isolated
	// node is alone.
	doc := docOf([]string{"A", "B"}, []string{"B", "C"}, []string{"C", "A"},
		[]string{"D", "E"}, []string{"E", "F"}, []string{"F", "D"}, []string{"C", "D"})
	doc.Persons = append(doc.Persons, annals.Person{Name: "Z"})
	g := graph.FromDocument(doc)
	want := [][]string{
		{"person:a", "person:b", "person:c"},
		{"person:d", "person:e", "person:f"},
		{"person:z"},
	}
	for seed := range uint64(20) {
		if got := g.Communities(seed); !reflect.DeepEqual(got, want) {
			t.Errorf("Communities(%d) = %v, want %v", seed, got, want)
		}
	}
	noEdges := graph.FromDocument(&annals.Document{Persons: []annals.Person{{Name: "P"}, {Name: "Q"}}})
	if got, want := noEdges.Communities(graph.DefaultSeed), [][]string{{"person:p"}, {"person:q"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Communities(no edges) = %v, want %v", got, want)
	}
	if got := graph.FromDocument(nil).Communities(graph.DefaultSeed); got == nil || len(got) != 0 {
		t.Errorf("empty.Communities() = %v, want empty", got)
	}
}

// TestCommunitiesDeterministic checks that one seed gives one answer on
// a graph where Louvain has choices to make.
func TestCommunitiesDeterministic(t *testing.T) {
	var groups [][]string
	for i := range 12 {
		groups = append(groups, []string{string(rune('A' + i)), string(rune('A' + (i+1)%12))})
		groups = append(groups, []string{string(rune('A' + i)), string(rune('A' + (i+5)%12))})
	}
	first := graph.FromDocument(docOf(groups...)).Communities(7)
	for range 10 {
		if got := graph.FromDocument(docOf(groups...)).Communities(7); !reflect.DeepEqual(got, first) {
			t.Fatalf("Communities(7) = %v, then %v, want equal", first, got)
		}
	}
}

// TestScoresNoEdges runs every metric on graphs of isolated nodes, which
// some algorithms treat as special cases (dangling nodes in PageRank, no
// reachable node for closeness).
func TestScoresNoEdges(t *testing.T) {
	for _, n := range []int{1, 3} {
		doc := &annals.Document{}
		for i := range n {
			doc.Persons = append(doc.Persons, annals.Person{Name: string(rune('A' + i))})
		}
		g := graph.FromDocument(doc)
		for _, m := range graph.Metrics {
			scores, err := g.Scores(m)
			if err != nil || len(scores) != n {
				t.Fatalf("Scores(%s) on %d isolated nodes = %v, %v, want %d scores", m, n, scores, err, n)
			}
			want := 0.0
			if m == graph.MetricPageRank {
				want = 1 / float64(n)
			}
			for _, s := range scores {
				if math.Abs(s.Value-want) > tol || s.Degree != 0 {
					t.Errorf("Scores(%s)[%s] on %d isolated nodes = %.6f (degree %d), want %.6f (degree 0)", m, s.Node.Label, n, s.Value, s.Degree, want)
				}
			}
		}
	}
}

// randomGraph links n persons through m events of two or three
// participants drawn from a fixed seed; many nodes tie.
func randomGraph(n, m int, seed uint64) *graph.Graph {
	r := rand.New(rand.NewPCG(seed, seed))
	var groups [][]string
	for range m {
		grp := make([]string, 2+r.IntN(2))
		for i := range grp {
			grp[i] = fmt.Sprintf("P%04d", r.IntN(n))
		}
		groups = append(groups, grp)
	}
	doc := docOf(groups...)
	for i := range n { // every person a node, linked or not
		doc.Persons = append(doc.Persons, annals.Person{Name: fmt.Sprintf("P%04d", i)})
	}
	return graph.FromDocument(doc)
}

// TestPageRankMatchesGonum checks our deterministic PageRank against
// gonum's on random weighted graphs with isolated nodes.
func TestPageRankMatchesGonum(t *testing.T) {
	for seed := range uint64(3) {
		g := randomGraph(60, 80, seed)
		scores, err := g.Scores(graph.MetricPageRank)
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]int64{}
		d := simple.NewWeightedDirectedGraph(0, 0)
		for i, n := range g.Nodes() {
			ids[n.Key] = int64(i)
			d.AddNode(simple.Node(int64(i)))
		}
		for _, e := range g.Edges() {
			w := float64(e.Weight)
			d.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(ids[e.From]), T: simple.Node(ids[e.To]), W: w})
			d.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(ids[e.To]), T: simple.Node(ids[e.From]), W: w})
		}
		want := network.PageRank(d, 0.85, 1e-12)
		for _, s := range scores {
			if w := want[ids[s.Node.Key]]; math.Abs(s.Value-w) > 1e-8 {
				t.Errorf("seed %d: PageRank(%s) = %.10f, gonum says %.10f", seed, s.Node.Key, s.Value, w)
			}
		}
	}
}

// TestScoresReproducible computes every metric twice on graphs with many
// ties and wants the same order and the same bits.
func TestScoresReproducible(t *testing.T) {
	for _, m := range graph.Metrics {
		first, err := randomGraph(80, 90, 9).Scores(m)
		if err != nil {
			t.Fatal(err)
		}
		for range 5 {
			again, _ := randomGraph(80, 90, 9).Scores(m)
			if !reflect.DeepEqual(again, first) {
				t.Fatalf("Scores(%s) differs between runs", m)
			}
		}
		for i := 1; i < len(first); i++ {
			if a, b := first[i-1], first[i]; a.Value == b.Value && a.Node.Key > b.Node.Key {
				t.Errorf("Scores(%s): tie %s before %s, want key order", m, a.Node.Key, b.Node.Key)
			}
		}
	}
	c := randomGraph(80, 90, 9).Communities(graph.DefaultSeed)
	for range 5 {
		if again := randomGraph(80, 90, 9).Communities(graph.DefaultSeed); !reflect.DeepEqual(again, c) {
			t.Fatalf("Communities(%d) differs between runs", graph.DefaultSeed)
		}
	}
}

// BenchmarkScores measures each metric on a graph of 2,000 actors and
// 4,000 events. Run with go test -run '^$' -bench Scores -benchtime 3x ./graph/
func BenchmarkScores(b *testing.B) {
	g := randomGraph(2000, 4000, 1)
	for _, m := range graph.Metrics {
		b.Run(string(m), func(b *testing.B) {
			for b.Loop() {
				if _, err := g.Scores(m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("communities", func(b *testing.B) {
		for b.Loop() {
			g.Communities(graph.DefaultSeed)
		}
	})
}

// TestBetweennessMatchesGonum checks our Brandes and harmonic closeness
// against gonum's on random graphs with several components.
func TestBetweennessMatchesGonum(t *testing.T) {
	for seed := range uint64(3) {
		g := randomGraph(60, 70, seed)
		scores, err := g.Scores(graph.MetricBetweenness)
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]int64{}
		u := simple.NewUndirectedGraph()
		for i, n := range g.Nodes() {
			ids[n.Key] = int64(i)
			u.AddNode(simple.Node(int64(i)))
		}
		for _, e := range g.Edges() {
			u.SetEdge(simple.Edge{F: simple.Node(ids[e.From]), T: simple.Node(ids[e.To])})
		}
		want := network.Betweenness(u)
		for _, s := range scores {
			if w := want[ids[s.Node.Key]] / 2; math.Abs(s.Value-w) > 1e-6 {
				t.Errorf("seed %d: Betweenness(%s) = %.6f, gonum says %.6f", seed, s.Node.Key, s.Value, w)
			}
		}
		closeness, err := g.Scores(graph.MetricCloseness)
		if err != nil {
			t.Fatal(err)
		}
		harmonic := network.Harmonic(u, path.DijkstraAllPaths(u))
		for _, s := range closeness {
			if w := harmonic[ids[s.Node.Key]] / float64(len(ids)-1); math.Abs(s.Value-w) > 1e-9 {
				t.Errorf("seed %d: Closeness(%s) = %.9f, gonum says %.9f", seed, s.Node.Key, s.Value, w)
			}
		}
	}
}

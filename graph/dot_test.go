package graph_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	gf "github.com/annals-project/annals/internal/golden"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with the golden file name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	gf.Check(t, filepath.Join("testdata", name), got, *update)
}

// checkDOT parses b with gonum's DOT parser and, when Graphviz is
// installed, renders it to SVG.
func checkDOT(t *testing.T, b []byte) {
	t.Helper()
	if _, err := dot.ParseBytes(b); err != nil {
		t.Errorf("parse DOT: %v\n%s", err, b)
	}
	path, err := exec.LookPath("dot")
	if err != nil {
		t.Log("dot not on PATH: skipping the Graphviz render check")
		return
	}
	cmd := exec.Command(path, "-Tsvg")
	cmd.Stdin = bytes.NewReader(b)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if out, err := cmd.Output(); err != nil || !bytes.Contains(out, []byte("<svg")) {
		t.Errorf("dot -Tsvg = %v: %s", err, stderr.String())
	}
}

// dotSource is an event graph with every node kind, a repeated edge, a role
// (drawn on a second line), quotes, a backslash and Cyrillic. It is loaded
// from a fake source with explicit labels, so the golden does not depend
// on the country-name table.
func dotSource() *fakeSource {
	lavrov := person("Sergei Lavrov")
	lavrov.Role = "Foreign Minister"
	kishida, odd, cyr := person("Fumio Kishida"), person(`Jean "JJ" O\Neil`), person("Сергей Лавров")
	rus := annals.Node{Key: "country:RUS", Kind: annals.KindCountry, Label: "Russia"}
	jpn := annals.Node{Key: "country:JPN", Kind: annals.KindCountry, Label: "Japan"}
	ap := annals.Node{Key: "organization:associated press", Kind: annals.KindOrganization, Label: "Associated Press"}
	f := &fakeSource{}
	f.event("e1", annals.EventMeet, annals.StatusOccurred, "2013-11-01", "2013-11-01", lavrov, kishida, rus, jpn)
	f.event("e2", annals.EventAgree, annals.StatusOccurred, "2013-11-01", "2013-11-01", lavrov, kishida)
	f.event("e3", annals.EventStatement, annals.StatusOccurred, "", "", ap, odd)
	f.event("e4", annals.EventMeet, annals.StatusPlanned, "", "", cyr, jpn)
	return f
}

// dotSample is the graph of dotSource.
func dotSample() *graph.Graph {
	g, err := graph.Load(context.Background(), dotSource(), graph.Filter{})
	if err != nil {
		panic("graph_test: " + err.Error())
	}
	return g
}

func TestWriteDOT(t *testing.T) {
	var b bytes.Buffer
	opts := graph.DOTOptions{Label: "Russia–Japan \"2+2\"\ntalks", Highlight: "person:sergei lavrov", EdgeLabels: true}
	if err := graph.WriteDOT(&b, dotSample(), opts); err != nil {
		t.Fatalf("WriteDOT = %v", err)
	}
	golden(t, "sample.dot", b.Bytes())
	checkDOT(t, b.Bytes())

	// Deterministic: a second graph built the same way writes the same bytes.
	var b2 bytes.Buffer
	if err := graph.WriteDOT(&b2, dotSample(), opts); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), b2.Bytes()) {
		t.Errorf("WriteDOT is not deterministic:\n%s\n---\n%s", b.Bytes(), b2.Bytes())
	}
}

func TestWriteDOTEmpty(t *testing.T) {
	for _, g := range []*graph.Graph{nil, graph.FromDocument(nil)} {
		var b bytes.Buffer
		if err := graph.WriteDOT(&b, g, graph.DOTOptions{}); err != nil {
			t.Fatal(err)
		}
		checkDOT(t, b.Bytes())
		if strings.Contains(b.String(), "--") {
			t.Errorf("WriteDOT(empty) = %q, want no edges", b.String())
		}
	}
}

// TestWriteDOTHostileNames feeds names with every character DOT treats
// specially and checks the output still parses.
func TestWriteDOTHostileNames(t *testing.T) {
	names := []string{`a"b`, `c\`, "d\ne", "f\x00g\x7f", "h\xff\xfei", "}; digraph {", "-- x", "日本", `\"`}
	doc := &annals.Document{}
	for _, n := range names {
		doc.Persons = append(doc.Persons, annals.Person{Name: n})
	}
	doc.Events = []annals.Event{{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: names}}
	var b bytes.Buffer
	if err := graph.WriteDOT(&b, graph.FromDocument(doc), graph.DOTOptions{Name: `x"y`, Label: `\`}); err != nil {
		t.Fatal(err)
	}
	checkDOT(t, b.Bytes())
	f, err := dot.ParseBytes(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Graphs) != 1 {
		t.Errorf("WriteDOT(hostile) parsed into %d graphs, want 1", len(f.Graphs))
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteDOTError(t *testing.T) {
	if err := graph.WriteDOT(failWriter{}, star(), graph.DOTOptions{}); err == nil {
		t.Error("WriteDOT(failing writer) = nil, want an error")
	}
}

// FuzzWriteDOT checks that any pair of actor names, a role and a title
// give a file that parses as one DOT graph holding the edge between them.
func FuzzWriteDOT(f *testing.F) {
	f.Add("Sergei Lavrov", "Fumio Kishida", "Foreign Minister", "talks") // plain
	f.Add("Сергей Лавров", "岸田文雄", "", "")                               // non-Latin
	f.Add(`a"b`, `c\`, "x\ny", `\`)                                      // quotes, backslashes, newlines
	f.Add("\xff\xfe", "\uFFFD", "\x00\t\r", "}")                         // invalid UTF-8, control characters
	f.Add("", " ", "--", "graph { }")                                    // empty and DOT syntax
	f.Add(`x" -- "y`, "z", "", "")                                       // an edge operator inside a name
	f.Fuzz(func(t *testing.T, a, b, role, title string) {
		doc := &annals.Document{
			Persons: []annals.Person{{Name: a, Role: role}, {Name: b}},
			Events:  []annals.Event{{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{a, b}}},
		}
		g := graph.FromDocument(doc)
		var buf bytes.Buffer
		if err := graph.WriteDOT(&buf, g, graph.DOTOptions{Name: title, Label: title, Highlight: "person:" + a, EdgeLabels: true}); err != nil {
			t.Fatal(err)
		}
		file, err := dot.ParseBytes(buf.Bytes())
		if err != nil {
			t.Fatalf("WriteDOT(%q, %q) does not parse: %v\n%s", a, b, err, buf.Bytes())
		}
		if len(file.Graphs) != 1 {
			t.Fatalf("WriteDOT(%q, %q) parsed into %d graphs, want 1", a, b, len(file.Graphs))
		}
		edges := 0
		for _, st := range file.Graphs[0].Stmts {
			if _, ok := st.(*ast.EdgeStmt); ok {
				edges++
			}
		}
		if got, want := edges, len(g.Edges()); got != want {
			t.Errorf("WriteDOT(%q, %q) has %d edges, want %d", a, b, got, want)
		}
	})
}

// TestNetworkWriteDOT: the compact network writes the same DOT as the full
// graph, whole and as an ego network.
func TestNetworkWriteDOT(t *testing.T) {
	g := dotSample()
	opts := graph.DOTOptions{Label: "x", Highlight: "person:sergei lavrov", EdgeLabels: true}
	var full, compact bytes.Buffer
	if err := graph.WriteDOT(&full, g, opts); err != nil {
		t.Fatal(err)
	}
	if err := g.Network().WriteDOT(&compact, nil, opts); err != nil {
		t.Fatal(err)
	}
	if full.String() != compact.String() {
		t.Errorf("Network.WriteDOT differs from WriteDOT:\n%s\nvs\n%s", compact.String(), full.String())
	}
	members, err := g.Network().Ego("person:sergei lavrov", 1)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, m := range members {
		keys = append(keys, m.Node.Key)
	}
	full.Reset()
	compact.Reset()
	if err := graph.WriteDOT(&full, g.Neighbourhood("person:sergei lavrov", 1), opts); err != nil {
		t.Fatal(err)
	}
	if err := g.Network().WriteDOT(&compact, keys, opts); err != nil {
		t.Fatal(err)
	}
	if full.String() != compact.String() {
		t.Errorf("ego Network.WriteDOT differs from WriteDOT of the neighbourhood:\n%s\nvs\n%s", compact.String(), full.String())
	}
	checkDOT(t, compact.Bytes())
}

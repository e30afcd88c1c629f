package graph_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
)

var exportOpts = graph.ExportOptions{Metrics: graph.DefaultExportMetrics, Communities: true, Seed: graph.DefaultSeed}

var exports = []struct {
	name  string
	write func(io.Writer, *graph.Graph) error
}{
	{"sample.graphml", func(w io.Writer, g *graph.Graph) error { return graph.WriteGraphML(w, g, exportOpts) }},
	{"sample.gexf", func(w io.Writer, g *graph.Graph) error { return graph.WriteGEXF(w, g, exportOpts) }},
	{"sample.json", func(w io.Writer, g *graph.Graph) error { return graph.WriteJSON(w, g, exportOpts) }},
	{"sample.edgelist", graph.WriteEdgeList},
}

// TestExports compares each export of the DOT sample (every node kind,
// quotes, a backslash, Cyrillic, undated events) with its golden file,
// checks that the XML and JSON parse, and that writing twice gives the
// same bytes.
func TestExports(t *testing.T) {
	for _, x := range exports {
		t.Run(x.name, func(t *testing.T) {
			var b, again bytes.Buffer
			if err := x.write(&b, dotSample()); err != nil {
				t.Fatalf("write %s = %v", x.name, err)
			}
			golden(t, x.name, b.Bytes())
			if err := x.write(&again, dotSample()); err != nil || !bytes.Equal(b.Bytes(), again.Bytes()) {
				t.Errorf("write %s twice: different bytes (err %v)", x.name, err)
			}
			switch filepath.Ext(x.name) {
			case ".graphml", ".gexf":
				checkXML(t, b.Bytes())
			case ".json":
				var v struct {
					Nodes []map[string]any
					Links []map[string]any
				}
				if err := json.Unmarshal(b.Bytes(), &v); err != nil {
					t.Fatalf("json: %v", err)
				}
				if len(v.Nodes) != 7 || len(v.Links) != 8 {
					t.Errorf("json: %d nodes, %d links, want 7, 8", len(v.Nodes), len(v.Links))
				}
			}
		})
	}
}

func checkXML(t *testing.T, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("XML does not parse: %v", err)
		}
	}
}

// TestExportsOddNames checks that names with control characters, markup
// and invalid UTF-8 still give well-formed XML and valid JSON.
func TestExportsOddNames(t *testing.T) {
	doc := docOf([]string{"A <b>&amp;\"x\"", "tab\there\x01\xff"}, []string{"A <b>&amp;\"x\"", "Ωμέγα"})
	g := graph.FromDocument(doc)
	for _, x := range exports {
		var b bytes.Buffer
		if err := x.write(&b, g); err != nil {
			t.Fatalf("write %s = %v", x.name, err)
		}
		switch filepath.Ext(x.name) {
		case ".graphml", ".gexf":
			checkXML(t, b.Bytes())
		case ".json":
			if !json.Valid(b.Bytes()) {
				t.Errorf("%s: invalid JSON", x.name)
			}
		case ".edgelist":
			for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
				if n := len(strings.Split(line, "\t")); n != 3 {
					t.Errorf("edge list line %q has %d fields, want 3", line, n)
				}
			}
		}
	}
}

func TestExportUnknownMetric(t *testing.T) {
	err := graph.WriteGraphML(io.Discard, dotSample(), graph.ExportOptions{Metrics: []graph.Metric{"fame"}})
	if !errors.Is(err, annals.ErrInvalid) {
		t.Errorf("WriteGraphML(metric fame) = %v, want ErrInvalid", err)
	}
}

// readBack is run by /usr/bin/python3: it reads the GraphML and GEXF
// files with networkx and prints node and edge counts, one node's kind
// and pagerank, and one edge's weight. networkx 2.8 knows GEXF up to
// 1.2draft; 1.3 differs only in its namespace for what we write, so the
// script registers it under the 1.3 namespace.
const readBack = `
import sys, networkx as nx
from networkx.readwrite import gexf
d = dict(gexf.GEXF.versions["1.2draft"])
d.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
gexf.GEXF.versions["1.3"] = d
for g in (nx.read_graphml(sys.argv[1]), nx.read_gexf(sys.argv[2], version="1.3")):
    n = g.nodes["person:sergei lavrov"]
    e = g.edges["person:fumio kishida", "person:sergei lavrov"]
    print(g.number_of_nodes(), g.number_of_edges(), n["kind"], round(n["pagerank"], 6), n["degree"], e["weight"], n["first"])
`

// TestExportsReadByNetworkx reads the GraphML and GEXF exports back with
// networkx (Debian's python3-networkx; .ci/run installs it) and checks
// counts and attributes against the graph.
func TestExportsReadByNetworkx(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: skipping the networkx read-back")
	}
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
		t.Skipf("networkx not importable by %s (apt-get install python3-networkx): skipping the read-back check", py)
	}
	dir := t.TempDir()
	g := dotSample()
	paths := []string{filepath.Join(dir, "g.graphml"), filepath.Join(dir, "g.gexf")}
	for i, write := range []func(io.Writer, *graph.Graph, graph.ExportOptions) error{graph.WriteGraphML, graph.WriteGEXF} {
		var b bytes.Buffer
		if err := write(&b, g, exportOpts); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(paths[i], b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(py, "-c", readBack, paths[0], paths[1]).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx read-back: %v\n%s", err, out)
	}
	scores, _ := g.Scores(graph.MetricPageRank)
	var pr float64
	for _, s := range scores {
		if s.Node.Key == "person:sergei lavrov" {
			pr = s.Value
		}
	}
	want := strings.Repeat(strings.Join([]string{"7", "8", "person", formatRound(pr), "3", "2.0", "2013-11-01"}, " ")+"\n", 2)
	if string(out) != want {
		t.Errorf("networkx read-back printed\n%s\nwant\n%s", out, want)
	}
}

// formatRound prints v as Python prints round(v, 6).
func formatRound(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e6)/1e6, 'g', -1, 64)
}

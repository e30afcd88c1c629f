package graph

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
)

// ExportOptions configure the exports to GraphML, GEXF and JSON.
type ExportOptions struct {
	// Metrics are computed and written as node attributes, in this order.
	Metrics []Metric
	// Communities adds each node's Louvain community (numbered from 0,
	// largest first, as [Graph.Communities] orders them) with seed Seed.
	Communities bool
	Seed        uint64
}

// DefaultExportMetrics are the metrics the exports carry unless told
// otherwise: cheap on any graph except betweenness, which is what analysts
// size nodes by in Gephi.
var DefaultExportMetrics = []Metric{MetricDegree, MetricStrength, MetricPageRank, MetricBetweenness}

// attr is a node or edge attribute of the exports.
type attr struct {
	name string
	typ  string // "string", "int" or "double"
}

// exportNode is a node with its attribute values, in the order of the
// table's node attributes.
type exportNode struct {
	node   annals.Node
	values []any
}

// exportTable is what every export writes: nodes sorted by key with
// their attributes, edges sorted by From then To.
type exportTable struct {
	nodeAttrs []attr
	nodes     []exportNode
	edgeAttrs []attr
	edges     []Edge
}

var edgeAttrs = []attr{{"weight", "double"}, {"first", "string"}, {"last", "string"}, {"types", "string"}}

// table computes the export table of g: kind, country, role, the first
// and last date of the node's events, then the metrics and the community.
func (g *Graph) table(o ExportOptions) (exportTable, error) {
	return makeTable(g.Nodes(), g.Edges(), g.Scores, g.Communities, o)
}

// makeTable computes the export table of a graph given as its nodes
// (sorted by key), edges (sorted), metric and community functions.
func makeTable(nodes []annals.Node, edges []Edge, scoresOf func(Metric) ([]Score, error), communitiesOf func(uint64) [][]string, o ExportOptions) (exportTable, error) {
	t := exportTable{
		nodeAttrs: []attr{{"label", "string"}, {"kind", "string"}, {"country", "string"}, {"role", "string"}, {"first", "string"}, {"last", "string"}},
		edgeAttrs: edgeAttrs,
		edges:     edges,
	}
	pos := make(map[string]int, len(nodes))
	first := make([]annals.Date, len(nodes))
	last := make([]annals.Date, len(nodes))
	for i, n := range nodes {
		pos[n.Key] = i
	}
	for _, e := range t.edges {
		for _, k := range []string{e.From, e.To} {
			i := pos[k]
			if !e.First.IsZero() && (first[i].IsZero() || e.First.Before(first[i])) {
				first[i] = e.First
			}
			if !e.Last.IsZero() && (last[i].IsZero() || e.Last.After(last[i])) {
				last[i] = e.Last
			}
		}
	}
	for i, n := range nodes {
		t.nodes = append(t.nodes, exportNode{node: n, values: []any{n.Label, string(n.Kind), string(n.Country), n.Role, dateString(first[i]), dateString(last[i])}})
	}
	for _, m := range o.Metrics {
		scores, err := scoresOf(m)
		if err != nil {
			return t, err
		}
		typ := "double"
		if m.IsIntegral() {
			typ = "int"
		}
		t.nodeAttrs = append(t.nodeAttrs, attr{string(m), typ})
		for _, s := range scores {
			i := pos[s.Node.Key]
			if m.IsIntegral() {
				t.nodes[i].values = append(t.nodes[i].values, int64(s.Value))
			} else {
				t.nodes[i].values = append(t.nodes[i].values, s.Value)
			}
		}
	}
	if o.Communities {
		t.nodeAttrs = append(t.nodeAttrs, attr{"community", "int"})
		comm := make([]int64, len(nodes))
		for c, keys := range communitiesOf(o.Seed) {
			for _, k := range keys {
				comm[pos[k]] = int64(c)
			}
		}
		for i := range t.nodes {
			t.nodes[i].values = append(t.nodes[i].values, comm[i])
		}
	}
	return t, nil
}

func dateString(d annals.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func (e Edge) values() []any {
	types := make([]string, len(e.Types))
	for i, t := range e.Types {
		types[i] = string(t)
	}
	return []any{float64(e.Weight), dateString(e.First), dateString(e.Last), strings.Join(types, ";")}
}

// formatAttr prints an attribute value: doubles with up to 10 significant
// digits (the precision Scores keeps), integers and strings as they are.
func formatAttr(v any) string {
	switch v := v.(type) {
	case float64:
		return strconv.FormatFloat(v, 'g', 10, 64)
	case int64:
		return strconv.FormatInt(v, 10)
	case string:
		return v
	}
	return fmt.Sprint(v)
}

// escapeXML returns s escaped for XML text and attribute values. Characters
// XML 1.0 forbids (most control characters, invalid UTF-8) become U+FFFD,
// so any stored name gives a well-formed file.
func escapeXML(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
	return b.String()
}

// WriteGraphML writes g to w as GraphML (graphml.graphdrawing.org), an
// undirected graph whose nodes carry label, kind, country, role, the
// first and last date of their events and the metrics of o as data keys,
// and whose edges carry weight (shared events), first, last and types
// (semicolon-separated). Gephi, yEd, igraph and networkx read it. Output is
// deterministic (nodes by key, edges by From then To). Errors are w's, or
// an unknown metric's (wrapping annals.ErrInvalid).
func WriteGraphML(w io.Writer, g *Graph, o ExportOptions) error {
	t, err := g.table(o)
	if err != nil {
		return fmt.Errorf("graph: write graphml: %w", err)
	}
	return t.writeGraphML(w)
}

func (t exportTable) writeGraphML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, a := range t.nodeAttrs {
		fmt.Fprintf(bw, "  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", a.name, a.name, graphMLType(a.typ))
	}
	for _, a := range t.edgeAttrs {
		fmt.Fprintf(bw, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", a.name, a.name, graphMLType(a.typ))
	}
	bw.WriteString("  <graph id=\"annals\" edgedefault=\"undirected\">\n")
	for _, n := range t.nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", escapeXML(n.node.Key))
		for i, v := range n.values {
			fmt.Fprintf(bw, "      <data key=\"n_%s\">%s</data>\n", t.nodeAttrs[i].name, escapeXML(formatAttr(v)))
		}
		bw.WriteString("    </node>\n")
	}
	for _, e := range t.edges {
		fmt.Fprintf(bw, "    <edge source=\"%s\" target=\"%s\">\n", escapeXML(e.From), escapeXML(e.To))
		for i, v := range e.values() {
			fmt.Fprintf(bw, "      <data key=\"e_%s\">%s</data>\n", t.edgeAttrs[i].name, escapeXML(formatAttr(v)))
		}
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

func graphMLType(t string) string {
	if t == "int" {
		return "long"
	}
	return t
}

// WriteGEXF writes g to w as GEXF 1.3 (gexf.net), Gephi's native format:
// a static undirected graph whose nodes carry the attributes WriteGraphML
// writes (dates as strings, "YYYY-MM-DD"), whose edges carry their weight
// and first, last and types attributes, and whose nodes are coloured by
// kind as in [WriteDOT]. Output is deterministic. Errors are w's, or an
// unknown metric's (wrapping annals.ErrInvalid).
func WriteGEXF(w io.Writer, g *Graph, o ExportOptions) error {
	t, err := g.table(o)
	if err != nil {
		return fmt.Errorf("graph: write gexf: %w", err)
	}
	return t.writeGEXF(w)
}

func (t exportTable) writeGEXF(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n")
	bw.WriteString("  <meta>\n    <creator>annals</creator>\n    <description>actor network: actors linked by shared events</description>\n  </meta>\n")
	bw.WriteString("  <graph defaultedgetype=\"undirected\" mode=\"static\">\n")
	bw.WriteString("    <attributes class=\"node\" mode=\"static\">\n")
	// label is GEXF's own node attribute.
	for i, a := range t.nodeAttrs[1:] {
		fmt.Fprintf(bw, "      <attribute id=\"%d\" title=\"%s\" type=\"%s\"/>\n", i, a.name, gexfType(a.typ))
	}
	bw.WriteString("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n")
	for i, a := range t.edgeAttrs[1:] { // weight is GEXF's own edge attribute
		fmt.Fprintf(bw, "      <attribute id=\"%d\" title=\"%s\" type=\"%s\"/>\n", i, a.name, gexfType(a.typ))
	}
	bw.WriteString("    </attributes>\n    <nodes>\n")
	for _, n := range t.nodes {
		fmt.Fprintf(bw, "      <node id=\"%s\" label=\"%s\">\n        <attvalues>\n", escapeXML(n.node.Key), escapeXML(n.node.Label))
		for i, v := range n.values[1:] {
			fmt.Fprintf(bw, "          <attvalue for=\"%d\" value=\"%s\"/>\n", i, escapeXML(formatAttr(v)))
		}
		bw.WriteString("        </attvalues>\n")
		if style, ok := nodeStyle[n.node.Kind]; ok {
			r, gr, b := hexRGB(style[1])
			fmt.Fprintf(bw, "        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n", r, gr, b)
		}
		bw.WriteString("      </node>\n")
	}
	bw.WriteString("    </nodes>\n    <edges>\n")
	for i, e := range t.edges {
		vals := e.values()
		fmt.Fprintf(bw, "      <edge id=\"%d\" source=\"%s\" target=\"%s\" weight=\"%s\">\n        <attvalues>\n", i, escapeXML(e.From), escapeXML(e.To), formatAttr(vals[0]))
		for j, v := range vals[1:] {
			fmt.Fprintf(bw, "          <attvalue for=\"%d\" value=\"%s\"/>\n", j, escapeXML(formatAttr(v)))
		}
		bw.WriteString("        </attvalues>\n      </edge>\n")
	}
	bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return bw.Flush()
}

func gexfType(t string) string {
	if t == "int" {
		return "long"
	}
	return t
}

// hexRGB parses "#rrggbb".
func hexRGB(s string) (r, g, b int64) {
	v, _ := strconv.ParseInt(strings.TrimPrefix(s, "#"), 16, 32)
	return v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff
}

// WriteJSON writes g to w as node-link JSON, the shape d3-force and
// networkx's node_link_graph read: {"directed": false, "multigraph":
// false, "graph": {}, "nodes": [{"id": key, "label": ..., ...}], "links":
// [{"source": key, "target": key, "weight": ..., ...}]}, with the
// attributes WriteGraphML writes (empty strings left out). Output is
// deterministic and indented. Errors are w's, or an unknown metric's.
func WriteJSON(w io.Writer, g *Graph, o ExportOptions) error {
	t, err := g.table(o)
	if err != nil {
		return fmt.Errorf("graph: write json: %w", err)
	}
	return t.writeJSON(w)
}

func (t exportTable) writeJSON(w io.Writer) error {
	type object = fieldList
	doc := struct {
		Directed   bool     `json:"directed"`
		Multigraph bool     `json:"multigraph"`
		Graph      struct{} `json:"graph"`
		Nodes      []object `json:"nodes"`
		Links      []object `json:"links"`
	}{Nodes: []object{}, Links: []object{}}
	for _, n := range t.nodes {
		obj := object{{"id", n.node.Key}}
		for i, v := range n.values {
			if s, ok := v.(string); ok && s == "" {
				continue
			}
			obj = append(obj, jsonField{t.nodeAttrs[i].name, v})
		}
		doc.Nodes = append(doc.Nodes, obj)
	}
	for _, e := range t.edges {
		obj := object{{"source", e.From}, {"target", e.To}}
		for i, v := range e.values() {
			if s, ok := v.(string); ok && s == "" {
				continue
			}
			obj = append(obj, jsonField{t.edgeAttrs[i].name, v})
		}
		doc.Links = append(doc.Links, obj)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// jsonField is one member of a JSON object written in a fixed order.
type jsonField struct {
	name  string
	value any
}

// fieldList is a JSON object whose members keep their order.
type fieldList []jsonField

// MarshalJSON writes fs as a JSON object, members in order.
func (fs fieldList) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, f := range fs {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(f.name)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(f.value)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// WriteEdgeList writes one line per edge, "source<TAB>target<TAB>weight",
// sorted by source then target, with node keys as names: the plainest
// format any graph tool imports. Tabs and line breaks inside keys become
// spaces. The only errors are w's.
func WriteEdgeList(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	for _, e := range g.Edges() {
		fmt.Fprintf(bw, "%s\t%s\t%d\n", clean.Replace(e.From), clean.Replace(e.To), e.Weight)
	}
	return bw.Flush()
}

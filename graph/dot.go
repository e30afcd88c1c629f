package graph

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// DOTOptions configures [WriteDOT].
type DOTOptions struct {
	// Name is the graph's ID in the file; "annals" when empty.
	Name string
	// Label is a title drawn under the graph; none when empty.
	Label string
	// Highlight is the key of a node drawn with a bold outline, e.g. the
	// centre of an ego graph.
	Highlight string
	// EdgeLabels writes each edge's weight as its label.
	EdgeLabels bool
}

// nodeStyle gives each node kind a shape and fill colour, so persons,
// organisations and countries are told apart at a glance (ColorBrewer
// Pastel1 colours, readable in print and to most colour-blind readers).
var nodeStyle = map[annals.NodeKind][2]string{
	annals.KindPerson:       {"ellipse", "#b3cde3"},
	annals.KindOrganization: {"box", "#fed9a6"},
	annals.KindCountry:      {"hexagon", "#ccebc5"},
}

// WriteDOT writes g to w in the Graphviz DOT language as an undirected
// graph. Output is deterministic: nodes sorted by key, edges by From then
// To, attributes in a fixed order and floats with one decimal. All IDs and
// labels are quoted and escaped (quotes, backslashes, line breaks, control
// characters; invalid UTF-8 and U+FFFD become "?"), and the file declares
// charset UTF-8 so non-Latin names render. Edge weight sets penwidth
// (1 + log2 of the weight, so heavy edges stand out without swamping the
// drawing). A nil g writes an empty graph. The only errors are w's.
func WriteDOT(w io.Writer, g *Graph, opts DOTOptions) error {
	var nodes []annals.Node
	var edges []Edge
	if g != nil {
		nodes, edges = g.Nodes(), g.Edges()
	}
	return writeDOT(w, nodes, edges, opts)
}

// WriteDOT writes the network, or with keys the part of it among those
// actors (an ego network), as [WriteDOT] writes a Graph: the same bytes for
// the same actors and weights. It needs neither events nor edge dates, so
// it suits stores of millions of events.
func (n *Network) WriteDOT(w io.Writer, keys []string, opts DOTOptions) error {
	keep := func(int32) bool { return true }
	if keys != nil {
		in := make(map[int32]bool, len(keys))
		for _, k := range keys {
			if i, ok := n.pos[k]; ok {
				in[i] = true
			}
		}
		keep = func(i int32) bool { return in[i] }
	}
	var nodes []annals.Node
	var edges []Edge
	for u := range n.nodes {
		if !keep(int32(u)) {
			continue
		}
		nodes = append(nodes, n.nodes[u])
		nb, ws := n.g.Neighbours(u)
		for j, v := range nb {
			if int(v) > u && keep(v) {
				edges = append(edges, Edge{From: n.nodes[u].Key, To: n.nodes[v].Key, Weight: int(ws[j])})
			}
		}
	}
	// nodes are sorted by key, and so, by construction, are the edges by
	// their ends; sort anyway so the order never depends on the layout.
	slices.SortFunc(edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
	})
	return writeDOT(w, nodes, edges, opts)
}

func writeDOT(w io.Writer, nodes []annals.Node, edges []Edge, opts DOTOptions) error {
	bw := bufio.NewWriter(w)
	name := opts.Name
	if name == "" {
		name = "annals"
	}
	fmt.Fprintf(bw, "graph %s {\n", quote(name))
	fmt.Fprint(bw, "\tgraph [charset=\"UTF-8\", fontname=\"Helvetica\", overlap=false, splines=true")
	if opts.Label != "" {
		fmt.Fprintf(bw, ", label=%s, labelloc=b", quote(opts.Label))
	}
	fmt.Fprint(bw, "];\n")
	fmt.Fprint(bw, "\tnode [style=filled, fontname=\"Helvetica\"];\n")
	fmt.Fprint(bw, "\tedge [color=\"#555555\", fontname=\"Helvetica\"];\n")
	for _, n := range nodes {
		st, ok := nodeStyle[n.Kind]
		if !ok {
			st = [2]string{"plaintext", "#ffffff"}
		}
		label := n.Label
		if label == "" {
			label = n.Key
		}
		if n.Role != "" {
			label += "\n" + n.Role
		}
		fmt.Fprintf(bw, "\t%s [label=%s, shape=%s, fillcolor=%s", quote(n.Key), quote(label), st[0], quote(st[1]))
		if n.Key == opts.Highlight {
			fmt.Fprint(bw, ", penwidth=3")
		}
		fmt.Fprint(bw, "];\n")
	}
	for _, e := range edges {
		pw := 1 + math.Log2(float64(max(e.Weight, 1)))
		fmt.Fprintf(bw, "\t%s -- %s [weight=%d, penwidth=%s", quote(e.From), quote(e.To), e.Weight, strconv.FormatFloat(pw, 'f', 1, 64))
		if opts.EdgeLabels {
			fmt.Fprintf(bw, ", label=\"%d\"", e.Weight)
		}
		fmt.Fprint(bw, "];\n")
	}
	fmt.Fprint(bw, "}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("graph: write dot: %w", err)
	}
	return nil
}

// quote returns s as a DOT double-quoted string. Inside one, DOT treats a
// backslash before a quote as a literal quote and Graphviz reads "\n" as a
// centred line break; every other backslash is doubled so names keep it
// literally. Other control characters become spaces.
func quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == utf8.RuneError:
			// Invalid UTF-8 and U+FFFD itself become "?": some DOT
			// readers (gonum's, for one) reject the replacement character.
			b.WriteByte('?')
		case r == '\r':
			// dropped: "\r\n" is one line break
		case unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

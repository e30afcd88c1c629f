package graph

import (
	"cmp"
	"fmt"
	"io"
	"slices"

	"github.com/annals-project/annals"
)

// EventInfo is what the exports of a [Network] need of an event: its
// inclusive interval (zero when undated) and type.
type EventInfo struct {
	Start, End annals.Date
	Type       annals.EventType
}

// EdgeDetails returns n's edges in the form [Graph.Edges] gives them
// (sorted by From then To, with weight, first and last date and types)
// but without the event keys, computed from the participation table n was
// built from (the actors, offsets and members given to NewNetwork) and
// infos[i], the interval and type of event i. An edge n does not hold (a
// table other than n's) is skipped.
func (n *Network) EdgeDetails(actors []annals.Node, offsets, members []int32, infos []EventInfo) []Edge {
	type detail struct {
		first, last annals.Date
		types       []annals.EventType
	}
	details := make([]detail, len(n.g.Adj)) // by arc position, from the smaller node
	arc := func(u, v int32) int {
		nb, _ := n.g.Neighbours(int(u))
		j, found := slices.BinarySearch(nb, v)
		if !found {
			return -1
		}
		return int(n.g.Off[u]) + j
	}
	var part []int32
	for i := 0; i+1 < len(offsets) && i < len(infos); i++ {
		lo, hi := offsets[i], offsets[i+1]
		if lo < 0 || hi < lo || int(hi) > len(members) {
			continue
		}
		part = part[:0]
		for _, m := range members[lo:hi] {
			if m < 0 || int(m) >= len(actors) {
				continue
			}
			if p, ok := n.pos[actors[m].Key]; ok && !slices.Contains(part, p) {
				part = append(part, p)
			}
		}
		info := infos[i]
		end := info.End
		if end.IsZero() {
			end = info.Start
		}
		for j, a := range part {
			for _, b := range part[j+1:] {
				u, v := min(a, b), max(a, b)
				k := arc(u, v)
				if k < 0 {
					continue
				}
				d := &details[k]
				if !slices.Contains(d.types, info.Type) {
					d.types = append(d.types, info.Type)
				}
				if info.Start.IsZero() {
					continue
				}
				if d.first.IsZero() || info.Start.Before(d.first) {
					d.first = info.Start
				}
				if d.last.IsZero() || end.After(d.last) {
					d.last = end
				}
			}
		}
	}
	out := make([]Edge, 0, n.Edges())
	for u := range n.nodes {
		nb, ws := n.g.Neighbours(u)
		for j, v := range nb {
			if int(v) <= u {
				continue
			}
			d := details[int(n.g.Off[u])+j]
			types := slices.Clone(d.types)
			slices.Sort(types)
			out = append(out, Edge{From: n.nodes[u].Key, To: n.nodes[v].Key, Weight: int(ws[j]), First: d.first, Last: d.last, Types: types})
		}
	}
	// Nodes are numbered in key order, so edges already sort by From then
	// To; the sort only guards that promise.
	slices.SortFunc(out, func(a, b Edge) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
	return out
}

// table computes the export table of n with the given edge details.
func (n *Network) table(edges []Edge, o ExportOptions) (exportTable, error) {
	scores := func(m Metric) ([]Score, error) { return n.Scores(m, ScoreOptions{}) }
	return makeTable(n.nodes, edges, scores, n.Communities, o)
}

// WriteGraphML writes n as [WriteGraphML] writes a Graph, with the edge
// details of [Network.EdgeDetails].
func (n *Network) WriteGraphML(w io.Writer, edges []Edge, o ExportOptions) error {
	t, err := n.table(edges, o)
	if err != nil {
		return fmt.Errorf("graph: write graphml: %w", err)
	}
	return t.writeGraphML(w)
}

// WriteGEXF writes n as [WriteGEXF] writes a Graph, with the edge details
// of [Network.EdgeDetails].
func (n *Network) WriteGEXF(w io.Writer, edges []Edge, o ExportOptions) error {
	t, err := n.table(edges, o)
	if err != nil {
		return fmt.Errorf("graph: write gexf: %w", err)
	}
	return t.writeGEXF(w)
}

// WriteJSON writes n as [WriteJSON] writes a Graph, with the edge details
// of [Network.EdgeDetails].
func (n *Network) WriteJSON(w io.Writer, edges []Edge, o ExportOptions) error {
	t, err := n.table(edges, o)
	if err != nil {
		return fmt.Errorf("graph: write json: %w", err)
	}
	return t.writeJSON(w)
}

package graph

import (
	"cmp"
	"slices"

	"github.com/annals-project/annals"
)

// Community is a community of the actor graph with what binds it.
type Community struct {
	// Members are ordered by strength (shared events with anyone),
	// strongest first, then by key.
	Members []annals.Node
	// Internal is the number of events that link two members.
	Internal int
	// Events are the events that bind the community most: those with the
	// most members taking part, then the latest, then by key; at most the
	// maxEvents asked for.
	Events []EventRef
}

// CommunityDetails returns the Louvain communities of g (see
// [Graph.Communities], in its order) with their members ranked and the
// events that bind them, at most maxEvents each (all for 0 or less).
func (g *Graph) CommunityDetails(seed uint64, maxEvents int) []Community {
	comms := g.Communities(seed)
	strength := map[string]int{}
	for _, e := range g.Edges() {
		strength[e.From] += e.Weight
		strength[e.To] += e.Weight
	}
	adj := g.adjacency()
	out := make([]Community, 0, len(comms))
	for _, keys := range comms {
		in := make(map[string]bool, len(keys))
		for _, k := range keys {
			in[k] = true
		}
		c := Community{}
		for _, k := range keys {
			n, _ := g.Node(k)
			c.Members = append(c.Members, n)
		}
		slices.SortFunc(c.Members, func(a, b annals.Node) int {
			return cmp.Or(cmp.Compare(strength[b.Key], strength[a.Key]), cmp.Compare(a.Key, b.Key))
		})
		members := map[string]map[string]bool{} // event -> members in it
		for _, a := range keys {
			for b, d := range adj[a] {
				if !in[b] {
					continue
				}
				for ev := range d.events {
					if members[ev] == nil {
						members[ev] = map[string]bool{}
					}
					members[ev][a], members[ev][b] = true, true
				}
			}
		}
		c.Internal = len(members)
		for ev := range members {
			c.Events = append(c.Events, g.eventRef(ev))
		}
		slices.SortFunc(c.Events, func(a, b EventRef) int {
			return cmp.Or(cmp.Compare(len(members[b.Key]), len(members[a.Key])), b.Start.Compare(a.Start), cmp.Compare(a.Key, b.Key))
		})
		if maxEvents > 0 && len(c.Events) > maxEvents {
			c.Events = c.Events[:maxEvents]
		}
		out = append(out, c)
	}
	return out
}

// Span returns the earliest start and the latest end of g's dated events;
// both zero when none is dated.
func (g *Graph) Span() (first, last annals.Date) {
	if g.isEmpty() {
		return
	}
	var iv annals.Interval
	for _, ev := range g.events {
		if ev.Start.IsZero() {
			continue
		}
		end := ev.End
		if end.IsZero() {
			end = ev.Start
		}
		iv = iv.Span(annals.Interval{Start: ev.Start, End: end})
	}
	return iv.Start, iv.End
}

// Select returns the graph of the events of g that f selects: the actors
// they link, as in g (an actor without a selected event shared with
// another is left out). With a zero Filter it returns g without its
// isolated nodes. It lets a caller cut one loaded graph into
// time windows without reading the store again.
func (g *Graph) Select(f Filter) *Graph {
	out := newGraph()
	if g.isEmpty() {
		return out
	}
	for a, nb := range g.adjacency() {
		for b, d := range nb {
			if a > b {
				continue
			}
			for ev := range d.events {
				node := g.events[ev]
				if !f.match(node) {
					continue
				}
				na, _ := g.Node(a)
				nb, _ := g.Node(b)
				out.addActor(na)
				out.addActor(nb)
				if _, ok := out.events[ev]; !ok {
					out.events[ev] = node
				}
				out.link(a, b, ev)
			}
		}
	}
	return out
}

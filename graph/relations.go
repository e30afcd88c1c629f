package graph

import (
	"cmp"
	"slices"
	"strings"

	"github.com/annals-project/annals"
)

// EventRef names one event through which two actors are related.
type EventRef struct {
	Key   string
	Label string // the event node's label ("meet: Sergei Lavrov, Fumio Kishida"), or its type
	Type  annals.EventType
	// Status is the event's status; planned events are relations that
	// have not (yet) happened.
	Status     annals.Status
	Start, End annals.Date
}

// Relation is an actor's tie to another actor.
type Relation struct {
	// Actor is the other actor.
	Actor annals.Node
	// Count is the number of shared events, len(Events).
	Count int
	// Events are the shared events, ordered by start date (undated last),
	// then key.
	Events []EventRef
	// First is the earliest start and Last the latest end of the shared
	// dated events; both zero when none is dated.
	First, Last annals.Date
	// Types are the shared events' types, sorted, without repeats.
	Types []annals.EventType
}

// Relations returns everyone the actor with the key is linked to, sorted by
// Count descending, then by label (case-insensitive), then by key. An
// unknown key or an actor without partners gives an empty slice.
func (g *Graph) Relations(key string) []Relation {
	out := []Relation{}
	adj := g.adjacency()
	for other, d := range adj[key] {
		n, _ := g.Node(other)
		e := g.edge(key, other, d)
		r := Relation{Actor: n, Count: e.Weight, First: e.First, Last: e.Last, Types: e.Types}
		for _, k := range e.Events {
			r.Events = append(r.Events, g.eventRef(k))
		}
		slices.SortFunc(r.Events, compareRefs)
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b Relation) int {
		return cmp.Or(
			cmp.Compare(b.Count, a.Count),
			cmp.Compare(strings.ToLower(a.Actor.Label), strings.ToLower(b.Actor.Label)),
			cmp.Compare(a.Actor.Key, b.Actor.Key))
	})
	return out
}

func (g *Graph) eventRef(key string) EventRef {
	ev := g.events[key]
	label := ev.Label
	if label == "" {
		label = string(ev.Type)
	}
	return EventRef{Key: key, Label: label, Type: ev.Type, Status: ev.Status, Start: ev.Start, End: ev.End}
}

// compareRefs orders events by start date with undated ones last, then by
// key.
func compareRefs(a, b EventRef) int {
	switch {
	case a.Start.IsZero() && !b.Start.IsZero():
		return 1
	case !a.Start.IsZero() && b.Start.IsZero():
		return -1
	}
	return cmp.Or(a.Start.Compare(b.Start), cmp.Compare(a.Key, b.Key))
}

// RelationsFrom returns the relations of the actor with the key from its
// shared events, such as the store's Partners gives: pairs[i] = {p, e}
// says partners[p] took part in events[e] with the actor. The result is in
// the order and form [Graph.Relations] returns: the same answer without
// building the graph, so that an actor in a hundred thousand events is
// answered in seconds. A pair naming the actor itself, or repeating
// another, counts once; indices out of range are skipped.
func RelationsFrom(key string, partners, events []annals.Node, pairs [][2]int32) []Relation {
	byPartner := make([]*Relation, len(partners))
	seen := map[[2]int32]bool{}
	var out []Relation
	refs := make([]*EventRef, len(events))
	for _, pr := range pairs {
		p, e := pr[0], pr[1]
		if p < 0 || int(p) >= len(partners) || e < 0 || int(e) >= len(events) || partners[p].Key == key || seen[pr] {
			continue
		}
		seen[pr] = true
		r := byPartner[p]
		if r == nil {
			n := partners[p]
			if n.Kind == annals.KindCountry && n.Country == "" {
				n.Country = annals.Country(strings.TrimPrefix(n.Key, string(annals.KindCountry)+":"))
			}
			r = &Relation{Actor: n}
			byPartner[p] = r
		}
		if refs[e] == nil {
			ev := events[e]
			label := ev.Label
			if label == "" {
				label = string(ev.Type)
			}
			refs[e] = &EventRef{Key: ev.Key, Label: label, Type: ev.Type, Status: ev.Status, Start: ev.Start, End: ev.End}
		}
		ev := *refs[e]
		r.Events = append(r.Events, ev)
		r.Count++
		if !slices.Contains(r.Types, ev.Type) {
			r.Types = append(r.Types, ev.Type)
		}
		if !ev.Start.IsZero() {
			end := ev.End
			if end.IsZero() {
				end = ev.Start
			}
			if r.First.IsZero() || ev.Start.Before(r.First) {
				r.First = ev.Start
			}
			if r.Last.IsZero() || end.After(r.Last) {
				r.Last = end
			}
		}
	}
	for _, r := range byPartner {
		if r == nil {
			continue
		}
		slices.Sort(r.Types)
		slices.SortFunc(r.Events, compareRefs)
		out = append(out, *r)
	}
	if out == nil {
		out = []Relation{}
	}
	slices.SortFunc(out, func(a, b Relation) int {
		return cmp.Or(
			cmp.Compare(b.Count, a.Count),
			cmp.Compare(strings.ToLower(a.Actor.Label), strings.ToLower(b.Actor.Label)),
			cmp.Compare(a.Actor.Key, b.Actor.Key))
	})
	return out
}

package graph

import (
	"cmp"
	"slices"

	"github.com/annals-project/annals"
)

// BindingEvent names an event of a participation table by its index
// (event i of the offsets given to [NewNetwork]) with the number of a
// community's members who took part in it.
type BindingEvent struct {
	Index, Members int
}

// CommunityDetails partitions n with the Louvain method as
// [Network.Communities] does and describes each community from the
// participation table n was built from (the actors, offsets and members
// given to NewNetwork): its members ranked by strength, strongest first,
// then by key; the number of events linking two members; and up to
// maxEvents (all for 0 or less) of those events with the most members, the
// later-numbered first among equals (in a store, the later saved). The
// Community.Events are left empty for the caller to fill from the indices,
// e.g. with the store's EventNodes: a Network keeps no event. It is
// [Graph.CommunityDetails] for stores too large for a Graph.
func (n *Network) CommunityDetails(seed uint64, maxEvents int, actors []annals.Node, offsets, members []int32) ([]Community, [][]BindingEvent) {
	comms := n.Communities(seed)
	commOf := make(map[string]int, n.Len())
	for c, keys := range comms {
		for _, k := range keys {
			commOf[k] = c
		}
	}
	strength := n.g.Strength()
	out := make([]Community, len(comms))
	for c, keys := range comms {
		for _, k := range keys {
			out[c].Members = append(out[c].Members, n.nodes[n.pos[k]])
		}
		slices.SortFunc(out[c].Members, func(a, b annals.Node) int {
			return cmp.Or(cmp.Compare(strength[n.pos[b.Key]], strength[n.pos[a.Key]]), cmp.Compare(a.Key, b.Key))
		})
	}
	binding := make([][]BindingEvent, len(comms))
	count := map[int]int{}
	var seen []int32
	for i := 0; i+1 < len(offsets); i++ {
		clear(count)
		seen = seen[:0]
		lo, hi := offsets[i], offsets[i+1]
		if lo < 0 || hi < lo || int(hi) > len(members) {
			continue
		}
		for _, m := range members[lo:hi] {
			if m < 0 || int(m) >= len(actors) || slices.Contains(seen, m) {
				continue
			}
			seen = append(seen, m)
			if c, ok := commOf[actors[m].Key]; ok {
				count[c]++
			}
		}
		for c, k := range count {
			if k < 2 {
				continue
			}
			out[c].Internal++
			binding[c] = keepTop(binding[c], BindingEvent{Index: i, Members: k}, maxEvents)
		}
	}
	for c := range binding {
		slices.SortFunc(binding[c], compareBinding)
	}
	return out, binding
}

// compareBinding orders binding events by members, most first, then by
// index, latest first.
func compareBinding(a, b BindingEvent) int {
	return cmp.Or(cmp.Compare(b.Members, a.Members), cmp.Compare(b.Index, a.Index))
}

// keepTop adds e to top, keeping the max best by compareBinding (all for
// max <= 0).
func keepTop(top []BindingEvent, e BindingEvent, max int) []BindingEvent {
	if max <= 0 || len(top) < max {
		return append(top, e)
	}
	worst := 0
	for j := range top {
		if compareBinding(top[j], top[worst]) > 0 {
			worst = j
		}
	}
	if compareBinding(e, top[worst]) < 0 {
		top[worst] = e
	}
	return top
}

// EventRefOf returns the reference to the event node ev that relations
// and communities list: its key, label (its type when it has none), type,
// status and interval.
func EventRefOf(ev annals.Node) EventRef {
	label := ev.Label
	if label == "" {
		label = string(ev.Type)
	}
	return EventRef{Key: ev.Key, Label: label, Type: ev.Type, Status: ev.Status, Start: ev.Start, End: ev.End}
}

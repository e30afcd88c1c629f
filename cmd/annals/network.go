package main

import (
	"context"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/store"
	"github.com/spf13/cobra"
)

// This file holds what the network queries (path, ego, dyad, communities)
// share: loading the compact actor network and turning graph filters into
// store filters.

// eventFilter returns the store filter selecting the events f selects.
func eventFilter(f graph.Filter) annals.EventFilter {
	return annals.EventFilter{From: f.From, To: f.To, Types: f.Types, Status: f.Status}
}

// loadNetwork reads the actor network of the events f selects from the
// store in compact form (one pass over the participation links), which
// stays fast on stores of millions of events. Its nodes are those
// graph.Load would give: the actors of the kinds f keeps, all of them when
// f selects every event, else those of the selected events.
func loadNetwork(ctx context.Context, db *store.DB, f graph.Filter) (*graph.Network, error) {
	net, _, err := loadIncidence(ctx, db, f)
	return net, err
}

// loadIncidence is loadNetwork that also returns the participation table
// the network was built from, cut to the network's actors.
func loadIncidence(ctx context.Context, db *store.DB, f graph.Filter) (*graph.Network, *store.Incidence, error) {
	inc, err := db.Incidence(ctx, eventFilter(f))
	if err != nil {
		return nil, nil, err
	}
	if !f.IsZero() {
		keep := make([]int32, len(inc.Actors)) // new index + 1; 0 drops the actor
		used := make([]bool, len(inc.Actors))
		for _, m := range inc.Members {
			used[m] = true
		}
		var actors []annals.Node
		for i, a := range inc.Actors {
			if f.KeepsKind(a.Kind) && (used[i] || f.SelectsAllEvents()) {
				actors = append(actors, a)
				keep[i] = int32(len(actors))
			}
		}
		offsets := []int32{0}
		members := make([]int32, 0, len(inc.Members))
		for i := 0; i+1 < len(inc.Offsets); i++ {
			for _, m := range inc.Members[inc.Offsets[i]:inc.Offsets[i+1]] {
				if keep[m] > 0 {
					members = append(members, keep[m]-1)
				}
			}
			offsets = append(offsets, int32(len(members)))
		}
		inc.Actors, inc.Offsets, inc.Members = actors, offsets, members
	}
	net, err := graph.NewNetwork(inc.Actors, inc.Offsets, inc.Members)
	return net, inc, err
}

// countriesFlag adds --countries, which keeps only countries as nodes:
// the country dyad graph.
func countriesFlag(cmd *cobra.Command, on *bool) {
	cmd.Flags().BoolVar(on, "countries", false, "the country dyad graph: only states, linked when they take part in the same event")
}

// withCountries returns f keeping only countries when on is set.
func withCountries(f graph.Filter, on bool) graph.Filter {
	if on {
		f.Kinds = []annals.NodeKind{annals.KindCountry}
	}
	return f
}

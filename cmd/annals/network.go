package main

import (
	"context"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/store"
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
// stays fast on stores of millions of events. As graph.Load does, a zero
// filter keeps every actor and any other filter only the actors of the
// selected events, so both give the same metrics.
func loadNetwork(ctx context.Context, db *store.DB, f graph.Filter) (*graph.Network, error) {
	net, _, err := loadIncidence(ctx, db, f)
	return net, err
}

// loadIncidence is loadNetwork that also returns the participation table
// the network was built from (its actors compacted as the network's).
func loadIncidence(ctx context.Context, db *store.DB, f graph.Filter) (*graph.Network, *store.Incidence, error) {
	inc, err := db.Incidence(ctx, eventFilter(f))
	if err != nil {
		return nil, nil, err
	}
	actors, members := inc.Actors, inc.Members
	if !f.IsZero() {
		keep := make([]int32, len(actors))
		for i := range keep {
			keep[i] = -1
		}
		for _, m := range members {
			keep[m] = 0
		}
		var kept []annals.Node
		for i, a := range actors {
			if keep[i] == 0 {
				keep[i] = int32(len(kept))
				kept = append(kept, a)
			}
		}
		members = make([]int32, len(inc.Members))
		for j, m := range inc.Members {
			members[j] = keep[m]
		}
		actors = kept
	}
	inc.Actors, inc.Members = actors, members
	net, err := graph.NewNetwork(actors, inc.Offsets, members)
	return net, inc, err
}

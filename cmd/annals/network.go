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
// stays fast on stores of millions of events.
func loadNetwork(ctx context.Context, db *store.DB, f graph.Filter) (*graph.Network, error) {
	inc, err := db.Incidence(ctx, eventFilter(f))
	if err != nil {
		return nil, err
	}
	return graph.NewNetwork(inc.Actors, inc.Offsets, inc.Members)
}

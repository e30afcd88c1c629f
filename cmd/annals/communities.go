package main

import (
	"context"
	"fmt"
	"io"

	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports"
	"github.com/spf13/cobra"
)

type communitiesOptions struct {
	countries bool
	db        dbOptions
	out       outputOptions
	seed      uint64
	events    int
	top       int
	sel       eventFlags
}

func newCommunitiesCmd(e *env) *cobra.Command {
	var o communitiesOptions
	cmd := &cobra.Command{
		Use:   "communities [--seed N] [--top N]",
		Short: "Find groups of actors who act together, and the events that bind them",
		Long: `Communities partitions the actor network with the Louvain method (weighted by
shared events, resolution 1, seeded so runs repeat) and lists each community,
largest first: its members (most connected first), the number of events
inside it, and the events that bind it most (those with the most members;
among equals, the latest stored).`,
		Example: `  annals communities
  annals communities --top 5 --events 3 --format json`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCommunities(cmd.Context(), e, o)
		},
	}
	o.db.register(cmd)
	o.out.register(cmd, "text", "text", "md", "json", "csv", "tsv")
	cmd.Flags().Uint64Var(&o.seed, "seed", graph.DefaultSeed, "`SEED` of the Louvain method")
	cmd.Flags().IntVar(&o.events, "events", 3, "show at most `N` binding events per community (0 for all)")
	cmd.Flags().IntVarP(&o.top, "top", "n", 0, "show the `N` largest communities (0 for all)")
	o.sel.register(cmd)
	countriesFlag(cmd, &o.countries)
	return cmd
}

func runCommunities(ctx context.Context, e *env, o communitiesOptions) error {
	if o.events < 0 || o.top < 0 {
		return usagef("--events and --top: want 0 or more")
	}
	f, db, err := openQuery(ctx, e, o.sel, o.countries, &o.out, &o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	// The compact network and the participation table hold what the
	// communities need, and stay small on a store of millions of events;
	// only the binding events shown are read in full.
	net, inc, err := loadIncidence(ctx, db, f)
	if err != nil {
		return err
	}
	comms, binding := net.CommunityDetails(o.seed, o.events, inc.Actors, inc.Offsets, inc.Members)
	title := fmt.Sprintf("%d communities of %d actors (Louvain, seed %d)", len(comms), net.Len(), o.seed)
	if o.top > 0 && len(comms) > o.top {
		comms, binding = comms[:o.top], binding[:o.top]
	}
	var handles []int64
	for _, bs := range binding {
		for _, b := range bs {
			handles = append(handles, inc.Events[b.Index])
		}
	}
	nodes, err := db.EventNodes(ctx, handles)
	if err != nil {
		return err
	}
	for c, bs := range binding {
		for range bs {
			comms[c].Events = append(comms[c].Events, graph.EventRefOf(nodes[0]))
			nodes = nodes[1:]
		}
	}
	format, _ := reports.ParseFormat(o.out.format)
	return o.out.write(e, func(w io.Writer) error { return reports.Communities(w, format, title, comms) })
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/spf13/cobra"
)

type dotOptions struct {
	db    dbOptions
	out   outputOptions
	actor string
	depth int
	sel   eventFlags
}

func newDOTCmd(e *env) *cobra.Command {
	var o dotOptions
	cmd := &cobra.Command{
		Use:   "dot [--actor NAME --depth N] [-o FILE]",
		Short: "Write the actor network as a Graphviz DOT file",
		Long: `Dot writes the actor network in the Graphviz DOT language: persons as
ellipses, organisations as boxes, countries as hexagons, edges as wide as the
number of shared events. Output is sorted, so the same database always gives
the same file. With --actor, only the actor's neighbourhood up to --depth hops.

Render it with Graphviz: dot -Tsvg annals.dot -o annals.svg`,
		Example: `  annals dot -o network.dot && dot -Tsvg network.dot -o network.svg
  annals dot --actor Lavrov --depth 1 | dot -Tpng -o lavrov.png`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDOT(cmd.Context(), e, o)
		},
	}
	o.db.register(cmd)
	o.out.register(cmd, "dot", "dot")
	cmd.Flags().StringVar(&o.actor, "actor", "", "only the neighbourhood of this actor (`NAME`)")
	cmd.Flags().IntVar(&o.depth, "depth", 1, "with --actor, how many hops (`N`) to include")
	o.sel.register(cmd)
	return cmd
}

func runDOT(ctx context.Context, e *env, o dotOptions) error {
	if o.depth < 0 {
		return usagef("--depth %d: want 0 or more", o.depth)
	}
	f, db, err := openQuery(ctx, e, o.sel, false, &o.out, &o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	// The compact network is enough for a picture (actors and weights) and
	// reads a store of millions of events in seconds.
	net, err := loadNetwork(ctx, db, f)
	if err != nil {
		return err
	}
	opts := graph.DOTOptions{Label: "annals actor network"}
	var keys []string // nil: every actor
	if o.actor != "" {
		n, err := findActor(ctx, db, o.actor)
		if err != nil {
			return err
		}
		members, err := net.Ego(n.Key, o.depth)
		if errors.Is(err, annals.ErrNotFound) {
			return fmt.Errorf("%s takes part in none of the events selected", n.Label)
		}
		if err != nil {
			return err
		}
		keys = []string{}
		for _, m := range members {
			keys = append(keys, m.Node.Key)
		}
		opts.Highlight = n.Key
		opts.Label = fmt.Sprintf("%s and connections within %d hops", n.Label, o.depth)
	}
	return o.out.write(e, func(w io.Writer) error { return net.WriteDOT(w, keys, opts) })
}

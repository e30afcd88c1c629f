package main

import (
	"context"
	"fmt"
	"io"

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
	f, err := o.sel.graphFilter()
	if err != nil {
		return err
	}
	db, err := o.db.openExisting(ctx, e)
	if err != nil {
		return err
	}
	defer db.Close()
	g, err := graph.Load(ctx, db, f)
	if err != nil {
		return err
	}
	opts := graph.DOTOptions{Label: "annals actor network"}
	if o.actor != "" {
		n, err := findActor(ctx, db, o.actor)
		if err != nil {
			return err
		}
		g = g.Neighbourhood(n.Key, o.depth)
		opts.Highlight = n.Key
		opts.Label = fmt.Sprintf("%s and connections within %d hops", n.Label, o.depth)
	}
	return o.out.write(e, func(w io.Writer) error { return graph.WriteDOT(w, g, opts) })
}

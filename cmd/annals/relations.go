package main

import (
	"context"
	"io"

	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports"
	"github.com/spf13/cobra"
)

type relationsOptions struct {
	db       dbOptions
	out      outputOptions
	from, to string
	types    []string
	status   string
}

func newRelationsCmd(e *env) *cobra.Command {
	var o relationsOptions
	cmd := &cobra.Command{
		Use:   "relations NAME",
		Short: "Show everyone an actor is connected to, and through which events",
		Long: `Relations lists everyone NAME is connected to: the persons, organisations and
countries that took part in the same events, with how many events, the first
and last date, and the events themselves.

NAME matches forgivingly (case, accents, a surname alone when it is unique, a
country's code or name). A name that matches several actors lists them.`,
		Example: `  annals relations Lavrov
  annals relations "Fumio Kishida" --format md
  annals relations JPN --from 2013 --format json`,
		Args: exactArgs(1, "one NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRelations(cmd.Context(), e, o, args[0])
		},
	}
	o.db.register(cmd)
	o.out.register(cmd, "text", "text", "md", "json", "csv", "tsv")
	cmd.Flags().StringVar(&o.from, "from", "", "only events ending on or after `DATE`")
	cmd.Flags().StringVar(&o.to, "to", "", "only events starting on or before `DATE`")
	cmd.Flags().StringSliceVar(&o.types, "type", nil, "only events of these `TYPES`")
	cmd.Flags().StringVar(&o.status, "status", "", "only occurred or planned events")
	return cmd
}

func runRelations(ctx context.Context, e *env, o relationsOptions, name string) error {
	f, err := graphFilter(o.from, o.to, o.types, o.status)
	if err != nil {
		return err
	}
	if err := o.out.check(); err != nil {
		return err
	}
	db, err := o.db.openExisting(ctx, e)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.FindActor(ctx, name)
	if err != nil {
		return err
	}
	// Only the actor's own events are read, so the answer stays fast on a
	// store of millions of events.
	shared, err := db.Partners(ctx, n.Key, eventFilter(f))
	if err != nil {
		return err
	}
	rels := graph.RelationsFrom(n.Key, shared.Partners, shared.Events, shared.Pairs)
	format, _ := reports.ParseFormat(o.out.format)
	return o.out.write(e, func(w io.Writer) error { return reports.Relations(w, format, n, rels) })
}

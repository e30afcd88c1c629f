package main

import (
	"context"
	"fmt"
	"io"

	"github.com/annals-project/annals/reports"
	"github.com/spf13/cobra"
)

type egoOptions struct {
	countries bool
	db        dbOptions
	out       outputOptions
	depth     int
	sel       eventFlags
}

func newEgoCmd(e *env) *cobra.Command {
	var o egoOptions
	cmd := &cobra.Command{
		Use:   "ego NAME [--depth N]",
		Short: "List the actors within N hops of an actor",
		Long: `Ego lists the ego network of NAME: the actors at most --depth hops away in the
actor network, nearest first, with the events each shares with NAME (direct
partners) and its number of partners overall. Use 'annals dot --actor NAME
--depth N' to draw it.`,
		Example: `  annals ego Lavrov
  annals ego Kishida --depth 2 --format csv`,
		Args: exactArgs(1, "one NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEgo(cmd.Context(), e, o, args[0])
		},
	}
	o.db.register(cmd)
	o.out.register(cmd, "text", "text", "md", "json", "csv", "tsv")
	cmd.Flags().IntVar(&o.depth, "depth", 1, "how many hops (`N`) to include")
	o.sel.register(cmd)
	countriesFlag(cmd, &o.countries)
	return cmd
}

func runEgo(ctx context.Context, e *env, o egoOptions, name string) error {
	if o.depth < 0 {
		return usagef("--depth %d: want 0 or more", o.depth)
	}
	f, db, err := openQuery(ctx, e, o.sel, o.countries, &o.out, &o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := findActor(ctx, db, name)
	if err != nil {
		return err
	}
	net, err := loadNetwork(ctx, db, f)
	if err != nil {
		return err
	}
	members, err := net.Ego(n.Key, o.depth)
	if err != nil {
		return err
	}
	title := fmt.Sprintf("%s and %d actors within %d hops", n.Label, len(members)-1, o.depth)
	format, _ := reports.ParseFormat(o.out.format)
	return o.out.write(e, func(w io.Writer) error { return reports.Ego(w, format, title, members) })
}

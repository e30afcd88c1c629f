package main

import (
	"context"
	"fmt"
	"io"

	"github.com/annals-project/annals/reports"
	"github.com/annals-project/annals/timeline"
	"github.com/spf13/cobra"
)

type dyadOptions struct {
	db    dbOptions
	out   outputOptions
	every string
	sel   eventFlags
}

func newDyadCmd(e *env) *cobra.Command {
	var o dyadOptions
	cmd := &cobra.Command{
		Use:   "dyad A B [--every month|year]",
		Short: "Show how the relationship of two actors moved over time",
		Long: `Dyad lists the events actors A and B share, per month or year: how many, how
many have a Goldstein score (from their CAMEO code; events without one get
none), the sum of the scores (above 0 the period leaned to cooperation, below
0 to conflict), the cooperative and conflictual events, the event types, and
a bar of the sum.

The Goldstein scale (Goldstein 1992) runs from -10 (military attack) to +10
(military assistance); the table is GDELT's CAMEO.goldsteinscale.txt.`,
		Example: `  annals dyad Russia Japan
  annals dyad Lavrov Kishida --every year --format csv`,
		Args: exactArgs(2, "two actor names A and B"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDyad(cmd.Context(), e, o, args[0], args[1])
		},
	}
	o.db.register(cmd)
	o.out.register(cmd, "text", "text", "md", "json", "csv", "tsv")
	cmd.Flags().StringVar(&o.every, "every", "month", "`PERIOD`: month or year")
	o.sel.register(cmd)
	return cmd
}

func runDyad(ctx context.Context, e *env, o dyadOptions, nameA, nameB string) error {
	bucket, err := timeline.ParseBucket(o.every)
	if err != nil || (bucket != timeline.BucketMonth && bucket != timeline.BucketYear) {
		return usagef("--every %q: want month or year", o.every)
	}
	f, db, err := openQuery(ctx, e, o.sel, false, &o.out, &o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	a, b, err := findActors(ctx, db, nameA, nameB)
	if err != nil {
		return err
	}
	events, err := db.SharedEvents(ctx, a.Key, b.Key, eventFilter(f))
	if err != nil {
		return err
	}
	points := timeline.Series(events, bucket)
	title := fmt.Sprintf("%s and %s: %d shared events, per %s", a.Label, b.Label, len(events), bucket)
	format, _ := reports.ParseFormat(o.out.format)
	return o.out.write(e, func(w io.Writer) error { return reports.Dyad(w, format, title, points) })
}

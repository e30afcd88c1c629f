package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

type statsOptions struct {
	db  dbOptions
	out outputOptions
}

func newStatsCmd(e *env) *cobra.Command {
	var o statsOptions
	cmd := &cobra.Command{
		Use:   "stats [--db PATH]",
		Short: "Count what the database holds",
		Long: `Stats counts the articles, events, persons, organisations, countries, places,
dates and links of the database: a quick look at what an ingest produced.`,
		Example: `  annals stats
  annals stats --db news.db --format json`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStats(cmd.Context(), e, o)
		},
	}
	o.db.register(cmd)
	o.out.register(cmd, "text", "text", "json")
	return cmd
}

func runStats(ctx context.Context, e *env, o statsOptions) error {
	if err := o.out.check(); err != nil {
		return err
	}
	db, err := o.db.openExisting(ctx, e)
	if err != nil {
		return err
	}
	defer db.Close()
	st, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	return o.out.write(e, func(w io.Writer) error {
		if o.out.format == "json" {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(st)
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		for _, row := range []struct {
			name string
			n    int
		}{
			{"articles", st.Articles}, {"events", st.Events}, {"persons", st.Persons},
			{"organisations", st.Organizations}, {"countries", st.Countries},
			{"places", st.Places}, {"dates", st.Dates}, {"links", st.Links},
		} {
			fmt.Fprintf(tw, "%d\t %s\n", row.n, row.name)
		}
		return tw.Flush()
	})
}

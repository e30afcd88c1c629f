package main

import (
	"context"
	"fmt"
	"io"

	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports"
	"github.com/spf13/cobra"
)

type actorsOptions struct {
	countries bool
	db        dbOptions
	out       outputOptions
	metric    string
	top       int
	sel       eventFlags
	every     string
	pivots    int
}

func newActorsCmd(e *env) *cobra.Command {
	var o actorsOptions
	cmd := &cobra.Command{
		Use:   "actors [--metric METRIC] [--top N] [--every month|year]",
		Short: "Rank actors by their connections",
		Long: `Actors ranks persons, organisations and countries by a connection metric over
the actor graph, where two actors are linked when they take part in the same
event, weighted by the number of such events.

Metrics: degree (number of distinct partners), strength (weighted degree:
shared events), pagerank (weighted, damping 0.85), betweenness (how often an
actor lies on shortest paths between others; --pivots K estimates it from K
sources on very large graphs), closeness (harmonic closeness divided by n-1,
defined on disconnected graphs), harmonic (the same, not divided),
closeness-wf (classic closeness (r-1)/sum of distances, scaled by the share
of actors reached: networkx's and igraph's), eigenvector (weighted, largest
value 1).

With --every month or year, the metric is computed on each window's events
alone and the top actors of each window are listed.`,
		Example: `  annals actors
  annals actors --metric pagerank --top 5
  annals actors --metric betweenness --from 2013 --to 2014 --format csv`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runActors(cmd.Context(), e, o)
		},
	}
	o.db.register(cmd)
	o.out.register(cmd, "text", "text", "md", "json", "csv", "tsv")
	cmd.Flags().StringVarP(&o.metric, "metric", "m", "degree", "`METRIC`: degree|strength|pagerank|betweenness|closeness|harmonic|closeness-wf|eigenvector")
	cmd.Flags().StringVar(&o.every, "every", "", "compute the metric per `PERIOD`: month or year")
	cmd.Flags().IntVar(&o.pivots, "pivots", 0, "estimate betweenness from `K` sampled sources (0: exact)")
	cmd.Flags().IntVarP(&o.top, "top", "n", 10, "show the top `N` actors (0 for all)")
	o.sel.register(cmd)
	countriesFlag(cmd, &o.countries)
	return cmd
}

func runActors(ctx context.Context, e *env, o actorsOptions) error {
	m, err := graph.ParseMetric(o.metric)
	if err != nil {
		return usageError{err}
	}
	if o.top < 0 {
		return usagef("--top %d: want 0 or more", o.top)
	}
	if o.pivots < 0 {
		return usagef("--pivots %d: want 0 or more", o.pivots)
	}
	if o.every != "" && o.every != "month" && o.every != "year" {
		return usagef("--every %q: want month or year", o.every)
	}
	f, db, err := openQuery(ctx, e, o.sel, o.countries, &o.out, &o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	if o.every != "" {
		return writeWindows(ctx, e, &o.out, db, f, m, o)
	}
	// The compact network reads a million events in seconds, where a
	// full graph would keep every event of every edge.
	net, err := loadNetwork(ctx, db, f)
	if err != nil {
		return err
	}
	if o.pivots > 0 && m == graph.MetricBetweenness && o.pivots < net.Len() {
		fmt.Fprintf(e.stderr, "actors: betweenness estimated from %d sampled sources (Brandes and Pich 2007), scaled by n/%d\n", o.pivots, o.pivots)
	}
	scores, err := net.Scores(m, graph.ScoreOptions{Pivots: o.pivots, Seed: graph.DefaultSeed})
	if err != nil {
		return err
	}
	return printScores(e, &o.out, m, scores, o.top)
}

func printScores(e *env, out *outputOptions, m graph.Metric, scores []graph.Score, top int) error {
	if top > 0 && len(scores) > top {
		scores = scores[:top]
	}
	format, _ := reports.ParseFormat(out.format)
	return out.write(e, func(w io.Writer) error { return reports.Scores(w, format, m, scores) })
}

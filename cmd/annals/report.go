package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports/htmlreport"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/timeline"
	"github.com/spf13/cobra"
)

type reportOptions struct {
	db       dbOptions
	out      outputOptions
	actor    string
	country  string
	sel      eventFlags
	lanes    string
	metric   string
	title    string
	maxLanes int
	maxNodes int
	maxMarks int
	maxRows  int
}

func newReportCmd(e *env) *cobra.Command {
	var o reportOptions
	cmd := &cobra.Command{
		Use:   "report [--actor NAME] [--country ISO3] [--from DATE] [--to DATE] [--lanes actor|country] -o report.html",
		Short: "Write a self-contained HTML report: timeline, network, tables",
		Long: `Report writes one HTML file that opens in any browser, offline: a timeline
with a lane per actor (or per country, with --lanes country), events coloured
by type, planned events hollow and dashed, date ranges drawn as bars; the actor
network (node size by --metric, colour by community, line width by shared
events); the top actors, the strongest dyads, the trade figures; and every
event with its source and evidence sentence. Hover a mark to read it; click it
to jump to its row.

The page loads nothing: no scripts, fonts or images, and its content security
policy forbids any request. Large databases are summarised rather than drawn
mark by mark (see --max-lanes, --max-marks, --max-nodes, --max-rows); the page
says what it summarised.

The filters are those of 'annals timeline'.`,
		Example: `  annals report -o report.html
  annals report --actor Lavrov --lanes country -o lavrov.html
  annals report --from 2013 --to 2014 --metric pagerank -o 2013.html`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReport(cmd.Context(), e, o)
		},
	}
	o.db.register(cmd)
	o.out.register(cmd, "html", "html")
	f := cmd.Flags()
	f.StringVar(&o.actor, "actor", "", "only events with this person or organisation (`NAME`)")
	f.StringVar(&o.country, "country", "", "only events involving this state (`ISO3` code, e.g. JPN)")
	o.sel.register(cmd)
	f.StringVar(&o.lanes, "lanes", "actor", "timeline lanes per actor or per country")
	f.StringVarP(&o.metric, "metric", "m", "degree", "`METRIC` for node size and ranking: degree|strength|pagerank|betweenness|closeness")
	f.StringVar(&o.title, "title", "", "page `TITLE` (default: annals report)")
	f.IntVar(&o.maxLanes, "max-lanes", htmlreport.DefaultMaxLanes, "timeline lanes to draw; the rest are merged into one")
	f.IntVar(&o.maxMarks, "max-marks", htmlreport.DefaultMaxMarks, "marks to draw one by one; above, lanes show counts per axis unit")
	f.IntVar(&o.maxNodes, "max-nodes", htmlreport.DefaultMaxNodes, "actors to draw in the network (the top ones by --metric)")
	f.IntVar(&o.maxRows, "max-rows", htmlreport.DefaultMaxRows, "events to list in the event table")
	return cmd
}

func runReport(ctx context.Context, e *env, o reportOptions) error {
	sel := timelineOptions{actor: o.actor, country: o.country, sel: o.sel, bucket: "none"}
	f, topts, err := sel.filter()
	if err != nil {
		return err
	}
	lanes, err := htmlreport.ParseLanes(o.lanes)
	if err != nil {
		return usageError{err}
	}
	m, err := graph.ParseMetric(o.metric)
	if err != nil {
		return usageError{err}
	}
	for _, n := range []struct {
		name string
		v    int
	}{{"max-lanes", o.maxLanes}, {"max-marks", o.maxMarks}, {"max-nodes", o.maxNodes}, {"max-rows", o.maxRows}} {
		if n.v < 1 {
			return usagef("--%s %d: want 1 or more", n.name, n.v)
		}
	}
	if err := o.out.check(); err != nil {
		return err
	}
	db, err := o.db.openExisting(ctx, e)
	if err != nil {
		return err
	}
	defer db.Close()
	opts := htmlreport.Options{
		Title: o.title, Lanes: lanes, Metric: m, Seed: graph.DefaultSeed,
		MaxLanes: o.maxLanes, MaxMarks: o.maxMarks, MaxNodes: o.maxNodes, MaxRows: o.maxRows,
	}
	return writeReport(ctx, e, db, f, topts, opts, &o.out)
}

// writeReport selects the events and the actor graph of f and writes the
// HTML report to out. An actor or country filter narrows the network to
// that actor's neighbourhood, as 'annals dot --actor' does.
func writeReport(ctx context.Context, e *env, db *store.DB, f annals.EventFilter, topts timeline.Options, opts htmlreport.Options, out *outputOptions) error {
	var focus string
	var desc []string
	if f.Actor != "" {
		n, err := findActor(ctx, db, f.Actor)
		if err != nil {
			return err
		}
		focus = n.Key
		desc = append(desc, "actor "+n.Label)
		if n.Kind == annals.KindCountry {
			f.Actor, f.Country = "", annals.Country(strings.TrimPrefix(n.Key, "country:"))
		} else {
			f.Actor = n.Label
		}
	}
	if f.Country != "" {
		if focus == "" {
			focus = annals.ActorKey(annals.KindCountry, string(f.Country))
		}
		desc = append(desc, "country "+f.Country.Name())
	}
	events, err := db.Events(ctx, f)
	if err != nil {
		return err
	}
	tl := timeline.Build(events, topts)
	gf := graph.Filter{From: f.From, To: f.To, Types: f.Types, Status: f.Status}
	g, err := graph.Load(ctx, db, gf)
	if err != nil {
		return err
	}
	if focus != "" {
		g = g.Neighbourhood(focus, 1)
	}
	if !f.From.IsZero() {
		desc = append(desc, "from "+f.From.String())
	}
	if !f.To.IsZero() {
		desc = append(desc, "to "+f.To.String())
	}
	if len(f.Types) > 0 {
		ts := make([]string, len(f.Types))
		for i, t := range f.Types {
			ts[i] = string(t)
		}
		desc = append(desc, "types "+strings.Join(ts, ", "))
	}
	if f.Status != "" {
		desc = append(desc, string(f.Status)+" only")
	}
	if len(desc) > 0 {
		opts.Description = fmt.Sprintf("Selected: %s.", strings.Join(desc, "; "))
	}
	return out.write(e, func(w io.Writer) error { return htmlreport.Render(w, tl, g, opts) })
}

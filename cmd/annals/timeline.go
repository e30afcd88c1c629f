package main

import (
	"context"
	"io"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/reports"
	"github.com/annals-project/annals/timeline"
	"github.com/spf13/cobra"
)

type timelineOptions struct {
	db      dbOptions
	out     outputOptions
	actor   string
	country string
	sel     eventFlags
	bucket  string
}

func newTimelineCmd(e *env) *cobra.Command {
	var o timelineOptions
	cmd := &cobra.Command{
		Use:   "timeline [--actor NAME] [--country ISO3] [--from DATE] [--to DATE] [--type T,...]",
		Short: "List stored events in date order",
		Long: `Timeline lists the stored events in date order, each with its date at its own
granularity ("2013-11-01", "2014-SP", "2014-01-21..2014-02-28"), type, status
(planned events are marked), participants, place and source. Undated events
come last.

--actor matches forgivingly: case and accents are ignored, and a surname alone
is enough when it is unique. --from and --to keep events whose interval
overlaps the range (YYYY-MM-DD, YYYY-MM or YYYY).`,
		Example: `  annals timeline
  annals timeline --actor Lavrov --format md
  annals timeline --country JPN --from 2013-11 --to 2014 --type meet,visit
  annals timeline --status planned --format csv -o planned.csv
  annals timeline --format ics -o planned.ics        # planned events for a calendar
  annals timeline --format timelinejs -o tl.json     # for TimelineJS`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTimeline(cmd.Context(), e, o)
		},
	}
	o.db.register(cmd)
	o.out.register(cmd, "text", "text", "md", "json", "csv", "tsv", "timelinejs", "ics")
	cmd.Flags().StringVar(&o.actor, "actor", "", "only events with this person or organisation (`NAME`)")
	cmd.Flags().StringVar(&o.country, "country", "", "only events involving this state (`ISO3` code, e.g. JPN)")
	o.sel.register(cmd)
	cmd.Flags().StringVar(&o.bucket, "group", "none", "group events by none|day|month|year")
	return cmd
}

func (o timelineOptions) filter() (annals.EventFilter, timeline.Options, error) {
	f, err := o.sel.eventFilter()
	if err != nil {
		return f, timeline.Options{}, err
	}
	if o.country != "" {
		c := annals.Country(upper(o.country))
		if !c.Valid() {
			return f, timeline.Options{}, usagef("--country %q: want an ISO 3166-1 alpha-3 code such as JPN", o.country)
		}
		f.Country = c
	}
	b, err := timeline.ParseBucket(o.bucket)
	if err != nil {
		return f, timeline.Options{}, usageError{err}
	}
	f.Actor = o.actor
	return f, timeline.Options{Bucket: b}, nil
}

func runTimeline(ctx context.Context, e *env, o timelineOptions) error {
	f, topts, err := o.filter()
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
	if f.Actor != "" {
		// Resolve the name first so an unknown or ambiguous name is an
		// error that lists candidates, not an empty timeline.
		n, err := findActor(ctx, db, f.Actor)
		if err != nil {
			return err
		}
		if n.Kind == annals.KindCountry {
			f.Actor, f.Country = "", n.Country
			if f.Country == "" {
				f.Country = annals.Country(n.Key[len("country:"):])
			}
		} else {
			f.Actor = n.Label
		}
	}
	events, err := db.Events(ctx, f)
	if err != nil {
		return err
	}
	tl := timeline.Build(events, topts)
	switch o.out.format {
	case "timelinejs": // TimelineJS3 JSON, for timeline.knightlab.com
		return o.out.write(e, func(w io.Writer) error { return reports.TimelineJS(w, tl) })
	case "ics": // the planned events as an iCalendar file
		return o.out.write(e, func(w io.Writer) error { return reports.ICS(w, tl) })
	}
	format, _ := reports.ParseFormat(o.out.format)
	return o.out.write(e, func(w io.Writer) error { return reports.Timeline(w, format, tl) })
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

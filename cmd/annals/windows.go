package main

import (
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports"
	"github.com/annals-project/annals/store"
)

// writeWindows computes metric m on each month or year window (o.every)
// of the dated events f selects and writes the top o.top actors of each.
// A window's graph links the actors of the events overlapping it, as
// graph.Graph.Select would cut it; the participation table is read once
// and cut in memory, so a million events take seconds, not a read per
// window.
func writeWindows(ctx context.Context, e *env, out *outputOptions, db *store.DB, f graph.Filter, m graph.Metric, o actorsOptions) error {
	inc, err := db.Incidence(ctx, eventFilter(f))
	if err != nil {
		return err
	}
	sums, err := db.EventSummaries(ctx, inc.Events)
	if err != nil {
		return err
	}
	var first, last annals.Date
	for _, s := range sums {
		if s.Start.IsZero() {
			continue
		}
		if first.IsZero() || s.Start.Before(first) {
			first = s.Start
		}
		if last.IsZero() || s.End.After(last) {
			last = s.End
		}
	}
	var windows []reports.Window
	for start := first; !first.IsZero() && !start.After(last); {
		var end annals.Date
		var period string
		if o.every == "year" {
			start = annals.NewDate(start.Year, 1, 1)
			end = annals.NewDate(start.Year, 12, 31)
			period = fmt.Sprintf("%04d", start.Year)
		} else {
			start = annals.NewDate(start.Year, start.Month, 1)
			end = annals.NewDate(start.Year, start.Month+1, 1).AddDays(-1)
			period = fmt.Sprintf("%04d-%02d", start.Year, int(start.Month))
		}
		net, err := windowNetwork(inc, sums, start, end)
		if err != nil {
			return err
		}
		if net.Len() > 0 {
			scores, err := net.Scores(m, graph.ScoreOptions{Pivots: o.pivots, Seed: graph.DefaultSeed})
			if err != nil {
				return err
			}
			if o.top > 0 && len(scores) > o.top {
				scores = scores[:o.top]
			}
			windows = append(windows, reports.Window{Period: period, Scores: scores})
		}
		start = end.AddDays(1)
	}
	format, _ := reports.ParseFormat(out.format)
	return out.write(e, func(w io.Writer) error { return reports.Windows(w, format, m, windows) })
}

// windowNetwork returns the network of the events of inc dated within
// [from, to] (overlapping it) that link two actors or more; only their
// actors are nodes.
func windowNetwork(inc *store.Incidence, sums []store.EventSummary, from, to annals.Date) (*graph.Network, error) {
	keep := map[int32]int32{}
	var actors []annals.Node
	offsets := []int32{0}
	var members, part []int32
	for i, s := range sums {
		if s.Start.IsZero() || s.End.Before(from) || s.Start.After(to) {
			continue
		}
		part = part[:0]
		for _, a := range inc.Members[inc.Offsets[i]:inc.Offsets[i+1]] {
			if !slices.Contains(part, a) {
				part = append(part, a)
			}
		}
		if len(part) < 2 {
			continue // links no one: graph.Select leaves such actors out
		}
		for _, a := range part {
			j, ok := keep[a]
			if !ok {
				j = int32(len(actors))
				keep[a] = j
				actors = append(actors, inc.Actors[a])
			}
			members = append(members, j)
		}
		offsets = append(offsets, int32(len(members)))
	}
	return graph.NewNetwork(actors, offsets, members)
}

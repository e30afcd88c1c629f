package main

import (
	"fmt"
	"io"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports"
)

// writeWindows computes metric m on each month or year window of g's
// dated events (o.every) and writes the top o.top actors of each.
func writeWindows(e *env, out *outputOptions, g *graph.Graph, m graph.Metric, o actorsOptions) error {
	first, last := g.Span()
	var windows []reports.Window
	if !first.IsZero() {
		for start := first; !start.After(last); {
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
			sub := g.Select(graph.Filter{From: start, To: end})
			if sub.Len() > 0 {
				scores, err := sub.ScoresWith(m, graph.ScoreOptions{Pivots: o.pivots, Seed: graph.DefaultSeed})
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
	}
	format, _ := reports.ParseFormat(out.format)
	return out.write(e, func(w io.Writer) error { return reports.Windows(w, format, m, windows) })
}

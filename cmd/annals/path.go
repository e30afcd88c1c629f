package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports"
	"github.com/annals-project/annals/store"
	"github.com/spf13/cobra"
)

type pathOptions struct {
	countries bool
	db        dbOptions
	out       outputOptions
	kind      string
	events    int
	sel       eventFlags
}

func newPathCmd(e *env) *cobra.Command {
	var o pathOptions
	cmd := &cobra.Command{
		Use:   "path A B [--kind shortest|strongest|both]",
		Short: "Show how two actors are connected, hop by hop, with the events of each hop",
		Long: `Path finds how actor A is connected to actor B in the actor network (actors
linked by shared events) and lists each hop with the events that make it.

  shortest   the fewest hops (among equal ones, the first in key order)
  strongest  the strongest ties: a hop between actors who share w events
             counts 1/w, and the path of least total is chosen (Newman 2001),
             so two hops of ten shared events beat one hop of a single event

Names match forgivingly, as in 'annals relations'.`,
		Example: `  annals path Lavrov Onodera
  annals path Putin "Shinzo Abe" --kind strongest --events 3
  annals path RUS JPN --from 2013 --format json`,
		Args: exactArgs(2, "two actor names A and B"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runPath(cmd.Context(), e, o, args[0], args[1])
		},
	}
	o.db.register(cmd)
	o.out.register(cmd, "text", "text", "md", "json", "csv", "tsv")
	cmd.Flags().StringVar(&o.kind, "kind", "both", "`KIND` of path: shortest, strongest or both")
	cmd.Flags().IntVar(&o.events, "events", 5, "show the `N` latest stored events per hop (0 for all)")
	o.sel.register(cmd)
	countriesFlag(cmd, &o.countries)
	return cmd
}

func runPath(ctx context.Context, e *env, o pathOptions, nameA, nameB string) error {
	if o.kind != "shortest" && o.kind != "strongest" && o.kind != "both" {
		return usagef("--kind %q: want shortest, strongest or both", o.kind)
	}
	if o.events < 0 {
		return usagef("--events %d: want 0 or more", o.events)
	}
	f, db, err := openQuery(ctx, e, o.sel, o.countries, &o.out, &o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	a, b, err := findActors(ctx, db, nameA, nameB)
	if err != nil {
		return err
	}
	net, err := loadNetwork(ctx, db, f)
	if err != nil {
		return err
	}
	format, _ := reports.ParseFormat(o.out.format)
	kinds := []string{o.kind}
	if o.kind == "both" {
		kinds = []string{"shortest", "strongest"}
	}
	var parts [][]byte
	for _, kind := range kinds {
		find := net.ShortestPath
		if kind == "strongest" {
			find = net.StrongestPath
		}
		keys, err := find(a.Key, b.Key)
		if err != nil {
			return err
		}
		hops, err := pathHops(ctx, db, net, keys, eventFilter(f), o.events)
		if err != nil {
			return err
		}
		title := fmt.Sprintf("No path from %s to %s", a.Label, b.Label)
		if keys != nil {
			title = fmt.Sprintf("%s path from %s to %s: %d hops", upperFirst(kind), a.Label, b.Label, len(hops))
		}
		var buf bytes.Buffer
		if err := reports.Path(&buf, format, title, hops); err != nil {
			return err
		}
		parts = append(parts, buf.Bytes())
	}
	return o.out.write(e, func(w io.Writer) error { return joinParts(w, format, kinds, parts) })
}

// pathHops returns the hops of the path through keys with the shared
// events of each, at most limit (all for 0).
func pathHops(ctx context.Context, db *store.DB, net *graph.Network, keys []string, f annals.EventFilter, limit int) ([]reports.PathHop, error) {
	var hops []reports.PathHop
	for i := 1; i < len(keys); i++ {
		from, _ := net.Node(keys[i-1])
		to, _ := net.Node(keys[i])
		// Only the events shown are read: two hubs may share thousands.
		var evs []annals.Event
		var err error
		if limit > 0 {
			evs, err = db.RecentSharedEvents(ctx, from.Key, to.Key, f, limit)
		} else {
			evs, err = db.SharedEvents(ctx, from.Key, to.Key, f)
		}
		if err != nil {
			return nil, err
		}
		hops = append(hops, reports.PathHop{From: from, To: to, Shared: net.Weight(from.Key, to.Key), Events: evs})
	}
	return hops, nil
}

// joinParts writes several reports one after the other: JSON as one
// object keyed by name, the other formats separated by a blank line
// (CSV and TSV keep one header per part).
func joinParts(w io.Writer, f reports.Format, names []string, parts [][]byte) error {
	if len(parts) == 1 {
		_, err := w.Write(parts[0])
		return err
	}
	var b bytes.Buffer
	if f == reports.FormatJSON {
		b.WriteString("{\n")
		for i, p := range parts {
			fmt.Fprintf(&b, "  %q: %s", names[i], bytes.TrimSpace(bytes.ReplaceAll(p, []byte("\n"), []byte("\n  "))))
			if i < len(parts)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString("}\n")
	} else {
		for i, p := range parts {
			if i > 0 {
				b.WriteString("\n")
			}
			b.Write(p)
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

package main

import (
	"context"
	"io"
	"strings"

	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/store"
	"github.com/spf13/cobra"
)

type exportOptions struct {
	countries bool
	db        dbOptions
	out       outputOptions
	metrics   string
	seed      uint64
	sel       eventFlags
}

func newExportCmd(e *env) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export [--format dot|graphml|gexf|json|edgelist] [-o FILE]",
		Short: "Export the actor network for Gephi, networkx, d3 or any graph tool",
		Long: `Export writes the actor network (actors linked by shared events, weighted by
their number) in one of five formats:

  dot       Graphviz, as 'annals dot' writes it
  graphml   GraphML: node kind, country, role, first and last date, the metrics
            and the Louvain community as attributes; edges with weight, first,
            last and types (Gephi, yEd, igraph, networkx)
  gexf      GEXF 1.3, Gephi's own format, with the same attributes and nodes
            coloured by kind
  json      node-link JSON (d3-force, networkx's node_link_graph)
  edgelist  one edge per line: source, target, weight, tab-separated

Output is sorted, so the same database always gives the same file. --metrics
none leaves the metrics out (betweenness takes minutes on a very large graph).`,
		Example: `  annals export --format gexf -o network.gexf
  annals export --format graphml --from 2013 --to 2014 -o 2013.graphml
  annals export --format edgelist --type meet,visit > meetings.tsv`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd.Context(), e, o)
		},
	}
	o.db.register(cmd)
	o.out.register(cmd, "graphml", "dot", "graphml", "gexf", "json", "edgelist")
	cmd.Flags().StringVar(&o.metrics, "metrics", "degree,strength,pagerank,betweenness", "node `METRICS` to compute and write, comma-separated, or none")
	cmd.Flags().Uint64Var(&o.seed, "seed", graph.DefaultSeed, "`SEED` of the Louvain communities")
	o.sel.register(cmd)
	countriesFlag(cmd, &o.countries)
	return cmd
}

// parseMetrics parses a comma-separated metric list; "none" or "" is none.
func parseMetrics(s string) ([]graph.Metric, error) {
	var out []graph.Metric
	if s == "none" || s == "" {
		return out, nil
	}
	for _, name := range strings.Split(s, ",") {
		m, err := graph.ParseMetric(name)
		if err != nil {
			return nil, usageError{err}
		}
		out = append(out, m)
	}
	return out, nil
}

func runExport(ctx context.Context, e *env, o exportOptions) error {
	metrics, err := parseMetrics(o.metrics)
	if err != nil {
		return err
	}
	f, db, err := openQuery(ctx, e, o.sel, o.countries, &o.out, &o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	opts := graph.ExportOptions{Metrics: metrics, Communities: true, Seed: o.seed}
	if o.out.format != "dot" {
		// The compact network, with each edge's dates and types worked
		// out from the participation table and the events' summaries,
		// writes the same file as the full graph and reads a million
		// events in seconds.
		return exportNetwork(ctx, e, &o.out, db, f, opts)
	}
	net, err := loadNetwork(ctx, db, f)
	if err != nil {
		return err
	}
	return o.out.write(e, func(w io.Writer) error {
		return net.WriteDOT(w, nil, graph.DOTOptions{Label: "annals actor network"})
	})
}

// exportNetwork writes the network of the events f selects as GraphML,
// GEXF, JSON or an edge list.
func exportNetwork(ctx context.Context, e *env, out *outputOptions, db *store.DB, f graph.Filter, opts graph.ExportOptions) error {
	net, inc, err := loadIncidence(ctx, db, f)
	if err != nil {
		return err
	}
	if out.format == "edgelist" {
		return out.write(e, net.WriteEdgeList)
	}
	sums, err := db.EventSummaries(ctx, inc.Events)
	if err != nil {
		return err
	}
	infos := make([]graph.EventInfo, len(sums))
	for i, s := range sums {
		infos[i] = graph.EventInfo{Start: s.Start, End: s.End, Type: s.Type}
	}
	edges := net.EdgeDetails(inc.Actors, inc.Offsets, inc.Members, infos)
	return out.write(e, func(w io.Writer) error {
		switch out.format {
		case "gexf":
			return net.WriteGEXF(w, edges, opts)
		case "json":
			return net.WriteJSON(w, edges, opts)
		}
		return net.WriteGraphML(w, edges, opts)
	})
}

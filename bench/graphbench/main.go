// Command graphbench times the graph/csr metric kernels on an edge list in
// the format of ../shared/peers/gen_graph.py and prints one JSON line per
// metric in the shape graph_bench.py prints for networkx and igraph, so
// that bench/graph_peers.sh can set them side by side.
//
// Usage:
//
//	graphbench [--metrics pagerank,betweenness,...] [--workers N] [--sample K]
//	           [--seed S] [--values DIR] EDGEFILE
//
// Metrics: load, degree, pagerank, betweenness, betweenness_sampled,
// closeness, harmonic, eigenvector, components, louvain. "seconds" is the
// wall time of the kernel alone (the graph already built; "load" is reading
// and building it). With --values, every node's value of each metric is
// written to DIR/<metric>.tsv (name, value) for a full comparison with
// igraph (bench/graph_check.py).
package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/annals-project/annals/graph/csr"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "graphbench:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

type options struct {
	metrics []string
	workers int
	sample  int
	seed    uint64
	values  string
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("graphbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	metrics := fs.String("metrics", "degree,pagerank,betweenness,closeness,harmonic,eigenvector,components,louvain", "comma-separated `METRICS`")
	var o options
	fs.IntVar(&o.workers, "workers", 0, "goroutines for the parallel kernels (0: GOMAXPROCS)")
	fs.IntVar(&o.sample, "sample", 100, "pivots `K` for betweenness_sampled")
	fs.Uint64Var(&o.seed, "seed", 42, "seed for Louvain and the pivots")
	fs.StringVar(&o.values, "values", "", "write every node's values to `DIR`/<metric>.tsv")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: want one edge list file", errUsage)
	}
	o.metrics = strings.Split(*metrics, ",")
	path := fs.Arg(0)
	t0 := time.Now()
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	g, names, err := csr.ReadEdgeList(f)
	f.Close()
	if err != nil {
		return err
	}
	base := map[string]any{"library": "annals", "version": runtime.Version(), "file": path,
		"nodes": g.Len(), "edges": g.Edges(), "weighted": true, "workers": csr.Workers(o.workers)}
	enc := json.NewEncoder(stdout)
	emit := func(m map[string]any) error {
		for k, v := range base {
			m[k] = v
		}
		return enc.Encode(m)
	}
	if err := emit(map[string]any{"metric": "load", "seconds": secs(time.Since(t0))}); err != nil {
		return err
	}
	if o.values != "" {
		if err := os.MkdirAll(o.values, 0o755); err != nil {
			return err
		}
	}
	for _, m := range o.metrics {
		res, err := measure(g, names, m, o)
		if err != nil {
			return err
		}
		if err := emit(res); err != nil {
			return err
		}
	}
	return nil
}

func secs(d time.Duration) float64 { return float64(d.Microseconds()) / 1e6 }

// measure runs one metric and returns its JSON fields.
func measure(g *csr.Graph, names []string, metric string, o options) (map[string]any, error) {
	res := map[string]any{"metric": metric}
	var values []float64
	t0 := time.Now()
	switch metric {
	case "degree":
		values = g.Degree()
	case "pagerank":
		values = csr.PageRank(g, 0.85)
	case "betweenness":
		values = csr.Betweenness(g, o.workers)
		res["mode"] = "exact"
	case "betweenness_sampled":
		values = csr.SampledBetweenness(g, o.sample, o.seed, o.workers)
		res["mode"] = fmt.Sprintf("k=%d sampled pivots, values scaled by n/k", o.sample)
	case "closeness":
		values = csr.Closeness(g, o.workers)
		res["mode"] = "exact"
	case "harmonic":
		values = csr.Harmonic(g, o.workers)
	case "eigenvector":
		values = csr.Eigenvector(g)
	case "components":
		_, k := csr.Components(g)
		res["seconds"] = secs(time.Since(t0))
		res["components"] = k
		return res, nil
	case "louvain":
		member, q := csr.Louvain(g, 1, o.seed)
		res["seconds"] = secs(time.Since(t0))
		sizes := map[int32]int{}
		for _, c := range member {
			sizes[c]++
		}
		largest := make([]int, 0, len(sizes))
		for _, s := range sizes {
			largest = append(largest, s)
		}
		slices.SortFunc(largest, func(a, b int) int { return cmp.Compare(b, a) })
		res["communities"] = len(sizes)
		res["largest5"] = largest[:min(5, len(largest))]
		res["modularity"] = round(q, 4)
		if o.values != "" {
			ms := make([]float64, len(member))
			for i, c := range member {
				ms[i] = float64(c)
			}
			return res, writeValues(filepath.Join(o.values, metric+".tsv"), names, ms)
		}
		return res, nil
	default:
		return nil, fmt.Errorf("%w: unknown metric %q", errUsage, metric)
	}
	res["seconds"] = secs(time.Since(t0))
	res["top5"] = top(names, values, 5)
	if o.values != "" {
		return res, writeValues(filepath.Join(o.values, metric+".tsv"), names, values)
	}
	return res, nil
}

// top returns the k largest values with their node names, ties by name,
// as graph_bench.py's top5.
func top(names []string, values []float64, k int) [][2]any {
	idx := make([]int, len(values))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(values[b], values[a]), cmp.Compare(names[a], names[b]))
	})
	out := [][2]any{}
	for _, i := range idx[:min(k, len(idx))] {
		out = append(out, [2]any{names[i], round(values[i], 10)})
	}
	return out
}

func round(v float64, digits int) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', digits, 64), 64)
	return r
}

func writeValues(path string, names []string, values []float64) error {
	var b strings.Builder
	for i, v := range values {
		fmt.Fprintf(&b, "%s\t%s\n", names[i], strconv.FormatFloat(v, 'g', 17, 64))
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

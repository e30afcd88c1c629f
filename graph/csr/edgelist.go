package csr

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadEdgeList reads an undirected edge list in the format of
// gen_graph.py and graph_bench.py: one edge per line, "u v" or "u v w"
// separated by spaces or tabs, where u and v are node names and w a
// weight (1 when absent); blank lines and lines starting with # are
// skipped, and extra columns are ignored. Nodes are numbered in order of
// first appearance, and names[i] is the name of node i. Repeated pairs
// are merged by summing their weights and self-loops are dropped, as
// graph_bench.py does. A malformed weight is an error naming the line.
func ReadEdgeList(r io.Reader) (g *Graph, names []string, err error) {
	index := map[string]int32{}
	id := func(name string) int32 {
		i, ok := index[name]
		if !ok {
			i = int32(len(names))
			index[name] = i
			names = append(names, name)
		}
		return i
	}
	var edges []Edge
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 2 {
			return nil, nil, fmt.Errorf("csr: read edge list: line %d: want two node names", line)
		}
		w := 1.0
		if len(f) >= 3 {
			if w, err = strconv.ParseFloat(f[2], 64); err != nil {
				return nil, nil, fmt.Errorf("csr: read edge list: line %d: weight %q: %w", line, f[2], err)
			}
		}
		edges = append(edges, Edge{U: id(f[0]), V: id(f[1]), W: w})
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("csr: read edge list: %w", err)
	}
	g, err = New(len(names), edges)
	if err != nil {
		return nil, nil, err
	}
	return g, names, nil
}

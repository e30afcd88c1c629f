package graph

import (
	"cmp"
	"math"
	"slices"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/layout"
	"gonum.org/v1/gonum/graph/simple"
)

// LayoutComponents splits the graph of keys and edges (edges whose ends are
// not both in keys are ignored) into connected components — lists of
// indexes into keys, each sorted, largest first — and lays each out in the
// unit square, pos[i][j] being the position of comps[i][j]. The layout is
// deterministic: the same input gives the same positions on any machine.
// Renderers (the HTML report) scale and pack the components themselves.
func LayoutComponents(keys []string, edges []Edge) (comps [][]int, pos [][][2]float64) {
	idx := make(map[string]int, len(keys))
	for i, k := range keys {
		idx[k] = i
	}
	var inside []Edge
	for _, e := range edges {
		_, okA := idx[e.From]
		_, okB := idx[e.To]
		if okA && okB {
			inside = append(inside, e)
		}
	}
	comps = components(len(keys), inside, idx)
	pos = make([][][2]float64, len(comps))
	for i, c := range comps {
		pos[i] = layoutComponent(c, inside, idx)
	}
	return comps, pos
}

// components returns the connected components of the drawn subgraph as
// lists of node indexes, each sorted, largest first, then by first index.
func components(n int, edges []Edge, idx map[string]int) [][]int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, e := range edges {
		a, b := find(idx[e.From]), find(idx[e.To])
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	groups := map[int][]int{}
	for i := 0; i < n; i++ {
		r := find(i)
		groups[r] = append(groups[r], i)
	}
	out := make([][]int, 0, len(groups))
	for _, g := range groups {
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0])) })
	return out
}

// layoutComponent returns positions in [0,1]² for the members of one
// component, in member order. It starts from gonum's Isomap layout
// (classical multidimensional scaling of hop distances, which places the
// component's overall shape without randomness) and refines it with
// Fruchterman and Reingold's force-directed method (1991, "Graph drawing
// by force-directed placement"), which spreads nodes that Isomap puts on
// one point. gonum's Eades layout was tried first and diverged to
// infinite coordinates on small dense weighted graphs such as the seed's.
func layoutComponent(members []int, edges []Edge, idx map[string]int) [][2]float64 {
	out := make([][2]float64, len(members))
	switch len(members) {
	case 1:
		return out
	case 2:
		out[0], out[1] = [2]float64{0, 0.5}, [2]float64{1, 0.5}
		return out
	}
	local := make(map[int]int, len(members))
	u := simple.NewUndirectedGraph()
	for j, m := range members {
		local[m] = j
		u.AddNode(simple.Node(int64(j)))
	}
	var links []link
	for _, e := range edges {
		a, okA := local[idx[e.From]]
		b, okB := local[idx[e.To]]
		if okA && okB {
			u.SetEdge(simple.Edge{F: simple.Node(int64(a)), T: simple.Node(int64(b))})
			// Logarithmic weights: a pair with many shared events is
			// pulled closer, but does not collapse onto one point.
			links = append(links, link{a, b, 1 + math.Log(float64(e.Weight))})
		}
	}
	opt := layout.NewOptimizerR2(orderedUndirected{u}, layout.IsomapR2{}.Update)
	opt.Update()
	for j := range members {
		c := opt.Coord2(int64(j))
		out[j] = [2]float64{c.X, c.Y}
	}
	if !spread(out) {
		// Isomap found no shape (NaN or one point): start on a circle.
		for j := range out {
			a := 2 * math.Pi * float64(j) / float64(len(out))
			out[j] = [2]float64{math.Cos(a), math.Sin(a)}
		}
	}
	normalize(out)
	fruchtermanReingold(out, links)
	normalize(out)
	return out
}

type link struct {
	a, b int
	w    float64
}

// frIterations is the number of Fruchterman–Reingold steps; with linear
// cooling the layout settles well within it for the few dozen nodes a
// page draws.
const frIterations = 250

// fruchtermanReingold refines pos (in the unit square) in place:
// neighbours attract with d²/k times the link weight, all pairs repel
// with k²/d, and each step moves a node at most the temperature, which
// cools linearly from a tenth of the square to nothing. Loops run in
// index order, so the result is reproducible.
func fruchtermanReingold(pos [][2]float64, links []link) {
	n := len(pos)
	k := math.Sqrt(1 / float64(n))
	disp := make([][2]float64, n)
	for it := 0; it < frIterations; it++ {
		temp := 0.1 * (1 - float64(it)/frIterations)
		for i := range disp {
			disp[i] = [2]float64{}
		}
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				dx, dy := pos[i][0]-pos[j][0], pos[i][1]-pos[j][1]
				d := math.Hypot(dx, dy)
				if d < 1e-6 {
					// Coincident nodes: push apart along a fixed
					// direction that depends on the pair.
					dx, dy, d = 1e-3*float64(1+i%3), 1e-3*float64(1+j%5), 1e-3
				}
				f := k * k / d
				disp[i][0] += dx / d * f
				disp[i][1] += dy / d * f
				disp[j][0] -= dx / d * f
				disp[j][1] -= dy / d * f
			}
		}
		for _, l := range links {
			dx, dy := pos[l.a][0]-pos[l.b][0], pos[l.a][1]-pos[l.b][1]
			d := math.Hypot(dx, dy)
			if d < 1e-9 {
				continue
			}
			f := d * d / k * l.w
			disp[l.a][0] -= dx / d * f
			disp[l.a][1] -= dy / d * f
			disp[l.b][0] += dx / d * f
			disp[l.b][1] += dy / d * f
		}
		for i := range pos {
			d := math.Hypot(disp[i][0], disp[i][1])
			if d < 1e-12 {
				continue
			}
			step := min(d, temp)
			pos[i][0] += disp[i][0] / d * step
			pos[i][1] += disp[i][1] / d * step
		}
	}
}

// spread reports whether pos holds finite points that are not all one.
func spread(pos [][2]float64) bool {
	for _, p := range pos {
		if math.IsNaN(p[0]) || math.IsNaN(p[1]) || math.IsInf(p[0], 0) || math.IsInf(p[1], 0) {
			return false
		}
	}
	for _, p := range pos[1:] {
		if math.Hypot(p[0]-pos[0][0], p[1]-pos[0][1]) > 1e-9 {
			return true
		}
	}
	return false
}

// normalize scales pos into [0,1]² (a degenerate axis goes to 0.5).
func normalize(pos [][2]float64) {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, minY, maxX, maxY = min(minX, p[0]), min(minY, p[1]), max(maxX, p[0]), max(maxY, p[1])
	}
	dx, dy := maxX-minX, maxY-minY
	for j, p := range pos {
		x, y := 0.5, 0.5
		if dx > 1e-9 {
			x = (p[0] - minX) / dx
		}
		if dy > 1e-9 {
			y = (p[1] - minY) / dy
		}
		pos[j] = [2]float64{x, y}
	}
}

// orderedUndirected is a gonum graph whose node iterators run in ID order.
// simple's iterators range over maps, whose order changes from run to
// run; Isomap fills its distance matrix along them, so the last bits of
// every coordinate, and the page, could change too.
type orderedUndirected struct{ *simple.UndirectedGraph }

func (g orderedUndirected) Nodes() gg.Nodes { return sortNodes(g.UndirectedGraph.Nodes()) }

func (g orderedUndirected) From(id int64) gg.Nodes { return sortNodes(g.UndirectedGraph.From(id)) }

func sortNodes(it gg.Nodes) gg.Nodes {
	ns := gg.NodesOf(it)
	if len(ns) == 0 {
		return gg.Empty
	}
	slices.SortFunc(ns, func(a, b gg.Node) int { return cmp.Compare(a.ID(), b.ID()) })
	return iterator.NewOrderedNodes(ns)
}

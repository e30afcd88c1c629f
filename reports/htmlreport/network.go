package htmlreport

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/layout"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
)

// Network geometry, in SVG user units.
const (
	netWidth  = 1160
	netMargin = 30
	netGap    = 24 // between packed components
	minNodeR  = 5
	maxNodeR  = 20
	maxEdgeW  = 9
)

type networkView struct {
	Width, Height string
	Nodes         []nodeView
	Edges         []edgeView
	Empty         bool
}

type nodeView struct {
	X, Y, R        string
	RectX, RectY   string // countries are drawn as squares
	Side           string
	Square         bool
	Color          string
	Label          string
	LabelX, LabelY string
	Title          string
}

type edgeView struct {
	X1, Y1, X2, Y2, W string
	Title             string
}

// networkInfo is what the page says about the drawn network.
type networkInfo struct {
	shown, total, edges, totalEdges int
}

// buildNetwork draws the top maxNodes actors by score (those sharing an
// event first) and the edges among them. Each connected component is
// laid out on its own, scaled to a
// box that grows with the square root of its size, and the boxes are
// packed in rows, largest first: a force layout of a disconnected graph
// would otherwise push the components apart without limit. See
// layoutComponent for the layout.
func buildNetwork(g *graph.Graph, scores []graph.Score, community map[string]int, opts Options) (networkView, networkInfo) {
	var info networkInfo
	info.total = len(scores)
	score := map[string]graph.Score{}
	var keys []string
	// Actors who share an event come first, by score; isolated actors
	// fill what room is left, so a small report shows everyone named.
	for _, connected := range []bool{true, false} {
		for _, s := range scores {
			if (s.Degree > 0) == connected && len(keys) < opts.MaxNodes {
				keys = append(keys, s.Node.Key)
				score[s.Node.Key] = s
			}
		}
	}
	v := networkView{Width: px(netWidth)}
	all := g.Edges()
	info.totalEdges = len(all)
	if len(keys) == 0 {
		v.Empty, v.Height = true, "0"
		return v, info
	}
	slices.Sort(keys)
	idx := make(map[string]int, len(keys))
	for i, k := range keys {
		idx[k] = i
	}
	var edges []graph.Edge
	maxW := 1
	for _, e := range all {
		_, okA := idx[e.From]
		_, okB := idx[e.To]
		if okA && okB {
			edges = append(edges, e)
			maxW = max(maxW, e.Weight)
		}
	}
	info.shown, info.edges = len(keys), len(edges)

	comps := components(len(keys), edges, idx)
	pos := make([][2]float64, len(keys))
	avail := float64(netWidth - 2*netMargin)
	type box struct {
		members []int
		w, h    float64
	}
	boxes := make([]box, 0, len(comps))
	for _, c := range comps {
		local := layoutComponent(c, edges, idx)
		side := 95 * math.Sqrt(float64(len(c)))
		label := 0
		for _, m := range c {
			label = max(label, len([]rune(shorten(score[keys[m]].Node.Label, 30))))
		}
		// Room for the labels right of the nodes: about 7px a character.
		lw := float64(7*label + 4)
		bw, bh := min(avail-lw-2*maxNodeR, side*1.5), min(560, side*0.9)
		if len(c) == 1 {
			bw, bh = 0, 0
		}
		for j, m := range c {
			pos[m] = [2]float64{local[j][0] * bw, local[j][1] * bh}
		}
		boxes = append(boxes, box{members: c, w: bw + 2*maxNodeR + lw, h: bh + 2*maxNodeR})
	}
	// Shelf packing: fill rows left to right, each row centred.
	y := float64(netMargin)
	for i := 0; i < len(boxes); {
		j, rowW, rowH := i, 0.0, 0.0
		for j < len(boxes) && (j == i || rowW+netGap+boxes[j].w <= avail+netGap) {
			rowW += boxes[j].w + netGap
			rowH = max(rowH, boxes[j].h)
			j++
		}
		x := netMargin + (avail-(rowW-netGap))/2
		for _, b := range boxes[i:j] {
			for _, m := range b.members {
				pos[m][0] += x + maxNodeR
				pos[m][1] += y + maxNodeR + (rowH-b.h)/2
			}
			x += b.w + netGap
		}
		y += rowH + netGap
		i = j
	}
	v.Height = px(y - netGap + netMargin)

	maxV := 0.0
	for _, k := range keys {
		maxV = max(maxV, score[k].Value)
	}
	for _, e := range edges {
		a, b := pos[idx[e.From]], pos[idx[e.To]]
		w := 1 + (maxEdgeW-1)*math.Sqrt(float64(e.Weight-1)/float64(max(maxW-1, 1)))
		na, nb := score[e.From].Node, score[e.To].Node
		v.Edges = append(v.Edges, edgeView{
			X1: px(a[0]), Y1: px(a[1]), X2: px(b[0]), Y2: px(b[1]), W: px(w),
			Title: fmt.Sprintf("%s – %s: %d shared %s", na.Label, nb.Label, e.Weight, plural(e.Weight, "event", "events")),
		})
	}
	for i, k := range keys {
		s := score[k]
		r := float64(minNodeR)
		if maxV > 0 {
			r += (maxNodeR - minNodeR) * math.Sqrt(s.Value/maxV)
		}
		p := pos[i]
		n := nodeView{
			X: px(p[0]), Y: px(p[1]), R: px(r), Color: communityColor(community[k]),
			Label: shorten(s.Node.Label, 30), LabelX: px(p[0] + r + 4), LabelY: px(p[1] + 4),
			Title: nodeTitle(s, opts.Metric, community[k]),
		}
		if s.Node.Kind == annals.KindCountry {
			side := r * 1.7
			n.Square, n.Side, n.RectX, n.RectY = true, px(side), px(p[0]-side/2), px(p[1]-side/2)
		}
		v.Nodes = append(v.Nodes, n)
	}
	return v, info
}

func nodeTitle(s graph.Score, m graph.Metric, comm int) string {
	t := s.Node.Label + " (" + string(s.Node.Kind)
	if s.Node.Country != "" && s.Node.Kind != annals.KindCountry {
		t += ", " + string(s.Node.Country)
	}
	if s.Node.Role != "" {
		t += ", " + s.Node.Role
	}
	return t + fmt.Sprintf(")\n%s %s · %d %s · community %d", m, formatValue(m, s.Value), s.Degree, plural(s.Degree, "partner", "partners"), comm+1)
}

// components returns the connected components of the drawn subgraph as
// lists of node indexes, each sorted, largest first, then by first index.
func components(n int, edges []graph.Edge, idx map[string]int) [][]int {
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
func layoutComponent(members []int, edges []graph.Edge, idx map[string]int) [][2]float64 {
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

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

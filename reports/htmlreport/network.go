package htmlreport

import (
	"fmt"
	"math"
	"slices"

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

	comps, layouts := graph.LayoutComponents(keys, edges)
	pos := make([][2]float64, len(keys))
	avail := float64(netWidth - 2*netMargin)
	type box struct {
		members []int
		w, h    float64
	}
	boxes := make([]box, 0, len(comps))
	for ci, c := range comps {
		local := layouts[ci]
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

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

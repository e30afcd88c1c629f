package htmlreport

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/timeline"
)

// Timeline geometry, in SVG user units (pixels at 100% zoom).
const (
	tlWidth   = 1160
	tlLabelW  = 200 // lane labels
	tlRight   = 24
	tlTop     = 40 // room for the tick labels
	rowH      = 16 // one row of marks in a lane
	lanePad   = 6
	dotR      = 5
	barH      = 10
	minBarW   = 6  // a bar stays visible however short its interval
	cellLaneH = 22 // lane height when marks are aggregated
)

type timelineView struct {
	Width, Height, AxisY, GridBottom string
	LabelX                           string
	Lanes                            []laneView
	Segments                         []segView
	Breaks                           []breakView
	Marks                            []markView
	Empty                            bool
}

type laneView struct {
	Y, H, TextY, Width string
	Label, Sub         string
	Odd                bool
	Count              int
}

type segView struct {
	X0, X1 string
	Unit   string
	Ticks  []tickView
}

type tickView struct {
	X, Label string
	x        float64 // the position, for spacing labels
}

type breakView struct{ X, Y string }

type markView struct {
	Shape         string // "dot", "bar" or "cell"
	X, Y, W, H, R string
	Color         string
	Planned       bool
	Opacity       string
	Title         string
	Href          string
	EventID       string
}

// lane is one row of the timeline and the entries drawn in it (indexes
// into the timeline).
type lane struct {
	key, label, sub string
	entries         []int
}

// laneKeys returns the lanes an event is drawn in: its actors (or, when it
// has none, its countries) in actor mode; its countries in country mode.
func laneKeys(ev annals.Event, mode Lanes) (keys, labels, subs []string) {
	country := func(c annals.Country) {
		keys = append(keys, "country:"+string(c))
		labels = append(labels, c.Name())
		subs = append(subs, string(c))
	}
	if mode == LanesCountry {
		for _, c := range ev.Countries {
			country(c)
		}
		if len(keys) == 0 {
			keys, labels, subs = []string{"~none"}, []string{"(no country)"}, []string{""}
		}
		return keys, labels, subs
	}
	for _, a := range ev.Actors {
		keys = append(keys, "actor:"+annals.NormalizeName(a))
		labels = append(labels, a)
		subs = append(subs, "")
	}
	if len(keys) == 0 {
		for _, c := range ev.Countries {
			country(c)
		}
	}
	return keys, labels, subs
}

// buildLanes groups the dated entries of tl into lanes, ordered by number
// of events (descending), then label, then key. When there are more than
// maxLanes, the rest are merged into one last "other" lane and the second
// result says how many lanes were merged.
func buildLanes(tl timeline.Timeline, mode Lanes, maxLanes int) ([]lane, int) {
	byKey := map[string]*lane{}
	for i, e := range tl.Entries {
		if e.Event.Start.IsZero() {
			continue
		}
		keys, labels, subs := laneKeys(e.Event, mode)
		for j, k := range keys {
			l := byKey[k]
			if l == nil {
				l = &lane{key: k, label: labels[j], sub: subs[j]}
				byKey[k] = l
			}
			if n := len(l.entries); n == 0 || l.entries[n-1] != i {
				l.entries = append(l.entries, i)
			}
		}
	}
	lanes := make([]lane, 0, len(byKey))
	for _, l := range byKey {
		lanes = append(lanes, *l)
	}
	slices.SortFunc(lanes, func(a, b lane) int {
		return cmp.Or(cmp.Compare(len(b.entries), len(a.entries)),
			cmp.Compare(strings.ToLower(a.label), strings.ToLower(b.label)), cmp.Compare(a.key, b.key))
	})
	if len(lanes) <= maxLanes {
		return lanes, 0
	}
	other := lane{key: "~other", label: fmt.Sprintf("%d other lanes", len(lanes)-maxLanes+1)}
	seen := map[int]bool{}
	for _, l := range lanes[maxLanes-1:] {
		for _, i := range l.entries {
			if !seen[i] {
				seen[i] = true
				other.entries = append(other.entries, i)
			}
		}
	}
	slices.Sort(other.entries)
	merged := len(lanes) - maxLanes + 1
	return append(lanes[:maxLanes-1:maxLanes-1], other), merged
}

// interval returns the half-open day span of a dated event; an event with
// a start and no end lasts one day.
func interval(ev annals.Event) span {
	s := dayNum(ev.Start)
	e := s
	if !ev.End.IsZero() && !ev.End.Before(ev.Start) {
		e = dayNum(ev.End)
	}
	return span{s, e + 1}
}

// timelineLayout is what buildTimeline reports besides the view, for the
// page's notes.
type timelineLayout struct {
	lanes, mergedLanes, marks int
	aggregated                bool
	unit                      string // the bucket of aggregated cells
}

// buildTimeline lays out the SVG timeline of tl. anchor maps an entry
// index to its event row's anchor ("" when the row is not on the page).
func buildTimeline(tl timeline.Timeline, opts Options, anchor func(i int) string) (timelineView, timelineLayout) {
	lanes, merged := buildLanes(tl, opts.Lanes, opts.MaxLanes)
	var info timelineLayout
	info.lanes, info.mergedLanes = len(lanes), merged
	v := timelineView{Width: px(tlWidth), LabelX: px(tlLabelW - 10)}
	if len(lanes) == 0 {
		v.Empty = true
		v.Height = px(0)
		return v, info
	}
	var spans []span
	for _, e := range tl.Entries {
		if !e.Event.Start.IsZero() {
			spans = append(spans, interval(e.Event))
		}
	}
	segs := layoutAxis(spans, tlLabelW, tlWidth-tlRight)
	segOf := func(day int) segment {
		for _, s := range segs {
			if s.contains(day) {
				return s
			}
		}
		return segs[len(segs)-1]
	}
	for _, l := range lanes {
		info.marks += len(l.entries)
	}
	info.aggregated = info.marks > opts.MaxMarks
	y := float64(tlTop)
	for li, l := range lanes {
		var marks []markView
		var h float64
		if info.aggregated {
			marks = cellMarks(tl, l, segs, y)
			h = cellLaneH
		} else {
			marks, h = laneMarks(tl, l, segOf, y, anchor)
		}
		v.Lanes = append(v.Lanes, laneView{
			Y: px(y), H: px(h), TextY: px(y + h/2 + 4), Width: px(tlWidth),
			Label: shorten(l.label, 28), Sub: l.sub, Odd: li%2 == 1, Count: len(l.entries),
		})
		v.Marks = append(v.Marks, marks...)
		y += h
	}
	v.Height = px(y + 8)
	v.AxisY = px(tlTop - 2)
	v.GridBottom = px(y)
	for i, s := range segs {
		sv := segView{X0: px(s.X0), X1: px(s.X1), Unit: s.Unit.String()}
		for _, t := range s.ticks() {
			sv.Ticks = append(sv.Ticks, tickView{X: px(s.x(float64(t.day))), Label: t.label, x: s.x(float64(t.day))})
		}
		v.Segments = append(v.Segments, sv)
		if i > 0 {
			v.Breaks = append(v.Breaks, breakView{X: px(s.X0 - breakGap/2), Y: px(tlTop - 2)})
		}
	}
	// A segment's first label pushes out the previous segment's last one
	// when the two would overlap across the break: where a segment
	// starts matters more than one more tick.
	var prev *tickView
	for i := range v.Segments {
		for j := range v.Segments[i].Ticks {
			t := &v.Segments[i].Ticks[j]
			if t.Label == "" {
				continue
			}
			if prev != nil && t.x-prev.x < minTickPx*0.8 {
				prev.Label = ""
			}
			prev = t
		}
	}
	if info.aggregated {
		// The unit of the widest segment, where most events are.
		widest := segs[0]
		for _, s := range segs {
			if s.X1-s.X0 > widest.X1-widest.X0 {
				widest = s
			}
		}
		info.unit = widest.Unit.String()
	}
	return v, info
}

// laneMarks places one mark per entry of l, packing marks that would
// overlap into extra rows of the lane (greedy interval packing in start
// order), and returns them with the lane's height.
func laneMarks(tl timeline.Timeline, l lane, segOf func(int) segment, top float64, anchor func(int) string) ([]markView, float64) {
	type placed struct {
		m      markView
		x0, x1 float64
		row    int
	}
	var ps []placed
	var rowEnds []float64
	const maxRows = 8
	for _, i := range l.entries {
		e := tl.Entries[i]
		ev := e.Event
		iv := interval(ev)
		s := segOf(iv.start)
		// A span longer than its segment (cut at an axis break) is
		// clipped to it.
		x0, x1 := max(s.x(float64(iv.start)), s.X0), min(s.x(float64(iv.end)), s.X1)
		m := markView{Color: typeColor(ev.Type), Planned: e.IsPlanned(), Title: markTitle(e), Href: anchor(i), Opacity: "1"}
		var lo, hi float64
		if iv.end-iv.start <= 1 {
			m.Shape = "dot"
			c := (x0 + x1) / 2
			m.X, m.R = px(c), px(dotR)
			lo, hi = c-dotR, c+dotR
		} else {
			m.Shape = "bar"
			w := max(x1-x0, minBarW)
			m.X, m.W, m.H = px(x0), px(w), px(barH)
			lo, hi = x0, x0+w
		}
		row := -1
		for r, end := range rowEnds {
			if end+2 <= lo {
				row = r
				break
			}
		}
		if row < 0 {
			if len(rowEnds) < maxRows {
				rowEnds = append(rowEnds, 0)
				row = len(rowEnds) - 1
			} else {
				row = maxRows - 1 // a crowded lane overlaps in its last row
			}
		}
		rowEnds[row] = max(rowEnds[row], hi)
		ps = append(ps, placed{m: m, x0: lo, x1: hi, row: row})
	}
	out := make([]markView, len(ps))
	for i, p := range ps {
		cy := top + lanePad + float64(p.row)*rowH + rowH/2
		if p.m.Shape == "dot" {
			p.m.Y = px(cy)
		} else {
			p.m.Y = px(cy - barH/2)
		}
		out[i] = p.m
	}
	return out, float64(len(rowEnds))*rowH + 2*lanePad
}

// cellMarks aggregates the entries of l into one cell per unit of each
// segment (the unit the axis ticks in), shaded by count and coloured by
// the most frequent type, so thousands of events stay a readable heat
// strip instead of overlapping marks.
func cellMarks(tl timeline.Timeline, l lane, segs []segment, top float64) []markView {
	type cell struct {
		seg     int
		start   annals.Date
		n       int
		planned int
		types   map[annals.EventType]int
	}
	cells := map[[2]int]*cell{}
	var keys [][2]int
	for _, i := range l.entries {
		ev := tl.Entries[i].Event
		d := dayNum(ev.Start)
		si := len(segs) - 1
		for j, s := range segs {
			if s.contains(d) {
				si = j
				break
			}
		}
		start := segs[si].Unit.floor(ev.Start)
		k := [2]int{si, dayNum(start)}
		c := cells[k]
		if c == nil {
			c = &cell{seg: si, start: start, types: map[annals.EventType]int{}}
			cells[k] = c
			keys = append(keys, k)
		}
		c.n++
		c.types[ev.Type]++
		if ev.Status == annals.StatusPlanned {
			c.planned++
		}
	}
	slices.SortFunc(keys, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	most := 1
	for _, c := range cells {
		most = max(most, c.n)
	}
	out := make([]markView, 0, len(keys))
	for _, k := range keys {
		c := cells[k]
		s := segs[c.seg]
		x0 := s.x(float64(max(dayNum(c.start), s.Start)))
		x1 := s.x(float64(min(dayNum(s.Unit.next(c.start)), s.End)))
		best, parts := dominant(c.types)
		title := fmt.Sprintf("%s, %s: %d events (%s)", shorten(l.label, 60), s.Unit.label(c.start, true), c.n, parts)
		if c.planned > 0 {
			title += fmt.Sprintf(", %d planned", c.planned)
		}
		out = append(out, markView{
			// A cell of planned events only is drawn like a planned mark.
			Planned: c.planned == c.n,
			Shape:   "cell", X: px(x0), Y: px(top + 3), W: px(max(x1-x0-1, 2)), H: px(cellLaneH - 6),
			Color: typeColor(best), Opacity: fmt.Sprintf("%.2f", 0.2+0.8*math.Sqrt(float64(c.n)/float64(most))),
			Title: title,
		})
	}
	return out
}

// dominant returns the most frequent type (ties to the first in
// annals.EventTypes) and a "3 meet, 1 visit" summary in that order.
func dominant(types map[annals.EventType]int) (annals.EventType, string) {
	var best annals.EventType
	var parts []string
	for _, t := range annals.EventTypes {
		n := types[t]
		if n == 0 {
			continue
		}
		if best == "" || n > types[best] {
			best = t
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, t))
	}
	return best, strings.Join(parts, ", ")
}

// markTitle is the hover text of an event mark: date, type, status,
// participants, place and the evidence sentence.
func markTitle(e timeline.Entry) string {
	ev := e.Event
	var b strings.Builder
	fmt.Fprintf(&b, "%s · %s", e.When, ev.Type)
	if e.IsPlanned() {
		b.WriteString(" (planned)")
	}
	if p := participants(ev); p != "" {
		b.WriteString(" · " + p)
	}
	if ev.Place != "" {
		b.WriteString(" · in " + ev.Place)
	}
	if ev := evidence(ev); ev != "" {
		b.WriteString("\n“" + shorten(ev, 240) + "”")
	}
	return b.String()
}

// px formats a coordinate with one decimal, the fixed precision that
// keeps the page byte-for-byte reproducible.
func px(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		s = "0"
	}
	return s
}

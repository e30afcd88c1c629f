package htmlreport

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/annals-project/annals"
)

// day numbers count days from 1970-01-01, so that a civil date maps to a
// position on the axis without time zones (annals.Date is a civil date).
func dayNum(d annals.Date) int {
	return int(time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func dateOf(n int) annals.Date {
	return annals.DateOf(time.Unix(int64(n)*86400, 0).UTC())
}

// unit is a step of the time axis. The axis picks the smallest unit whose
// ticks stay at least minTickPx apart, so one page can show a single day
// (day ticks) or a century (decade ticks): the "axis that adapts from days
// to decades" of issue 7.
type unit int

const (
	unitDay unit = iota
	unitWeek
	unitMonth
	unitQuarter
	unitYear
	unitYear5
	unitDecade
	unitYear50
	unitCentury
)

// approxDays is the mean length of each unit in days, for choosing one.
var approxDays = [...]float64{1, 7, 30.44, 91.31, 365.25, 5 * 365.25, 10 * 365.25, 50 * 365.25, 100 * 365.25}

// unitNames are the bucket names the page states when it aggregates.
var unitNames = [...]string{"day", "week", "month", "quarter", "year", "5 years", "decade", "50 years", "century"}

func (u unit) String() string { return unitNames[u] }

// minTickPx is the least distance between two labelled ticks; labels are
// at most about eight characters of 11px type.
const minTickPx = 64

// chooseUnit returns the smallest unit whose ticks are at least minTickPx
// apart at pxPerDay.
func chooseUnit(pxPerDay float64) unit {
	for u := unitDay; u < unitCentury; u++ {
		if approxDays[u]*pxPerDay >= minTickPx {
			return u
		}
	}
	return unitCentury
}

// floor returns the start of the unit that holds d. Weeks start on Monday
// (ISO 8601).
func (u unit) floor(d annals.Date) annals.Date {
	switch u {
	case unitDay:
		return d
	case unitWeek:
		wd := (int(d.Weekday()) + 6) % 7 // Monday = 0
		return d.AddDays(-wd)
	case unitMonth:
		return annals.Date{Year: d.Year, Month: d.Month, Day: 1}
	case unitQuarter:
		return annals.Date{Year: d.Year, Month: (d.Month-1)/3*3 + 1, Day: 1}
	}
	step := u.years()
	y := int(math.Floor(float64(d.Year)/float64(step))) * step
	return annals.Date{Year: y, Month: time.January, Day: 1}
}

// years is the length of a unit of a year or more, in years.
func (u unit) years() int {
	switch u {
	case unitYear5:
		return 5
	case unitDecade:
		return 10
	case unitYear50:
		return 50
	case unitCentury:
		return 100
	}
	return 1
}

// next returns the start of the unit after the one starting at d.
func (u unit) next(d annals.Date) annals.Date {
	switch u {
	case unitDay:
		return d.AddDays(1)
	case unitWeek:
		return d.AddDays(7)
	case unitMonth:
		return d.AddMonths(1)
	case unitQuarter:
		return d.AddMonths(3)
	}
	return annals.Date{Year: d.Year + u.years(), Month: time.January, Day: 1}
}

// label is the tick label of the unit starting at d. The first tick of a
// segment and ticks where the year changes carry the year, so each label
// can be read alone.
func (u unit) label(d annals.Date, first bool) string {
	mon := d.Month.String()[:3]
	switch u {
	case unitDay, unitWeek:
		if first || (d.Month == time.January && d.Day <= 7 && u == unitWeek) || (d.Month == time.January && d.Day == 1) {
			return fmt.Sprintf("%d %s %d", d.Day, mon, d.Year)
		}
		return fmt.Sprintf("%d %s", d.Day, mon)
	case unitMonth:
		if first || d.Month == time.January {
			return fmt.Sprintf("%s %d", mon, d.Year)
		}
		return mon
	case unitQuarter:
		q := (int(d.Month)-1)/3 + 1
		if first || q == 1 {
			return fmt.Sprintf("Q%d %d", q, d.Year)
		}
		return fmt.Sprintf("Q%d", q)
	}
	return fmt.Sprintf("%d", d.Year)
}

// segment is a stretch of the axis mapping days [Start, End) linearly to
// pixels [X0, X1). The axis is broken into several segments when the
// events fall into clusters separated by long empty gaps, so that one old
// event does not squeeze every recent one into a few pixels.
type segment struct {
	Start, End int // day numbers, End exclusive
	X0, X1     float64
	Unit       unit
}

func (s segment) x(day float64) float64 {
	return s.X0 + (day-float64(s.Start))/float64(s.End-s.Start)*(s.X1-s.X0)
}

func (s segment) contains(day int) bool { return day >= s.Start && day < s.End }

// span is a half-open interval of day numbers.
type span struct{ start, end int }

// Axis layout constants, in pixels.
const (
	breakGap = 28 // between two segments, where the axis break is drawn
)

// gapShare and minGapDays decide where the axis breaks: an empty stretch
// longer than a fifth of the whole range and longer than half a year.
// A fifth keeps the axis unbroken for ordinary news (a few years of
// related events) and breaks it for a single historical reference such
// as "seized in 1945" in a story about 2013.
const (
	gapShare   = 0.2
	minGapDays = 183
	minSegDays = 7 // a segment shows at least a week, so one day is a readable point
)

// maxBreakDepth bounds the recursion of cluster, so an axis has at most a
// handful of segments.
const maxBreakDepth = 3

// minSegShare is the least share of the width a segment gets, so that a
// cluster of one day still has room for its marks and a label.
const minSegShare = 0.08

// cluster splits sorted spans where the empty stretch between them is
// long (see gapShare), then splits each part again against its own
// length, depth levels deep: a story about 2013 that mentions 1945 and
// 2005 gets three segments, and the 2013 one is not squeezed by the 2005
// one either.
func cluster(sorted []span, depth int) []span {
	lo, hi := sorted[0].start, sorted[0].end
	for _, s := range sorted {
		hi = max(hi, s.end)
	}
	total := hi - lo
	var parts [][]span
	end := sorted[0].end
	parts = append(parts, sorted[:1])
	for _, s := range sorted[1:] {
		gap := s.start - end
		if gap > minGapDays && float64(gap) > gapShare*float64(total) {
			parts = append(parts, nil)
		}
		parts[len(parts)-1] = append(parts[len(parts)-1], s)
		end = max(end, s.end)
	}
	var out []span
	for _, p := range parts {
		if len(parts) > 1 && depth > 1 {
			out = append(out, cluster(p, depth-1)...)
			continue
		}
		c := p[0]
		for _, s := range p {
			c.end = max(c.end, s.end)
		}
		out = append(out, c)
	}
	return out
}

// Outlier trimming: with at least coreMinSpans events, the core is the
// stretch from the coreTail quantile to the 1-coreTail quantile of the
// start dates. When it covers less than half of the whole range, the
// events before and after it each get one compressed segment, and only
// the core is clustered and drawn to scale: a corpus about 1987 that
// mentions 1900 and 2013 in passing is still drawn by the month.
const (
	coreMinSpans = 20
	coreTail     = 0.05
)

// coreClusters returns the clusters of sorted spans (see cluster), with
// the stray spans before and after the core (see coreMinSpans) as one
// cluster each, marked in the second result.
func coreClusters(sorted []span) ([]span, []bool) {
	n := len(sorted)
	if n < coreMinSpans {
		c := cluster(sorted, maxBreakDepth)
		return c, make([]bool, len(c))
	}
	// The core window runs from the tail quantile of the starts to the
	// opposite quantile of the ends; spans are assigned by their start.
	ends := make([]int, n)
	for i, s := range sorted {
		ends[i] = s.end
	}
	slices.Sort(ends)
	lo, hi := sorted[int(coreTail*float64(n))].start, ends[int((1-coreTail)*float64(n-1))]
	minStart, maxEnd := sorted[0].start, ends[n-1]
	if hi <= lo || 2*(hi-lo) >= maxEnd-minStart {
		c := cluster(sorted, maxBreakDepth)
		return c, make([]bool, len(c))
	}
	// Only spans clearly outside the window are strays: a margin of a
	// tenth of the window keeps the last day of a story's cluster in it.
	margin := (hi - lo) / 10
	lo, hi = lo-margin, hi+margin
	var before, core, after []span
	for _, s := range sorted {
		switch {
		case s.start < lo:
			before = append(before, span{s.start, min(s.end, lo)})
		case s.start >= hi:
			after = append(after, s)
		default:
			// A long span is cut at the window's end for the layout;
			// its bar is clipped there.
			core = append(core, span{s.start, min(s.end, hi)})
		}
	}
	var out []span
	var outlier []bool
	whole := func(part []span) {
		if len(part) == 0 {
			return
		}
		c := part[0]
		for _, s := range part {
			c.start, c.end = min(c.start, s.start), max(c.end, s.end)
		}
		out, outlier = append(out, c), append(outlier, true)
	}
	whole(before)
	sortSpans(core)
	for _, c := range cluster(core, maxBreakDepth) {
		out, outlier = append(out, c), append(outlier, false)
	}
	whole(after)
	return out, outlier
}

// layoutAxis clusters the spans, gives each cluster a share of the width
// from x0 to x1 in proportion to its length (see the weights below), and chooses each segment's tick unit. Spans must be
// non-empty.
func layoutAxis(spans []span, x0, x1 float64) []segment {
	if len(spans) == 0 {
		return nil
	}
	sorted := append([]span(nil), spans...)
	sortSpans(sorted)
	clusters, outlier := coreClusters(sorted)
	raw := append([]span(nil), clusters...)
	// Pad each cluster so marks at its edges are not cut: 3% of its
	// length a side, and at least minSegDays in all.
	for i, c := range clusters {
		if outlier[i] {
			continue // its edges are axis breaks, not room for marks
		}
		pad := max(1, int(0.03*float64(c.end-c.start)))
		c.start, c.end = c.start-pad, c.end+pad
		if d := c.end - c.start; d < minSegDays {
			c.start -= (minSegDays - d) / 2
			c.end = c.start + minSegDays
		}
		clusters[i] = c
	}
	// Each segment's width is 30% its share of the covered time and 70%
	// its share of the events, at least minSegShare of the width: time
	// alone would give a year mentioned once ("trade in 2012") as much
	// room as the months the story is about.
	count := make([]int, len(clusters))
	durSum := 0
	for i, c := range clusters {
		durSum += c.end - c.start
		r := raw[i]
		for _, s := range spans {
			if s.start >= r.start && s.start < r.end {
				count[i]++
			}
		}
	}
	weights := make([]float64, len(clusters))
	sum := 0.0
	for i, c := range clusters {
		share := float64(count[i]) / float64(len(spans))
		if outlier[i] {
			// A compressed stretch of stray dates gets room for its
			// events only, however long it is.
			weights[i] = max(share, minSegShare)
		} else {
			weights[i] = max(0.3*float64(c.end-c.start)/float64(durSum)+0.7*share, minSegShare)
		}
		sum += weights[i]
	}
	avail := x1 - x0 - float64(breakGap*(len(clusters)-1))
	segs := make([]segment, len(clusters))
	x := x0
	for i, c := range clusters {
		w := avail * weights[i] / sum
		u := chooseUnit(w / float64(c.end-c.start))
		// Snap the ends to the unit, so the segment begins and ends on
		// a tick, unless that would more than double it. For months and
		// longer units, padding that crosses into the unit before (or
		// after) would add a whole empty unit ("Q4 2011" before a 2012
		// trade figure), so the unpadded ends are snapped instead.
		s0 := dayNum(u.floor(dateOf(c.start)))
		e1 := dayNum(u.next(u.floor(dateOf(c.end - 1))))
		if u >= unitMonth {
			r := raw[i]
			s0 = max(s0, dayNum(u.floor(dateOf(r.start))))
			e1 = min(e1, dayNum(u.next(u.floor(dateOf(r.end-1)))))
		}
		if e1-s0 <= 2*(c.end-c.start) {
			c.start, c.end = s0, e1
		}
		segs[i] = segment{Start: c.start, End: c.end, X0: x, X1: x + w, Unit: u}
		x += w + breakGap
	}
	// Padding and snapping must not make two segments cover the same
	// days: a day belongs to one place on the axis. Where they would,
	// they meet at the later cluster's own start.
	for i := 1; i < len(segs); i++ {
		if segs[i-1].End > segs[i].Start {
			b := max(raw[i].start, raw[i-1].end)
			segs[i-1].End = max(min(segs[i-1].End, b), segs[i-1].Start+1)
			segs[i].Start = min(max(segs[i].Start, segs[i-1].End), segs[i].End-1)
		}
	}
	return segs
}

// tick is a labelled position of the axis.
type tick struct {
	day   int
	label string
}

// ticks returns the ticks of the segment: one per unit boundary inside
// it, and, when the segment does not start on a boundary, one at its
// start, so that every segment says where it begins. Boundary labels too close to the one
// before are left out (the grid line stays).
func (s segment) ticks() []tick {
	var out []tick
	d := s.Unit.floor(dateOf(s.Start))
	if dayNum(d) < s.Start {
		d = s.Unit.next(d)
	}
	if dayNum(d) > s.Start {
		// The start's label has the precision of the segment's ticks (a
		// day for day and week ticks, a month for month and quarter
		// ticks, else a year), or finer for a short segment that a
		// coarse unit was chosen for because it is narrow.
		u := unitYear
		switch n := s.End - s.Start; {
		case s.Unit <= unitWeek || n <= 62:
			u = unitDay
		case s.Unit <= unitQuarter || n <= 2*365:
			u = unitMonth
		}
		out = append(out, tick{s.Start, u.label(dateOf(s.Start), true)})
	}
	// Label every stride-th tick, so labels are evenly spaced and at
	// least minTickPx apart (snapping the ends to the unit can make a
	// segment longer than its unit was chosen for).
	pxPerDay := (s.X1 - s.X0) / float64(s.End-s.Start)
	stride := max(1, int(math.Ceil(minTickPx/(approxDays[s.Unit]*pxPerDay))))
	last := math.Inf(-1)
	if len(out) > 0 {
		last = s.X0
	}
	for n := 0; dayNum(d) < s.End && n < 500; n++ {
		t := tick{day: dayNum(d)}
		if x := s.x(float64(t.day)); n%stride == 0 && x-last >= minTickPx*0.8 {
			t.label, last = s.Unit.label(d, math.IsInf(last, -1)), x
		}
		out = append(out, t)
		d = s.Unit.next(d)
	}
	return out
}

func sortSpans(s []span) {
	slices.SortFunc(s, func(a, b span) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end)) })
}

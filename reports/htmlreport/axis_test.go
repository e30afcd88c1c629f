package htmlreport

import (
	"testing"

	"github.com/annals-project/annals"
)

func d(s string) annals.Date { return annals.MustParseDate(s) }

// sp is the day span of an inclusive date interval.
func sp(from, to string) span { return span{dayNum(d(from)), dayNum(d(to)) + 1} }

func TestChooseUnit(t *testing.T) {
	for _, tc := range []struct {
		pxPerDay float64
		want     unit
	}{
		{100, unitDay}, {20, unitWeek}, {3, unitMonth}, {1, unitQuarter}, {0.2, unitYear},
		{0.05, unitYear5}, {0.02, unitDecade}, {0.004, unitYear50}, {0.0001, unitCentury},
	} {
		if got := chooseUnit(tc.pxPerDay); got != tc.want {
			t.Errorf("chooseUnit(%v) = %v, want %v", tc.pxPerDay, got, tc.want)
		}
	}
}

func TestUnitFloorNext(t *testing.T) {
	for _, tc := range []struct {
		u           unit
		in          string
		floor, next string
	}{
		{unitDay, "2013-11-01", "2013-11-01", "2013-11-02"},
		{unitWeek, "2013-11-01", "2013-10-28", "2013-11-04"}, // weeks start on Monday (ISO 8601)
		{unitMonth, "2014-02-28", "2014-02-01", "2014-03-01"},
		{unitQuarter, "2014-05-31", "2014-04-01", "2014-07-01"},
		{unitYear, "2012-07-04", "2012-01-01", "2013-01-01"},
		{unitDecade, "1987-03-01", "1980-01-01", "1990-01-01"},
		{unitCentury, "1945-08-15", "1900-01-01", "2000-01-01"},
	} {
		f := tc.u.floor(d(tc.in))
		if f.String() != tc.floor || tc.u.next(f).String() != tc.next {
			t.Errorf("%v.floor(%s) = %s, next %s; want %s, %s", tc.u, tc.in, f, tc.u.next(f), tc.floor, tc.next)
		}
	}
}

// checkSegments checks the invariants of every axis: segments in order,
// not overlapping in time or space, inside [x0, x1], each non-empty.
func checkSegments(t *testing.T, name string, segs []segment, x0, x1 float64) {
	t.Helper()
	for i, s := range segs {
		if s.End <= s.Start || s.X1 <= s.X0 || s.X0 < x0-0.01 || s.X1 > x1+0.01 {
			t.Errorf("%s: segment %d = %+v, want non-empty and inside %v..%v", name, i, s, x0, x1)
		}
		if i > 0 && (s.Start < segs[i-1].End || s.X0 < segs[i-1].X1) {
			t.Errorf("%s: segment %d %+v overlaps segment %d %+v", name, i, s, i-1, segs[i-1])
		}
	}
}

func TestLayoutAxis(t *testing.T) {
	const x0, x1 = 200, 1136
	t.Run("one day", func(t *testing.T) {
		segs := layoutAxis([]span{sp("2013-11-01", "2013-11-01")}, x0, x1)
		checkSegments(t, "one day", segs, x0, x1)
		if len(segs) != 1 || segs[0].Unit != unitDay || len(segs[0].ticks()) < 7 {
			t.Fatalf("layoutAxis(one day) = %+v, want one segment of at least a week in days", segs)
		}
	})
	t.Run("months", func(t *testing.T) {
		// A story's events over a few months: one segment, no break.
		segs := layoutAxis([]span{sp("2013-11-01", "2013-11-01"), sp("2014-01-21", "2014-02-28"), sp("2014-03-01", "2014-05-31")}, x0, x1)
		checkSegments(t, "months", segs, x0, x1)
		if len(segs) != 1 || segs[0].Unit > unitMonth {
			t.Fatalf("layoutAxis(months) = %+v, want one segment ticking in weeks or months", segs)
		}
	})
	t.Run("a historical reference", func(t *testing.T) {
		// "seized in 1945" in a 2013 story: the axis breaks, and the
		// 2013-2014 segment is wider than the 1945 one.
		segs := layoutAxis([]span{sp("1945-01-01", "1945-12-31"), sp("2013-11-01", "2013-11-01"), sp("2013-11-02", "2013-11-02"), sp("2014-03-01", "2014-05-31")}, x0, x1)
		checkSegments(t, "1945", segs, x0, x1)
		if len(segs) != 2 || segs[1].X1-segs[1].X0 <= segs[0].X1-segs[0].X0 {
			t.Fatalf("layoutAxis(1945 and 2013) = %+v, want two segments, the recent one wider", segs)
		}
		if !segs[1].contains(dayNum(d("2013-11-01"))) || !segs[0].contains(dayNum(d("1945-06-01"))) {
			t.Errorf("layoutAxis(1945 and 2013): the dates are not in their segments: %+v", segs)
		}
	})
	t.Run("a corpus with stray dates", func(t *testing.T) {
		// 200 events in 1987, a few scattered over a century: the 1987
		// core gets most of the width and ticks in months or quarters.
		var spans []span
		for i := 0; i < 200; i++ {
			day := d("1987-01-01").AddDays(i * 365 / 200)
			spans = append(spans, span{dayNum(day), dayNum(day) + 1})
		}
		for _, y := range []string{"1900-01-01", "1934-05-01", "1962-01-01", "1999-12-31", "2013-01-01"} {
			spans = append(spans, sp(y, y))
		}
		segs := layoutAxis(spans, x0, x1)
		checkSegments(t, "corpus", segs, x0, x1)
		var core segment
		for _, s := range segs {
			if s.X1-s.X0 > core.X1-core.X0 {
				core = s
			}
		}
		if !core.contains(dayNum(d("1987-06-01"))) || core.X1-core.X0 < 0.6*(x1-x0) || core.Unit > unitQuarter {
			t.Errorf("layoutAxis(corpus): widest segment %+v, want 1987 in months or quarters on most of the width", core)
		}
		for _, s := range spans {
			found := false
			for _, g := range segs {
				found = found || g.contains(s.start)
			}
			if !found {
				t.Errorf("layoutAxis(corpus): day %s is in no segment", dateOf(s.start))
			}
		}
	})
}

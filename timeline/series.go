package timeline

import (
	"slices"

	"github.com/annals-project/annals"
)

// Point is one period of an event series such as the shared events of
// two actors (a dyad).
type Point struct {
	// Period is the bucket label ("2013-11", "2013"), or [Undated].
	Period string
	// Events counts the events of the period; Scored those of them with a
	// Goldstein score (a known CAMEO code).
	Events, Scored int
	// Goldstein is the sum of the scored events' Goldstein scores: above 0
	// the period leaned to cooperation, below 0 to conflict.
	Goldstein float64
	// Cooperative and Conflictual count the scored events above and below
	// 0.
	Cooperative, Conflictual int
	// Types counts the events per type.
	Types map[annals.EventType]int
}

// Series groups events into periods of bucket b (BucketMonth or
// BucketYear; BucketDay works too, BucketNone gives one period "all") and
// sums each period's Goldstein scores (see [Goldstein]): the cooperation
// and conflict curve of a relationship. An event counts in the period of
// its start date; undated events form a last period, [Undated]. Periods
// without events are left out; periods are in time order. No events give
// an empty (non-nil) slice.
func Series(events []annals.Event, b Bucket) []Point {
	byPeriod := map[string]*Point{}
	for _, e := range events {
		p := "all"
		if b != BucketNone {
			p = bucketOf(e, b)
		}
		pt := byPeriod[p]
		if pt == nil {
			pt = &Point{Period: p, Types: map[annals.EventType]int{}}
			byPeriod[p] = pt
		}
		pt.Events++
		pt.Types[e.Type]++
		if g, ok := Goldstein(e.CAMEO); ok {
			pt.Scored++
			pt.Goldstein += g
			switch {
			case g > 0:
				pt.Cooperative++
			case g < 0:
				pt.Conflictual++
			}
		}
	}
	out := make([]Point, 0, len(byPeriod))
	for _, pt := range byPeriod {
		out = append(out, *pt)
	}
	slices.SortFunc(out, func(a, b Point) int {
		switch {
		case a.Period == Undated && b.Period != Undated:
			return 1
		case a.Period != Undated && b.Period == Undated:
			return -1
		case a.Period < b.Period:
			return -1
		case a.Period > b.Period:
			return 1
		}
		return 0
	})
	return out
}

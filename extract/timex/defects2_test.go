package timex_test

import "testing"

// TestYearToDateArticle: "the year to date" is one duration with its
// article, not "the year"; "the year" before another "to" stays the year.
func TestYearToDateArticle(t *testing.T) {
	checkTags(t, d("2026-09-10"), []tagCase{
		{"for the year to date", "Exports are up 6 percent for the year to date.",
			[]want{{"the year to date", "DURATION", "P8M", "", ""}}},
		{"sentence start", "The year to date has been the driest on record.",
			[]want{{"The year to date", "DURATION", "P8M", "", ""}}},
		// Near miss: "to" before a verb.
		{"the year to remember", "It was the year to remember.",
			[]want{{"the year", "DATE", "2026", "", "2026-01-01..2026-12-31"}}},
	})
}

// TestOpeningPartOfOwnMonth: a past event on an opening day or week of
// the DCT's own month, told early in that month, is in this month; the
// month named alone in the past early in the month stays a year back.
func TestOpeningPartOfOwnMonth(t *testing.T) {
	checkTags(t, d("2026-12-04"), []tagCase{
		{"first day of trading", "Bonds rallied on the first session of trading in December.",
			[]want{{"December", "DATE", "2026-12", "", "2026-12-01..2026-12-31"}}},
		// Near miss: the month alone.
		{"month alone", "Bonds rallied in December.",
			[]want{{"December", "DATE", "2025-12", "", "2025-12-01..2025-12-31"}}},
	})
}

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

// TestDayAfterUndatedPastEvent: "the day after" or "the next day" told in
// the past with no day earlier in the text is the day after an undated
// past event, unknown, never the day after the DCT; with a day before, or
// told of the future, it is counted as usual.
func TestDayAfterUndatedPastEvent(t *testing.T) {
	checkTags(t, d("2024-08-14"), []tagCase{
		{"day after an event", "The miners were freed the day after the collapse.",
			[]want{{"the day after", "DATE", "XXXX-XX-XX", "", ""}}},
		{"next day", "The ferry sank and the crew was rescued the next day.",
			[]want{{"the next day", "DATE", "XXXX-XX-XX", "", ""}}},
		// Near misses: a dated day before, and the future.
		{"dated before", "The mine collapsed on Aug. 3. The miners were freed the day after the collapse.",
			[]want{{"Aug. 3", "DATE", "2024-08-03", "", "2024-08-03"}, {"the day after", "DATE", "2024-08-04", "", "2024-08-04"}}},
		{"future", "The miners will be freed the day after the inquiry.",
			[]want{{"the day after", "DATE", "2024-08-15", "", "2024-08-15"}}},
	})
}

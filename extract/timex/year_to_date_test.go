package timex_test

import "testing"

// TestYearToDate: "year-to-date" (or "year to date") is the length of the
// DCT's year so far, a DURATION in the whole months before the DCT's
// month; words that merely hold "year", "to" and "date" are not.
func TestYearToDate(t *testing.T) {
	day := d("2026-06-15")
	checkTags(t, day, []tagCase{
		{"hyphenated", "Year-to-date shipments of grain are up 8 percent.",
			[]want{{"Year-to-date", "DURATION", "P5M", "", ""}}},
		{"spaced", "Ticket sales have fallen 3 percent year to date.",
			[]want{{"year to date", "DURATION", "P5M", "", ""}}},
		{"before a noun", "The firm reported its best year-to-date results.",
			[]want{{"year-to-date", "DURATION", "P5M", "", ""}}},
		{"through the latest month named", "March exports rose. The April figures showed year-to-date exports up 2 percent.",
			[]want{
				{"March", "DATE", "2026-03", "", "2026-03-01..2026-03-31"},
				{"April", "DATE", "2026-04", "", "2026-04-01..2026-04-30"},
				{"year-to-date", "DURATION", "P4M", "", ""},
			}},
		// Negative: "to date" after a year that is a length, and a
		// compound after "date".
		{"to date after a length", "It took a year to date-stamp the archive.",
			[]want{{"a year", "DURATION", "P1Y", "", ""}}},
	})
	// January has no whole month behind it: the days so far.
	checkTag(t, "Year-to-date sales are flat.", d("2026-01-20"),
		[]want{{"Year-to-date", "DURATION", "P20D", "", ""}})
}

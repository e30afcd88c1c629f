package timex_test

import "testing"

// TestYearStartAhead checks that "the beginning of the year" still to
// come, told in the second half of a year, is next year's start, and that
// the end of a span "from now to ..." lies ahead; a past start stays this
// year's. DCT 2017-11-28.
func TestYearStartAhead(t *testing.T) {
	day := d("2017-11-28")
	checkTags(t, day, []tagCase{
		{"a future start told in November", "Rates will stay frozen until the beginning of the year.",
			[]want{{"the beginning of the year", "DATE", "2018", "START", "2018-01-01..2018-04-30"}}},
		{"the end of a span from now", "Dealers see thin trading from now to the start of the year.",
			[]want{{"now", "DATE", "PRESENT_REF", "", ""}, {"the start of the year", "DATE", "2018", "START", "2018-01-01..2018-04-30"}}},
		{"near miss: a past start", "Rates were frozen at the beginning of the year.",
			[]want{{"the beginning of the year", "DATE", "2017", "START", "2017-01-01..2017-04-30"}}},
	})
}

package timex_test

import "testing"

// TestHabitualQuarter: a quarter in a sentence that tells what recurs, with
// no tense to place it, is a quarter of any year, as a month or season is
// there (TimeBank: "usually conducted in the second and fourth quarters",
// XXXX-Q2 and XXXX-Q4). A tensed sentence keeps the year.
func TestHabitualQuarter(t *testing.T) {
	checkTags(t, dct, []tagCase{
		{"typically", "Sales typically peak in the fourth quarter.",
			[]want{{"the fourth quarter", "DATE", "XXXX-Q4", "", ""}}},
		{"usually, elided", "Most of the harvest is usually sold in the third and fourth quarters.",
			[]want{{"third", "DATE", "XXXX-Q3", "", ""}, {"fourth quarters", "DATE", "XXXX-Q4", "", ""}}},
		// Near misses: no cue, or a tense that places the quarter.
		{"no cue", "Profit rises in the second quarter.",
			[]want{{"the second quarter", "DATE", "2013-Q2", "", "2013-04-01..2013-06-30"}}},
		{"future with a cue", "Sales will peak in the fourth quarter, as they usually do.",
			[]want{{"the fourth quarter", "DATE", "2013-Q4", "", "2013-10-01..2013-12-31"}}},
	})
}

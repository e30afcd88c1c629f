package timex_test

import "testing"

// TestBareUnitsAheadOf: a bare plural unit before "ahead of" is a length
// of time, as before "after" or "before" ("hours before the vote"); "ahead"
// without "of" leaves it alone.
func TestBareUnitsAheadOf(t *testing.T) {
	day := d("2026-03-10")
	checkTags(t, day, []tagCase{
		{"hours ahead of", "The deal was struck just hours ahead of the deadline.",
			[]want{{"hours", "DURATION", "PTXH", "", ""}}},
		{"weeks ahead of", "Voters registered weeks ahead of the referendum.",
			[]want{{"weeks", "DURATION", "PXW", "", ""}}},
		{"hours before still", "Troops withdrew hours before the ceasefire.",
			[]want{{"hours", "DURATION", "PTXH", "", ""}}},
		// Negative: "ahead" without "of".
		{"ahead alone", "Hard days ahead, the minister warned.", nil},
	})
}

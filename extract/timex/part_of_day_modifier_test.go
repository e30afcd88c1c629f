package timex_test

import "testing"

// TestPartOfDayModifier: a hyphenated part of day before a noun is mostly
// a kind of thing ("a late-night comedy show"), but after "in" or "during"
// the phrase places an event in the reference day, and TimeML marks a time
// used as a modifier ("shares rose in mid-afternoon trading": TAF).
func TestPartOfDayModifier(t *testing.T) {
	checkTags(t, dct, []tagCase{
		{"in trading", "Trade was thin in mid-afternoon trading.",
			[]want{{"mid-afternoon", "TIME", "2013-11-01TAF", "MID", "2013-11-01"}}},
		{"late morning", "The index slipped in late-morning trading.",
			[]want{{"late-morning", "TIME", "2013-11-01TMO", "END", "2013-11-01"}}},
		{"during talks", "Negotiators agreed during late-night talks.",
			[]want{{"late-night", "TIME", "2013-11-01TNI", "END", "2013-11-01"}}},
		{"alone after by", "Buyers returned by mid-afternoon.",
			[]want{{"mid-afternoon", "TIME", "2013-11-01TAF", "MID", "2013-11-01"}}},
		// Near misses: a kind of show or break, no time of a day.
		{"a kind of show", "She hosts a late-night comedy show.", nil},
		{"a kind of break", "Workers took the mid-morning break.", nil},
	})
}

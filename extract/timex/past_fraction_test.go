package timex_test

import "testing"

// TestPastFraction: "the past half century", "the last quarter-century",
// "the next half hour" are lengths of a fraction of one unit (TimeML marks
// them with the article and modifier, as "the past 20 years"); read word by
// word they were a half or quarter of the year ("the last half" 2013-H2).
// "the last half" and "the past quarter" alone stay the year's.
func TestPastFraction(t *testing.T) {
	checkTags(t, dct, []tagCase{
		{"past half century", "Over the past half century, the port shrank.",
			[]want{{"the past half century", "DURATION", "P50Y", "", ""}}},
		{"last half-century", "The valley changed little over the last half-century.",
			[]want{{"the last half-century", "DURATION", "P50Y", "", ""}}},
		{"past quarter century", "The town grew over the past quarter century.",
			[]want{{"the past quarter century", "DURATION", "P25Y", "", ""}}},
		{"past half decade", "Rents doubled in the past half decade.",
			[]want{{"the past half decade", "DURATION", "P5Y", "", ""}}},
		{"next half hour", "The next half hour will decide the race.",
			[]want{{"The next half hour", "DURATION", "PT30M", "", ""}}},
		// Near misses: a half or quarter of the year.
		{"last half of the year", "Sales rose in the last half of the year.",
			[]want{{"the last half of the year", "DATE", "2013-H2", "", "2013-07-01..2013-12-31"}}},
		{"past quarter", "Output fell in the past quarter.",
			[]want{{"the past quarter", "DATE", "2013-Q3", "", "2013-07-01..2013-09-30"}}},
	})
}

// TestHyphenedAndAHalf: "a two-and-a-half-year inquiry" is one length with
// its half in the smaller unit, as "two and a half years" is (P2Y6M), not
// "half-year"; an age built the same way is no length.
func TestHyphenedAndAHalf(t *testing.T) {
	checkTags(t, dct, []tagCase{
		{"years", "The two-and-a-half-year inquiry ended.",
			[]want{{"two-and-a-half-year", "DURATION", "P2Y6M", "", ""}}},
		{"hours", "A one-and-a-half-hour debate followed.",
			[]want{{"one-and-a-half-hour", "DURATION", "PT1H30M", "", ""}}},
		{"age", "A two-and-a-half-year-old boy was rescued.", nil},
	})
}

package timex_test

import "testing"

// TestMidYear: "midyear" and "mid-year" used as a time are the middle of
// the year under discussion (a DATE with mod MID, as "mid-March" is);
// before a noun they name a kind of thing ("the mid-year review") and stay
// untagged. Told in the past before July, the middle of the year is last
// year's, as a past "year-end" is.
func TestMidYear(t *testing.T) {
	day := d("2016-02-10")
	checkTags(t, day, []tagCase{
		{"by midyear", "The refinery should reopen by midyear, the owner said.",
			[]want{{"midyear", "DATE", "2016", "MID", "2016-05-01..2016-08-31"}}},
		{"told in the past before July: last year's", "Orders slowed in mid-year and picked up in the autumn.",
			[]want{{"mid-year", "DATE", "2015", "MID", "2015-05-01..2015-08-31"}, {"the autumn", "DATE", "2015-FA", "", "2015-09-01..2015-11-30"}}},
		{"ahead, hyphenated", "The line will open in mid-year, the operator says.",
			[]want{{"mid-year", "DATE", "2016", "MID", "2016-05-01..2016-08-31"}}},
		// Near misses.
		{"an adjective", "Teachers marked the midyear tests.", nil},
		{"a hyphenated adjective", "The mid-year budget review slipped.", nil},
	})
}

package timex_test

import "testing"

// TestFiscalYearDeterminers: "the latest fiscal year" (and "the most
// recent" one) is the last fiscal year before the DCT, "the new fiscal
// year" the one that starts next; "the fiscal year that ended in June"
// is the fiscal year under discussion, a DATE as "the fiscal year" is.
func TestFiscalYearDeterminers(t *testing.T) {
	day := d("2017-08-21")
	checkTags(t, day, []tagCase{
		{"latest", "The brewer earned $40 million in the latest fiscal year.",
			[]want{{"the latest fiscal year", "DATE", "2016", "", "2016-01-01..2016-12-31"}}},
		{"most recent", "Exports fell in the most recent fiscal year, the ministry said.",
			[]want{{"the most recent fiscal year", "DATE", "2016", "", "2016-01-01..2016-12-31"}}},
		{"new", "Lawmakers must pass a budget before the new fiscal year starts.",
			[]want{{"the new fiscal year", "DATE", "2018", "", "2018-01-01..2018-12-31"}}},
		{"that ended", "In the fiscal year that ended in March, the insurer lost money.",
			[]want{{"the fiscal year", "DATE", "2017", "", "2017-01-01..2017-12-31"}, {"March", "DATE", "2017-03", "", "2017-03-01..2017-03-31"}}},
		// Near misses.
		{"a new year of talks", "The new year of talks opened in Geneva.", nil},
		{"latest fiscal figures", "The latest fiscal figures disappoint.", nil},
		{"a year that ended a war", "The year that ended the war brought no peace.", nil},
		{"fiscal-year adjective", "The new fiscal-year budget passed the house.", nil},
	})
}

package timex_test

import "testing"

// TestThisSeasonAhead checks that "this" before a season that has not
// begun by the DCT names that season of the DCT's year whatever the tense
// (told in January, "this summer" is not last summer), while a season
// already under way or past, and winter, which straddles the new year,
// keep the tense's reading.
func TestThisSeasonAhead(t *testing.T) {
	checkDatedTags(t, []datedTagCase{
		{"a clause opener hides the future", "The vaccine is likely to reach clinics in Asia this summer, when trials end.", "2015-01-12",
			[]want{{"this summer", "DATE", "2015-SU", "", "2015-06-01..2015-08-31"}}},
		{"a past report of a future", "Shares of the carmaker fell after it said deliveries would begin this autumn.", "2016-02-03",
			[]want{{"this autumn", "DATE", "2016-FA", "", "2016-09-01..2016-11-30"}}},
		{"a season under way, told in the past", "Farmers sold their calves this spring.", "2014-05-20",
			[]want{{"this spring", "DATE", "2014-SP", "", "2014-03-01..2014-05-31"}}},
		{"near miss: a spring already past, told in the future, is next year's", "The new line will open this spring.", "2014-10-20",
			[]want{{"this spring", "DATE", "2015-SP", "", "2015-03-01..2015-05-31"}}},
		{"near miss: winter keeps the tense's reading", "Heavy snow fell this winter.", "2014-02-10",
			[]want{{"this winter", "DATE", "2013-WI", "", "2013-12-01..2014-02-28"}}},
	})
}

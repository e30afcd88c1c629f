package timex_test

import "testing"

// TestQuarterEnded checks that a quarter given with the day it ended
// ("its fiscal third quarter ended Feb. 28") takes the year of that day,
// and that "a year earlier" and "the quarter" then count from it; a
// quarter without an end date keeps the tense's year.
func TestQuarterEnded(t *testing.T) {
	checkDatedTags(t, []datedTagCase{
		{"a fiscal quarter ended early in the year", "The shoemaker earned $90 million in its fiscal third quarter ended Feb. 28, against $70 million a year earlier. Sales in the quarter rose.", "2016-03-24",
			[]want{{"fiscal third quarter", "DATE", "2016-Q3", "", "2016-07-01..2016-09-30"}, {"Feb. 28", "DATE", "2016-02-28", "", "2016-02-28"},
				{"a year earlier", "DATE", "2015-Q3", "", "2015-07-01..2015-09-30"}, {"the quarter", "DATE", "2016-Q3", "", "2016-07-01..2016-09-30"}}},
		{"which ended, after a comma", "The chain lost money in its fiscal second quarter, which ended Nov. 30.", "2017-12-19",
			[]want{{"fiscal second quarter", "DATE", "2017-Q2", "", "2017-04-01..2017-06-30"}, {"Nov. 30", "DATE", "2017-11-30", "", "2017-11-30"}}},
		{"near miss: no end date, the tense decides", "The shoemaker earned $90 million in its fiscal third quarter.", "2016-03-24",
			[]want{{"fiscal third quarter", "DATE", "2015-Q3", "", "2015-07-01..2015-09-30"}}},
	})
}

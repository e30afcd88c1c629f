package timex_test

import "testing"

// TestElidedQuarter: two ordinals joined before one plural noun ("the first
// and second quarters") are two quarters; the first ordinal stands for its
// own quarter and is dated as the second is, year included (TimeBank marks
// "the <TIMEX3>second</TIMEX3> and <TIMEX3>fourth quarters</TIMEX3>").
func TestElidedQuarter(t *testing.T) {
	checkTags(t, dct, []tagCase{
		{"quarters", "Exports rose in the first and second quarters.",
			[]want{{"first", "DATE", "2013-Q1", "", "2013-01-01..2013-03-31"}, {"second quarters", "DATE", "2013-Q2", "", "2013-04-01..2013-06-30"}}},
		{"quarters of a year", "Margins shrank in the third and fourth quarters of 2011.",
			[]want{{"third", "DATE", "2011-Q3", "", "2011-07-01..2011-09-30"}, {"fourth quarters of 2011", "DATE", "2011-Q4", "", "2011-10-01..2011-12-31"}}},
		{"halves", "Demand peaks in the first and second halves.",
			[]want{{"first", "DATE", "2013-H1", "", "2013-01-01..2013-06-30"}, {"second halves", "DATE", "2013-H2", "", "2013-07-01..2013-12-31"}}},
		{"or and a singular noun", "The plant slowed in the second or third quarter.",
			[]want{{"second", "DATE", "2013-Q2", "", "2013-04-01..2013-06-30"}, {"third quarter", "DATE", "2013-Q3", "", "2013-07-01..2013-09-30"}}},
		// Near misses: ordinals joined before another noun, or none.
		{"places in a race", "The relay team placed first and second in the heats.", nil},
		{"rounds", "The first and second rounds were held on Monday.",
			[]want{{"Monday", "DATE", "2013-10-28", "", "2013-10-28"}}},
	})
}

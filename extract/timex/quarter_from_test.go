package timex_test

import "testing"

// quarterFromTests check the earnings-copy phrases counted from the
// quarter under discussion (TimeML anchors a relative expression to the
// time talked about): "the previous quarter" is the one before the quarter
// the story reports, "the same period last year" that quarter a year back;
// with no quarter named they count from the DCT. "financial" before
// "year" or "quarter" reads as "fiscal".
var quarterFromTests = []datedTagCase{
	{"the previous quarter after a named quarter", "The brewer earned $40 million in the second quarter, down from $52 million in the previous quarter.", "2015-08-04",
		[]want{{"the second quarter", "DATE", "2015-Q2", "", "2015-04-01..2015-06-30"}, {"the previous quarter", "DATE", "2015-Q1", "", "2015-01-01..2015-03-31"}}},
	{"a possessive previous quarter across the year", "Margins in the fourth quarter beat the previous quarter's thin results.", "2016-01-20",
		[]want{{"the fourth quarter", "DATE", "2015-Q4", "", "2015-10-01..2015-12-31"}, {"the previous quarter", "DATE", "2015-Q3", "", "2015-07-01..2015-09-30"}}},
	{"the same period last year, one expression", "Shipments in the first quarter rose 8 percent from the same period last year.", "2014-04-29",
		[]want{{"the first quarter", "DATE", "2014-Q1", "", "2014-01-01..2014-03-31"}, {"the same period last year", "DATE", "2013-Q1", "", "2013-01-01..2013-03-31"}}},
	{"the same quarter a year earlier", "Sales in the third quarter fell from the same quarter a year earlier.", "2012-10-30",
		[]want{{"the third quarter", "DATE", "2012-Q3", "", "2012-07-01..2012-09-30"}, {"the same quarter a year earlier", "DATE", "2011-Q3", "", "2011-07-01..2011-09-30"}}},
	{"the last financial quarter", "The retailer lost money in the last financial quarter.", "2013-07-25",
		[]want{{"the last financial quarter", "DATE", "2013-Q2", "", "2013-04-01..2013-06-30"}}},
	{"near miss: with no quarter named, the DCT's", "Output rose 2 percent from the previous quarter.", "2013-07-25",
		[]want{{"the previous quarter", "DATE", "2013-Q2", "", "2013-04-01..2013-06-30"}}},
	{"near miss: the financial crisis is no time", "The financial crisis hit lenders on Monday.", "2013-07-25",
		[]want{{"Monday", "DATE", "2013-07-22", "", "2013-07-22"}}},
}

func TestQuarterFrom(t *testing.T) {
	checkDatedTags(t, quarterFromTests)
}

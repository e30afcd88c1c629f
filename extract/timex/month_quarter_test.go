package timex_test

import "testing"

// TestMonthQuarter checks that a quarter named after its last month ("the
// June quarter", "record September quarter sales") is that calendar
// quarter, while a month that ends no calendar quarter ("the April
// quarter", a fiscal one) stays a month. DCT 2016-10-27.
func TestMonthQuarter(t *testing.T) {
	day := d("2016-10-27")
	checkTags(t, day, []tagCase{
		{"a past quarter named by its last month", "The miner posted record September quarter output.",
			[]want{{"September quarter", "DATE", "2016-Q3", "", "2016-07-01..2016-09-30"}}},
		{"an upcoming one", "Analysts expect a weaker December quarter.",
			[]want{{"December quarter", "DATE", "2016-Q4", "", "2016-10-01..2016-12-31"}}},
		{"near miss: a month that ends no calendar quarter", "Sales in the April quarter rose.",
			[]want{{"April", "DATE", "2016-04", "", "2016-04-01..2016-04-30"}}},
	})
}

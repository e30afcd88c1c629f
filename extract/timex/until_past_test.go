package timex_test

import "testing"

// TestUntilPast: "until" before a time is a weak sign of the future,
// which a past verb in the clause outweighs: the end of a past state.
func TestUntilPast(t *testing.T) {
	dec := d("2011-12-22")
	checkTags(t, dec, []tagCase{
		{"kept until a date", "A wiring fault kept the rocket on the pad until May 16.",
			[]want{{"May 16", "DATE", "2011-05-16", "", "2011-05-16"}}},
		{"held until a date", "The rebels held the town until March 3.",
			[]want{{"March 3", "DATE", "2011-03-03", "", "2011-03-03"}}},
		{"remained until a month", "The border post remained shut until February.",
			[]want{{"February", "DATE", "2011-02", "", "2011-02-01..2011-02-28"}}},
		{"present state keeps the future", "The museum stays closed until February.",
			[]want{{"February", "DATE", "2012-02", "", "2012-02-01..2012-02-29"}}},
		{"a deadline given counts from now", "The court has given the firm until March 3 to pay.",
			[]want{{"March 3", "DATE", "2012-03-03", "", "2012-03-03"}}},
		{"no verb of the past", "The ban runs until March 3.",
			[]want{{"March 3", "DATE", "2012-03-03", "", "2012-03-03"}}},
		{"future wins", "The rebels will hold the town until March 3.",
			[]want{{"March 3", "DATE", "2012-03-03", "", "2012-03-03"}}},
	})
}

// TestFundThrough: funding runs to the end it names, which lies after the
// act whatever the tense of the report; the noun "funds" is no such verb.
func TestFundThrough(t *testing.T) {
	jan := d("2014-01-16")
	checkTags(t, jan, []tagCase{
		{"headline in the present", "\nSenate Funds Agency Through March\n\nThe Senate has approved the bill.",
			[]want{{"March", "DATE", "2014-03", "", "2014-03-01..2014-03-31"}}},
		{"funded in the past", "Lawmakers funded the agency through June.",
			[]want{{"June", "DATE", "2014-06", "", "2014-06-01..2014-06-30"}}},
		{"the noun funds", "The charity spent its funds through October.",
			[]want{{"October", "DATE", "2013-10", "", "2013-10-01..2013-10-31"}}},
		{"growth through a month stays past", "Exports have grown 4 percent through October.",
			[]want{{"October", "DATE", "2013-10", "", "2013-10-01..2013-10-31"}}},
	})
}

package timex_test

import "testing"

// guidelineTests are cases of the TimeML/TIMEX3 annotation guidelines:
// what is a markable, its extent and its value. The sentences are our own.
var guidelineTests = []struct {
	name string
	in   string
	want []want
}{
	{"recurring days", "The choir sings every morning and rehearses on Thursday evenings.",
		[]want{{"every morning", "SET", "XXXX-XX-XXTMO", "", ""}, {"Thursday evenings", "SET", "XXXX-WXX-4TEV", "", ""}}},
	{"recurring weekday with part of day", "Each Saturday night the square fills; on Sundays it is quiet.",
		[]want{{"Each Saturday night", "SET", "XXXX-WXX-6TNI", "", ""}, {"Sundays", "SET", "XXXX-WXX-7", "", ""}}},
	{"every weekend", "Volunteers clean the beach every weekend.",
		[]want{{"every weekend", "SET", "XXXX-WXX-WE", "", ""}}},
	{"count of times is in the extent", "The ferry sails twice a day and the inspectors call three times a year.",
		[]want{{"twice a day", "SET", "P1D", "", ""}, {"three times a year", "SET", "P1Y", "", ""}}},
	{"once is a count before a rate", "The council meets once a month.",
		[]want{{"once a month", "SET", "P1M", "", ""}}},
	{"twice without a rate is no time", "The fine is twice the fee.", nil},
	{"vague lengths", "Over the years the port grew; after years of neglect and months of repairs it reopened.",
		[]want{{"the years", "DURATION", "PXY", "", ""}, {"years", "DURATION", "PXY", "", ""}, {"months", "DURATION", "PXM", "", ""}}},
	{"plural after the is no length before a number or in a possessive", "In the years 1920 to 1925 the weeks' wages fell.",
		[]want{{"1920", "DATE", "1920", "", "1920-01-01..1920-12-31"}, {"1925", "DATE", "1925", "", "1925-01-01..1925-12-31"}}},
	{"the names of days are no length", "He listed the days of the week and the months of the year.", nil},
	{"a while and some time", "The road will stay shut for a while; repairs took some time, and a flood hit a while ago.",
		[]want{{"a while", "DURATION", "PXX", "", ""}, {"some time", "DURATION", "PXX", "", ""}, {"a while ago", "DATE", "PAST_REF", "", ""}}},
	{"some time as a determiner", "The plant opens some time next year, a long time after the plan.",
		[]want{{"next year", "DATE", "2014", "", "2014-01-01..2014-12-31"}}},
	{"present tense of a schedule looks ahead", "The delegation sets out Wednesday and the talks resume Monday.",
		[]want{{"Wednesday", "DATE", "2013-11-06", "", "2013-11-06"}, {"Monday", "DATE", "2013-11-04", "", "2013-11-04"}}},
	{"reported schedule looks ahead", "The spokesman said the envoy arrives Sunday.",
		[]want{{"Sunday", "DATE", "2013-11-03", "", "2013-11-03"}}},
	{"schedule words as nouns or negated keep the past", "His visits on Monday drew crowds; they did not meet Tuesday.",
		[]want{{"Monday", "DATE", "2013-10-28", "", "2013-10-28"}, {"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"implicative verbs date their infinitive in the past", "The ministers failed to reach an agreement on Monday.",
		[]want{{"Monday", "DATE", "2013-10-28", "", "2013-10-28"}}},
	{"other infinitives look ahead", "The ministers agreed to sign the accord on Monday.",
		[]want{{"Monday", "DATE", "2013-11-04", "", "2013-11-04"}}},
	{"this weekend after a past verb", "Crowds gathered in the square this weekend.",
		[]want{{"this weekend", "DATE", "2013-W43-WE", "", "2013-10-26..2013-10-27"}}},
	{"this weekend without a tense is the coming one", "Fans flock to the stadium this weekend.",
		[]want{{"this weekend", "DATE", "2013-W44-WE", "", "2013-11-02..2013-11-03"}}},
	{"coordinated days are marked each", "The fair opens on June 14 and 15; the vote is held on 2 and 3 December.",
		[]want{{"June 14", "DATE", "2014-06-14", "", "2014-06-14"}, {"15", "DATE", "2014-06-15", "", "2014-06-15"}, {"2", "DATE", "2013-12-02", "", "2013-12-02"}, {"3 December", "DATE", "2013-12-03", "", "2013-12-03"}}},
	{"a number after a date is no day unless it closes the date", "Troops landed on June 14 and 5,000 more on 2 and 3 percent.",
		[]want{{"June 14", "DATE", "2013-06-14", "", "2013-06-14"}}},
	{"up to is part of the extent", "Suspects can be held for up to 14 days.",
		[]want{{"up to 14 days", "DURATION", "P14D", "EQUAL_OR_LESS", ""}}},
	{"in N years after a superlative is a length", "For the first time in 12 years, the lake froze; exports hit their lowest level in six months.",
		[]want{{"12 years", "DURATION", "P12Y", "", ""}, {"six months", "DURATION", "P6M", "", ""}}},
	{"in N days without one is a date ahead", "The new bridge opens in 10 days.",
		[]want{{"10 days", "DATE", "2013-11-11", "", "2013-11-11"}}},
	{"a counted day is a date", "Today is the third day of the strike; on his first day at work he met the staff.",
		[]want{{"Today", "DATE", "2013-11-01", "", "2013-11-01"}, {"the third day", "DATE", "2013-11-01", "", "2013-11-01"}, {"first day", "DATE", "2013-11-01", "", "2013-11-01"}}},
	{"a counted day in the past is the reference day", "Talks opened on 3 May 1990; it was the first day of the new session.",
		[]want{{"3 May 1990", "DATE", "1990-05-03", "", "1990-05-03"}, {"the first day", "DATE", "1990-05-03", "", "1990-05-03"}}},
	{"a count of days is no date", "Rebels shelled the town for a third day.",
		nil},
	{"first-day and the first day of a month", "First-day sales rose on the first day of June.",
		[]want{{"June", "DATE", "2013-06", "", "2013-06-01..2013-06-30"}}},
	{"irregular past forms read as past", "Fireworks lit the sky on Sunday and rebels fled on Monday.",
		[]want{{"Sunday", "DATE", "2013-10-27", "", "2013-10-27"}, {"Monday", "DATE", "2013-10-28", "", "2013-10-28"}}},
	{"a clock alone falls on the reference day", "The plant closed on Oct. 3, 2012. At 6 a.m. the gates shut. Later a new clock will read 9 p.m. on Monday.",
		[]want{{"Oct. 3, 2012", "DATE", "2012-10-03", "", "2012-10-03"}, {"6 a.m.", "TIME", "2012-10-03T06:00", "", "2012-10-03"}, {"9 p.m. on Monday", "TIME", "2013-11-04T21:00", "", "2013-11-04"}}},
	{"a clock alone with no day given falls on the DCT", "The vote closes at 8 p.m.",
		[]want{{"8 p.m.", "TIME", "2013-11-01T20:00", "", "2013-11-01"}}},
	{"a deadline after until runs forward from the past", "The regulator gave the bank until December to sell the unit. It gave up a branch in December.",
		[]want{{"December", "DATE", "2013-12", "", "2013-12-01..2013-12-31"}, {"December", "DATE", "2012-12", "", "2012-12-01..2012-12-31"}}},
	{"that quarter is the quarter under discussion", "Sales fell in the second quarter of 2012. Results for that quarter included a charge.",
		[]want{{"the second quarter of 2012", "DATE", "2012-Q2", "", "2012-04-01..2012-06-30"}, {"that quarter", "DATE", "2012-Q2", "", "2012-04-01..2012-06-30"}}},
	{"one-word lengths", "After a weeklong strike and a half-hour vote, the yearlong inquiry closed.",
		[]want{{"weeklong", "DURATION", "P1W", "", ""}, {"half-hour", "DURATION", "PT30M", "", ""}, {"yearlong", "DURATION", "P1Y", "", ""}}},
	{"an approximate point keeps around", "The ferry left around 6:40 p.m. and is due back around Dec. 3.",
		[]want{{"around 6:40 p.m.", "TIME", "2013-11-01T18:40", "APPROX", "2013-11-01"}, {"around Dec. 3", "DATE", "2013-12-03", "APPROX", "2013-12-03"}}},
	{"around a weekday or an amount is no point", "Around 300 people marched around Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"ages are not durations", "The driver, 61 years old, and a calf six weeks old were unhurt after three hours.",
		[]want{{"three hours", "DURATION", "PT3H", "", ""}}},
}

func TestTagGuidelines(t *testing.T) {
	for _, tt := range guidelineTests {
		t.Run(tt.name, func(t *testing.T) {
			checkTag(t, tt.in, dct, tt.want)
		})
	}
}

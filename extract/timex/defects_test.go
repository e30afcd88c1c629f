package timex_test

import "testing"

// TestIrregularSuperlativeLength: after "worst" or "best", as after any
// superlative, "in 40 years" measures back to the time spoken of (TimeML
// DURATION, as timebank and aquaint mark "its lowest level in five
// years"), even in the present or future; "in 40 years" alone is a date
// ahead.
func TestIrregularSuperlativeLength(t *testing.T) {
	day := d("2019-06-05")
	checkTags(t, day, []tagCase{
		{"worst, present", "The flooding is the worst in 40 years.",
			[]want{{"40 years", "DURATION", "P40Y", "", ""}}},
		{"best, future", "The harvest will be the best in a decade, growers say.",
			[]want{{"a decade", "DURATION", "P10Y", "", ""}}},
		{"worst with a noun", "Officials call it the worst heatwave in 70 years.",
			[]want{{"70 years", "DURATION", "P70Y", "", ""}}},
		// Near misses: no superlative, a date ahead.
		{"a date ahead", "The new bridge will open in 40 years.",
			[]want{{"40 years", "DATE", "2059", "", "2059-01-01..2059-12-31"}}},
		{"best as adverb far back", "We did our best, and the bridge will open in 40 years.",
			[]want{{"40 years", "DATE", "2059", "", "2059-01-01..2059-12-31"}}},
	})
}

// TestQuarterHour: "quarter" before "hour" is fifteen minutes, not a
// business quarter (P1Q): "every quarter hour" is a SET PT15M, "a
// quarter of an hour" a DURATION.
func TestQuarterHour(t *testing.T) {
	day := d("2019-06-05")
	checkTags(t, day, []tagCase{
		{"every quarter hour", "Shuttles leave the depot every quarter hour.",
			[]want{{"every quarter hour", "SET", "PT15M", "", ""}}},
		{"every quarter-hour", "The gauge is read every quarter-hour.",
			[]want{{"every quarter-hour", "SET", "PT15M", "", ""}}},
		{"a quarter hour", "The vote took a quarter hour.",
			[]want{{"a quarter hour", "DURATION", "PT15M", "", ""}}},
		{"a quarter of an hour", "She spoke for a quarter of an hour.",
			[]want{{"a quarter of an hour", "DURATION", "PT15M", "", ""}}},
		{"three quarters of an hour", "The ferry was three quarters of an hour late.",
			[]want{{"three quarters of an hour", "DURATION", "PT45M", "", ""}}},
		// Near misses: the business quarter.
		{"every quarter", "The fund pays out every quarter.",
			[]want{{"every quarter", "SET", "P1Q", "", ""}}},
		{"every quarter for an hour", "The board meets every quarter for an hour.",
			[]want{{"every quarter", "SET", "P1Q", "", ""}, {"an hour", "DURATION", "PT1H", "", ""}}},
	})
}

// TestNamedDayExtents: "St." and "Saint" are part of "St. Patrick's
// Day"; "May Day" is May 1, not the month; "the New Year" is January 1
// with its article (timeml marks "to celebrate the New Year" so). The
// lower-case "the new year", the Lunar New Year and a possessive "New
// Year's" phrase other than the Day or Eve are left alone.
func TestNamedDayExtents(t *testing.T) {
	day := d("2016-02-10") // a Wednesday
	checkTags(t, day, []tagCase{
		{"St. Patrick's Day ahead", "Dublin will close roads for St. Patrick's Day.",
			[]want{{"St. Patrick's Day", "DATE", "2016-03-17", "", "2016-03-17"}}},
		{"Saint Patrick's Day with a year", "The parade on Saint Patrick's Day 2011 drew crowds.",
			[]want{{"Saint Patrick's Day 2011", "DATE", "2011-03-17", "", "2011-03-17"}}},
		{"St without a stop", "Pubs filled on St Patrick's Day.",
			[]want{{"St Patrick's Day", "DATE", "2015-03-17", "", "2015-03-17"}}},
		{"May Day past", "Unions marched through Lisbon on May Day.",
			[]want{{"May Day", "DATE", "2015-05-01", "", "2015-05-01"}}},
		{"May Day ahead", "Unions will march through Lisbon on May Day.",
			[]want{{"May Day", "DATE", "2016-05-01", "", "2016-05-01"}}},
		{"the New Year ahead", "Shops will shut for the New Year.",
			[]want{{"the New Year", "DATE", "2017-01-01", "", "2017-01-01"}}},
		{"the New Year past", "Crowds welcomed the New Year in Sydney.",
			[]want{{"the New Year", "DATE", "2016-01-01", "", "2016-01-01"}}},
		// Near misses.
		{"St. Patrick's church", "They met at St. Patrick's Cathedral.", nil},
		{"the month May", "Sales rose in May.",
			[]want{{"May", "DATE", "2015-05", "", "2015-05-01..2015-05-31"}}},
		{"the lunar new year", "Families marked the Lunar New Year.", nil},
		{"the new year", "Analysts expect cuts in the new year.", nil},
		{"New Year's Eve", "Fireworks lit the sky on New Year's Eve.",
			[]want{{"New Year's Eve", "DATE", "2015-12-31", "", "2015-12-31"}}},
	})
}

// TestFiscalQuarterRelative: "last", "next", "previous" or "latest"
// before "fiscal" or "financial" and "quarter" (or "year") count the
// quarter from the DCT, the adjective inside the extent; "the final
// quarter" is the fourth quarter of the year under discussion, but not
// the final quarter of a game.
func TestFiscalQuarterRelative(t *testing.T) {
	day := d("2017-08-09") // third quarter
	checkTags(t, day, []tagCase{
		{"the last fiscal quarter", "Margins narrowed in the last fiscal quarter.",
			[]want{{"the last fiscal quarter", "DATE", "2017-Q2", "", "2017-04-01..2017-06-30"}}},
		{"the last financial quarter", "Revenue dipped in the last financial quarter.",
			[]want{{"the last financial quarter", "DATE", "2017-Q2", "", "2017-04-01..2017-06-30"}}},
		{"next fiscal quarter", "The miner expects higher output next fiscal quarter.",
			[]want{{"next fiscal quarter", "DATE", "2017-Q4", "", "2017-10-01..2017-12-31"}}},
		{"the latest financial quarter", "The bank lent more in the latest financial quarter.",
			[]want{{"the latest financial quarter", "DATE", "2017-Q2", "", "2017-04-01..2017-06-30"}}},
		{"the last financial year", "Exports grew in the last financial year.",
			[]want{{"the last financial year", "DATE", "2016", "", "2016-01-01..2016-12-31"}}},
		{"the final quarter", "The carrier expects demand to recover in the final quarter.",
			[]want{{"the final quarter", "DATE", "2017-Q4", "", "2017-10-01..2017-12-31"}}},
		{"the final quarter of a year", "Deliveries slowed in the final quarter of 2015.",
			[]want{{"the final quarter of 2015", "DATE", "2015-Q4", "", "2015-10-01..2015-12-31"}}},
		{"the previous fiscal quarter counts from the quarter told", "Sales rose in the first quarter of 2016 from the previous fiscal quarter.",
			[]want{{"the first quarter of 2016", "DATE", "2016-Q1", "", "2016-01-01..2016-03-31"}, {"the previous fiscal quarter", "DATE", "2015-Q4", "", "2015-10-01..2015-12-31"}}},
		// Near misses.
		{"a game's final quarter", "The visitors scored twice in the final quarter of the match.", nil},
		{"financial quarters", "Its financial quarters end in odd months.", nil},
		{"a final without quarter", "The final half of the book drags.", nil},
	})
}

// TestPeriodEndMonth: a month that ends a period ("the 12 months to
// April", "the quarter through April") told early in that month is the
// current one, the period running up to now; the month named alone in
// the past early in its own month is still the one a year before. "The
// year to April", like "the year ended April 30" (TimeBank), is a length
// of one year, P1Y.
func TestPeriodEndMonth(t *testing.T) {
	day := d("2018-04-11")
	checkTags(t, day, []tagCase{
		{"months to", "Rents rose 4 percent in the 12 months to April.",
			[]want{{"the 12 months", "DURATION", "P12M", "", ""}, {"April", "DATE", "2018-04", "", "2018-04-01..2018-04-30"}}},
		{"months through", "Orders fell in the six months through April.",
			[]want{{"the six months", "DURATION", "P6M", "", ""}, {"April", "DATE", "2018-04", "", "2018-04-01..2018-04-30"}}},
		{"the year to", "Rents rose 4 percent in the year to April.",
			[]want{{"the year", "DURATION", "P1Y", "", ""}, {"April", "DATE", "2018-04", "", "2018-04-01..2018-04-30"}}},
		{"the week to a weekday", "Bond yields fell in the week to Friday.",
			[]want{{"the week", "DURATION", "P1W", "", ""}, {"Friday", "DATE", "2018-04-06", "", "2018-04-06"}}},
		{"an earlier month", "Rents rose in the 12 months to February.",
			[]want{{"the 12 months", "DURATION", "P12M", "", ""}, {"February", "DATE", "2018-02", "", "2018-02-01..2018-02-28"}}},
		// Near misses: the month alone, a month after a place, a year
		// compared to a year.
		{"the year to a year", "The index gained more in the year than in 2012.",
			[]want{{"the year", "DATE", "2018", "", "2018-01-01..2018-12-31"}, {"2012", "DATE", "2012", "", "2012-01-01..2012-12-31"}}},
		{"the month alone", "Rents rose in April.",
			[]want{{"April", "DATE", "2017-04", "", "2017-04-01..2017-04-30"}}},
		{"no period before", "The fair moved from Leeds to April.",
			[]want{{"April", "DATE", "2017-04", "", "2017-04-01..2017-04-30"}}},
	})
}

// TestVulgarFractions: the fraction signs ½, ¼ and ¾ after a number are
// read as "1/2", "1/4", "3/4" are ("2 1/2 years" is P2Y6M).
func TestVulgarFractions(t *testing.T) {
	day := d("2018-04-11")
	checkTags(t, day, []tagCase{
		{"spaced half", "The trial lasted 3 ½ years.",
			[]want{{"3 ½ years", "DURATION", "P3Y6M", "", ""}}},
		{"glued half", "The crew drilled for 4½ hours.",
			[]want{{"4½ hours", "DURATION", "PT4H30M", "", ""}}},
		{"quarter", "Repairs took 2¼ years.",
			[]want{{"2¼ years", "DURATION", "P2.25Y", "", ""}}},
		{"decimal", "Repairs took 3.5 years.",
			[]want{{"3.5 years", "DURATION", "P3Y6M", "", ""}}},
		// Near misses: a fraction before no unit of time.
		{"a length", "The pole is 2½ metres long.", nil},
		{"a lone sign", "Add ½ cup of flour.", nil},
	})
}

// TestDirectiveInfinitive: what someone is urged, asked, called on or
// told to do is still to come when asked, so a day in that infinitive is
// ahead of the DCT even after a past verb and a plural object (where an
// infinitive of purpose would take the past: "sent troops to quell").
func TestDirectiveInfinitive(t *testing.T) {
	day := d("2014-10-15") // a Wednesday
	checkTags(t, day, []tagCase{
		{"urged a plural object", "The mediator urged the militias to hand over their weapons on Sunday.",
			[]want{{"Sunday", "DATE", "2014-10-19", "", "2014-10-19"}}},
		{"urged a bare plural", "The party urged voters to stay home on Thursday.",
			[]want{{"Thursday", "DATE", "2014-10-16", "", "2014-10-16"}}},
		{"called on", "The council called on the two camps to resume talks on Friday.",
			[]want{{"Friday", "DATE", "2014-10-17", "", "2014-10-17"}}},
		{"appealed to", "Aid groups appealed to the donors to pledge funds on Monday.",
			[]want{{"Monday", "DATE", "2014-10-20", "", "2014-10-20"}}},
		// Near misses: the day dates the urging, a purpose, a success.
		{"the day dates the urging", "The mediator urged the militias on Sunday to hand over their weapons.",
			[]want{{"Sunday", "DATE", "2014-10-12", "", "2014-10-12"}}},
		{"purpose", "The governor sent troops to restore order on Sunday.",
			[]want{{"Sunday", "DATE", "2014-10-12", "", "2014-10-12"}}},
		{"persuaded", "The mediator persuaded the militias to hand over their weapons on Sunday.",
			[]want{{"Sunday", "DATE", "2014-10-12", "", "2014-10-12"}}},
	})
}

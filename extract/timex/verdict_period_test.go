package timex_test

import "testing"

// TestVerdictPeriod checks that a year, month, week or day judged in
// passing ("it has been a difficult year", "a big week for markets") is
// the period the story stands in, marked on the noun as TimeBank marks
// it, and that lengths and kinds of period are not taken for verdicts.
func TestVerdictPeriod(t *testing.T) {
	checkTag(t, "It has been a difficult year for the shipping industry.", dct,
		[]want{{"year", "DATE", "2013", "", "2013-01-01..2013-12-31"}})
	checkTag(t, "Analysts expect a very busy week for bond traders.", dct,
		[]want{{"week", "DATE", "2013-W44", "", "2013-10-28..2013-11-03"}})
	checkTag(t, "This is a sad day for our town, the mayor says.", dct,
		[]want{{"day", "DATE", "2013-11-01", "", "2013-11-01"}})
	// The year said as the subject is the year judged.
	checkTag(t, "Officials said 2009 was a dismal year for exporters.", dct,
		[]want{{"2009", "DATE", "2009", "", "2009-01-01..2009-12-31"}, {"year", "DATE", "2009", "", "2009-01-01..2009-12-31"}})
	// Told in the past, the day is the one the story last named.
	checkTag(t, "The treaty was signed on Tuesday. The minister said it was a proud day for the region.", dct,
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}, {"day", "DATE", "2013-10-29", "", "2013-10-29"}})
}

func TestVerdictPeriodNot(t *testing.T) {
	for _, in := range []string{
		"The crew spent a quiet week at the base.",         // no verdict: neither "be" before nor "for" after
		"Savers should keep a rainy day fund for repairs.", // a kind of fund
		"The company is in a fiscal year of its own.",
		"Nurses work a long day for little pay.",
		"Guides say it is a pleasant day-trip for families.", // a compound
	} {
		checkTag(t, in, dct, nil)
	}
	// A length stays a duration.
	checkTag(t, "It was a full year before the plant reopened.", dct,
		[]want{{"a full year", "DURATION", "P1Y", "", ""}})
}

// TestVagueRecentAndSeasonal checks two vague references: "the other day"
// (a recent day left unnamed, PAST_REF) and "this time of year" (the part
// of the year the story stands in, PRESENT_REF).
func TestVagueRecentAndSeasonal(t *testing.T) {
	checkTag(t, "The envoy raised the matter with Ankara the other day, aides said.", dct,
		[]want{{"the other day", "DATE", "PAST_REF", "", ""}})
	checkTag(t, "Snow is rare at this time of the year in the valley.", dct,
		[]want{{"this time of the year", "DATE", "PRESENT_REF", "", ""}})
	checkTag(t, "Heavy rain is unusual for this time of year.", dct,
		[]want{{"this time of year", "DATE", "PRESENT_REF", "", ""}})
	// Not these: a day of something else, another time.
	checkTag(t, "On the other day of the festival, crowds thinned.", dct, nil)
	checkTag(t, "This time of crisis calls for calm.", dct, nil)
}

// TestVerdictPeriodSubject checks that a month or a year said as the
// subject, with or without auxiliaries before "be", is the period judged,
// and that "the other day" after a preposition counts days.
func TestVerdictPeriodSubject(t *testing.T) {
	checkTag(t, "Dealers said September was a weak month for car sales.", dct,
		[]want{{"September", "DATE", "2013-09", "", "2013-09-01..2013-09-30"}, {"month", "DATE", "2013-09", "", "2013-09-01..2013-09-30"}})
	checkTag(t, "The board said 2010 would likely be a lean year for the mine.", dct,
		[]want{{"2010", "DATE", "2010", "", "2010-01-01..2010-12-31"}, {"year", "DATE", "2010", "", "2010-01-01..2010-12-31"}})
	checkTag(t, "The shop stays shut on the other day, a holiday.", dct, nil)
}

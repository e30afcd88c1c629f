package timex_test

import "testing"

// extentTests are cases of where a TIMEX3 begins and ends (issue #3). The
// sentences are our own.
var extentTests = []tagCase{
	{"a length in two units is one expression", "She swam the course in four minutes, 12.5 seconds; the siege lasted two years and three months.",
		[]want{{"four minutes, 12.5 seconds", "DURATION", "PT4M12.5S", "", ""}, {"two years and three months", "DURATION", "P2Y3M", "", ""}}},
	{"hours and minutes, days and hours", "The flight took five hours and 40 minutes after a wait of one day, six hours.",
		[]want{{"five hours and 40 minutes", "DURATION", "PT5H40M", "", ""}, {"one day, six hours", "DURATION", "P1DT6H", "", ""}}},
	{"a decimal amount ends a length in parts", "The relay took 3.2 hours and 20 minutes.",
		[]want{{"3.2 hours", "DURATION", "PT3.2H", "", ""}, {"20 minutes", "DURATION", "PT20M", "", ""}}},
	{"a larger unit after a comma is a list, not one length", "Fares rose for three weeks, two years ago, and 10 minutes, three days later.",
		[]want{{"three weeks", "DURATION", "P3W", "", ""}, {"two years ago", "DATE", "2011", "", "2011-01-01..2011-12-31"}, {"10 minutes", "DURATION", "PT10M", "", ""}, {"three days", "DURATION", "P3D", "", ""}}},
}

func TestTagExtents(t *testing.T) {
	checkTags(t, dct, extentTests)
}

func TestTagComparativeRecently(t *testing.T) {
	checkTag(t, "More recently, the mill has cut jobs, and most recently it closed a plant.", dct,
		[]want{{"More recently", "DATE", "PAST_REF", "", ""}, {"most recently", "DATE", "PAST_REF", "", ""}})
	// Negative: "more" qualifying something else stays out.
	checkTag(t, "They hired more staff recently.", dct,
		[]want{{"recently", "DATE", "PAST_REF", "", ""}})
}

func TestTagVagueDecades(t *testing.T) {
	checkTag(t, "The feud lasted decades; the mill ran for two decades and, after years of decline, shut.", dct,
		[]want{{"decades", "DURATION", "PXDE", "", ""}, {"two decades", "DURATION", "P20Y", "", ""}, {"years", "DURATION", "PXY", "", ""}})
}

func TestTagCountPerLargerUnit(t *testing.T) {
	checkTag(t, "The clinic is open seven days a week and the pumps run 20 hours per day.", dct,
		[]want{{"seven days a week", "SET", "P1W", "", ""}, {"20 hours per day", "SET", "P1D", "", ""}})
	// Negative: a date after the length, or a smaller unit, is no rate.
	checkTag(t, "She stayed ten days a year ago; it took three weeks a day after the storm.", dct,
		[]want{{"ten days", "DURATION", "P10D", "", ""}, {"a year ago", "DATE", "2012", "", "2012-01-01..2012-12-31"}, {"three weeks", "DURATION", "P3W", "", ""}, {"a day", "DURATION", "P1D", "", ""}})
}

func TestTagAsMany(t *testing.T) {
	checkTag(t, "The club lost four games in as many weeks.", dct,
		[]want{{"as many weeks", "DURATION", "P4W", "", ""}})
	checkTag(t, "It was the second strike in as many months.", dct,
		[]want{{"as many months", "DURATION", "P2M", "", ""}})
	// Negative: "as many" before a noun that is no unit is no time.
	checkTag(t, "They hired as many workers as they could.", dct, nil)
}

package timex_test

import "testing"

// TestSpeedIsNoSet checks that a distance over an hour, minute or second is
// a speed, a unit of measure, and no SET, while rates of other things and
// counts of times stay SETs.
func TestSpeedIsNoSet(t *testing.T) {
	for _, in := range []string{
		"Gusts reached 150 kilometers per hour along the coast.",
		"The storm moved north at 12 miles an hour.",
		"The train can run at 90 metres a minute on the old track.",
		"Sound travels at about 340 meters per second in air.",
	} {
		checkTag(t, in, dct, nil)
	}
	// Not a distance: rates of goods and counts of times stay SETs.
	checkTag(t, "The plant fills 600 bottles per hour.", dct,
		[]want{{"per hour", "SET", "PT1H", "", ""}})
	checkTag(t, "The pumps move 40,000 barrels a day.", dct,
		[]want{{"a day", "SET", "P1D", "", ""}})
	// A distance over a day is a rate, not a speed in the measure sense.
	checkTag(t, "The glacier retreats two meters a year.", dct,
		[]want{{"a year", "SET", "P1Y", "", ""}})
}

// TestPeriodOfDates checks that "the period of" before told dates is no
// reported quarter: the dates are the expressions.
func TestPeriodOfDates(t *testing.T) {
	checkTag(t, "Aid covers damage caused by floods during the period of May 3 to May 9.", dct,
		[]want{{"May 3", "DATE", "2013-05-03", "", "2013-05-03"}, {"May 9", "DATE", "2013-05-09", "", "2013-05-09"}})
	checkTag(t, "Prices rose sharply in the period of 2008 to 2011.", dct,
		[]want{{"2008", "DATE", "2008", "", "2008-01-01..2008-12-31"}, {"2011", "DATE", "2011", "", "2011-01-01..2011-12-31"}})
}

// TestHolidayOfYear checks that "Christmas of 1972" is one expression, the
// holiday of that year, like "Christmas 1972".
func TestHolidayOfYear(t *testing.T) {
	checkTag(t, "The family last saw him shortly before Christmas of 1981.", dct,
		[]want{{"Christmas of 1981", "DATE", "1981-12-25", "", "1981-12-25"}})
	checkTag(t, "The letter was posted at Easter of 1990, his sister said.", dct,
		[]want{{"Easter of 1990", "DATE", "1990-04-15", "", "1990-04-15"}})
	// "of" before no year leaves the holiday alone.
	checkTag(t, "The choir will sing the carols of Christmas of old.", dct,
		[]want{{"Christmas", "DATE", "2013-12-25", "", "2013-12-25"}})
}

package timex_test

import "testing"

// TestRateLengthLater checks that "a month" after an amount is a rate (a
// SET) only when no "ago", "earlier" or "later" follows: then it is the
// length counted from a time (a DURATION, as "three days later"); and that
// an amount ending the sentence before does not make the next sentence's
// "A year" a rate.
func TestRateLengthLater(t *testing.T) {
	checkTag(t, "Exports reached 300 tonnes a month later, officials said.", dct,
		[]want{{"a month", "DURATION", "P1M", "", ""}})
	checkTag(t, "The mill paid $40 a week later that summer.", dct,
		[]want{{"a week", "DURATION", "P1W", "", ""}})
	checkTag(t, "The dam opened in 1913. A Century Later, it still holds water.", dct,
		[]want{{"1913", "DATE", "1913", "", "1913-01-01..1913-12-31"}, {"A Century", "DURATION", "P100Y", "", ""}})
	checkTag(t, "The club lost 12 members. A year of quarrels followed.", dct,
		[]want{{"A year", "DURATION", "P1Y", "", ""}})
	// Rates stay SETs, "before taxes" included.
	checkTag(t, "The firm pays $2 million a year in rent.", dct,
		[]want{{"a year", "SET", "P1Y", "", ""}})
	checkTag(t, "Nurses there earn $50,000 a year before taxes.", dct,
		[]want{{"a year", "SET", "P1Y", "", ""}})
	checkTag(t, "The pumps move 40,000 barrels a day, up from 30,000.", dct,
		[]want{{"a day", "SET", "P1D", "", ""}})
}

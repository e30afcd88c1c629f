package extract_test

import "testing"

// TestVisitLength checks that a visit's length and its first day give its
// interval, and that a day told with its end or return is left alone.
func TestVisitLength(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a length and a starting day give the interval",
			"Peruvian President Pedro Castillo will pay a four-day visit to Chile starting Tuesday.",
			"visit planned 2021-03-09..2021-03-12 [Pedro Castillo] [PER CHL]"},
		{"a length and a from day give the interval",
			"Chilean President Gabriel Boric will make a three-day state visit to Peru from March 8.",
			"visit planned 2021-03-08..2021-03-10 [Gabriel Boric] [CHL PER]"},
		{"a trip beginning on a date",
			"Kenyan Foreign Minister Raychelle Omamo will begin a two-day trip to Ghana on March 10.",
			"visit planned 2021-03-10..2021-03-11 [Raychelle Omamo] [KEN GHA]"},
		{"a day of return is the last day, not the first",
			"Kenyan Foreign Minister Raychelle Omamo returned to Nairobi on Sunday after a two-day visit to Ghana.",
			"visit occurred 2021-02-28 [Raychelle Omamo] [KEN GHA]"},
	})
}

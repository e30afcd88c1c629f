package extract_test

import "testing"

// TestOnTripNow covers a traveller a present "is on" or "is in" places
// on a visit ("is on a two-day visit to Uganda"): the visit is under way
// on the story's day. A visit only named, with no time, stays undated.
// Article date Wednesday 2021-03-03.
func TestOnTripNow(t *testing.T) {
	checkEvents(t, []eventCase{
		{"is on a visit",
			"Kenyan Foreign Minister Raychelle Omamo is on a two-day official visit to Uganda.",
			"visit occurred 2021-03-03 [Raychelle Omamo] [KEN UGA]"},
		{"is currently in a visit",
			"Kenyan President William Ruto is currently in a one-day working visit to Tanzania.",
			"visit occurred 2021-03-03 [William Ruto] [KEN TZA]"},
	})
}

// TestOnTripNowNot covers "is in" before a visit noun that places no
// traveller on it ("is in favour of a visit"): no day is taken.
func TestOnTripNowNot(t *testing.T) {
	checkEvents(t, []eventCase{
		{"in favour of a visit",
			"Kenyan Foreign Minister Raychelle Omamo is in favour of a visit to Uganda.",
			"visit occurred  [Raychelle Omamo] [KEN UGA]"},
	})
}

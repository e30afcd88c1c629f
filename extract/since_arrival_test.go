package extract_test

import "testing"

// TestSinceArrival covers an arrival told in a "since" clause ("the
// second meeting since X arrived in Ghana on Monday"): the clause's time
// dates the arrival, a visit that has taken place, while a time right
// after "since" ("his first visit since 2005") still dates no event.
// Article date Wednesday 2021-03-03.
func TestSinceArrival(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an arrival dated in a since clause",
			"The talks are the second since Kenyan President Uhuru Kenyatta arrived in Ghana on Monday.",
			"visit occurred 2021-03-01 [Uhuru Kenyatta] [KEN GHA]\nmeet occurred 2021-03-03 [] [GHA]"},
		{"an arrival some days ago in a since clause",
			"Flags have lined the streets of Accra since Kenyan President Uhuru Kenyatta arrived in Ghana five days ago.",
			"visit occurred 2021-02-26 [Uhuru Kenyatta] [KEN GHA]"},
		// near miss: the time right after "since" is an anchor
		{"a visit's anchor after since",
			"It is Kenyan President Uhuru Kenyatta's first visit to Ghana since 2005.",
			"visit occurred  [Uhuru Kenyatta] [KEN GHA]"},
	})
}

package extract_test

import "testing"

// TestVisitorMeets covers a planned meeting with no time of its own
// told after a dated planned visit (issue #4): when the traveller takes
// part and no other state or place is named, the meeting is on the days
// of the visit, at its place. A meeting with a state the visit does not
// involve keeps no time. Article date Wednesday 2021-03-03.
func TestVisitorMeets(t *testing.T) {
	const visit = "Prime Minister Rui Gomes today announced that Chilean President Ana Soto will visit Lisbon from March 10 to March 12. The purpose of President Soto's visit will be to meet with President Marcelo Costa. The joint commission was set up in September 2019 to deepen ties. "
	checkEvents(t, []eventCase{
		{"the traveller's meeting is on the days of the visit",
			visit + "Prime Minister Gomes and President Soto will discuss fisheries and trade.",
			"meet planned 2021-03-10..2021-03-12 [Ana Soto Marcelo Costa] [CHL] @Lisbon\nmeet planned 2021-03-10..2021-03-12 [Rui Gomes Ana Soto] [CHL] @Lisbon\nvisit planned 2021-03-10..2021-03-12 [Ana Soto Marcelo Costa] [CHL PRT] @Lisbon"},
		{"a meeting with another state keeps no time",
			visit + "President Soto will also discuss fisheries with Spanish Prime Minister Luis Vega.",
			"meet planned 2021-03-10..2021-03-12 [Ana Soto Marcelo Costa] [CHL] @Lisbon\nvisit planned 2021-03-10..2021-03-12 [Ana Soto Marcelo Costa] [CHL PRT] @Lisbon\nmeet planned  [Ana Soto Luis Vega] [CHL ESP]"},
	})
}

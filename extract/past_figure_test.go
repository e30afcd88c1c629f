package extract_test

import "testing"

// TestPastFigureUnderGoal checks that a figure told with its own past
// period ("$2 billion last year") is a fact even in a clause that speaks
// of a goal, while the goal figure beside it and a goal with a past
// deadline ("by 2019") stay planned. Article date Wednesday 2021-03-03.
func TestPastFigureUnderGoal(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the base of a change from last year",
			"Kenya is working to triple its trade with Ghana from $2 billion last year to $6 billion in 2025, the minister said.",
			"trade occurred 2020-01-01..2020-12-31 [] [KEN GHA] 2000000000 USD trade volume\n" +
				"trade planned 2025-01-01..2025-12-31 [] [KEN GHA] 6000000000 USD trade volume"},
		{"growth told as reaching a past figure",
			"The minister told reporters that trade between Kenya and Ghana had grown 20 percent to reach $2 billion in 2019.",
			"trade occurred 2019-01-01..2019-12-31 [] [KEN GHA] 2000000000 USD trade volume"},
		{"a goal with a past deadline stays a goal",
			"Kenya and Ghana had hoped to raise their bilateral trade to $2 billion by 2019.",
			"trade planned 2019-01-01..2019-12-31 [] [KEN GHA] 2000000000 USD trade volume"},
	})
}

package extract_test

import "testing"

// TestGoalAttain checks that a figure after a verb of attaining in an aim
// ("towards achieving", "to attain") is a goal (planned), while a figure
// achieved is a fact. Article date Wednesday 2021-03-03.
func TestGoalAttain(t *testing.T) {
	checkEvents(t, []eventCase{
		{"towards achieving a figure",
			"Kenya and Ghana agreed to work towards achieving two-way trade of $3 billion.",
			"agree occurred 2021-03-03 [] [KEN GHA]\n" +
				"trade planned  [] [KEN GHA] 3000000000 USD trade volume"},
		{"to attain a figure",
			"Kenya and Ghana set out steps to attain bilateral trade of $3 billion.",
			"trade planned  [] [KEN GHA] 3000000000 USD trade volume"},
		{"a figure achieved is a fact",
			"Kenya and Ghana achieved bilateral trade of $3 billion last year.",
			"trade occurred 2020-01-01..2020-12-31 [] [KEN GHA] 3000000000 USD trade volume"},
	})
}

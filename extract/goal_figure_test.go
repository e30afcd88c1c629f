package extract_test

import "testing"

// TestGoalGerund checks that a figure after "eye" or "aim at" and the
// gerund of a verb of change is a goal (planned), while a figure
// reached, with a gerund elsewhere in the sentence, is not. Article date
// Wednesday 2021-03-03.
func TestGoalGerund(t *testing.T) {
	checkEvents(t, []eventCase{
		{"eye increasing trade to a figure",
			"Kenya and Ghana eye increasing their bilateral trade to $3 billion in the near future.",
			"trade planned  [] [KEN GHA] 3000000000 USD trade volume"},
		{"aim at boosting trade to a figure",
			"Kenya and Ghana aim at boosting their bilateral trade to $3 billion.",
			"trade planned  [] [KEN GHA] 3000000000 USD trade volume"},
		{"a figure reached stays a fact",
			"Bilateral trade between Kenya and Ghana rose to $3 billion last year, with exporters focused on increasing tea sales.",
			"trade occurred 2020-01-01..2020-12-31 [] [KEN GHA] 3000000000 USD trade volume"},
	})
}

// TestGoalNoun checks that a figure joined by a copula or "of" to a noun
// for a goal is planned, while a figure reached beside it stays a fact.
// Article date Wednesday 2021-03-03.
func TestGoalNoun(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the objective is a figure",
			"For trade between Kenya and Ghana the objective is 3 billion US dollars, the minister said.",
			"trade planned  [] [KEN GHA] 3000000000 USD trade volume"},
		{"a target of a figure",
			"Kenya and Ghana set a target of $3 billion in bilateral trade.",
			"trade planned  [] [KEN GHA] 3000000000 USD trade volume"},
		{"a target far from the figure",
			"The target of the new port, officials said, helped bilateral trade between Kenya and Ghana hit $3 billion.",
			"trade occurred  [] [KEN GHA] 3000000000 USD trade volume"},
	})
}

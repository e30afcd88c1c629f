package extract_test

import "testing"

// TestValuePhrase covers a figure told in a "with a ... value of" phrase
// after a comma, the value of the measure named before the comma; the
// phrase after a clause with no measure makes no trade figure.
func TestValuePhrase(t *testing.T) {
	checkEvents(t, []eventCase{
		{"value of investment projects",
			"In 2019, Japan launched 210 direct investment projects in Kenya, with a total contractual value of US$2.3 billion.",
			"trade occurred 2019-01-01..2019-12-31 [] [JPN KEN] 2300000000 USD investment"},
		{"no measure before the comma",
			"Japan held talks with Kenya on Monday, with a total value of $3 million in gifts to the president's family.",
			"meet occurred 2021-03-01 [] [JPN KEN]"},
	})
}

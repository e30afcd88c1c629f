package extract_test

import "testing"

// TestTradePronounFigure checks that "it" stating a figure in a later
// clause of the sentence is the measure of an earlier clause. Article
// date Wednesday 2021-03-03.
func TestTradePronounFigure(t *testing.T) {
	checkEvents(t, []eventCase{
		{"as it reached",
			"Kenya and Zambia held talks on Tuesday. Their trade rose to $3 billion in 2019, as it reached $1 billion in January 2021.",
			"trade occurred 2019-01-01..2019-12-31 [] [KEN ZMB] 3000000000 USD trade volume\ntrade occurred 2021-01-01..2021-01-31 [] [KEN ZMB] 1000000000 USD trade volume\nmeet occurred 2021-03-02 [] [KEN ZMB]"},
		{"it with no measure before is no figure",
			"Kenya and Zambia held talks on Tuesday. The port was busy in 2019, as it reached $1 billion in January 2021.",
			"meet occurred 2021-03-02 [] [KEN ZMB]"},
	})
}

package extract_test

import "testing"

// TestTradeTurnover checks that "turnover" alone names two states' trade,
// as wire copy on bilateral trade writes it, but not a firm's sales.
// Article date Wednesday 2021-03-03.
func TestTradeTurnover(t *testing.T) {
	checkEvents(t, []eventCase{
		{"bare turnover in a bilateral story",
			"Kenya and Zambia held talks on Tuesday. Turnover rose to $3 billion last year.",
			"trade occurred 2020-01-01..2020-12-31 [] [KEN ZMB] 3000000000 USD trade volume\nmeet occurred 2021-03-02 [] [KEN ZMB]"},
		{"trade turnover between the two",
			"Kenya and Zambia held talks on Tuesday. Trade turnover between the two countries rose to $3 billion last year.",
			"trade occurred 2020-01-01..2020-12-31 [] [KEN ZMB] 3000000000 USD trade volume\nmeet occurred 2021-03-02 [] [KEN ZMB]"},
		{"a firm's turnover",
			"Kenya and Zambia held talks on Tuesday. Safaricom's turnover rose to $3 billion last year.",
			"meet occurred 2021-03-02 [] [KEN ZMB]"},
		{"the company's annual turnover",
			"Kenya and Zambia held talks on Tuesday. The company's annual turnover rose to $3 billion last year.",
			"meet occurred 2021-03-02 [] [KEN ZMB]"},
	})
}

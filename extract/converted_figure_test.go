package extract_test

import "testing"

// TestConvertedFigure checks that a figure restated in another currency
// in brackets right after it is one figure, not two, and that a number
// written solid with its currency code ("RM4.1 billion") is read whole,
// never as a bare "1 billion". Article date Wednesday 2021-03-03.
func TestConvertedFigure(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a dollar figure restated in ringgit",
			"Trade between Malaysia and Kenya reached US$980 million (RM4.1 billion) last year.",
			"trade occurred 2020-01-01..2020-12-31 [] [MYS KEN] 980000000 USD trade volume"},
		{"decimals of a glued ringgit figure are no figure of their own",
			"Trade between Malaysia and Kenya reached US$980 million last year. In January, trade rose 3% to US$85.2 million (RM358.4 million).",
			"trade occurred 2020-01-01..2020-12-31 [] [MYS KEN] 980000000 USD trade volume\n" +
				"trade occurred 2021-01-01..2021-01-31 [] [MYS KEN] 85200000 USD trade volume"},
		{"a euro figure restated in dollars",
			"Trade between Kenya and Ghana reached 400 million euros ($450 million) last year.",
			"trade occurred 2020-01-01..2020-12-31 [] [KEN GHA] 400000000 EUR trade volume"},
		{"two figures of one currency joined by a word stay two",
			"Kenya's exports to Ghana reached $400 million last year and imports from Ghana $150 million.",
			"trade occurred 2020-01-01..2020-12-31 [] [KEN GHA] 400000000 USD exports\n" +
				"trade occurred 2020-01-01..2020-12-31 [] [KEN GHA] 150000000 USD imports"},
	})
}

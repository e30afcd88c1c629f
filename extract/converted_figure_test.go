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

// TestFigureMeasureTime checks that a figure takes the time of the
// measure right before it ("the 2019 two-way trade valued at ..."), not
// that of a measure named earlier in the clause or of a base figure after
// it, and that a year before another noun still does not date it.
// Article date Wednesday 2021-03-03.
func TestFigureMeasureTime(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a year before a hyphenated compound and the measure",
			"Kenya and Ghana have close trade links, with the 2019 two-way trade valued at $1.2 billion.",
			"trade occurred 2019-01-01..2019-12-31 [] [GHA KEN] 1200000000 USD trade volume"},
		{"a base figure with its own year after it",
			"Kenya and Ghana have close trade links, with the 2019 two-way trade valued at $1.2 billion, up from $0.9 billion in 2018.",
			"trade occurred 2018-01-01..2018-12-31 [] [GHA KEN] 900000000 USD trade volume\n" +
				"trade occurred 2019-01-01..2019-12-31 [] [GHA KEN] 1200000000 USD trade volume"},
		{"a year on another noun does not date the figure",
			"Kenya and Ghana have close trade links since the 2019 cross-border railway opened, with two-way trade valued at $1.2 billion.",
			"trade occurred  [] [KEN GHA] 1200000000 USD trade volume"},
	})
}

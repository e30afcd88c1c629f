package extract_test

import "testing"

// TestTradeFigureForms checks trade figures told with a spelled-out
// number, with an ISO currency code and a rounded conversion, as the
// second predicate of the measure's subject, or in a "with a total
// investment of" phrase; and that the size of a country's debt is no
// trade figure. Article date Wednesday 2021-03-03.
func TestTradeFigureForms(t *testing.T) {
	checkEvents(t, []eventCase{
		{"spelled-out number",
			"He noted that two-way trade between Gabon and Cameroon totaled seven billion U.S. dollars in 2019.",
			"trade occurred 2019-01-01..2019-12-31 [] [GAB CMR] 7000000000 USD trade volume"},
		{"second predicate with a code and a conversion",
			"The volume of trade between Oman and Bahrain has grown by 40% and reached OMR 1.2 billion (approx. $3.1 billion) in 2020.",
			"trade occurred 2020-01-01..2020-12-31 [] [OMN BHR] 1200000000 OMR trade volume"},
		{"with a total investment of",
			"Cameroonian firms have set up 120 projects in Gabon, with a total investment of 800 million dollars.",
			"trade occurred  [] [CMR GAB] 800000000 USD investment"},
		// A verb of aiming right before the figure makes it a goal.
		{"eye a figure",
			"Gabon and Cameroon eye $3 billion in bilateral trade.",
			"trade planned  [] [GAB CMR] 3000000000 USD trade volume"},
		{"target a figure by a year",
			"Gabon and Cameroon target 2 billion USD in two-way trade by 2025.",
			"trade planned 2025-01-01..2025-12-31 [] [GAB CMR] 2000000000 USD trade volume"},
		// negative: "the target" is the noun, the figure reached
		{"hit the target figure",
			"Trade between Gabon and Cameroon hit the target 2 billion USD in 2020.",
			"trade occurred 2020-01-01..2020-12-31 [] [GAB CMR] 2000000000 USD trade volume"},
		// negative: a debt's size is a stock, not a flow
		{"foreign debt",
			"Stronger export sales would help Gabon pay its $9 billion foreign debt.",
			""},
		{"external debt",
			"Cameroon's $12 billion external debt weighs on the budget.",
			""},
		// negative: debt relief of an amount stays a flow
		{"debt relief",
			"Gabon granted Cameroon $2 billion debt relief in 2020.",
			"trade occurred 2020-01-01..2020-12-31 [] [GAB CMR] 2000000000 USD debt"},
		// negative: a spelled number without money is no figure
		{"spelled number of people",
			"Trade between Gabon and Cameroon employs two million people.",
			""},
	})
}

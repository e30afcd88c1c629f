package extract_test

import "testing"

// TestAidKind checks money pledged, released or disbursed "in" or "of" a
// kind of help (cash, grants, financing) as aid, while a pledge or release
// of money as a collateral, or of bonds, is none. Article date Wednesday
// 2021-03-03.
func TestAidKind(t *testing.T) {
	checkEvents(t, []eventCase{
		{"pledge in cash and supplies",
			"Norway on Monday pledged an initial $5 million in cash, food and relief supplies for Malawi.",
			"cooperate occurred 2021-03-01 [] [NOR MWI] 5000000 USD aid"},
		{"disbursement of pre-financing",
			"The World Bank has disbursed almost $2 billion of pre-financing to Moldova.",
			"cooperate occurred 2021-03-03 [World Bank] [MDA] 2000000000 USD aid"},
		{"a pledge as collateral is no aid",
			"The Kenyan airline pledged $50 million as collateral for the loan from Nigeria.",
			"agree occurred 2021-03-03 [] [KEN NGA]"}, // the pledge, no aid
		{"a release of bonds is no aid",
			"The Ghanaian treasury released $60 million of bonds to investors in Nigeria.",
			""},
	})
}

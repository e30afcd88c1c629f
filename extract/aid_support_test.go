package extract_test

import "testing"

// TestAidSupportOf covers support of a sum of money as aid, and aid whose
// subject a comma sets apart from its predicate ("..., was received on
// June 3"): the predicate's day dates the aid (article date Wednesday
// 2021-03-03). Support of a share of voters or of a state is no money.
func TestAidSupportOf(t *testing.T) {
	checkEvents(t, []eventCase{
		{"support of a sum for those in need",
			"Japan pledged support of $3 million for flood victims in Nepal on Monday.",
			"cooperate occurred 2021-03-01 [] [JPN NPL] 3000000 USD aid"},
		{"support of a sum released",
			"Ireland announced in Dublin its intention to release further support of €40 million for those in need in Chad.",
			"cooperate occurred 2021-03-03 [] [IRL TCD] 40000000 EUR aid"},
		{"support of a share of voters is no aid",
			"The candidate won the support of 60 percent of voters in Kenya.", ""},
		{"support of a state is no aid",
			"Norway's support of Ukraine has been steady.", ""},
		{"a subject set apart by a comma",
			"A grant of $50,000 from the Peruvian government towards Haiti's recovery efforts from the earthquake, was received on February 26.",
			"cooperate occurred 2021-02-26 [] [PER HTI] 50000 USD aid"},
		{"a relative clause's day is not the predicate's",
			"A grant of $50,000 from Peru towards Haiti's recovery, which was announced on February 26, was received later.",
			"cooperate occurred  [] [PER HTI] 50000 USD aid"},
	})
}

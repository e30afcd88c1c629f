package extract_test

import "testing"

// TestAidAppeal checks that an agency's appeal for a sum of money is aid
// even without an adjective naming it humanitarian, while an appeal for
// anything else (a court's, a plea for calm) is no aid. Article date
// Wednesday 2021-03-03.
func TestAidAppeal(t *testing.T) {
	checkEvents(t, []eventCase{
		{"appeal for a sum in words",
			"The World Food Programme on Wednesday launched an appeal for 14.5 million U.S. dollars to feed displaced families in Somalia.",
			"cooperate occurred 2021-03-03 [World Food Programme] [SOM] 14500000 USD aid"},
		{"appeal for a sum with a sign",
			"UNICEF issued an appeal for $30 million to help children in Sudan.",
			"cooperate occurred 2021-03-03 [UNICEF] [SDN] 30000000 USD aid"},
		{"an appeal for calm is no aid",
			"The Kenyan government issued an appeal for calm after the vote in Nairobi.",
			""},
	})
}

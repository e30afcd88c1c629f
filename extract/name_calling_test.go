package extract_test

import "testing"

// TestNameCalling checks that calling someone a liar, a traitor or a
// "puppet", in scare quotes or not, denounces them (conflict, CAMEO
// 111), while the insult word said of no one, or a liar called to a
// stand, is no event. Article date Wednesday 2021-03-03.
func TestNameCalling(t *testing.T) {
	checkEvents(t, []eventCase{
		{"branded a liar",
			"Peruvian President Ollanta Humala branded Chilean President Michelle Bachelet a liar on Monday.",
			"conflict occurred 2021-03-01 [Ollanta Humala Michelle Bachelet] [PER CHL]"},
		{"scare quotes",
			"Peruvian President Ollanta Humala called Chilean President Michelle Bachelet a \"puppet\" on Monday.",
			"conflict occurred 2021-03-01 [Ollanta Humala Michelle Bachelet] [PER CHL]"},
		{"no one called",
			"The Peruvian minister said on Monday that he was no liar.",
			""},
	})
}

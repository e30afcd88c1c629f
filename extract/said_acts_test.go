package extract_test

import "testing"

// TestSaidActs checks that a speaker's further acts, told as predicates
// coordinated after a dated "said", take the saying's day, while acts of
// others reported in a "that" clause do not. Article date Wednesday
// 2021-03-03.
func TestSaidActs(t *testing.T) {
	checkEvents(t, []eventCase{
		{"accused after said Monday",
			"Peruvian President Ollanta Humala said Monday he was tired of waiting, called Chile's leaders arrogant and accused Chile of spying.",
			"conflict occurred 2021-03-01 [Ollanta Humala] [PER CHL]"},
		{"that clause keeps the article date",
			"The Peruvian minister said Monday that Chilean troops had crossed the border and attacked a Peruvian village.",
			"conflict occurred 2021-03-03 [] [CHL PER]"},
	})
}

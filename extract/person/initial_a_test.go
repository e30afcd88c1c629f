package person_test

import "testing"

// TestInitialA covers the middle initial "A." inside a name: the capital
// letter glued to its full stop between two parts of a name is an
// initial, not the article, so the name runs on to the surname.
func TestInitialA(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Peruvian Foreign Minister Oscar A. Maurtua will visit Chile next week. Maurtua said the talks would go well.",
			"Oscar A. Maurtua/PER/Foreign Minister/Oscar A. Maurtua,Maurtua"},
		{"Talks between Ana Obi and Tomas A. Reyes ended on Monday.", "Ana Obi///Ana Obi; Tomas A. Reyes///Tomas A. Reyes"},
		// negatives: the article after a name at a clause's end, a
		// letter that ends a sentence before a name
		{"The award went to Tomas Reyes A week later, he resigned.", "Tomas Reyes///Tomas Reyes"},
		{"Kenya finished top of Group A. Ana Obi scored twice.", "Ana Obi///Ana Obi"},
	}, personFull)
}

package person_test

import "testing"

// A one-word name before a lower-case "regime" names the ruler, a person;
// before "administration" it is a person only when the story also names
// it alone. Kinds and periods of government, treaty regimes, agencies and
// names after other words are not taken this way.
func TestRulerNoun(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Exiles marched against the Varkonyi regime on Sunday.", "Varkonyi: Varkonyi (1)"},
		{"Aid will not reach areas held by the brutal Varkonyi regime, the agency said.", "Varkonyi: Varkonyi (1)"},
		{"Ostravia's Varkonyi regime jailed the editors in March.", "Varkonyi: Varkonyi (1)"},
		{"The Delacourt administration imposed tariffs. Delacourt defended them at a rally.",
			"Delacourt: Delacourt (1)"},
		// A full name found elsewhere takes the surname as before.
		{"President Imre Varkonyi spoke. The Varkonyi regime denies the charges.", "Imre Varkonyi: Imre Varkonyi,Varkonyi (2)"},
		// Negative: an administration named only as such may be an era.
		{"The Delacourt administration imposed tariffs on steel.", ""},
		// Negative: the surname again only in the same phrase.
		{"The Delacourt administration imposed tariffs. Critics said the Delacourt administration erred.", ""},
		// Negative: kinds of government and treaty regimes.
		{"Exiles marched against the Communist regime on Sunday.", ""},
		{"The Schengen regime lets travellers cross without checks.", ""},
		{"The Democratic administration cut taxes.", ""},
		// Negative: an agency's capitalised name.
		{"The Varkonyi Administration issued new rules.", ""},
		// Negative: a capitalised word after a lower-case word with no article.
		{"Protesters decried Varkonyi regime abuses.", ""},
	}, personCount)
}

// A Japanese name written family name first, as Japan's government asks,
// takes its family name alone later; a name of a state that writes the
// given name first does not take its given name.
func TestJapaneseFamilyFirst(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The envoy met Japanese Minister of Defense Tanabe Haruto in Tokyo. Minister Tanabe thanked him.",
			"Tanabe Haruto: Tanabe Haruto,Tanabe (2)"},
		{"The envoy met Japanese Foreign Minister Haruto Tanabe in Tokyo. Minister Tanabe thanked him.",
			"Haruto Tanabe: Haruto Tanabe,Tanabe (2)"},
		// Negative: a Peruvian name's first word is a given name.
		{"The envoy met Peruvian Foreign Minister Ramos Quispe in Lima. Minister Ramos thanked him.",
			"Ramos Quispe: Ramos Quispe (1); Ramos: Ramos (1)"},
	}, personCount)
}

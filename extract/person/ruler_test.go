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

package person_test

import "testing"

// A minister whose portfolio is a list ending in an institution's name
// ("... and Foreign Affairs") has the name after the list, even when the
// gazetteer's title already holds the first item and the given name is
// not in the lexicon. A list with no role before it gives nobody.
func TestPortfolioListName(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Ruiz met Chilean Minister for Defence, National Security and Foreign Affairs Inia Kamau.", "Inia Kamau"},
		{"Ruiz met Chilean Minister for Defence and Foreign Affairs Inia Kamau.", "Inia Kamau"},
		{"Talks on Defence, National Security and Foreign Affairs Policy opened on Monday.", ""},
	}, personName)
}

package person_test

import "testing"

// A portfolio joined by "and" inside a capitalised title after a name in
// apposition is one title ("Minister of Trade and Industry"); two roles
// each with its own article are two people.
func TestAppositionPortfolioAnd(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Ana Ruiz, Minister of Trade and Industry, said exports grew.", "Ana Ruiz/Minister of Trade and Industry"},
		{"Ana Ruiz, Minister of Foreign Affairs and Cooperation, said talks went well.", "Ana Ruiz/Minister of Foreign Affairs and Cooperation"},
		{"Minister of Trade and Industry Ana Ruiz said exports grew.", "Ana Ruiz/Minister of Trade and Industry"},
		{"Ana Ruiz, Secretary of Commerce and Industry, said exports grew.", "Ana Ruiz/Secretary of Commerce and Industry"},
		{"Ana Ruiz, the Minister of Trade, and Ben Okoro, the Minister of Industry, met.", "Ana Ruiz/Trade Minister; Ben Okoro/Minister of Industry"},
		{"Ana Ruiz, Minister of Trade and Ben Okoro, Minister of Industry, met.", "Ana Ruiz/; Ben Okoro/Minister of Industry"},
	}, personRole)
}

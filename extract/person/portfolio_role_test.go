package person_test

import "testing"

// A bare "Minister" or "Secretary" takes the portfolio written with it,
// before ("Tourism Minister") or after ("Minister of Commerce"), but not a
// word of tenure, a state or a trailing "of STATE".
func TestPortfolioRole(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Tourism Minister Ana Ruiz said visitors were back.", "Ana Ruiz/Tourism Minister"},
		{"Peruvian Public Works Minister Ana Ruiz said the road was open.", "Ana Ruiz/Public Works Minister"},
		{"Minister of Commerce Ana Ruiz said exports grew.", "Ana Ruiz/Minister of Commerce"},
		{"Ana Ruiz, Secretary of Energy, said prices fell.", "Ana Ruiz/Secretary of Energy"},
		{"Minister of Mines of Chile Ana Ruiz said output fell.", "Ana Ruiz/Minister of Mines"},
		// Negative cases: tenure words and a lower-case complement are no
		// portfolio.
		{"Former Minister Ana Ruiz said exports grew.", "Ana Ruiz/Minister"},
		{"Ana Ruiz, minister in charge of the talks, said exports grew.", "Ana Ruiz/Minister"},
		{"Minister Ana Ruiz said exports grew.", "Ana Ruiz/Minister"},
	}, personRole)
}

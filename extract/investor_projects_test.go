package extract_test

import "testing"

// TestInvestorProjects covers projects of investors worth a sum, an
// investment figure; investors worth a sum, or projects worth one with no
// investor named, are not.
func TestInvestorProjects(t *testing.T) {
	checkEvents(t, []eventCase{
		{"projects from investors worth a sum",
			"Chile has also registered 14 projects from Peruvian investors worth USD 600 million.",
			"trade occurred  [] [CHL PER] 600000000 USD investment"},
		{"projects by investors valued at a sum",
			"Ghana has approved nine projects by Turkish investors valued at $210 million.",
			"trade occurred  [] [GHA TUR] 210000000 USD investment"},
		{"investors' wealth is no investment",
			"Peruvian investors worth $600 million bought homes in Chile.", ""},
		{"projects worth a sum with no investor",
			"Chile approved 14 projects worth $600 million with Peru.", ""},
	})
}

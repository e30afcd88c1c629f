package extract_test

import "testing"

// TestArmsSale covers a government's approval of a sale of weapons to a
// state, military cooperation (CAMEO 062), and sales that are none:
// goods that are no weapons, bonds, and a sale refused. Article date
// Wednesday 2021-03-03.
func TestArmsSale(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an approved possible sale of jets",
			"On Monday the United States approved a possible sale of fighter jets to Norway.",
			"cooperate occurred 2021-03-01 [] [USA NOR]"},
		{"approved sales of weapons with a figure",
			"Canada cleared $900 million of weapons sales to Chile on Monday.",
			"cooperate occurred 2021-03-01 [] [CAN CHL] 900000000 USD arms sale"},
		{"a car sale is no cooperation",
			"On Monday Canada approved the sale of a car factory to Chile.", ""},
		{"a sale of bonds is none",
			"Peru approved the sale of bonds worth $2 billion on Monday.", ""},
		{"a sale refused is none",
			"On Monday Germany refused the sale of tanks to Chile.", ""},
	})
}

package extract_test

import "testing"

// TestNeighbourStay checks that a stay in a state named with
// "neighbouring" before it is a visit as a plain stay is, and that a
// stay of no one from abroad is none. Article date Wednesday 2021-03-03.
func TestNeighbourStay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a stay in a neighbouring state for talks",
			"Peruvian President Pedro Castillo has been in neighbouring Chile since Monday to hold talks with officials.",
			"meet occurred 2021-03-03 [Pedro Castillo] [PER CHL]\nvisit occurred 2021-03-03 [Pedro Castillo] [PER CHL]"},
		{"a storm in a neighbouring state is no visit",
			"The storm that hit Peru has been in neighbouring Chile since Monday.", ""},
	})
}

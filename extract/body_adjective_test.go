package extract_test

import "testing"

// TestBodyAdjectiveStart: adjectives that open no person's name open the
// names of bodies ("Central Bank", "National Grain Board").
// Near misses: such an adjective before no organisation's head, and a
// military rank before a name.
func TestBodyAdjectiveStart(t *testing.T) {
	checkBodies(t, []bodyCase{
		{"ACCRA, May 4, 2022 - The Central Bank raised its key rate on Friday.", "Central Bank", "", nil},
		{"HANOI, May 4, 2022 - The National Grain Board said catches rose.", "National Grain Board", "", nil},
		{"ACCRA, May 4, 2022 - General Kofi Boateng said on Friday the army would stay.", "", "", []string{"General Kofi Boateng"}},
		{"ACCRA, May 4, 2022 - National leaders met on Friday.", "", "", []string{"National"}},
	})
}

package extract_test

import "testing"

// TestOrgOfDemonym: a body of members named with "of" and a state
// adjective takes the adjective into its name and the state as its
// country ("Confederation of Kenyan Growers"), which still counts as a
// mention of the state. A state adjective after "of" with no capitalised
// noun after it is no part of a name.
func TestOrgOfDemonym(t *testing.T) {
	checkBodies(t, []bodyCase{
		{"NAIROBI, May 4, 2022 - The Confederation of Kenyan Growers asked for lower fuel taxes on Friday.", "Confederation of Kenyan Growers", "KEN", nil},
		{"LIMA, May 4, 2022 - The Federation of Chilean Fruit Traders and Shippers met officials in Lima on Friday.", "Federation of Chilean Fruit Traders and Shippers", "CHL", nil},
		{"NAIROBI, May 4, 2022 - The Association of Kenyan growers asked for lower fuel taxes on Friday.", "", "", []string{"Association of Kenyan"}},
	})
}

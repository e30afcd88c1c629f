package extract_test

import "testing"

// TestStateBody: the branches of a state are organisations by their head
// noun (courts, legislatures, armed services, a body's secretariat), with
// a state adjective or name before the run giving the country. "People's"
// belongs to the name after it; a part with no head of its own before "of
// the" and a common noun before "of" and a state adjective are no part of
// the body's name. Near misses: the head alone, a lower-case head, and
// "Government" (not a head).
func TestStateBody(t *testing.T) {
	checkBodies(t, []bodyCase{
		{"MANILA, May 4, 2022 - The Philippine Supreme Court on Friday upheld the ruling.", "Philippine Supreme Court", "PHL", nil},
		{"LIMA, May 4, 2022 - The Constitutional Court will hear the appeal in June.", "Constitutional Court", "", nil},
		{"NEW DELHI, May 4, 2022 - The Indian Air Force will receive 40 trainer jets next year.", "Indian Air Force", "IND", nil},
		{"ACCRA, May 4, 2022 - The Ghana Coast Guard seized a trawler off Takoradi on Friday.", "Ghana Coast Guard", "GHA", nil},
		{"SUVA, May 4, 2022 - The Forum Secretariat said the meeting would open on Monday.", "Forum Secretariat", "", nil},
		{"KAMPALA, May 4, 2022 - The Federal People's Defence Force paraded on Friday.", "Federal People's Defence Force", "", nil},
		{"BOGOTA, May 4, 2022 - Rebels of the People's Revolutionary Army freed two hostages on Friday.", "People's Revolutionary Army", "", []string{"Revolutionary Army"}},
		{"COLOMBO, May 4, 2022 - Soldiers of Sri Lankan Air Force stood guard at the gate on Friday.", "Sri Lankan Air Force", "LKA", []string{"Soldiers of Sri Lankan Air Force"}},
		{"CARACAS, May 4, 2022 - Luis Mora, head of the Eastern Border Zone of the National Armed Force, spoke on Friday.", "National Armed Force", "", []string{"Eastern Border Zone of the National Armed Force"}},
		{"NAIROBI, May 4, 2022 - The Court ruled on Friday and Parliament adjourned.", "", "", []string{"Court", "Parliament"}},
		{"OSLO, May 4, 2022 - The Norwegian parliament voted on Friday.", "", "", []string{"Norwegian parliament", "parliament"}},
		{"ACCRA, May 4, 2022 - The Ghanaian Government said on Friday it would pay.", "", "", []string{"Ghanaian Government", "Government"}},
	})
}

package person_test

import "testing"

// A title followed by "of STATE" gives the holder that state, before the
// name or after it in apposition; "to", "for" or a firm's name after the
// state give none.
func TestTitleOfState(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The Minister of Foreign Affairs of Peru Inia Quispe arrived on Monday.", "Inia Quispe/PER/Foreign Minister/Inia Quispe"},
		{"The President of Chile, Tomas Rojas, opened the forum.", "Tomas Rojas/CHL/President/Tomas Rojas"},
		{"The talks were led by Tomas Rojas, Foreign Minister of Chile, and the host.", "Tomas Rojas/CHL/Foreign Minister/Tomas Rojas"},
		{"Inia Quispe, Minister of Mines of Peru, signed the deal.", "Inia Quispe/PER/Minister of Mines/Inia Quispe"},
		// Negative cases: the state the office deals with, or a firm.
		{"The Special Envoy for Chile Tomas Rojas arrived on Monday.", "Tomas Rojas//Envoy/Tomas Rojas"},
		{"Tomas Rojas, ambassador to Chile, arrived on Monday.", "Tomas Rojas//Ambassador/Tomas Rojas"},
		{"Tomas Rojas, chairman of Chile Airlines, arrived on Monday.", "Tomas Rojas//Chairman/Tomas Rojas"},
	}, personFull)
}

// A government body right before a title gives its holder the body's
// state; a news agency, an international body or a firm gives none.
func TestTitleBodyState(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"State Department spokeswoman Ana Ruiz told reporters the plan had failed.", "Ana Ruiz/USA/Spokesperson/Ana Ruiz"},
		{"Reuters correspondent Ana Ruiz told reporters the plan had failed.", "Ana Ruiz//Correspondent/Ana Ruiz"},
		{"UN spokesman Inia Quispe told reporters the plan had failed.", "Inia Quispe//Spokesperson/Inia Quispe"},
	}, personFull)
}

// "an" opens an appositive title as "a" does; a common noun after it is
// no title.
func TestTitleAfterAn(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The plan will fail, said Tomas Rojas, an opposition leader, on Monday.", "Tomas Rojas//Opposition Leader/Tomas Rojas"},
		{"The plan will fail, said Tomas Rojas, an orange seller, on Monday.", "Tomas Rojas///Tomas Rojas"},
	}, personFull)
}

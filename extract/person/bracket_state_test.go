package person_test

import "testing"

// A state in brackets right after a name, as lists of leaders tag them,
// is the person's state; a party tag, an agency or a state that goes on
// inside the brackets is not.
func TestBracketState(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Presidents Ana Obiora (Ghana), Tomas Berglund (Sweden) and Luis Arce Mendez (Bolivia) will meet in Lima.",
			"Ana Obiora/GHA/President/Ana Obiora; Tomas Berglund/SWE/President/Tomas Berglund; Luis Arce Mendez/BOL/President/Luis Arce Mendez"},
		{"Foreign Minister Olga Berg (Norway) spoke first on Monday.", "Olga Berg/NOR/Foreign Minister/Olga Berg"},
		// Negative: no state, or more than a state, in the brackets.
		{"Senator Ed Harlan (R-Texas) said little on Monday.", "Ed Harlan//Senator/Ed Harlan"},
		{"Foreign Minister Olga Berg (Norway's first woman in the post) spoke.", "Olga Berg//Foreign Minister/Olga Berg"},
	}, personFull)
}

package person_test

import "testing"

// A surname the page ran together with the next word ("Secretary General
// Obiconveyed") is the person named in full elsewhere, not another one;
// a name that merely starts like a surname stays apart.
func TestGluedSurname(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The grant came from Secretary General Ana Obi in Suva.\nSecretary General Obiconveyed best wishes to the people of Tonga.",
			"Ana Obi: Ana Obi,Obiconveyed (2)"},
		// Near miss: a capital after the surname starts another name.
		{"Minister Ana Obi met Governor Obinna Eze in Suva.",
			"Ana Obi: Ana Obi (1); Obinna Eze: Obinna Eze (1)"},
	}, personCount)
}

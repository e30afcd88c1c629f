package person_test

import "testing"

// "consul" and "consul general" are titles: a name after one, even after
// a complement of states, is a person's; the title alone names no one.
func TestConsulTitle(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Ruiz has asked consul general of Peru to Chile Inia Quispe to draft the plan.", "Inia Quispe"},
		{"Ruiz has asked honorary consul of Peru Inia Quispe to draft the plan.", "Inia Quispe"},
		{"The consul general of Peru will draft the plan.", ""},
	}, personName)
}

package person_test

import "testing"

// A ship's prefix before a personal name names a vessel, not a person;
// the same name without the prefix, as the subject of "said", is a person.
func TestShipPrefix(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The two ministers agreed on a port call by the destroyer USS Walter Brennan to Mombasa in June.", ""},
		{"The frigate HMS Edith Warwick docked at Valletta on Friday.", ""},
		{"Walter Brennan said the port call would go ahead in June.", "Walter Brennan"},
	}, personName)
}

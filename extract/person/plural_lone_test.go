package person_test

import "testing"

// One word after a plural title that opens no list names a gathering or
// a body, not persons; a list after a plural title is persons, and a
// body headed by "Watch" is no person in a credit line.
func TestPluralTitleLoneWord(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The envoy flew in for the Caribbean Leaders Summit held in Bridgetown.", ""},
		{"She spoke to representatives of the Lebanese Community.", ""},
		{"Posted on Monday.\nBy: Ocean Policy Watch\n\nThe fund grew.", ""},
		// negatives: lists after a plural title are persons
		{"Foreign Ministers Okafor and Lindqvist met in Lagos.", "Okafor; Lindqvist"},
		{"Prime Ministers Ana Obi and Tom Berg spoke on Monday.", "Ana Obi; Tom Berg"},
	}, personName)
}

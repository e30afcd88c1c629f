package person_test

import "testing"

// A name run that ends in a company suffix written out ("Limited",
// "Incorporated") is a firm, not a person, even where the sentence lists
// it like one; a person's name in the same list stays a person.
func TestCompanySuffixWrittenOut(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The minister met Dana Kellberg of Canada, and Brightwater Kenmore Limited of Kenya.", "Dana Kellberg"},
		{"The minister met Dana Kellberg of Canada, and Tomas Brightwater of Kenya.", "Dana Kellberg; Tomas Brightwater"},
		{"The minister met Dana Kellberg of Canada, and Kenmore Brightwater Incorporated of Kenya.", "Dana Kellberg"},
	}, personName)
}

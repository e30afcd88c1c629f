package person_test

import "testing"

// Malaysian and Bruneian styles ("Datuk", "Dato", "Seri") stand between a
// title and a name, or open a name, without being part of it; a place
// name with "Seri" in it stays a place.
func TestMalayStyles(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Trade Minister Datuk Aziz Rahman will visit Dhaka next week.", "Aziz Rahman//Trade Minister/Aziz Rahman"},
		{"Datuk Seri Nurul Hisham told reporters the talks went well.", "Nurul Hisham///Nurul Hisham"},
		{"Dato Lim Boon Keat signed the accord in Kuala Lumpur.", "Lim Boon Keat///Lim Boon Keat"},
		// negative: a style alone names no one
		{"The Datuk said nothing on Monday.", ""},
	}, personFull)
}

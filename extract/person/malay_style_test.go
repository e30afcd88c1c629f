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

// A Malay name has no family name: after a Malaysian or Bruneian style,
// or for a person of Malaysia, Brunei or Indonesia, the name's first word
// alone names the holder ("Datuk Aziz Rahman ... Aziz said"). Elsewhere a
// given name alone names no one already found.
func TestMalayGivenName(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Trade Minister Datuk Aziz Rahman arrived in Dhaka. Aziz will meet local traders.",
			"Aziz Rahman: Aziz Rahman,Aziz (2)"},
		{"Datuk Seri Nurul Hisham opened the fair. Later, Nurul told reporters the talks went well.",
			"Nurul Hisham: Nurul Hisham,Nurul (2)"},
		{"Malaysian Trade Minister Aziz Rahman arrived in Dhaka. Aziz will meet local traders.",
			"Aziz Rahman: Aziz Rahman,Aziz (2)"},
		// negative: a Western given name alone is not the person
		{"Trade Minister Peter Morgan arrived in Dhaka. Peter will meet local traders.",
			"Peter Morgan: Peter Morgan (1)"},
	}, personCount)
}

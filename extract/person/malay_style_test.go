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

// Malaysian styles of two words ("Tan Sri", "Puan Sri", "Datuk Sri")
// stand before a name without being part of it; "Tan" alone is a Chinese
// family name and "Sri" alone a given name, both kept in a name.
func TestMalayTwoWordStyles(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Tan Sri Hamid Osman told reporters the plant would reopen.", "Hamid Osman///Hamid Osman"},
		{"Finance Minister Tan Sri Hamid Osman will visit Jakarta next week.", "Hamid Osman//Finance Minister/Hamid Osman"},
		{"Puan Sri Noor Aini Latif opened the exhibition in Penang.", "Noor Aini Latif///Noor Aini Latif"},
		{"Datuk Sri Kamal Ismail signed the accord in Kuala Lumpur.", "Kamal Ismail///Kamal Ismail"},
		// negative: "Tan" as a family name and "Sri" as a given name
		{"Trade Minister Tan Wei Ming signed the accord in Singapore.", "Tan Wei Ming//Trade Minister/Tan Wei Ming"},
		{"Sri Lestari Wulan told reporters the talks went well.", "Sri Lestari Wulan///Sri Lestari Wulan"},
	}, personFull)
}

package person_test

import "testing"

// A style of address written as initials apart ("H. E.", "H. R. H.")
// opens the name after it and is no part of it, and the title before the
// style is the name's; initials inside a name are still initials.
func TestSpacedStyle(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The visit began when the President of the Republic of Gabon, H. E. Ali Bongo Ondimba, received his counterpart.", "Ali Bongo Ondimba/President/GAB"},
		{"A state dinner that H. E. Ali Bongo Ondimba offered ended the day.", "Ali Bongo Ondimba//"},
		{"He met Foreign Minister H. E. Ana Obi on Monday.", "Ana Obi/Foreign Minister/"},
		// near miss: initials inside a name
		{"Tom H. E. Berg said so.", "Tom H. E. Berg//"},
	}, personRoleCountry)
}

// A run of blanks sets off a scraped page's fields ("From: Ana Obi  Read
// Replies (2)"): a name does not run across it.
func TestBlankRunEndsName(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Posted by Tom Berg  Read Replies (2) of 413", "Tom Berg"},
		{"Posted by Tom Berg Read Replies (2) of 413", "Tom Berg Read Replies"},
	}, personName)
}

// "His successor, Vojan Kostic, has pledged": a person's successor or
// predecessor named in apposition is a person, whatever the given name;
// "its successor" may be a firm's.
func TestSuccessorApposition(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"His successor, Vojan Kostic, has pledged to carry out reforms.", "Vojan Kostic"},
		{"Her predecessor, Ilze Ozola, has pledged reforms.", "Ilze Ozola"},
		// near miss
		{"Its successor, Norsk Hydro, said so.", ""},
	}, personName)
}

// Particles and hyphens do not count against the length of a name that
// a known given name opens: "the director, Khalid bin Ibrahim
// al-Hamar." at a sentence's end.
func TestLongArabicNameAtEnd(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The embassy will close, said the director of the Asian Department at the ministry, Khalid bin Ibrahim al-Hamar.", "Khalid bin Ibrahim al-Hamar"},
		{"The office will move, said the head of the unit, Omar bin Saleh bin Nasser al-Amri.", "Omar bin Saleh bin Nasser al-Amri"},
	}, personName)
}

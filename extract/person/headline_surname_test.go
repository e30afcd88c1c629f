package person_test

import "testing"

// In a title-case headline a person's title followed by one word and
// then "and" or the headline's next word names the holder by surname;
// an event word, a verb or a word that goes on the title ("Meeting",
// "Elect", "Statement") names no one.
func TestHeadlineSurname(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Talks resumed on Monday.\n\nSecretary Okafor and President Moyo Spoke This Morning\n\nMore follows.", "Okafor/Secretary; Moyo/President"},
		{"Talks resumed on Monday.\n\nOhio Governor Kettler Receives First Vaccine Dose\n\nMore follows.", "Kettler/Governor"},
		{"Talks resumed on Monday.\n\nForeign Minister Meeting Ends in Oslo Today\n\nMore follows.", ""},
		{"Talks resumed on Monday.\n\nPresident Elect Arrives in Lima Today\n\nMore follows.", ""},
		{"Talks resumed on Monday.\n\nSecretary Statement on Haiti Earthquake Relief\n\nMore follows.", ""},
		// A given name and one word before a list's "and", and a regnal
		// number after the name, keep the full name in such a line.
		{"Talks resumed on Monday.\n\nHe Met Prime Minister Maria Lund and Tomas Berg", "Maria Lund/Prime Minister; Tomas Berg/"},
		{"Talks resumed on Monday.\n\nThe State Visit of His Majesty King Hamad II Bin Al-Zayed of the Kingdom of Bahrain", "Hamad II Bin Al-Zayed/King"},
		{"Talks resumed on Monday.\n\nThe State Visit of His Majesty King Hamad Il Bin Al-Zayed of the Kingdom of Bahrain", "Hamad Il Bin Al-Zayed/King"},
		// near miss: a name that is no known given name stays a surname
		{"Talks resumed on Monday.\n\nSecretary Okafor Visits and Praises Lagos Port", "Okafor/Secretary"},
	}, personRole)
}

// A possessive whose apostrophe the page lost ("leader Rahima Begums
// office") names the person without the "s" when the text also writes
// the name without it; a name that ends in "s" of its own, never written
// without it, keeps it.
func TestLostApostrophe(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Police surrounded opposition leader Rahima Begums office on Monday. Rahima Begum has left the building.", "Rahima Begum/Opposition Leader"},
		{"Police surrounded the home of opposition leader Carlos Reyes on Monday. Reyes said he was calm.", "Carlos Reyes/Opposition Leader"},
	}, personRole)
}

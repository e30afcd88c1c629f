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
	}, personRole)
}

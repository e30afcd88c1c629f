package person_test

import "testing"

// A person named by surname alone, the subject of a verb of saying, is a
// person when the story names that word again, inside a sentence, with no
// other capitalised word beside it; a lone use, a word also written in
// lower case, or a surname of a longer name is not taken this way.
func TestRepeatedSurname(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Talks on the river dam stalled on Monday. Okonkwo said the delegation would stay. Critics in the capital blamed Okonkwo for the delay.",
			"Okonkwo: Okonkwo (2)"},
		{"Okonkwo blamed the weather for the delay. Hours later, Okonkwo said the talks would resume.",
			"Okonkwo: Okonkwo (2)"},
		// Negative: named once only.
		{"Talks on the river dam stalled on Monday. Okonkwo said the delegation would stay.", ""},
		// Negative: the same word in lower case is a common noun.
		{"Talks stalled on Monday. Shipping said the route was closed. Rates for shipping rose in the week.", ""},
		// Negative: a web address's part is no name.
		{"Talks stalled on Monday. Okonkwo said the route was closed, Daily.Okonkwo reported.", ""},
		// Negative: every other use is capitalised only as the first word of a sentence.
		{"Talks stalled on Monday. Brokers said the route was closed. Brokers expect more delays.", ""},
	}, personCount)
}

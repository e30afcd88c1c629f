package extract_test

import "testing"

// TestPastVisitOfItsOwn covers a visit named by a possessive pronoun
// whose phrase says when, in the past, it was made (issue #4): a
// happening told, made by the clause's subject rather than the one
// told of it; without such a time, or with a verb "last", the pronoun
// recalls the story's visit and adds none. Article date Wednesday
// 2021-03-03.
func TestPastVisitOfItsOwn(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a visit some days ago, told to another",
			"Peruvian Foreign Minister Ana Cecilia Gervasi told Polish Foreign Minister Marta Kowalska about her visit a few days ago to the flooded region in Ecuador.",
			"visit occurred 2021-03-03 [Ana Cecilia Gervasi] [PER ECU]"},
		{"a trip last week",
			"Peruvian Foreign Minister Ana Cecilia Gervasi described her trip to Ecuador last week.",
			"visit occurred 2021-02-22..2021-02-28 [Ana Cecilia Gervasi] [PER ECU]"},
		{"a visit without a time of its own adds none",
			"Peruvian Foreign Minister Ana Cecilia Gervasi told Polish Foreign Minister Marta Kowalska about her visit to Ecuador.",
			""},
		{"a verb 'last' is no past time",
			"Peruvian Foreign Minister Ana Cecilia Gervasi said her visit to Ecuador will last three days.",
			""},
	})
}

package extract_test

import "testing"

// TestToldStop covers a stop of a trip told in a sentence of its own with
// its own business (issue 4, annotating.md section 11): it is its own
// visit, on the trip's days when it gives none, beside the trip told
// before. Article date Wednesday 2021-03-03.
func TestToldStop(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a stop told apart with talks is its own visit",
			"Ghanaian President Nana Akufo-Addo said on Monday he will travel to Brazil and Chile next week. Following Brazil, Akufo-Addo will travel to Chile for talks with Chilean President Gabriel Boric.",
			"meet planned 2021-03-08..2021-03-14 [Nana Akufo-Addo Gabriel Boric] [BRA GHA CHL]\nvisit planned 2021-03-08..2021-03-14 [Nana Akufo-Addo] [GHA BRA CHL]\nvisit planned 2021-03-08..2021-03-14 [Nana Akufo-Addo Gabriel Boric] [GHA CHL]"},
		{"near miss: the trip told again with no business stays one visit",
			"Ghanaian President Nana Akufo-Addo said on Monday he will travel to Brazil and Chile next week. Akufo-Addo will travel to Brazil and Chile for talks.",
			"meet planned 2021-03-08..2021-03-14 [Nana Akufo-Addo] [GHA BRA CHL]\nvisit planned 2021-03-08..2021-03-14 [Nana Akufo-Addo] [GHA BRA CHL]"},
		{"near miss: another traveller's visit is no stop",
			"Ghanaian President Nana Akufo-Addo said on Monday he will travel to Brazil and Chile next week. Argentine President Alberto Fernandez will travel to Chile for talks with Chilean President Gabriel Boric.",
			"visit planned 2021-03-08..2021-03-14 [Nana Akufo-Addo] [GHA BRA CHL]\nmeet planned  [Alberto Fernandez Gabriel Boric] [ARG CHL]\nvisit planned  [Alberto Fernandez Gabriel Boric] [ARG CHL]"},
	})
}

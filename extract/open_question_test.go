package extract_test

import "testing"

// TestOpenQuestion covers events told in a "whether" complement: an open
// question is no report of a meeting, visit or accord. Article date
// Wednesday 2021-03-03.
func TestOpenQuestion(t *testing.T) {
	checkEvents(t, []eventCase{
		{"not knowing whether two ministers will meet",
			"An aide said he does not know whether Kenyan Foreign Minister Raychelle Omamo will meet with Ghanaian President Nana Akufo-Addo.", ""},
		{"asked whether a minister would visit",
			"Reporters asked whether Chilean President Gabriel Boric would visit Peru next week.", ""},
		{"undecided whether to sign",
			"Kenya and Ghana remain undecided whether to sign a fisheries accord.", ""},
		{"a fronted whether clause closed by its comma leaves the report",
			"Whether or not the talks succeed, Kenyan Foreign Minister Raychelle Omamo met Ghanaian President Nana Akufo-Addo on Monday.",
			"meet occurred 2021-03-01 [Raychelle Omamo Nana Akufo-Addo] [KEN GHA]"},
	})
}

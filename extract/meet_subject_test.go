package extract_test

import "testing"

// TestMeetingSecondParty covers the parties of "met with X" beyond the
// clause (issue #4): a clause with a subject of its own takes no person
// from a later coordinated predicate, a trailing speech tag's speaker
// reports and takes no part, and a pledge whose "that" clause gives the
// aid figure is the aid alone. Each class has a case where the party or
// event is real. Article date Wednesday 2021-03-03.
func TestMeetingSecondParty(t *testing.T) {
	checkEvents(t, []eventCase{
		{"no person from a later coordinated predicate",
			"Chilean President Gabriel Boric met with Argentine students on Monday and explained how the plan of Argentine President Alberto Fernandez would help them.",
			"meet occurred 2021-03-01 [Gabriel Boric] [CHL ARG]"},
		{"a person in a list after the clause takes part",
			"Chilean President Gabriel Boric met with Argentine students on Monday, as well as Argentine President Alberto Fernandez.",
			"meet occurred 2021-03-01 [Alberto Fernandez Gabriel Boric] [CHL ARG]"},
		{"the speaker of a trailing speech tag reports",
			"The visiting Norwegian fisheries minister had dinner with Chilean officials on Monday, Foreign Minister Antonia Urrejola said.",
			"meet occurred 2021-03-01 [] [NOR CHL]"},
		{"the subject of a fronted clause acted",
			"After holding talks with Chilean officials on Monday, Norwegian Foreign Minister Anniken Huitfeldt said the two states would cooperate.",
			"meet occurred 2021-03-01 [Anniken Huitfeldt] [NOR CHL]"},
		{"a pledge of aid told in a that clause is the aid",
			"Norway pledged on Monday that it would give $20 million in aid to Chile after the fires.",
			"cooperate occurred 2021-03-01 [] [CHL NOR] 20000000 USD aid"},
		{"a pledge without a figure is an agreement",
			"Norway pledged on Monday that it would work with Chile on fisheries.",
			"agree occurred 2021-03-01 [] [NOR]"},
	})
}

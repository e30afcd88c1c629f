package extract_test

import "testing"

// TestPossessivePlanDay checks that a plan noun after a possessive
// ("Chile's plan for the river") is a noun, as after a determiner: a day
// after its complement dates the past verb whose object it is, so "agreed
// to Chile's plan ... on Tuesday" is an agreement made the past Tuesday,
// while an infinitive after "agreed to" and a possessive "plans to meet"
// still look ahead. Article date Wednesday 2021-03-03.
func TestPossessivePlanDay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"agreed to a possessive plan",
			"Peru agreed to Chile's plan for the river on Tuesday.",
			"agree occurred 2021-03-02 [] [PER CHL]"},
		{"typographic apostrophe",
			"Peru agreed to Chile’s plan for the river on Tuesday.",
			"agree occurred 2021-03-02 [] [PER CHL]"},
		{"agreed to an infinitive stays planned",
			"Peru agreed to meet Chile on Tuesday.",
			"meet planned 2021-03-09 [] [PER CHL]"},
		{"a possessive plans to stays ahead",
			"Chile's plans to meet Peru on Friday were welcomed.",
			"meet planned 2021-03-05 [] [CHL PER]"},
	})
}

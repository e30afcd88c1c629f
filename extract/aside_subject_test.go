package extract_test

import "testing"

// TestAsideSubject checks that a condemnation keeps its named subject
// across an adverb ("also") and an aside set off by commas ("for its
// part"), while a past act whose subject is not named stays out.
// Article date Wednesday 2021-03-03.
func TestAsideSubject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"also between subject and verb",
			"Kenya also condemned the attack in the strongest terms.",
			"conflict occurred 2021-03-03 [] [KEN]"},
		{"for its part between subject and verb",
			"The African Union, for its part, also condemned the attack in the strongest terms.",
			"conflict occurred 2021-03-03 [African Union] []"},
		{"no named subject",
			"Many, for their part, also condemned the attack in the strongest terms.",
			""},
	})
}

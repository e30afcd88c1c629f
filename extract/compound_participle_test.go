package extract_test

import "testing"

// TestCompoundParticiple checks that a participle ending a hyphenated
// compound ("pre-agreed", "jointly-signed") is an adjective, not an act,
// while the same verb standing alone still tells one. Article date
// Wednesday 2021-03-03.
func TestCompoundParticiple(t *testing.T) {
	checkEvents(t, []eventCase{
		{"pre-agreed conditions are no agreement",
			"Payments to Moldova will follow once it fulfils the pre-agreed conditions.",
			""},
		{"an agreement told by the verb",
			"Kenya and Uganda agreed on Tuesday to reopen the border.",
			"agree occurred 2021-03-02 [] [KEN UGA]"},
	})
}

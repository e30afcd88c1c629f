package extract_test

import "testing"

// TestPluralCondemn checks that a condemnation told in the plural present
// by a subject of two conjuncts ("Kenya and Uganda condemn") or beside a
// partner set off by commas ("Kenya, together with Uganda, condemned") is
// a conflict made the day it is told, while an infinitive ("refused to
// condemn") and a bare pronoun subject are not. Article date Wednesday
// 2021-03-03.
func TestPluralCondemn(t *testing.T) {
	checkEvents(t, []eventCase{
		{"two named states condemn",
			"Kenya and Uganda strongly condemn the attack on the peacekeepers in Somalia.",
			"conflict occurred 2021-03-03 [] [KEN UGA SOM]"},
		{"a body and its member states condemn, with an aside",
			"The African Union and its member states, together with their partners, condemn the shelling of border towns by Eritrea.",
			"conflict occurred 2021-03-03 [African Union] [ERI]"},
		{"a partner set off by commas",
			"Kenya, together with Uganda, condemned the attack on the peacekeepers in Somalia.",
			"conflict occurred 2021-03-03 [] [KEN SOM UGA]"},
		{"an infinitive is no act",
			"Kenya and Uganda refused to condemn the attack on the peacekeepers in Somalia.",
			""},
		{"a pronoun subject is not enough",
			"We condemn the attack on the peacekeepers in Somalia.",
			""},
	})
}

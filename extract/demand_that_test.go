package extract_test

import "testing"

// TestDemandThat checks that a demand told with a "that" clause is made
// of the states that open the clause, and that a state named later in
// the clause is no addressee. Article date Wednesday 2021-03-03.
func TestDemandThat(t *testing.T) {
	checkEvents(t, []eventCase{
		{"two states addressed",
			"Turkey's interior minister demanded on Monday that Greece and Bulgaria close the camps.",
			"conflict occurred 2021-03-01 [] [TUR GRC BGR]"},
		{"one state addressed",
			"Britain demanded that Iran release the sailors.",
			"conflict occurred 2021-03-03 [] [GBR IRN]"},
		{"a state later in the clause is no addressee",
			"Britain demanded that the sailors be freed by Iran.",
			"conflict occurred 2021-03-03 [] [GBR]"},
	})
}

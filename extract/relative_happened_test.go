package extract_test

import "testing"

// TestRelativeHappened covers a happening noun dated by a relative clause
// that tells when it took place ("The attack, which occurred Sunday near
// X, killed ..."), and relative clauses that tell something else.
// Article date Wednesday 2021-03-03.
func TestRelativeHappened(t *testing.T) {
	checkEvents(t, []eventCase{
		{"which occurred with a bare day",
			"The attack, which occurred Friday near Kidal, killed two soldiers from Chad.",
			"conflict occurred 2021-02-26 [] [TCD]"},
		{"that happened with on and a day",
			"The bombing, which happened on Monday in the north of the country, wounded four police officers from Niger.",
			"conflict occurred 2021-03-01 [] [NER]"},
		{"a meeting which occurred last week",
			"The meeting, which occurred last week in Lusaka, was the first between Zambian and Angolan ministers in a decade.",
			"meet occurred 2021-02-22..2021-02-28 [] [ZMB AGO]"},
		{"a relative clause telling another act does not date the attack",
			"The attack, which Niger condemned on Friday, killed two soldiers from Chad.",
			"conflict occurred 2021-03-03 [] [TCD]"},
		{"a relative clause without a time leaves the noun undated by it",
			"The attack, which occurred near Kidal, killed two soldiers from Chad.",
			"conflict occurred 2021-03-03 [] [TCD]"},
	})
}

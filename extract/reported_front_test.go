package extract_test

import "testing"

// TestReportedFront checks that a period told right after a speech verb
// and closed by a comma ("says three years ago, ...") is fronted in the
// reported clause and dates the figure told there, while a day in that
// place ("said Tuesday, ...") dates the telling and leaves the figure
// without a period of its own. Article date Wednesday 2021-03-03.
func TestReportedFront(t *testing.T) {
	checkEvents(t, []eventCase{
		{"years ago after says",
			"The envoy says three years ago, Ghana imported goods worth $400 million from Togo.",
			"trade occurred 2018-01-01..2018-12-31 [] [GHA TGO] 400000000 USD imports"},
		{"a year after said that",
			"The minister said that in 2017, Ghana imported goods worth $400 million from Togo.",
			"trade occurred 2017-01-01..2017-12-31 [] [GHA TGO] 400000000 USD imports"},
		{"a day after said dates the telling",
			"The minister said Tuesday, Ghana imported goods worth $400 million from Togo.",
			"trade occurred  [] [GHA TGO] 400000000 USD imports"},
	})
}

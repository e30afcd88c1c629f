package extract_test

import "testing"

// TestCalledOffPlan covers an event noun whose own predicate calls it
// off: the plan never took place, so it stays planned however far back
// its date lies. Near misses: a negated cancellation, a cancellation of
// something else in a later clause, and talks suspended (held first).
// Article date Wednesday 2021-03-03.
func TestCalledOffPlan(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a trip scheduled in the past and called off",
			"Dutch Foreign Minister Pieter Smit's trip to Chile had originally been scheduled for January but was called off after the floods.",
			"visit planned 2021-01-01..2021-01-31 [Pieter Smit] [NLD CHL]"},
		{"a dated visit cancelled",
			"The Peruvian president's visit to Japan in January was cancelled because of the strike.",
			"visit planned 2021-01-01..2021-01-31 [] [PER JPN]"},
		{"talks called off",
			"The talks between Chile and Peru in January were called off.",
			"meet planned 2021-01-01..2021-01-31 [] [CHL PER]"},
		{"a cancellation denied",
			"The Peruvian president's visit to Japan in January was not cancelled despite the strike.",
			"visit occurred 2021-01-01..2021-01-31 [] [PER JPN]"},
		{"something else called off",
			"The Peruvian president's visit to Japan went ahead in January after the strike was called off.",
			"visit occurred 2021-01-01..2021-01-31 [] [PER JPN]"},
	})
}

// TestSceneOf covers a clash told as what a place "has been the scene
// of": a report of it in the copula's tense, kept although undated, and
// not planned by a modal of a relative clause before it ("where a march
// might take place"). Near misses: the future copula, and a modal in a
// relative clause whose own clash is only possible. Article date
// Wednesday 2021-03-03.
func TestSceneOf(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a relative clause's modal before the main clause's clash",
			"A street in Caracas where a march might take place has been the scene of a tense confrontation between Venezuelan protesters and police all day.",
			"conflict occurred 2021-03-03 [] [VEN] @Caracas"},
		{"the scene of fighting, undated",
			"The hills of Tigray have been the scene of fierce fighting between Ethiopian troops and rebels.",
			"conflict occurred 2021-03-03 [] [ETH]"},
		{"a future scene is planned",
			"A street in Caracas where a march might take place will be the scene of a confrontation between Venezuelan protesters and police.",
			"conflict planned  [] [VEN] @Caracas"},
		{"a clash only possible in the relative clause",
			"The hills of Tigray, where Ethiopian troops could clash with rebels, have been calm.",
			"conflict planned  [] [ETH]"},
	})
}

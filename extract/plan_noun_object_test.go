package extract_test

import "testing"

// TestPlanNounObject checks that a plan noun with modifiers before it
// ("the African Union peace plan") as the object of a past verb leaves
// the act past: the day after the noun dates the accepting, not a plan
// still to come. Article date Wednesday 2021-03-03.
func TestPlanNounObject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"accepted a modified plan noun",
			"Ghana accepted the regional peace plan on Monday.",
			"agree occurred 2021-03-01 [] [GHA]"},
		{"accepted a possessive's plan",
			"Mali accepted Niger's new ceasefire plan on Tuesday.",
			"agree occurred 2021-03-02 [] [MLI NER]"},
		{"near miss: a future verb over the noun",
			"Ghana will accept the regional peace plan on Monday.",
			"agree planned 2021-03-08 [] [GHA]"},
	})
}

package extract_test

import "testing"

// TestAidUnderWay covers aid told in the progressive, which is given as
// the story is told: an act of the article's day (Wednesday 2021-03-03),
// not a trend left out.
func TestAidUnderWay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a team being deployed",
			"The Japanese aid agency is deploying a team of medical experts to Fiji after the cyclone.",
			"cooperate occurred 2021-03-03 [] [JPN FJI]"},
		{"assistance already being provided",
			"Norway was already providing assistance to Fiji after the storm.",
			"cooperate occurred 2021-03-03 [] [NOR FJI]"},
		{"troops being deployed are no aid",
			"Japan is deploying troops to the border.", ""},
		{"a sum of aid being allocated",
			"The Dutch government is now allocating $4 million in emergency aid to Fiji.",
			"cooperate occurred 2021-03-03 [] [NLD FJI] 4000000 USD aid"},
		{"aid in the future is no act of the day",
			"Norway will provide assistance to Fiji.", ""},
	})
}

package extract_test

import "testing"

// TestPlanNounTime checks that a day inside the infinitive after a plan
// noun ("the plans to meet X on Friday") is the planned act's, ahead of
// the article date and planned, even when the main verb after it is
// past; a meeting told in the past "as planned" stays done. Article date
// Wednesday 2021-03-03.
func TestPlanNounTime(t *testing.T) {
	const dl = "LIMA, March 3, 2021 (AP) -- "
	checkEvents(t, []eventCase{
		{"the plans to meet, welcomed",
			dl + "The plans to meet Peru on Friday were welcomed by Chilean officials.",
			"meet planned 2021-03-05 [] [PER]"},
		{"their plan to visit, praised",
			dl + "Their plan to visit Peru on Friday was praised by officials.",
			"visit planned 2021-03-05 [] [PER]"},
		{"met as planned stays done",
			dl + "Peru met Chile on Friday, as planned.",
			"meet occurred 2021-02-26 [] [PER CHL]"},
	})
}

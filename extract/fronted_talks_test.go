package extract_test

import "testing"

// TestFrontedTalks covers a sentence opened by "In his talks with X," or
// "During their meeting with X,": the possessive names the subject's own
// meeting with the named party, an event even when the story tells it
// nowhere else, dated by the happening of the sentence just before when
// it has no time of its own. A possessive meeting noun that is no such
// opening phrase, or that names no party, stays a reference. Article date
// Wednesday 2021-03-03.
func TestFrontedTalks(t *testing.T) {
	checkEvents(t, []eventCase{
		{"talks opening the sentence are a meeting",
			"In his talks with Chilean President Ana Soto, Chinese President Li Wei praised the two countries' friendship.",
			"meet occurred 2021-03-03 [Li Wei Ana Soto] [CHN CHL]"},
		{"the day of the happening told just before",
			"Peru and Chile agreed on Monday to expand trade. During her meeting with Peruvian Foreign Minister Jorge Ruiz, Chilean Foreign Minister Marta Vidal said the deal was fair.",
			"agree occurred 2021-03-01 [] [PER CHL]\n" +
				"meet occurred 2021-03-01 [Marta Vidal Jorge Ruiz] [CHL PER]"},
		{"the talks joins the meeting told before",
			"Chinese President Li Wei met Chilean President Ana Soto on Monday. In his talks with Soto, Li said the two countries were friends.",
			"meet occurred 2021-03-01 [Li Wei Ana Soto] [CHN CHL]"},
		{"no named party: a reference, no event",
			"In his talks with officials, Chinese President Li Wei praised the friendship.", ""},
		{"a possessive meeting noun inside the sentence stays a reference",
			"Chinese President Li Wei praised the friendship in his talks with Chilean President Ana Soto.", ""},
	})
}

package extract_test

import "testing"

// TestAgendaWith checks that "with both sides expected to discuss ..."
// after a meeting tells that meeting's agenda, not a meeting of its own,
// while a named party in the phrase still meets; and that a time told
// right after a noun marked as still to come ("the upcoming vote March
// 1") is that noun's, not the discussion's. Article date Wednesday
// 2021-03-03.
func TestAgendaWith(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an absolute phrase with both sides tells the agenda",
			"Peruvian Foreign Minister Luis Soto will meet Chilean Foreign Minister Ana Ruiz in Lima on Friday, with both sides expected to discuss fisheries and trade.",
			"meet planned 2021-03-05 [Luis Soto Ana Ruiz] [PER CHL] @Lima"},
		{"a named party in the phrase meets on its own",
			"Peruvian Foreign Minister Luis Soto will meet Chilean Foreign Minister Ana Ruiz in Lima on Friday, with Bolivian envoy Marta Quispe expected to discuss fisheries.",
			"meet planned 2021-03-05 [Luis Soto Ana Ruiz] [PER CHL] @Lima\nmeet planned 2021-03-05 [Marta Quispe] [BOL]"},
		{"a time after an upcoming noun is the noun's",
			"Peruvian Foreign Minister Luis Soto and Chilean Foreign Minister Ana Ruiz will discuss the upcoming vote March 19 on the fisheries treaty.",
			"meet planned  [Luis Soto Ana Ruiz] [PER CHL]"},
		{"a time after a noun with no such mark dates the discussion",
			"Peruvian Foreign Minister Luis Soto and Chilean Foreign Minister Ana Ruiz will discuss the vote on March 19.",
			"meet planned 2021-03-19 [Luis Soto Ana Ruiz] [PER CHL]"},
	})
}

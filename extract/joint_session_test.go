package extract_test

import "testing"

// TestJointSession covers the session of a joint body of two states as
// their meeting (issue #4), told with the body as subject or after
// "session of", held or to be held, and sessions that are no such
// meeting. Article date Wednesday 2021-03-03.
func TestJointSession(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a joint commission held its session",
			"The Peru-Chile Joint Trade Commission held its fourth session in Lima in January.",
			"meet occurred 2021-01-01..2021-01-31 [Peru-Chile Joint Trade Commission] [PER CHL] @Lima"},
		{"the session of a joint committee was held",
			"Trade has grown, and the 5th session of the Kenya-Uganda Joint Permanent Committee was held in Kampala on Monday.",
			"meet occurred 2021-03-01 [Kenya-Uganda Joint Permanent Committee] [KEN UGA] @Kampala"},
		{"a joint commission will hold its session",
			"The Peru-Chile Joint Trade Commission will hold its next session in Santiago in June.",
			"meet planned 2021-06-01..2021-06-30 [Peru-Chile Joint Trade Commission] [PER CHL] @Santiago"},
		{"a joint session of parliament is no meeting of states",
			"Lawmakers held a joint session of parliament in Lima on Monday.",
			""},
		{"a session of a parliament's committee is no meeting of states",
			"The Senate finance committee held a session on the budget on Monday.",
			""},
		{"a training session is no meeting",
			"Peruvian police held a joint training session in Lima on Monday.",
			""},
	})
}

package extract_test

import "testing"

// TestMeetingOtherEvent checks that "the meeting" named again, with a
// visit or attack noun between it and a time, leaves that time to the
// other event: the meeting told before keeps its day and parties, and no
// second meeting is made. A meeting noun with its own time stays one.
// Article date Wednesday 2021-03-03.
func TestMeetingOtherEvent(t *testing.T) {
	checkEvents(t, []eventCase{
		{"topic of the meeting was a coming visit",
			"Belarusian Foreign Minister Petra Volkova met Armenian Foreign Minister Davit Sargsyan on Tuesday. " +
				"A main topic of the meeting was the preparation for the coming state visit of Armenian President Hovik Manukyan to Belarus, set for April 9.",
			"meet occurred 2021-03-02 [Petra Volkova Davit Sargsyan] [BLR ARM]\nvisit planned 2021-04-09 [Hovik Manukyan] [ARM BLR]"},
		{"the meeting follows up a past visit",
			"Belarusian Foreign Minister Petra Volkova met Armenian Foreign Minister Davit Sargsyan on Tuesday. " +
				"Volkova said the meeting was a follow-up to the state visit by Armenian President Hovik Manukyan to Belarus in late 2019.",
			"visit occurred 2019-09-01..2019-12-31 [Hovik Manukyan] [ARM BLR]\nmeet occurred 2021-03-02 [Petra Volkova Davit Sargsyan] [BLR ARM]"},
		{"the meeting with its own time is a meeting",
			"Belarusian Foreign Minister Petra Volkova said the meeting with Armenian Foreign Minister Davit Sargsyan on April 9 would review border crossings.",
			"meet planned 2021-04-09 [Petra Volkova Davit Sargsyan] [BLR ARM]"},
	})
}

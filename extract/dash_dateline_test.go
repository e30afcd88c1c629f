package extract_test

import "testing"

// TestDashDateline checks that the article's own date and a dash opening
// a line ("3 March 2021 – ..."), a dateline without a place, dates neither
// the headline run into it nor what its lead tells, while a line of a
// chronology that opens with a date of its own keeps it. Article date
// 2021-03-03.
func TestDashDateline(t *testing.T) {
	checkEvents(t, []eventCase{
		{"dateline without a place",
			"Foreign Minister Omamo dispatches senior Kenyan official to Peru\n3 March 2021 – A senior Kenyan official will tomorrow kick off a week-long mission to Peru, which has been hit by floods in recent years, to examine the work of the embassy after a request from Foreign Minister Raychelle Omamo.",
			"visit planned 2021-03-04 [Raychelle Omamo] [KEN PER]"},
		{"chronology line",
			"Timeline of the talks\n24 February 2021 – Kenyan Foreign Minister Raychelle Omamo visited Peru for a week of talks on trade.",
			"meet occurred 2021-02-24 [Raychelle Omamo] [KEN PER]\nvisit occurred 2021-02-24 [Raychelle Omamo] [KEN PER]"},
	})
}

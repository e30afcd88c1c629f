package extract_test

import "testing"

// TestProgrammeMeetings covers meetings told inside a programme or
// itinerary (issue 4): receptions, attendance and meetings with several
// counterparts. Article date Wednesday 2021-03-03.
func TestProgrammeMeetings(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a guest received by a host meets him",
			"During her stay, Kenyan Foreign Minister Raychelle Omamo will be received by Ghanaian President Nana Akufo-Addo.",
			"meet planned  [Raychelle Omamo Nana Akufo-Addo] [KEN GHA]"},
		{"a guest was received by a host on a day",
			"Kenyan Foreign Minister Raychelle Omamo was received by Ghanaian President Nana Akufo-Addo on Monday.",
			"meet occurred 2021-03-01 [Raychelle Omamo Nana Akufo-Addo] [KEN GHA]"},
		{"a thing received by a person is no audience",
			"The letter was received by Ghanaian President Nana Akufo-Addo on Monday.", ""},
		{"received by a person's office is no audience",
			"Kenyan Foreign Minister Raychelle Omamo's note was received by Ghanaian President Nana Akufo-Addo's office on Monday.", ""},
	})
}

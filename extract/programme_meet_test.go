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
		{"a held consultation is a meeting",
			"Kenyan Foreign Minister Raychelle Omamo will hold bilateral consultation with the Ghanaian foreign minister on March 8.",
			"meet planned 2021-03-08 [Raychelle Omamo] [KEN GHA]"},
		{"consultation as a practice is no meeting",
			"Kenyan and Ghanaian officials remain in close consultation on trade.", ""},
		{"participating with partners in a named meeting is meeting them",
			"Kenyan Foreign Minister Raychelle Omamo will participate with her Ghanaian and Nigerian counterparts in the Trilateral Trade Dialogue on March 8.",
			"meet planned 2021-03-08 [Raychelle Omamo] [KEN GHA NGA]"},
		{"participating with partners in a plain project is no meeting",
			"Kenya will participate with Ghana in the road project.", ""},
		{"also attending a second named meeting is one more meeting",
			"In Accra on March 8, Kenyan Foreign Minister Raychelle Omamo will attend the ECOWAS Ministerial. While in Accra, she will also participate with her Ghanaian and Nigerian counterparts in the Trilateral Trade Dialogue.",
			"meet planned 2021-03-08 [Raychelle Omamo Economic Community of West African States] [KEN] @Accra\nmeet planned 2021-03-08 [Raychelle Omamo] [KEN GHA NGA] @Accra\nvisit planned 2021-03-08 [Raychelle Omamo Economic Community of West African States] [KEN GHA] @Accra"},
		{"separate meetings with two leaders are two meetings",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo joined Trade Minister Betty Maina for separate meetings with Ghanaian President Nana Akufo-Addo and Vice President Mahamudu Bawumia.",
			"meet occurred 2021-03-01 [Raychelle Omamo Betty Maina Nana Akufo-Addo] [KEN GHA]\nmeet occurred 2021-03-01 [Raychelle Omamo Betty Maina Mahamudu Bawumia] [KEN GHA]"},
		{"bilateral meetings with counterparts of two states are one per state",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo held bilateral meetings with her Ghanaian and Nigerian counterparts to discuss trade.",
			"meet occurred 2021-03-01 [Raychelle Omamo] [KEN GHA]\nmeet occurred 2021-03-01 [Raychelle Omamo] [KEN NGA]"},
		{"one meeting with two leaders stays one",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo held a meeting with Ghanaian President Nana Akufo-Addo and Vice President Mahamudu Bawumia.",
			"meet occurred 2021-03-01 [Raychelle Omamo Nana Akufo-Addo Mahamudu Bawumia] [KEN GHA]"},
		{"a stay for a named meeting is attending it",
			"Kenyan Trade Minister Moses Kuria is in the United States for the Commonwealth Trade Ministers Meeting on Monday and Tuesday.",
			"meet occurred 2021-03-01..2021-03-02 [Moses Kuria] [KEN USA]\nvisit occurred 2021-03-01..2021-03-02 [Moses Kuria] [KEN USA]"},
		{"being here for a forum that starts later is a planned meeting",
			"Kenyan Trade Minister Moses Kuria and Ghanaian Trade Minister Alan Kyerematen are here for the African Union Summit, which opens on Friday.",
			"meet planned 2021-03-05 [Moses Kuria Alan Kyerematen African Union] [KEN GHA]"},
		{"a stay for a plain purpose is no meeting",
			"Kenyan Trade Minister Moses Kuria is in the United States for the weekend.",
			"visit occurred 2021-02-27..2021-02-28 [Moses Kuria] [KEN USA]"},
		{"meetings at two stops are one meeting per stop",
			"This week, Kenyan Trade Minister Moses Kuria is in Accra, Ghana, and Lagos, Nigeria for meetings with senior government officials.",
			"meet occurred 2021-03-01..2021-03-07 [Moses Kuria] [KEN GHA] @Accra\nmeet occurred 2021-03-01..2021-03-07 [Moses Kuria] [KEN NGA] @Lagos\nvisit occurred 2021-03-01..2021-03-07 [Moses Kuria] [KEN GHA] @Accra\nvisit occurred 2021-03-01..2021-03-07 [Moses Kuria] [KEN NGA] @Lagos"},
	})
}

package extract_test

import "testing"

// TestAccordSplit covers agreements a sentence tells as several documents
// (issue 4): one agreement per document with its own pair of states, the
// signing told as "put his signature under", and the travel or
// consultations a document is about, which are no events of their own.
// Article date Wednesday 2021-03-03.
func TestAccordSplit(t *testing.T) {
	checkEvents(t, []eventCase{
		{"two documents each between a pair of states are two agreements",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo signed the agreement between the governments of Kenya and Ghana on visa waivers, the agreement between the governments of Kenya and Peru on fisheries.",
			"agree occurred 2021-03-01 [Raychelle Omamo] [KEN GHA]\nagree occurred 2021-03-01 [Raychelle Omamo] [KEN PER]"},
		{"documents joined by as well as are two agreements",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo signed a memorandum between the foreign ministries of Kenya and Ghana, as well as a memorandum between the foreign ministries of Kenya and Peru.",
			"agree occurred 2021-03-01 [Raychelle Omamo] [KEN GHA]\nagree occurred 2021-03-01 [Raychelle Omamo] [KEN PER]"},
		{"documents each with a partner state are two agreements with the signer's state",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo signed an agreement with Ghana on fisheries and an accord with Peru on mining.",
			"agree occurred 2021-03-01 [Raychelle Omamo] [GHA KEN]\nagree occurred 2021-03-01 [Raychelle Omamo] [PER KEN]"},
		{"one document between two states stays one agreement",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo signed the agreement between the governments of Kenya and Ghana on visa waivers.",
			"agree occurred 2021-03-01 [Raychelle Omamo] [KEN GHA]"},
		{"a document told twice with one pair stays one agreement",
			"On Monday, Kenya and Ghana signed an agreement on fisheries, an agreement that Kenya had sought for years.",
			"agree occurred 2021-03-01 [] [KEN GHA]"},
		{"a signature put under an agreement is a signing",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo put her signature under the agreement between Kenya and Ghana on fisheries.",
			"agree occurred 2021-03-01 [Raychelle Omamo] [KEN GHA]"},
		{"a question put to a minister is no signing",
			"On Monday, Kenyan lawmakers put the question to Foreign Minister Raychelle Omamo.", ""},
		{"travel an agreement is about is no visit",
			"Kenya and Ghana signed an agreement on visa-free travel for diplomats.",
			"agree occurred 2021-03-03 [] [KEN GHA]"},
		{"consultations a memorandum is about are no meeting",
			"On Monday, Kenya and Ghana signed a memorandum on regular consultations between their foreign ministries.",
			"agree occurred 2021-03-01 [] [KEN GHA]"},
		{"travel after signing an agreement is a visit",
			"On Monday, Kenya and Ghana signed an agreement on fisheries before Kenyan Foreign Minister Raychelle Omamo travelled to Peru.",
			"agree occurred 2021-03-01 [] [KEN GHA]\nvisit occurred 2021-03-01 [Raychelle Omamo] [KEN PER]"},
	})
}

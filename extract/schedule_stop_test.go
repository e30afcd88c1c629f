package extract_test

import "testing"

// TestScheduleStops covers a programme's stops told in the present simple
// under a future frame, planned meetings told with "slated to", and "the
// next day" after a day still ahead. Article date Wednesday 2021-03-03.
func TestScheduleStops(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a present-tense stop after a future sentence is planned",
			"Kenyan Foreign Minister Raychelle Omamo will leave Nairobi on Monday for a tour of the Gulf. In Doha, the Minister meets Qatari government officials.",
			"meet planned 2021-03-08 [Raychelle Omamo] [KEN QAT] @Doha\nvisit planned 2021-03-08 [Raychelle Omamo] [KEN QAT] @Doha"},
		// The meetings ("for talks with", "to discuss") name no place of
		// their own and still merge (as-is, see issue #4).
		{"the stops of a programme told in their own sentences are one visit each",
			"Ghanaian Foreign Minister Shirley Ayorkor Botchwey will leave Accra on a tour of West Africa. Botchwey first flies to Dakar, Senegal for talks with Senegalese officials. She then travels to Bamako, Mali to discuss trade with Malian officials.",
			"meet planned  [Shirley Ayorkor Botchwey] [GHA SEN MLI]\n" +
				"visit planned  [Shirley Ayorkor Botchwey] [GHA SEN] @Dakar\nvisit planned  [Shirley Ayorkor Botchwey] [GHA MLI] @Bamako"},
		{"a present-tense stop with no future before it is no plan",
			"Kenyan President Uhuru Kenyatta visits Accra for talks with Ghanaian officials.",
			"meet occurred  [Uhuru Kenyatta] [KEN GHA]\nvisit occurred  [Uhuru Kenyatta] [KEN GHA] @Accra"},
		{"a present-tense stop after a past sentence is no plan, and a stop of its own",
			"Kenyan President Uhuru Kenyatta arrived in Lagos on Monday. Kenyatta flies to Accra for talks with Ghanaian officials.",
			"visit occurred 2021-03-01 [Uhuru Kenyatta] [KEN NGA] @Lagos\nmeet occurred  [Uhuru Kenyatta] [KEN GHA]\nvisit occurred  [Uhuru Kenyatta] [KEN GHA] @Accra"},
		{"a past verb in a framed sentence stays past",
			"Kenyan President Uhuru Kenyatta will fly to Accra on Friday. He met Ghanaian officials in Lagos and returns home on Sunday.",
			"meet occurred 2021-02-28 [Uhuru Kenyatta] [KEN GHA] @Lagos\nvisit planned 2021-03-05 [Uhuru Kenyatta] [KEN GHA] @Accra"},
		{"slated to meet is planned",
			"Kenyan Foreign Minister Raychelle Omamo is slated to meet Ghanaian President Nana Akufo-Addo in Accra.",
			"meet planned  [Raychelle Omamo Nana Akufo-Addo] [KEN GHA] @Accra"},
		{"due to meet is planned",
			"Senegalese Foreign Minister Aissata Tall Sall is due to meet Malian officials in Bamako.",
			"meet planned  [Aissata Tall Sall] [SEN MLI] @Bamako"},
		{"slated as a past verb is no plan",
			"Kenyan Foreign Minister Raychelle Omamo met Ghanaian President Nana Akufo-Addo in Accra, a meeting critics slated.",
			"meet occurred 2021-03-03 [Raychelle Omamo Nana Akufo-Addo] [KEN GHA] @Accra"},
		{"the next day after a day still ahead counts from that day",
			"Kenyan Foreign Minister Raychelle Omamo will visit Kenyan troops in Mogadishu on March 9. The next day she will travel to Doha, Qatar.",
			"visit planned 2021-03-09 [Raychelle Omamo] [KEN SOM] @Mogadishu\nvisit planned 2021-03-10 [Raychelle Omamo] [KEN QAT] @Doha"},
		{"the next meeting of a series is a planned one between the same states",
			"A regular meeting of the government delegations of Kenya and Ghana was held in Nairobi on Monday. The parties signed a protocol. The next meeting of the commission will be held in Ghana.",
			"meet occurred 2021-03-01 [] [KEN GHA] @Nairobi\nmeet planned  [] [GHA KEN]"},
		{"the meeting without next is the one told",
			"A regular meeting of the government delegations of Kenya and Ghana was held in Nairobi on Monday. The meeting of the commission lasted two days.",
			"meet occurred 2021-03-01 [] [KEN GHA] @Nairobi"},
		{"the next day with no day ahead is tomorrow",
			"Kenyan Foreign Minister Raychelle Omamo said on Tuesday that she will travel to Doha the next day.",
			"visit planned 2021-03-04 [Raychelle Omamo] [KEN QAT] @Doha"},
	})
}

package extract_test

import (
	"strings"
	"testing"
)

// TestItineraries covers journeys told stop by stop, attendance at named
// meetings, and follow-up sentences of a meeting readout. Article date
// Wednesday 2021-03-03.
func TestItineraries(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a fronted city with its dates is a planned stop",
			"In Nairobi (March 8-9), Foreign Secretary Dominic Raab will meet with Kenyan officials to discuss trade and cooperation.",
			"meet planned 2021-03-08..2021-03-09 [Dominic Raab] [GBR KEN] @Nairobi\nvisit planned 2021-03-08..2021-03-09 [Dominic Raab] [GBR KEN] @Nairobi"},
		{"a fronted city-state is a stop",
			"In Singapore on Friday, German Chancellor Angela Merkel attended the Shangri-La Dialogue.",
			"meet occurred 2021-02-26 [Angela Merkel] [DEU]\nvisit occurred 2021-02-26 [Angela Merkel] [DEU SGP]"},
		{"a minister at home makes no visit",
			"In Berlin on Friday, German Chancellor Angela Merkel met French President Emmanuel Macron.",
			"meet occurred 2021-02-26 [Angela Merkel Emmanuel Macron] [DEU FRA] @Berlin"},
		{"a fronted clause with its own event is no itinerary",
			"At a summit in Lima, Peruvian President Pedro Castillo will meet Chilean President Gabriel Boric.",
			"meet planned  [Pedro Castillo Gabriel Boric] [PER CHL] @Lima"},
		{"what a traveller plans next is done on that stop",
			"Kenyan Foreign Minister Raychelle Omamo will travel to Accra on March 8. She will also join Foreign Minister Shirley Ayorkor Botchwey in opening a trade fair.",
			"meet planned 2021-03-08 [Raychelle Omamo Shirley Ayorkor Botchwey] [KEN] @Accra\nvisit planned 2021-03-08 [Raychelle Omamo] [KEN GHA] @Accra"},
		{"a purpose's own time does not date the stay",
			"This week Indian Foreign Minister Subrahmanyam Jaishankar is in Lagos, Nigeria to attend the inauguration of the president on March 8.",
			"visit occurred 2021-03-01..2021-03-07 [Subrahmanyam Jaishankar] [IND NGA] @Lagos"},
		{"a visit noun goes where the departure does",
			"Kenyan Foreign Minister Raychelle Omamo departs for Accra on March 8 for a three-day visit.",
			"visit planned 2021-03-08..2021-03-10 [Raychelle Omamo] [KEN GHA] @Accra"},
		{"during his visit to a city is a visit",
			"Kenyan Foreign Minister Raychelle Omamo met civil society leaders on Monday during her visit to Accra.",
			"meet occurred 2021-03-01 [Raychelle Omamo] [KEN]\nvisit occurred 2021-03-01 [Raychelle Omamo] [KEN GHA] @Accra"},
		{"a trip dated by its relative clause shares a future tense",
			"During her trip to Accra, which runs from March 8 to March 10, Kenyan Foreign Minister Raychelle Omamo will meet President Nana Akufo-Addo.",
			"meet planned 2021-03-08..2021-03-10 [Raychelle Omamo Nana Akufo-Addo] [KEN GHA]\nvisit planned 2021-03-08..2021-03-10 [Raychelle Omamo Nana Akufo-Addo] [KEN GHA] @Accra"},
		{"also a meeting is one more meeting",
			"In Accra (March 8-9), Kenyan Foreign Minister Raychelle Omamo will meet with Ghanaian officials. She will also participate in a meeting of West African trade ministers.",
			"meet planned 2021-03-08..2021-03-09 [Raychelle Omamo] [KEN GHA] @Accra\nmeet planned 2021-03-08..2021-03-09 [Raychelle Omamo] [KEN] @Accra\nvisit planned 2021-03-08..2021-03-09 [Raychelle Omamo] [KEN GHA] @Accra"},
		{"far stops of a dated trip take its time and stay apart",
			"Kenyan Foreign Minister Raychelle Omamo will travel to Accra, Lagos and Dakar from March 8 to March 14. She will open a trade fair. The fair is held every year. It draws many firms. In Lagos, Foreign Minister Omamo will meet with senior Nigerian officials. In Dakar, she will meet with senior Senegalese officials.",
			"meet planned 2021-03-08..2021-03-14 [Raychelle Omamo] [KEN NGA] @Lagos\nmeet planned 2021-03-08..2021-03-14 [Raychelle Omamo] [KEN SEN] @Dakar\nvisit planned 2021-03-08..2021-03-14 [Raychelle Omamo] [KEN GHA NGA SEN] @Accra"},
		{"a visit told with an adverb of frequency is a habit",
			"Kenyan Foreign Minister Raychelle Omamo visits Somalia regularly, an aide said on Monday.", ""},
		{"visit before a colon is an instruction to the reader",
			"For the latest news on Kenyan aid to Somalia, visit:", ""},
		{"a title-case heading of a note is no event",
			"Kenyan Foreign Minister Raychelle Omamo will travel to Accra on March 8.\n\nDefence Minister Monica Juma's Travel to Nigeria\n\nKenyan Defence Minister Monica Juma will travel to Lagos on March 10.",
			"visit planned 2021-03-08 [Raychelle Omamo] [KEN GHA] @Accra\nvisit planned 2021-03-10 [Monica Juma] [KEN NGA] @Lagos"},
		{"the head of the traveller's title is the traveller at a far stop",
			"British Foreign Secretary Dominic Raab will travel to Kenya, Ghana and Nigeria from March 8 to March 14. He will open a trade fair. The fair is held every year. It draws many firms. In Lagos, the Secretary will meet with senior Nigerian officials.",
			"meet planned 2021-03-08..2021-03-14 [Dominic Raab] [GBR NGA] @Lagos\nvisit planned 2021-03-08..2021-03-14 [Dominic Raab] [GBR KEN GHA NGA] @Lagos"},
		{"a fronted place before a reporting verb is where it was said, no stop",
			"In Mariupol, the Russia-installed mayor Ivan Petrov said on Monday that talks had failed.", ""},
		{"what was done during that visit takes the visit's time",
			"Kenyan President Uhuru Kenyatta visited Ghana in May 2019. During that visit, Kenya signed a fisheries accord with Ghana.",
			"agree occurred 2019-05-01..2019-05-31 [] [KEN GHA]\nvisit occurred 2019-05-01..2019-05-31 [Uhuru Kenyatta] [KEN GHA]"},
		{"what is to be done during the planned trip takes the trip's time",
			"Kenyan Foreign Minister Raychelle Omamo will travel to Accra on March 8. During the trip, Kenya will sign a fisheries accord with Ghana.",
			"agree planned 2021-03-08 [] [KEN GHA] @Accra\nvisit planned 2021-03-08 [Raychelle Omamo] [KEN GHA] @Accra"},
		{"a meeting reference is no visit reference",
			"Kenyan President Uhuru Kenyatta visited Ghana in May 2019. During that meeting, Kenya signed a fisheries accord with Ghana.",
			"visit occurred 2019-05-01..2019-05-31 [Uhuru Kenyatta] [KEN GHA]\nagree occurred 2021-03-03 [] [KEN GHA]\nmeet occurred 2021-03-03 [] [KEN GHA]"},
		{"what came afterward is in the frame of the sentence before",
			"Kenyan Foreign Minister Raychelle Omamo met Ghanaian President Nana Akufo-Addo in Accra on Monday. Afterward, Omamo held talks with Nigerian Foreign Minister Geoffrey Onyeama.",
			"meet occurred 2021-03-01 [Raychelle Omamo Nana Akufo-Addo] [KEN GHA] @Accra\nmeet occurred 2021-03-01 [Raychelle Omamo Geoffrey Onyeama] [KEN NGA]"},
		{"what is planned afterward is in the planned frame",
			"Kenyan Foreign Minister Raychelle Omamo will travel to Accra on March 8. Later, Omamo will sign a fisheries accord with Ghanaian Foreign Minister Shirley Ayorkor Botchwey.",
			"agree planned 2021-03-08 [Raychelle Omamo Shirley Ayorkor Botchwey] [KEN GHA]\nvisit planned 2021-03-08 [Raychelle Omamo] [KEN GHA] @Accra"},
		{"a frame two sentences back is no frame",
			"Kenyan Foreign Minister Raychelle Omamo met Ghanaian President Nana Akufo-Addo in Accra on March 1. The weather was fine. Afterward, Omamo held talks with Nigerian Foreign Minister Geoffrey Onyeama.",
			"meet occurred 2021-03-01 [Raychelle Omamo Nana Akufo-Addo] [KEN GHA] @Accra\nmeet occurred 2021-03-03 [Raychelle Omamo Geoffrey Onyeama] [KEN NGA]"},
		{"a visit noun with a date of its own is a second visit at that date",
			"Kenyan President Uhuru Kenyatta arrived in Accra on Monday for a state visit. The president's trip follows a May 2019 visit by Ghanaian President Nana Akufo-Addo to Nairobi.",
			"visit occurred 2019-05-01..2019-05-31 [Nana Akufo-Addo] [GHA KEN] @Nairobi\nvisit occurred 2021-03-01 [Uhuru Kenyatta] [KEN GHA] @Accra"},
		{"the parties of a dated visit's phrase are not the earlier trip's",
			"Kenyan President Uhuru Kenyatta arrived in Accra on Monday. Kenyatta's trip follows a May 2019 visit by Ghanaian President Nana Akufo-Addo to Nairobi.",
			"visit occurred 2019-05-01..2019-05-31 [Nana Akufo-Addo] [GHA KEN] @Nairobi\nvisit occurred 2021-03-01 [Uhuru Kenyatta] [KEN GHA] @Accra"},
		{"continuing on to a state is travelling there",
			"Kenyan Foreign Minister Raychelle Omamo will continue on to Ghana on March 8 to meet with senior officials.",
			"meet planned 2021-03-08 [Raychelle Omamo] [KEN GHA]\nvisit planned 2021-03-08 [Raychelle Omamo] [KEN GHA]"},
		{"a foreign minister's stay is a visit",
			"This week Indian Foreign Minister Subrahmanyam Jaishankar is in Lagos, Nigeria to open a trade fair.",
			"visit occurred 2021-03-01..2021-03-07 [Subrahmanyam Jaishankar] [IND NGA] @Lagos"},
		{"a stay at home is no visit, and on Monday is a date",
			"Indian Foreign Minister Subrahmanyam Jaishankar was in Mumbai on Monday.", ""},
		{"met the day after the article's date is the same day elsewhere",
			"Kenyan President Uhuru Kenyatta and Tanzanian President Samia Suluhu Hassan met in Arusha, Tanzania, on March 4, for their first summit. The presidents condemned the attacks on shipping.",
			"conflict occurred 2021-03-04 [Uhuru Kenyatta Samia Suluhu Hassan] [KEN TZA]\nmeet occurred 2021-03-04 [Uhuru Kenyatta Samia Suluhu Hassan] [KEN TZA] @Arusha"},
		{"two days after is still planned",
			"Kenyan President Uhuru Kenyatta met Tanzanian President Samia Suluhu Hassan in Arusha on March 5.",
			"meet planned 2021-03-05 [Uhuru Kenyatta Samia Suluhu Hassan] [KEN TZA] @Arusha"},
		{"a subject interrupted by a relative clause",
			"Kenyan President Uhuru Kenyatta, who is visiting Ghana, met Ghanaian President Nana Akufo-Addo on Monday.",
			"meet occurred 2021-03-01 [Uhuru Kenyatta Nana Akufo-Addo] [KEN GHA]\nvisit occurred 2021-03-03 [Uhuru Kenyatta] [KEN GHA]"},
		{"the two of a readout are the parties just met",
			"Kenyan President Uhuru Kenyatta met Ghanaian President Nana Akufo-Addo in Accra on Monday. The two discussed the threat posed by militants backed by Libya.",
			"meet occurred 2021-03-01 [Uhuru Kenyatta Nana Akufo-Addo] [KEN GHA] @Accra"},
		{"a host named by hosted is a party",
			"Danish officials discussed the crisis at a lunch hosted by Swedish Prime Minister Stefan Lofven on Monday.",
			"meet occurred 2021-03-01 [Stefan Lofven] [DNK SWE]"},
	})
}

// TestMeetingGroups covers groups that name those who just met, and
// planned meetings of different levels. Article date Wednesday
// 2021-03-03.
func TestMeetingGroups(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the ministers are all four who met",
			"Kenyan Foreign Minister Raychelle Omamo and Defence Minister Monica Juma met Ugandan Foreign Minister Jeje Odongo and Defence Minister Vincent Ssempijja in Nairobi on Monday. The ministers agreed to share intelligence on militants.",
			"agree occurred 2021-03-01 [Raychelle Omamo Monica Juma Jeje Odongo Vincent Ssempijja] [KEN UGA]\nmeet occurred 2021-03-01 [Raychelle Omamo Monica Juma Jeje Odongo Vincent Ssempijja] [KEN UGA] @Nairobi"},
		{"a next round and vice-ministerial talks are two meetings",
			"Kenya and Uganda agreed on Monday to hold the next round of consultations in Kampala. Omamo said the two countries would hold vice-ministerial talks in May.",
			"agree occurred 2021-03-01 [] [KEN UGA]\nmeet planned 2021-05-01..2021-05-31 [] [KEN UGA]\nmeet planned  [] [KEN UGA] @Kampala"},
		{"agreed on a day to hold talks: a dated agreement and planned talks",
			"Kenya and Uganda agreed on Monday to hold talks in Kampala.",
			"agree occurred 2021-03-01 [] [KEN UGA]\nmeet planned  [] [KEN UGA] @Kampala"},
		{"agreed to hold talks: the planned talks alone",
			"Kenya and Uganda agreed to hold talks in Kampala.",
			"meet planned  [] [KEN UGA] @Kampala"},
	})
}

// TestReadouts covers consultations told the way readouts tell them.
// Article date Wednesday 2021-03-03.
func TestReadouts(t *testing.T) {
	checkEvents(t, []eventCase{
		{"spoke with a named counterpart",
			"Kenyan Foreign Minister Raychelle Omamo spoke today with Ghanaian Foreign Minister Shirley Ayorkor Botchwey.",
			"meet occurred 2021-03-03 [Raychelle Omamo Shirley Ayorkor Botchwey] [KEN GHA]"},
		{"speaking to a conference is an audience, not a meeting",
			"Speaking to a trade conference in Nairobi on Monday, Kenyan Foreign Minister Raychelle Omamo said exports would grow.", ""},
		{"spoke with reporters is no consultation",
			"Kenyan Foreign Minister Raychelle Omamo spoke with reporters on Monday.", ""},
		{"a call held with a counterpart",
			"Kenyan Foreign Minister Raychelle Omamo held a call with Ghanaian Foreign Minister Shirley Ayorkor Botchwey on Monday.",
			"meet occurred 2021-03-01 [Raychelle Omamo Shirley Ayorkor Botchwey] [KEN GHA]"},
		{"a call on someone to act is no call",
			"Kenyan Foreign Minister Raychelle Omamo renewed her call on Ghana to act on Monday.", ""},
		{"one person meeting two others the same day is two meetings",
			"Kenyan Foreign Minister Raychelle Omamo met Ghanaian Foreign Minister Shirley Ayorkor Botchwey today. Separately, Kenyan Foreign Minister Raychelle Omamo met today with Nigerian Foreign Minister Geoffrey Onyeama.",
			"meet occurred 2021-03-03 [Raychelle Omamo Shirley Ayorkor Botchwey] [KEN GHA]\nmeet occurred 2021-03-03 [Raychelle Omamo Geoffrey Onyeama] [KEN NGA]"},
		{"welcoming a state's chairmanship is no visit",
			"Kenyan Foreign Minister Raychelle Omamo welcomed Ghana's chairmanship of the group on Monday.", ""},
		{"welcoming a state's president is a visit",
			"Kenyan President Uhuru Kenyatta welcomed Ghana's president on Monday.",
			"visit occurred 2021-03-01 [Uhuru Kenyatta] [KEN GHA]"},
	})
}

// TestGluedPageDate covers a page's date at the head of a line that
// scraping glued to the story's first word: it is the page's date, not
// the time of the event the sentence tells. Article date 2021-03-03.
func TestGluedPageDate(t *testing.T) {
	in := "Media Note\nMarch 3, 2021Kenyan Foreign Minister Raychelle Omamo will travel to Ghana, Nigeria, Senegal, and Togo March 28-April 6."
	doc := extractText(t, in)
	want := "visit planned 2021-03-28..2021-04-06 [Raychelle Omamo]"
	if got := eventString(doc.Events); !strings.HasPrefix(got, want) || strings.Contains(got, "\n") {
		t.Errorf("Document(%q).Events =\n%s\nwant one event starting %q", in, got, want)
	}
}

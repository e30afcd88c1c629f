package extract_test

import "testing"

// TestMeetingReferredBack: a meeting named again by a definite noun ("such
// a meeting", "the talks") with no time of its own is the meeting told
// before, whatever the tense of the later mention.
func TestMeetingReferredBack(t *testing.T) {
	// Article date Wednesday 2021-03-03 for every case.
	checkEvents(t, []eventCase{
		{"such a meeting after a planned one",
			"Officials from Spain, France and Italy will meet in Lisbon next week. This is the first time Italy is attending such a meeting, officials said.",
			"meet planned 2021-03-08..2021-03-14 [] [ESP FRA ITA] @Lisbon"},
		{"the nearest meeting before, not the first",
			"Chilean Foreign Minister Rosa Vidal met Peruvian Foreign Minister Jorge Lama on Tuesday. Ecuador and Colombia will hold talks in Quito next month. Diplomats said the talks are seen as a test of the border deal.",
			"meet occurred 2021-03-02 [Rosa Vidal Jorge Lama] [CHL PER]\nmeet planned 2021-04-01..2021-04-30 [] [ECU COL] @Quito"},
		{"a dated meeting is its own",
			"Ghana and Togo will hold talks in Accra next week. Ghanaian officials said the talks with Benin in Lome on Monday ended without a deal.",
			"meet occurred 2021-03-01 [] [GHA BEN] @Lome\nmeet planned 2021-03-08..2021-03-14 [] [GHA TGO] @Accra"},
	})
}

// TestProspectsAndDebts: an agreement told as intended or as a prospect
// is planned; a debt that is "met" is paid, which is no meeting.
func TestProspectsAndDebts(t *testing.T) {
	// Article date Wednesday 2021-03-03 for every case.
	checkEvents(t, []eventCase{
		{"intended",
			"It is intended to conclude an agreement on rice exports from Kenya to Japan.",
			"agree planned  [] [KEN JPN]"},
		{"outlook",
			"Kenya said the outlook for an agreement with Japan on rice quotas is uncertain.",
			"agree planned  [] [KEN JPN]"},
		{"chances",
			"Diplomats said the chances of an accord between Chad and Niger were slim.",
			"agree planned  [] [TCD NER]"},
		{"debt repayments",
			"Kenya will find it hard to meet scheduled debt repayments to Japan next year.",
			""},
		{"a challenge",
			"Officials in Peru said Bolivia would struggle to meet the challenge of lower tin prices.",
			""},
		{"a meeting all the same",
			"Peruvian officials will meet Bolivian ministers on Friday.",
			"meet planned 2021-03-05 [] [PER BOL]"},
	})
}

// TestReportTimeNotEventTime: the time of a confirmation or statement
// dates the report, not a future event it tells of.
func TestReportTimeNotEventTime(t *testing.T) {
	// Article date Wednesday 2021-03-03 for every case.
	checkEvents(t, []eventCase{
		{"confirmed Monday that",
			"Chile confirmed Monday that Chilean President Rosa Vidal will visit Peru.",
			"visit planned  [Rosa Vidal] [CHL PER]"},
		{"fronted time before the report",
			"On Tuesday, the Chilean ministry confirmed that Chilean President Rosa Vidal will meet Peruvian President Jorge Lama.",
			"meet planned  [Rosa Vidal Jorge Lama] [CHL PER]"},
		{"the event's own time still counts",
			"Chile confirmed Monday that Chilean President Rosa Vidal will visit Peru on Friday.",
			"visit planned 2021-03-05 [Rosa Vidal] [CHL PER]"},
		{"a fronted time with no report dates the event",
			"On Tuesday, Chilean President Rosa Vidal met Peruvian President Jorge Lama.",
			"meet occurred 2021-03-02 [Rosa Vidal Jorge Lama] [CHL PER]"},
	})
}

// TestAgreementTopicNoSignatory: an organisation named in what agreements
// are on is no signatory of them.
func TestAgreementTopicNoSignatory(t *testing.T) {
	// Article date Wednesday 2021-03-03 for every case.
	checkEvents(t, []eventCase{
		{"list of topics",
			"Chile and Peru held talks in Lima on Tuesday. Afterwards, four accords were signed on mining, fisheries and the Andean Fisheries Institute.",
			"meet occurred 2021-03-02 [] [CHL PER] @Lima"},
		{"a party after with stays",
			"Chile signed a loan accord with the World Bank on Tuesday.",
			"agree occurred 2021-03-02 [World Bank] [CHL]"},
	})
}

// TestDoneOnTheVisit: what a follow-on sentence tells as done during a
// visit or meeting told before, naming no party, is done by its parties;
// the fronted visit is that visit.
func TestDoneOnTheVisit(t *testing.T) {
	// Article date Wednesday 2021-03-03 for every case.
	checkEvents(t, []eventCase{
		{"during the visit",
			"Peruvian President Jorge Lama visited Chile on Tuesday. During the visit, three accords were signed on mining and fisheries.",
			"agree occurred 2021-03-02 [Jorge Lama] [PER CHL]\nvisit occurred 2021-03-02 [Jorge Lama] [PER CHL]"},
		{"within the framework of the visit",
			"Peruvian President Jorge Lama visited Chile on Tuesday. Within the framework of the visit, accords were signed on schools of the Andean Mining Institute.",
			"agree occurred 2021-03-02 [Jorge Lama] [PER CHL]\nvisit occurred 2021-03-02 [Jorge Lama] [PER CHL]"},
		{"at the meeting",
			"Chile and Peru held talks in Lima on Tuesday. At the meeting, two accords were signed on mining.",
			"agree occurred 2021-03-02 [] [CHL PER] @Lima\nmeet occurred 2021-03-02 [] [CHL PER] @Lima"},
		{"states named with the fronted visit join it",
			"President Jorge Lama visited Chile on Tuesday. During that visit, Peru and Chile signed a mining accord.",
			"agree occurred 2021-03-02 [] [PER CHL]\nvisit occurred 2021-03-02 [Jorge Lama] [CHL PER]"},
		{"a party named keeps its own",
			"Peruvian President Jorge Lama visited Chile on Tuesday. During the visit, Bolivia signed a gas accord with Argentina.",
			"agree occurred 2021-03-02 [] [BOL ARG]\nvisit occurred 2021-03-02 [Jorge Lama] [PER CHL]"},
	})
}

// TestFutureInTemporalClause: a present tense in a "when"/"after" clause
// of a future main clause tells a planned event.
func TestFutureInTemporalClause(t *testing.T) {
	// Article date Wednesday 2021-03-03 for every case.
	checkEvents(t, []eventCase{
		{"when he meets",
			"Chilean President Rosa Vidal will raise mining when she meets Peruvian President Jorge Lama.",
			"meet planned  [Rosa Vidal Jorge Lama] [CHL PER]"},
		{"after he visits",
			"Chile will sign the accord after Peruvian President Jorge Lama visits Santiago.",
			"agree planned  [] [CHL]\nvisit planned  [Jorge Lama] [PER CHL] @Santiago"},
		{"a past temporal clause stays past",
			"Chile will sign the accord, officials said after Peruvian President Jorge Lama visited Santiago.",
			"visit occurred 2021-03-03 [Jorge Lama] [PER CHL] @Santiago\nagree planned  [] [CHL]"},
	})
}

// TestAccordToldAgain covers a later sentence that names the signed
// agreement with a definite noun and no date of its own ("the memorandum
// was signed by ..."): the agreement told before, not one more. Article
// date Wednesday 2021-03-03.
func TestAccordToldAgain(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the memorandum was signed, two sentences on",
			"Chile and Peru signed a memorandum of understanding on fisheries on January 12. Officials called it a milestone for the coast. In the presence of both presidents, the memorandum was signed by the ministers of Chile and Peru.",
			"agree occurred 2021-01-12 [] [CHL PER]"},
		{"an accord with no definite noun is one more",
			"Chile and Peru signed a memorandum of understanding on fisheries on January 12. Officials called it a milestone for the coast. In the presence of both presidents, ministers of Chile and Peru signed a new accord on ports.",
			"agree occurred 2021-01-12 [] [CHL PER]\nagree occurred 2021-03-03 [] [CHL PER]"},
	})
}

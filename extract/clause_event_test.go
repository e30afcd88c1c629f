package extract_test

import "testing"

// TestClauseEvents covers events read clause by clause: coordinated
// predicates with their own tense, relative and complement clauses that
// speak of another subject, and photo captions. Article date Wednesday
// 2021-03-03 for every case.
func TestClauseEvents(t *testing.T) {
	checkEvents(t, []eventCase{
		{"coordinated predicates keep their own status and time",
			"Serbia and envoys of the European Union met in Brussels this week to discuss trade and are set to meet again on Friday in Belgrade.",
			"meet occurred 2021-03-01..2021-03-07 [European Union] [SRB] @Brussels\nmeet planned 2021-03-05 [European Union] [SRB] @Belgrade"},
		{"relative clause on a noun naming no one",
			"Italian voters rejected parties that agreed to pension cuts.", ""},
		{"noun complement is not the subject's event",
			"Officials say diplomats discussed fears that Iran may enrich more uranium.", ""},
		{"relative clause takes its named antecedent",
			"The delegation was led by Kenyan Foreign Minister Raychelle Omamo, who met Ugandan officials on Monday.",
			"meet occurred 2021-03-01 [Raychelle Omamo] [KEN UGA]"},
		{"caption positions and a trailing date",
			"Kenyan President Uhuru Kenyatta, left, and Tanzanian President Samia Suluhu Hassan, right, pose for photographers before a bilateral meeting in Nairobi, Kenya, March 2, 2021.",
			"meet occurred 2021-03-02 [Uhuru Kenyatta Samia Suluhu Hassan] [KEN TZA] @Nairobi"},
	})
}

// TestVisitPhrases covers visits told without a visit word, and hosting
// verbs without a guest. Article date Wednesday 2021-03-03.
func TestVisitPhrases(t *testing.T) {
	checkEvents(t, []eventCase{
		{"presence for talks is a visit and a meeting",
			"The former British envoy to Iraq, John Smith, was in Jordan for official talks this week.",
			"meet occurred 2021-03-01..2021-03-07 [John Smith] [GBR IRQ JOR]\nvisit occurred 2021-03-01..2021-03-07 [John Smith] [GBR IRQ JOR]"},
		{"presence with an adverb",
			"An Argentine mission is now in the United States for talks with banks.",
			"meet occurred  [] [ARG USA]\nvisit occurred  [] [ARG USA]"},
		{"flying to a city",
			"Chancellor Olaf Scholz flew to Beijing on Thursday.",
			"visit occurred 2021-02-25 [Olaf Scholz] [CHN] @Beijing"},
		{"leaving one place for another",
			"Leaving Kenya for Cairo on Monday, Secretary of State Antony Blinken said little.",
			"visit occurred 2021-03-01 [Antony Blinken] [USA KEN EGY] @Cairo"},
		{"a time between origin and destination",
			"British minister Michael Howard, who left Tokyo yesterday for South Korea, said little.",
			"visit occurred 2021-03-02 [Michael Howard] [GBR KOR]"},
		{"a mission to a capital",
			"Japanese Prime Minister Yoshihide Suga sets out on a tough mission to Washington next month.",
			"visit planned 2021-04-01..2021-04-30 [Yoshihide Suga] [JPN USA] @Washington"},
		{"an undated caption shows the story's day",
			"Chilean Foreign Minister Antonia Urrejola, left, and her Peruvian counterpart Cesar Landa, right, shake hands before a meeting in Lima.",
			"meet occurred 2021-03-03 [Antonia Urrejola Cesar Landa] [CHL PER] @Lima"},
		{"left as a caption position is no departure",
			"Chilean President Gabriel Boric, left, and Peruvian President Pedro Castillo, right, smile.", ""},
		{"welcoming a report is no visit",
			"Colombia welcomed a forthcoming report on Venezuela.", ""},
		{"a dinner hosted by someone is no visit",
			"French President Emmanuel Macron held talks on Friday at a dinner hosted by Italian Prime Minister Mario Draghi.",
			"meet occurred 2021-02-26 [Emmanuel Macron Mario Draghi] [FRA ITA]"},
		{"welcoming an arrival is no visit; looking forward is planned",
			"Chilean President Gabriel Boric welcomed the arrival of Peruvian troops. Boric looks forward to hosting Peruvian President Pedro Castillo later this year.",
			"meet planned 2021-01-01..2021-12-31 [Gabriel Boric Pedro Castillo] [CHL PER]\nvisit planned 2021-01-01..2021-12-31 [Gabriel Boric Pedro Castillo] [CHL PER]"},
		{"hosting a guest is a visit and a meeting",
			"Chinese President Xi Jinping hosted Kenyan President William Ruto on Monday.",
			"meet occurred 2021-03-01 [Xi Jinping William Ruto] [CHN KEN]\nvisit occurred 2021-03-01 [Xi Jinping William Ruto] [CHN KEN]"},
		{"welcoming a guest to a place",
			"Brazilian Defense Minister Jose Mucio welcomed Argentine Defense Minister Luis Petri to Brasilia on Friday.",
			"meet occurred 2021-02-26 [Jose Mucio Luis Petri] [BRA ARG] @Brasilia\nvisit occurred 2021-02-26 [Jose Mucio Luis Petri] [BRA ARG] @Brasilia"},
		{"hosting a country's funds is no meeting",
			"Kenya received Chinese investment on Monday.", ""},
	})
}

// TestEventTimesAndParties covers the time an event takes from its
// sentence and the states that are not its parties. Article date
// Wednesday 2021-03-03.
func TestEventTimesAndParties(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a time after since dates no event",
			"Indian Prime Minister Narendra Modi arrived in Nepal, his first visit to the country since 2014.",
			"visit occurred 2021-03-03 [Narendra Modi] [IND NPL]"},
		{"since a few words before the time",
			"Meeting for the first time since Iran's March missile test, Chilean President Gabriel Boric talked to Argentine President Alberto Fernandez.",
			"meet occurred 2021-03-03 [Gabriel Boric Alberto Fernandez] [CHL ARG]"},
		{"the definite meeting is the story's meeting",
			"A one-day summit of Asian leaders and the European Union met in Manila. Indonesian President Joko Widodo attended the Manila meeting. There was a sense that this first leaders meeting mattered, said the Group of 20.",
			"meet occurred 2021-03-03 [European Union Joko Widodo] [IDN] @Manila"},
		{"coordinated predicates share a past time",
			"Indian Prime Minister Narendra Modi visited Nepal, his first trip there since 2014, and held talks with Nepalese leaders on Monday.",
			"meet occurred 2021-03-01 [Narendra Modi] [IND NPL]\nvisit occurred 2021-03-01 [Narendra Modi] [IND NPL]"},
		{"a future time is not shared backwards",
			"Brazil and Chile signed a deal and will meet again next week.",
			"agree occurred 2021-03-03 [] [BRA CHL]\nmeet planned 2021-03-08..2021-03-14 [] [BRA CHL]"},
		{"headline infinitive is planned",
			"Chancellor Olaf Scholz to visit Brazil. Brazilian officials said nothing.",
			"visit planned  [Olaf Scholz] [BRA]"},
		{"a sponsor adjective is no party",
			"Ethiopian troops fought Eritrean-backed rebels in Tigray on Monday.",
			"conflict occurred 2021-03-01 [] [ETH]"},
		{"a pledge to act is an agreement",
			"Mexico and Peru have pledged to expand trade.",
			"agree occurred 2021-03-03 [] [MEX PER]"},
		{"pledged aid without a date is planned",
			"Norway and Denmark pledged 2 billion dollars in new humanitarian aid to Yemen.",
			"cooperate planned  [] [NOR DNK YEM] 2000000000 USD aid"},
		{"a later predicate's object is not the subject",
			"Leaders of the region have pledged to speed up integration, and have called on North Korea to disarm.", ""},
		{"two reports dated by the article date are one agreement",
			"Leaders of Brazil and Argentina have agreed to keep pressure on Venezuela. Markets rose. Trade grew. Officials say the leaders agreed on a need for Venezuela to hold elections.",
			"agree occurred 2021-03-03 [] [BRA ARG VEN]"},
		{"a date after a possessive dates its noun",
			"Today, Kenyan President William Ruto spoke with Ethiopian Prime Minister Abiy Ahmed about Somalia's February 20 election.",
			"meet occurred 2021-03-03 [William Ruto Abiy Ahmed] [KEN ETH]"},
		{"a full date at the end of a long clause dates it",
			"3 March 2021\n\nGhana signed a loan agreement with Togo to finance the upgrading of the coastal road on February 12, 2021.",
			"agree occurred 2021-02-12 [] [GHA TGO]"},
		{"summoning an envoy is a protest dated by the time before the verb",
			"The Chilean foreign ministry on Monday summoned the Peruvian ambassador in protest against remarks made in Lima last week.",
			"conflict occurred 2021-03-01 [] [CHL PER] @Lima"},
		{"a demand and a kidnapping",
			"Kenya demanded an apology from Somalia on Tuesday. Gunmen kidnapped two Kenyan aid workers in Mandera on Monday.",
			"conflict occurred 2021-03-01 [] [KEN] @Mandera\nconflict occurred 2021-03-02 [] [KEN SOM]"},
		{"a time before the verb governs a later one in a phrase",
			"Ghana and Togo last week signed an accord on customs for the budget of 2021/22.",
			"agree occurred 2021-02-22..2021-02-28 [] [GHA TGO]"},
	})
}

// TestStatusAndNegation covers goals, cancelled events described further
// in a relative clause, and irregular past verbs. Article date Wednesday
// 2021-03-03.
func TestStatusAndNegation(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an agreement sought is planned, the talks are not",
			"Negotiators from Serbia and Kosovo are holding talks in their effort to craft a lasting agreement.",
			"agree planned  [] [SRB XKX]\nmeet occurred  [] [SRB XKX]"},
		{"a figure sought is a figure, not a plan",
			"Argentina seeks to restructure 9.4 billion dlrs of its debt to Brazil.",
			"trade occurred  [] [ARG BRA] 9400000000 USD debt"},
		{"a time modifying another noun dates no event; a past accusation is the day's",
			"Turkey accused Greece of breaching the 1976 Berne Agreement.",
			"conflict occurred 2021-03-03 [] [TUR GRC]"},
		{"a named subject with an auxiliary and a head noun",
			"U.S. officials have accused Mexico of favoring its state oil company.",
			"conflict occurred 2021-03-03 [] [USA MEX]"},
		{"a coordinated past act shares the subject",
			"Eritrea denied the charge and blamed Ethiopia for the violence.",
			"conflict occurred 2021-03-03 [] [ERI ETH]"},
		{"the frame of an agreement is no agreement",
			"Under the terms of the U.S.-Greek bases accord, Greece may ask for a suspension.", ""},
		{"a prospect is planned",
			"Chile and Peru raised the possibility of a free trade agreement.",
			"agree planned  [] [CHL PER]"},
		{"a cancelled summit described by a relative clause",
			"Peruvian President Pedro Castillo warned he was cancelling a March 9 summit with Chile's President Boric that had been scheduled to discuss water rights.",
			"statement occurred 2021-03-03 [Pedro Castillo] [PER]"},
		{"one signing told from two signatories",
			"Chilean Foreign Minister Antonia Urrejola spoke at the signing of the pact in Lima on Tuesday. Markets rose. Prices fell. Mexican Foreign Minister Marcelo Ebrard signed for Mexico on Tuesday.",
			"agree occurred 2021-03-02 [Antonia Urrejola Marcelo Ebrard] [CHL MEX] @Lima"},
		{"irregular past verbs date the report",
			"Word of the deal came as President Joe Biden sat down for talks in Geneva with Russian President Vladimir Putin.",
			"meet occurred 2021-03-03 [Joe Biden Vladimir Putin] [RUS] @Geneva"},
	})
}

// TestDatelines covers wire datelines: their date is the report's, the
// lead's main clause is the day's news, and "here" is the dateline city.
func TestDatelines(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a lead conflict takes the article date",
			"ATHENS, March 3 - Greece accused Turkey of violating its airspace.",
			"conflict occurred 2021-03-03 [] [GRC TUR]"},
		{"a lead trade figure has no period from the dateline",
			"BRASILIA, March 3 - Brazil's trade surplus with Argentina was 1.2 billion dlrs, officials said.",
			"trade occurred  [] [BRA ARG] 1200000000 USD surplus"},
		{"a subordinate clause of the lead is no news of the day",
			"MANILA, March 3 - Japan pledged new loans until the Philippines accounts for past assistance.",
			"agree occurred 2021-03-03 [] [JPN] @Manila"},
		{"a future time in a later clause does not date a signing",
			"MIAMI, March 3 - Chile said it has signed a letter of intent with Peru, with completion expected in 45 days.",
			"agree occurred 2021-03-03 [] [CHL PER] @Miami"},
		{"a visit here is at the dateline",
			"NAIROBI, March 3 - Ugandan President Yoweri Museveni paid a visit here on Tuesday.",
			"visit occurred 2021-03-02 [Yoweri Museveni] [UGA KEN] @Nairobi"},
		{"a credit in brackets names no party and dates nothing",
			"LIMA (Chile News Service - 3rd March, 2021) Peruvian Foreign Minister Ana Cecilia Gervasi will visit Argentina on March 15 and is expected to hold talks with Argentine Foreign Minister Santiago Cafiero.",
			"meet planned 2021-03-15 [Ana Cecilia Gervasi Santiago Cafiero] [PER ARG]\nvisit planned 2021-03-15 [Ana Cecilia Gervasi] [PER ARG]"},
		{"two countries discussing",
			"Officials said Chile and Peru have been discussing a water treaty.",
			"meet occurred 2021-03-03 [] [CHL PER]"},
		{"unable to agree",
			"Officials said Chile and Peru were unable to agree on water rights.", ""},
		{"present in a state for a meeting",
			"Norway's Oil Minister Arne Oeien, currently in Iceland for a meeting of Nordic ministers, said little.",
			"meet occurred 2021-03-03 [] [ISL]\nvisit occurred 2021-03-03 [Arne Oeien] [NOR ISL]"},
	})
}

// TestStoryTimes covers times that belong to a relative clause, fronted
// times of conflicts, and which dated report an article-date report
// joins. Article date Wednesday 2021-03-03.
func TestStoryTimes(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a relative clause's time and figure are its noun's",
			"The two leaders of Ghana and Togo also discussed trade, which reached $2 billion last year.",
			"trade occurred 2020-01-01..2020-12-31 [] [GHA TGO] 2000000000 USD trade volume\nmeet occurred 2021-03-03 [] [GHA TGO]"},
		{"a fronted time dates a conflict",
			"Earlier this year, Chinese coast guard vessels clashed with Vietnamese fishing boats.",
			"conflict occurred 2021-01-01..2021-12-31 [] [CHN VNM]"},
		{"an article-date report does not join a meeting months before",
			"Chilean President Gabriel Boric and Peruvian President Pedro Castillo discussed water rights. Boric and Castillo last met in Lima in January.",
			"meet occurred 2021-01-01..2021-01-31 [Gabriel Boric Pedro Castillo] [CHL PER] @Lima\nmeet occurred 2021-03-03 [Gabriel Boric Pedro Castillo] [CHL PER]"},
	})
}

// TestPrincipals covers who "the two sides" and "the two leaders" are:
// never the byline's writer, and the states of the principal persons.
func TestPrincipals(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a byline is no actor; a suffix ends a name and belongs to it",
			"By Maria Lopez\n\nNAIROBI, March 3 - Kenyan Foreign Minister Alfred Mutua Jr. met Somali Foreign Minister Abshir Omar in Nairobi. Mutua and Omar spoke again. Sudan and Sudan and Sudan were named. The two leaders agreed to reopen the border.",
			"agree occurred 2021-03-03 [Alfred Mutua Jr. Abshir Omar] [KEN SOM] @Nairobi\nmeet occurred 2021-03-03 [Alfred Mutua Jr. Abshir Omar] [KEN SOM] @Nairobi"},
		{"the two sides are the principal persons' states",
			"Kenyan Foreign Minister Alfred Mutua met Somali Foreign Minister Abshir Omar. Mutua and Omar discussed Sudan, Sudan's army and Sudan's border. The two sides will meet again in October.",
			"meet occurred 2021-03-03 [Alfred Mutua Abshir Omar] [KEN SOM]\nmeet planned 2021-10-01..2021-10-31 [] [KEN SOM]"},
		{"the two secretaries and an adverbial clause of another happening",
			"U.S. Defense Secretary Lloyd Austin hosted Philippine Defense Secretary Carlito Galvez on Monday. The meeting came a day after President Joe Biden welcomed Philippine President Ferdinand Marcos. The two secretaries also discussed Chinese actions.",
			// "a day after" the Monday meeting: the welcome was on Sunday.
			"meet occurred 2021-02-28 [Joe Biden Ferdinand Marcos] [PHL]\nvisit occurred 2021-02-28 [Joe Biden Ferdinand Marcos] [PHL]\nmeet occurred 2021-03-01 [Lloyd Austin Carlito Galvez] [USA PHL]\nvisit occurred 2021-03-01 [Lloyd Austin Carlito Galvez] [USA PHL]"},
		{"two visits by different people are two events",
			"Chinese President Xi Jinping hosted Kenyan President William Ruto on Monday. Chinese Premier Li Qiang welcomed Kenyan Prime Minister Musalia Mudavadi on Monday.",
			"meet occurred 2021-03-01 [Li Qiang Musalia Mudavadi] [CHN KEN]\nmeet occurred 2021-03-01 [Xi Jinping William Ruto] [CHN KEN]\nvisit occurred 2021-03-01 [Li Qiang Musalia Mudavadi] [CHN KEN]\nvisit occurred 2021-03-01 [Xi Jinping William Ruto] [CHN KEN]"},
	})
}

// TestMoreTriggers covers phone calls, landings, denunciations and
// detentions. Article date Wednesday 2021-03-03.
func TestMoreTriggers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"German Chancellor Olaf Scholz held a phone call with Chinese President Xi Jinping on Tuesday.",
			"meet occurred 2021-03-02 [Olaf Scholz Xi Jinping] [DEU CHN]"},
		{"French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin on Friday.",
			"meet occurred 2021-02-26 [Emmanuel Macron Vladimir Putin] [FRA RUS]"},
		{"Indian Prime Minister Narendra Modi landed in Tokyo on Monday.",
			"visit occurred 2021-03-01 [Narendra Modi] [IND JPN] @Tokyo"},
		{"Russia detained a Japanese diplomat in Vladivostok on Monday.",
			"conflict occurred 2021-03-01 [] [RUS JPN] @Vladivostok"},
		{"Police in Lima arrested two bank employees on Monday.", ""},
		{"Russia launched a fresh wave of missile strikes on Ukrainian cities on Monday.",
			"conflict occurred 2021-03-01 [] [RUS UKR]"},
		{"U.S. President Joe Biden is hosting Japanese Prime Minister Yoshihide Suga at the White House on April 16.",
			"meet planned 2021-04-16 [Joe Biden Yoshihide Suga] [USA JPN] @White House\nvisit planned 2021-04-16 [Joe Biden Yoshihide Suga] [USA JPN] @White House"},
		{"Chile denounced Bolivia's claim on Monday.",
			"conflict occurred 2021-03-01 [] [CHL BOL]"},
		{"Kenyan telephone lines were cut on Monday.", ""},
	}
	checkEventPairs(t, tests)
}

// TestBrokenTies covers breaking relations and storming, with capitals as
// governments. Article date Wednesday 2021-03-03.
func TestBrokenTies(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Quito and Mexico City cut ties in 2019.", "conflict occurred 2019-01-01..2019-12-31 [] [ECU MEX]"},
		{"The central bank of Peru cut interest rates on Monday.", ""},
		{"Protesters stormed the French embassy in Niger on Monday.", "conflict occurred 2021-03-01 [] [FRA NER]"},
	}
	checkEventPairs(t, tests)
}

// TestRounds covers a few days of talks (an event, not a process) and
// exchanges of fire. Article date Wednesday 2021-03-03.
func TestRounds(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Serbia and Kosovo sent envoys to Brussels. The two sides failed to reach an agreement last week after three days of talks in Geneva.",
			"meet occurred 2021-02-22..2021-02-28 [] [SRB XKX] @Geneva"},
		{"India and Pakistan exchanged fire along the border on Monday, killing three soldiers.",
			"conflict occurred 2021-03-01 [] [IND PAK]"},
	}
	checkEventPairs(t, tests)
}

// TestTopics covers what is talked about, which takes no part. Article
// date Wednesday 2021-03-03.
func TestTopics(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida discussed China on Monday.",
			"meet occurred 2021-03-01 [Narendra Modi Fumio Kishida] [IND JPN]"},
		{"Indian Prime Minister Narendra Modi discussed trade with Japan on Monday.",
			"meet occurred 2021-03-01 [Narendra Modi] [IND JPN]"},
		{"Officials wrote that the secretary will discuss such issues as North Korea and Chinese trade.", ""},
		{"Brazil and Argentina held talks on Venezuela on Monday.",
			"meet occurred 2021-03-01 [] [BRA ARG]"},
		{"Brazil held talks with Argentina about Venezuela on Monday.",
			"meet occurred 2021-03-01 [] [BRA ARG]"},
	}
	checkEventPairs(t, tests)
}

// TestBloc covers a summit story's unnamed "leaders" and a same-day
// agreement told twice. Article date Wednesday 2021-03-03.
func TestBloc(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Group of Seven leaders met in Rome on Tuesday. The G7 statement was short. On Thursday, summit leaders will discuss debt.",
			"meet occurred 2021-03-02 [Group of Seven] [] @Rome\nmeet planned 2021-03-04 [Group of Seven] []"},
		{"Group of Seven leaders met in Rome. The G7 statement was short. Leaders of 16 countries will discuss debt.",
			"meet occurred 2021-03-03 [Group of Seven] [] @Rome"},
		{"Leaders of Chile and Peru have agreed to open the border. Trade rose. Prices fell. On Wednesday, the leaders of Chile and Peru agreed to open the border.",
			"agree occurred 2021-03-03 [] [CHL PER]"},
		{"Chile and Peru agreed on Wednesday to restart talks. Trade rose. Chile and Peru also agreed to launch joint patrols.",
			"agree occurred 2021-03-03 [] [CHL PER]\nagree occurred 2021-03-03 [] [CHL PER]"},
	}
	checkEventPairs(t, tests)
}

// TestGapsAndInvitations covers "the first ... in five years", which
// dates no event, and invitations, which are planned. Article date
// Wednesday 2021-03-03.
func TestGapsAndInvitations(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Indian Foreign Minister Subrahmanyam Jaishankar met Pakistani Foreign Minister Bilawal Bhutto Zardari on Monday, the first meeting of the two in five years.",
			"meet occurred 2021-03-01 [Subrahmanyam Jaishankar Bilawal Bhutto Zardari] [IND PAK]"},
		{"Chile and Peru held talks on Monday, the European Commission said.",
			"meet occurred 2021-03-01 [] [CHL PER]"},
		{"Chilean officials were optimistic about the results of talks between Chile and Peru.",
			"meet planned  [] [CHL PER]"},
		{"Peru requested formal consultations with Chile.",
			"meet planned  [] [PER CHL]"},
		{"The European Union said it would host a conference on Chile in Brussels.",
			"meet planned  [European Union] [] @Brussels"},
		{"Chilean Foreign Minister Antonia Urrejola accepted an invitation to visit Lima.",
			"visit planned  [Antonia Urrejola] [CHL PER] @Lima"},
	}
	checkEventPairs(t, tests)
}

// TestMeetingReference covers "During that meeting, ...", which takes the
// time of the meeting told before. Article date Wednesday 2021-03-03.
func TestMeetingReference(t *testing.T) {
	in := "Chilean Foreign Minister Antonia Urrejola met Peruvian Foreign Minister Cesar Landa in Lima last week. During that meeting, the two ministers agreed to reopen the border."
	want := "agree occurred 2021-02-22..2021-02-28 [Antonia Urrejola Cesar Landa] [CHL PER] @Lima\nmeet occurred 2021-02-22..2021-02-28 [Antonia Urrejola Cesar Landa] [CHL PER] @Lima"
	doc := extractText(t, in)
	if got := eventString(doc.Events); got != want {
		t.Errorf("Document(%q).Events =\n%s\nwant\n%s", in, got, want)
	}
}

// TestScene covers a time after a speech verb that also dates the
// meeting where the speaking took place. Article date Wednesday
// 2021-03-03.
func TestScene(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Chile will send aid to Peru, Chilean President Gabriel Boric said Monday at a conference in Lima attended by Peruvian President Pedro Castillo.",
			"meet occurred 2021-03-01 [Gabriel Boric Pedro Castillo] [CHL PER] @Lima"},
		{"Chilean President Gabriel Boric said Monday that talks with Peru would resume.",
			"meet planned  [Gabriel Boric] [CHL PER]"},
	}
	checkEventPairs(t, tests)
}

// TestCallingOff covers events denied after the fact, across hyphens, and
// times of a predicate whose only event word is denied. Article date
// Wednesday 2021-03-03.
func TestCallingOff(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The talks between Serbia and Kosovo, the first since 2019, ended on Monday without an agreement.",
			"meet occurred 2021-03-01 [] [SRB XKX]"},
		{"Indian Prime Minister Narendra Modi had been scheduled to visit Bangladesh on Monday, but the trip was cancelled.", ""},
		{"Australia and China have not held high-level talks since 2019.", ""},
	}
	checkEventPairs(t, tests)
}

// TestLeadersAndWhen covers "the leaders" as the principal persons and a
// "when" clause dated by the time it follows. Article date Wednesday
// 2021-03-03.
func TestLeadersAndWhen(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed signed seven agreements. The leaders held closed-door talks at State House.",
			"agree occurred 2021-03-03 [William Ruto Abiy Ahmed] [KEN ETH]\nmeet occurred 2021-03-03 [William Ruto Abiy Ahmed] [KEN ETH]"},
		{"Ethiopia has been locked in a dispute with Somalia since January, when it signed a memorandum with Djibouti.",
			"agree occurred 2021-01-01..2021-01-31 [] [DJI]"},
	}
	checkEventPairs(t, tests)
}

// TestAgreedAndToHold covers a second infinitive of an agreement that
// plans a meeting. Article date Wednesday 2021-03-03.
func TestAgreedAndToHold(t *testing.T) {
	in := "Chile and Peru agreed to cooperate against smuggling and to hold the next round of talks in Lima in May."
	want := "agree occurred 2021-03-03 [] [CHL PER]\nmeet planned 2021-05-01..2021-05-31 [] [CHL PER] @Lima"
	doc := extractText(t, in)
	if got := eventString(doc.Events); got != want {
		t.Errorf("Document(%q).Events =\n%s\nwant\n%s", in, got, want)
	}
}

// TestVisitHosts covers the host of a visit named by "at the invitation
// of" or "hosted by": the host takes part in the visit told with its
// visitor rather than making a visit of its own. Article date Wednesday
// 2021-03-03.
func TestVisitHosts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Chilean President Gabriel Boric arrived in Lima on March 1 for a three-day state visit. The visit is made at the invitation of Peruvian President Pedro Castillo.",
			// The arrival day opens the three days of the visit.
			"visit occurred 2021-03-01..2021-03-03 [Gabriel Boric Pedro Castillo] [CHL PER] @Lima"},
		{"Kenyan President William Ruto arrived in Accra on March 1 for a state visit at the invitation of his Ghanaian counterpart, Nana Akufo-Addo.",
			"visit occurred 2021-03-01 [William Ruto Nana Akufo-Addo] [KEN GHA] @Accra"},
		// The visit of a participle clause is the subject's.
		{"Chilean President Gabriel Boric left Lima on March 2, concluding a three-day state visit to Peru at the invitation of Peruvian President Pedro Castillo.",
			"visit occurred 2021-03-02 [Gabriel Boric Pedro Castillo] [CHL PER]"},
		// Two visitors are two visits, host or not.
		{"Chilean President Gabriel Boric visited Lima on March 1. Kenyan President William Ruto visited Accra on March 1.",
			"visit occurred 2021-03-01 [Gabriel Boric] [CHL PER] @Lima\nvisit occurred 2021-03-01 [William Ruto] [KEN GHA] @Accra"},
	}
	checkEventPairs(t, tests)
}

// TestThePairPlanned covers "the pair" and "the two" as the parties of
// the meeting told before, also with the words of a planned meeting
// between them ("are expected to meet"). Article date Wednesday
// 2021-03-03.
func TestThePairPlanned(t *testing.T) {
	lead := "Kenyan Foreign Minister Raychelle Omamo met Ghanaian Foreign Minister Shirley Botchwey in Nairobi on March 1. "
	tests := []struct{ in, want string }{
		{lead + "The pair are expected to meet again in Accra on March 20.",
			"meet occurred 2021-03-01 [Raychelle Omamo Shirley Botchwey] [KEN GHA] @Nairobi\nmeet planned 2021-03-20 [Raychelle Omamo Shirley Botchwey] [KEN GHA] @Accra"},
		// The meeting just told had one person: the story's two.
		{"Kenyan Foreign Minister Raychelle Omamo spoke with Ghanaian Foreign Minister Shirley Botchwey by phone on March 1. Omamo also spoke with ministers from Japan and China on March 2. The pair are expected to meet in Accra on March 20.",
			"meet occurred 2021-03-01 [Raychelle Omamo Shirley Botchwey] [KEN GHA]\nmeet occurred 2021-03-02 [Raychelle Omamo] [KEN JPN CHN]\nmeet planned 2021-03-20 [Raychelle Omamo Shirley Botchwey] [KEN GHA] @Accra"},
		{lead + "The two are due to hold talks in Accra on March 20.",
			"meet occurred 2021-03-01 [Raychelle Omamo Shirley Botchwey] [KEN GHA] @Nairobi\nmeet planned 2021-03-20 [Raychelle Omamo Shirley Botchwey] [KEN GHA] @Accra"},
	}
	checkEventPairs(t, tests)
}

// TestTitleOverDateLine covers a headline followed by a date line with
// no full stop between: the headline restates the story and adds no
// event of its own, as it does when a blank line follows it.
func TestTitleOverDateLine(t *testing.T) {
	body := "Kenyan Foreign Minister Raychelle Omamo met Ghanaian Foreign Minister Shirley Botchwey in Nairobi on Monday.\n"
	want := "meet occurred 2021-03-01 [Raychelle Omamo Shirley Botchwey] [KEN GHA] @Nairobi"
	for _, head := range []string{
		"Omamo, Botchwey hold talks on trade in Nairobi\n3 March 2021\n",
		"Omamo, Botchwey hold talks on trade in Nairobi\n\n3 March 2021\n",
	} {
		in := head + body
		doc := extractText(t, in)
		if got := eventString(doc.Events); got != want {
			t.Errorf("Document(%q).Events =\n%s\nwant\n%s", in, got, want)
		}
	}
}

// TestGoalsEngagementsAndTitles covers violence named as what is to be
// prevented, "engage" with people as a meeting, and a title line with a
// possessive. Article date Wednesday 2021-03-03.
func TestGoalsEngagementsAndTitles(t *testing.T) {
	checkEvents(t, []eventCase{
		{"violence to prevent is no event",
			"Peruvian Foreign Minister Ana Cecilia Gervasi will work with Chilean teachers to prevent school violence.", ""},
		{"engaging officials is a meeting",
			"In Quito, Peruvian Foreign Minister Ana Cecilia Gervasi will engage senior Ecuadorian officials on March 10.",
			"meet planned 2021-03-10 [Ana Cecilia Gervasi] [PER ECU] @Quito"},
		{"engaging on a topic is no meeting",
			"Peruvian Foreign Minister Ana Cecilia Gervasi will engage on migration issues.", ""},
		{"a second predicate shares the first one's future",
			"In Lima, Chilean Foreign Minister Antonia Urrejola will sign a border treaty, as well as host Peruvian business leaders for a discussion on trade.",
			"agree planned  [Antonia Urrejola] [CHL] @Lima\nmeet planned  [Antonia Urrejola] [CHL PER]"},
		{"a relative clause on a long-named target tells the attack again",
			"Today, Chilean and Peruvian ministers discussed Bolivia's March 1 attack on the M/V SANTA ROSA, which killed two sailors.",
			"conflict occurred 2021-03-01 [] [CHL PER BOL]\nmeet occurred 2021-03-03 [] [CHL PER]"},
		{"a dated missile launch shows force; a launch pad does not",
			"Iran's launch of a ballistic missile on Monday alarmed Israel. Reporters toured the launch pad.",
			"conflict occurred 2021-03-01 [] [IRN ISR]"},
		{"the launch of a programme is no conflict",
			"Iran's launch of a literacy programme on Monday pleased Iraq.", ""},
		{"going ahead with talks is done, not planned",
			"Chile and Peru went ahead with the talks despite the protests.",
			"meet occurred 2021-03-03 [] [CHL PER]"},
		{"an archive photo's caption reports nothing",
			"FILE - Chilean President Gabriel Boric, left, meets Peruvian President Pedro Castillo in Lima, Jan. 5, 2021.\nChile and Peru signed a water treaty on Monday.",
			"agree occurred 2021-03-01 [] [CHL PER]"},
		{"a period a noun takes with for dates the noun, not the talks",
			"Chile and Peru discussed the budget for 2025 on Monday.",
			"meet occurred 2021-03-01 [] [CHL PER]"},
		{"targets for next year are no plan of the agreement",
			"Chile and Peru agreed on targets for next year.",
			"agree occurred 2021-03-03 [] [CHL PER]"},
		{"a trigger's own for-time still dates it",
			"Chile and Peru scheduled talks for next week.",
			"meet planned 2021-03-08..2021-03-14 [] [CHL PER]"},
		{"a second infinitive without to is agreed too",
			"Chile and Peru agreed on Sunday to expand trade and hold a summit next year.",
			"agree occurred 2021-02-28 [] [CHL PER]\nmeet planned 2022-01-01..2022-12-31 [] [CHL PER]"},
		{"a courtesy call on a person is a meeting with him",
			"Chilean Foreign Minister Alberto van Klaveren on Monday called on his Peruvian counterpart Ana Cecilia Gervasi in Lima.",
			"meet occurred 2021-03-01 [Alberto van Klaveren Ana Cecilia Gervasi] [CHL PER] @Lima"},
		{"a call on a person to act is an appeal, no meeting",
			"Chilean Foreign Minister Alberto van Klaveren called on Peruvian President Pedro Castillo to free the prisoners.", ""},
		{"a fronted during-phrase shares the main clause's future",
			"During the trilateral meeting, the latest developments in the Bolivian peace process will be discussed.",
			"meet planned  [] [BOL]"},
		{"an announced visit is to come; the announcement's day is not its date",
			"The Chilean foreign ministry announced the visit on Monday.",
			"visit planned  [] [CHL]"},
		{"an announced visit keeps its own time",
			"The Chilean foreign ministry on Monday announced the visit to Lima next week.",
			"visit planned 2021-03-08..2021-03-14 [] [CHL PER] @Lima"},
		{"wanting to meet is an intent, planned",
			"Chilean President Gabriel Boric wants to meet Peruvian President Pedro Castillo.",
			"meet planned  [Gabriel Boric Pedro Castillo] [CHL PER]"},
		{"a readiness to hold talks is an intent, planned",
			"Chile expressed its readiness to hold talks with Peru.",
			"meet planned  [] [CHL PER]"},
		{"agreeing to a noun keeps the clause's time",
			"Chile and Peru agreed to a ceasefire on Monday.",
			"agree occurred 2021-03-01 [] [CHL PER]"},
		{"a pseudo-cleft's stranded to keeps the clause's time",
			"What Chile and Peru agreed to on Monday is a ceasefire.",
			"agree occurred 2021-03-01 [] [CHL PER]"},
		{"armed craft that opened fire, reported undated in the past, are the day's violence",
			"Colonel Juan Perez said two Chilean helicopters opened fire on a Peruvian village.",
			"conflict occurred 2021-03-03 [] [CHL PER]"},
		{"a speaker is not the subject of what he reports",
			"Colonel Juan Perez, the provincial police chief, said two Chilean helicopters crossed into Peru and opened fire on a village.",
			"conflict occurred 2021-03-03 [] [CHL PER]"},
		{"a visit takes no place from a later clause with a subject of its own",
			"Chilean Foreign Minister Alberto van Klaveren visited Peru in January and the two ministers also met on February 3 in Quito, Ecuador.",
			"visit occurred 2021-01-01..2021-01-31 [Alberto van Klaveren] [CHL PER]\nmeet occurred 2021-02-03 [Alberto van Klaveren] [CHL PER] @Quito"},
		{"pressing on with talks is going on with them, not asking for them",
			"Chile and Peru pressed on with the talks on Monday.",
			"meet occurred 2021-03-01 [] [CHL PER]"},
		{"pressing for talks still asks for them",
			"Chile pressed for talks with Peru.",
			"meet planned  [] [CHL PER]"},
		{"a for-time in the meeting's own of-phrase dates the meeting",
			"Chile will host a meeting of South American foreign ministers for next week.",
			"meet planned 2021-03-08..2021-03-14 [] [CHL]"},
		{"the day of an announcement dates no talks announced",
			"The Chilean foreign ministry, announcing the visit on Monday, said Mr. Boric would hold talks with Peruvian President Pedro Castillo.",
			"meet planned  [Boric Pedro Castillo] [CHL PER]\nvisit planned  [Boric Pedro Castillo] [CHL PER]"},
		{"a coordinated verb that holds no meeting adds nothing",
			"Chile and Peru agreed on Sunday to expand trade and open markets.",
			"agree occurred 2021-02-28 [] [CHL PER]"},
		{"a title with a possessive reports nothing",
			"Foreign Minister Gervasi’s Travel to Ecuador and Chile\nMedia Note\n\nPeruvian Foreign Minister Ana Cecilia Gervasi will travel to Quito on March 10.",
			"visit planned 2021-03-10 [Ana Cecilia Gervasi] [PER ECU] @Quito"},
	})
}

// TestJoinedTrips covers joining a person in another state, which is a
// visit; a later possessive mention of the trip, which is that trip; and
// a trip named in a fronted "On the heels of" phrase, which takes no
// date from the sentence's other happening. Article date Wednesday
// 2021-03-03.
func TestJoinedTrips(t *testing.T) {
	checkEvents(t, []eventCase{
		{"joining a person abroad is a visit",
			"Secretary Gina Raimondo will join President Joe Biden in Japan next week.",
			"meet planned 2021-03-08..2021-03-14 [Gina Raimondo Joe Biden] [JPN]\nvisit planned 2021-03-08..2021-03-14 [Gina Raimondo Joe Biden] [JPN]"},
		{"a possessive mention is the trip told before",
			"Secretary Gina Raimondo will join President Joe Biden in Japan next week. On the heels of Raimondo's Japan trip, the department will lead a trade mission to Korea from March 22-26.",
			"meet planned 2021-03-08..2021-03-14 [Gina Raimondo Joe Biden] [JPN]\nvisit planned 2021-03-08..2021-03-14 [Gina Raimondo Joe Biden] [JPN]"},
	})
}

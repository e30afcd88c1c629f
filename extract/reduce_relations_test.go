package extract_test

import "testing"

// TestReduceRelations checks the reduce-relations phrasings of the CAMEO
// 2.0 verb dictionary (CANCEL and EXPEL blocks): closing a border or an
// embassy, an expulsion ordered or announced, an envoy instructed to
// return, and a signature put to a text; with near misses in the
// everyday senses. Article date Wednesday 2021-03-03.
func TestReduceRelations(t *testing.T) {
	checkEvents(t, []eventCase{
		{"closed the border with",
			"Guyana closed its border with Suriname on Monday.",
			"conflict occurred 2021-03-01 [] [GUY SUR]"},
		{"closed border crossings",
			"Guyanese President Ravi Doobay last week closed two border crossings with Suriname.",
			"conflict occurred 2021-02-22..2021-02-28 [Ravi Doobay] [GUY SUR]"},
		{"closed an embassy",
			"Guyana has closed its embassy in Paramaribo.",
			"conflict occurred 2021-03-03 [] [GUY] @Paramaribo"},
		{"ordered the expulsion of",
			"Suriname ordered the expulsion of three Guyanese diplomats on Tuesday.",
			"conflict occurred 2021-03-02 [] [SUR GUY]"},
		{"by ordering the expulsion of",
			"The Surinamese government responded on Tuesday by ordering the expulsion of two Guyanese diplomats.",
			"conflict occurred 2021-03-02 [] [SUR GUY]"},
		{"instructed an envoy to return",
			"Guyana on Monday instructed its ambassador in Suriname, Ravi Doobay, to return home for consultations.",
			"conflict occurred 2021-03-01 [Ravi Doobay] [GUY SUR]"},
		{"put a signature to",
			"Guyanese Foreign Minister Ravi Doobay put his signature to the fisheries accord with Suriname on Tuesday.",
			"agree occurred 2021-03-02 [Ravi Doobay] [GUY SUR]"},
		{"presented credentials",
			"The new Guyanese ambassador, Ravi Doobay, presented his credentials to Surinamese President Ana Vos on Tuesday.",
			"meet occurred 2021-03-02 [Ravi Doobay Ana Vos] [GUY SUR]"},
		{"presented Letters of Credence",
			"Guyanese ambassador Ravi Doobay on Tuesday presented his Letters of Credence to Surinamese President Ana Vos.",
			"meet occurred 2021-03-02 [Ravi Doobay Ana Vos] [GUY SUR]"},
		// negative: the everyday senses
		{"credentials checked",
			"The credentials of the Guyanese delegates to Suriname were checked on Tuesday.",
			""},
		{"closed a deal",
			"Guyana and Suriname closed the deal on Monday.",
			""},
		{"closed-door talks",
			"Guyana and Suriname held closed-door talks on Monday.",
			"meet occurred 2021-03-01 [] [GUY SUR]"},
		{"an expulsion named, not ordered",
			"Guyanese officials said the expulsion of the diplomats from Suriname was a mistake.",
			""},
		{"instructed the army",
			"Guyana on Monday instructed its army to return to barracks.",
			""},
		{"signatures collected",
			"Guyanese activists collected the signatures of 5,000 Surinamese residents.",
			""},
	})
}

// TestTripExcludesStop checks that a trip whose predicate denies a stop
// ("does not include a stop in") makes no visit to the place named, while
// a stop included is one. Article date Wednesday 2021-03-03.
func TestTripExcludesStop(t *testing.T) {
	checkEvents(t, []eventCase{
		{"does not include a stop",
			"A news report noted the tour does not include a stop in Suriname.",
			""},
		{"will not include a visit",
			"The trip will not include a visit to Guyana, officials said.",
			""},
		// negative: an included stop is a stop
		{"includes a stop",
			"The tour includes a stop in Suriname.",
			"visit planned  [] [SUR]"},
	})
}

// TestEarlierAct checks that a past act of coercion right after its
// named subject stays when "earlier" or "already" stands between ("had
// earlier closed the border"), as it does when "also" or "later" does.
// Article date Wednesday 2021-03-03.
func TestEarlierAct(t *testing.T) {
	checkEvents(t, []eventCase{
		{"had earlier closed",
			"Guyanese President Ravi Doobay had earlier closed the border with Suriname.",
			"conflict occurred 2021-03-03 [Ravi Doobay] [GUY SUR]"},
		{"has already expelled",
			"Suriname has already expelled two Guyanese diplomats.",
			"conflict occurred 2021-03-03 [] [SUR GUY]"},
		// negative: with no named subject right before, an undated act
		// is background
		{"undated act without its subject",
			"Two Guyanese diplomats were earlier expelled by Suriname.",
			""},
	})
}

// TestAidCut checks that cutting off aid, arms shipments or military
// cooperation reduces relations (CAMEO 162, conflict) and gives no aid,
// while aid given stays cooperation and the everyday objects of "cut" and
// "halted" make no event. Article date Wednesday 2021-03-03.
func TestAidCut(t *testing.T) {
	checkEvents(t, []eventCase{
		{"cut off aid",
			"Guyana cut off aid to Suriname on Tuesday.",
			"conflict occurred 2021-03-02 [] [GUY SUR]"},
		{"froze military assistance",
			"Guyana froze military assistance to Suriname on Tuesday.",
			"conflict occurred 2021-03-02 [] [GUY SUR]"},
		{"halted arms shipments",
			"Guyana halted arms shipments to Suriname on Tuesday.",
			"conflict occurred 2021-03-02 [] [GUY SUR]"},
		{"suspended military cooperation",
			"Guyana suspended military cooperation with Suriname on Tuesday.",
			"conflict occurred 2021-03-02 [] [GUY SUR]"},
		// negative: aid given, and other objects
		{"aid given",
			"Guyana gave aid to Suriname on Tuesday.",
			"cooperate occurred 2021-03-02 [] [GUY SUR]"},
		{"cut rates",
			"Guyana cut interest rates on Tuesday, Suriname said.",
			""},
		{"halted a match",
			"The referee halted the match between Guyana and Suriname on Tuesday.",
			""},
	})
}

package extract_test

import "testing"

// TestTradePeriods checks the period a trade figure takes: its own, the
// period of the data release it belongs to, never the base of a
// comparison. Article date Wednesday 2021-03-03 for every case.
func TestTradePeriods(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a release's period carries to later figures",
			"Norway's trade surplus widened 12.5% in February, the statistics office said on Friday. Its exports to Germany rose 4.1% to $3.2 billion.",
			"trade occurred 2021-02-01..2021-02-28 [] [NOR DEU] 3200000000 USD exports"},
		{"a year earlier is the comparison base, not the period",
			"Peru's trade surplus with China grew 8% in January. The surplus with Japan fell 3% from a year earlier, to $120 million.",
			"trade occurred 2021-01-01..2021-01-31 [] [PER JPN] 120000000 USD surplus"},
		{"compared with a month is the comparison base",
			"Ghana's exports to Togo fell 2% in February. Imports from Togo rose 6% compared with January, to $40 million.",
			"trade occurred 2021-02-01..2021-02-28 [] [GHA TGO] 40000000 USD imports"},
		{"a look back at a base year does not replace the release's period",
			"Chile's trade surplus with Brazil rose to $300 million in January. In January 2019 the surplus was $250 million. Copper led the gains. Its exports to Brazil grew 5% to $700 million.",
			"trade occurred 2019-01-01..2019-01-31 [] [CHL BRA] 250000000 USD surplus\ntrade occurred 2021-01-01..2021-01-31 [] [CHL BRA] 300000000 USD surplus\ntrade occurred 2021-01-01..2021-01-31 [] [CHL BRA] 700000000 USD exports"},
		{"without a release a figure has no period",
			"Ghana's exports to Togo rose 6% from a year earlier, to $40 million.",
			"trade occurred  [] [GHA TGO] 40000000 USD exports"},
		{"a sentence without a time goes on with the figure just before",
			"Chile's trade surplus with Brazil rose to $300 million in January. At the end of 2019, the surplus was $250 million. Its exports to Brazil grew 5% to $700 million.",
			"trade occurred 2019-09-01..2019-12-31 [] [CHL BRA] 250000000 USD surplus\ntrade occurred 2019-09-01..2019-12-31 [] [CHL BRA] 700000000 USD exports\ntrade occurred 2021-01-01..2021-01-31 [] [CHL BRA] 300000000 USD surplus"},
		{"all of a year after compared to is the comparison base",
			"Imports from Togo into Ghana jumped threefold in January to $40 million compared to all of 2020.",
			"trade occurred 2021-01-01..2021-01-31 [] [TGO GHA] 40000000 USD imports"},
		{"the whole of a year after than is the comparison base",
			"Ghana's exports to Togo in February were $40 million, more than the whole of 2019.",
			"trade occurred 2021-02-01..2021-02-28 [] [GHA TGO] 40000000 USD exports"},
		{"all of a year with no comparison dates the figure",
			"Imports from Togo into Ghana totalled $40 million in all of 2020.",
			"trade occurred 2020-01-01..2020-12-31 [] [TGO GHA] 40000000 USD imports"},
		{"the same period last year is the comparison base",
			"During January-March, Indian exports to Kenya rose 7 percent from the same period last year to 2.1 billion dollars.",
			"trade occurred 2021-01-01..2021-03-31 [] [IND KEN] 2100000000 USD exports"},
	})
}

// TestTradeToldDay checks that the day a figure is told on, set before
// the speech verb, is not the period the figure covers, while a time of
// the figure's own clause still is. Article date Wednesday 2021-03-03.
func TestTradeToldDay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a day before the speech verb dates the telling",
			"Finance minister Ola Berg on Monday said that Norway's exports to Sweden exceeded $4 billion.",
			"trade occurred  [] [NOR SWE] 4000000000 USD exports"},
		{"a period in the told clause still dates the figure",
			"Finance minister Ola Berg on Monday said that Norway's exports to Sweden exceeded $4 billion in January.",
			"trade occurred 2021-01-01..2021-01-31 [] [NOR SWE] 4000000000 USD exports"},
		{"a time before a verb that is no speech verb dates the figure",
			"Norway's exports to Sweden last year exceeded $4 billion.",
			"trade occurred 2020-01-01..2020-12-31 [] [NOR SWE] 4000000000 USD exports"},
	})
}

// TestTradeParties checks the states of a trade figure of a release: the
// release's state fills in an owner the figure does not name, and the
// story's pair does not stand in for a partner that is no state of it.
func TestTradeParties(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a figure named by a pronoun takes the release's state",
			"Norway's trade surplus widened 12.5% in February. Its global surplus totaled $3.2 billion.",
			"trade occurred 2021-02-01..2021-02-28 [] [NOR] 3200000000 USD surplus"},
		{"a partner that is an organisation keeps the other principal out",
			"Peru and Chile signed a port deal on Monday. Peru's trade surplus with the European Union fell 2% to $80 million in January.",
			"trade occurred 2021-01-01..2021-01-31 [European Union] [PER] 80000000 USD surplus\nagree occurred 2021-03-01 [] [PER CHL]"},
		{"a name the gazetteer does not know may stand for a principal",
			"China's trade with Iran rose 4% in January. China's exports to the Islamic Republic fell to $800 million.",
			"trade occurred 2021-01-01..2021-01-31 [Islamic Republic] [CHN IRN] 800000000 USD exports"},
		{"a figure with a region keeps the one state",
			"Trade between India and Africa reached 40 billion dollars in the first half of this year. Imports from Africa rose 5 percent to 19 billion dollars.",
			"trade occurred 2021-01-01..2021-06-30 [] [IND] 40000000000 USD trade volume\ntrade occurred 2021-01-01..2021-06-30 [] [IND] 19000000000 USD imports"},
	})
}

// TestReleaseFigures checks figures a release tells in its own shorthand:
// an amount in apposition, amounts without a currency after a figure that
// named one, a month before the measure, and a figure after a clause of
// change that is no goal. Article date Wednesday 2021-03-03.
func TestReleaseFigures(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an amount in apposition to a record",
			"Canada's trade deficit reached a new high in January, 4.2 billion US dollars, the agency said.",
			"trade occurred 2021-01-01..2021-01-31 [] [CAN] 4200000000 USD deficit"},
		{"a release names its currency once",
			"Canada's trade deficit widened to 4.2 billion US dollars in January. Imports climbed 2.1% to 51.3 billion.",
			"trade occurred 2021-01-01..2021-01-31 [] [CAN] 4200000000 USD deficit\ntrade occurred 2021-01-01..2021-01-31 [] [CAN] 51300000000 USD imports"},
		{"a bare number of people is no amount",
			"Canada's trade deficit widened to 4.2 billion US dollars in January. Imports reach 38 million people.",
			"trade occurred 2021-01-01..2021-01-31 [] [CAN] 4200000000 USD deficit"},
		{"to grow before a new subject is no goal of the figure; the month before the trade gap dates it",
			"Kenya's economy continues to grow amid calls for reform and the January trade gap with Uganda rose 4% to $90 million.",
			"trade occurred 2021-01-01..2021-01-31 [] [KEN UGA] 90000000 USD deficit"},
	})
}

// TestAgreementAmounts checks that a sum of agreements is the
// agreements' figure, not a trade figure. Article date 2021-03-03.
func TestAgreementAmounts(t *testing.T) {
	checkEvents(t, []eventCase{
		{"agreements amounting to a sum",
			"Brazil and Peru on Monday signed bilateral trade agreements amounting to $25.5 billion.",
			"agree occurred 2021-03-01 [] [BRA PER] 25500000000 USD trade volume"},
	})
}

// TestReleaseDetails checks more of a release's shorthand: a later
// sentence without an owner keeps the release's state, a measure named
// between two amounts is the later one's, a goal's base is no goal, and
// balances of a budget, capital or payments are no trade figures.
// Article date Wednesday 2021-03-03.
func TestReleaseDetails(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a sentence without an owner goes on with the release's state",
			"Kenya's trade deficit widened to 310 mln dlrs in January. The trade deficit for the fourth quarter of 2020 was 870 mln dlrs.",
			"trade occurred 2020-10-01..2020-12-31 [] [KEN] 870000000 USD deficit\ntrade occurred 2021-01-01..2021-01-31 [] [KEN] 310000000 USD deficit"},
		{"a measure between two amounts is the later one's",
			"Kenya's trade deficit widened 4% in January. January exports totalled 410 mln dlrs compared with imports of 720 mln dlrs.",
			"trade occurred 2021-01-01..2021-01-31 [] [KEN] 410000000 USD exports\ntrade occurred 2021-01-01..2021-01-31 [] [KEN] 720000000 USD imports"},
		{"what a goal is set against is no goal",
			"Kenya's exports are expected to total 9 billion dlrs this year against 7.5 billion dlrs last year.",
			"trade occurred 2020-01-01..2020-12-31 [] [KEN] 7500000000 USD exports\ntrade planned 2021-01-01..2021-12-31 [] [KEN] 9000000000 USD exports"},
		{"a change is no figure",
			"Kenya's exports decreased $30 million to $410 million in January, while imports rose to $720 million, an increase of $15 million from December.",
			"trade occurred 2021-01-01..2021-01-31 [] [KEN] 410000000 USD exports\ntrade occurred 2021-01-01..2021-01-31 [] [KEN] 720000000 USD imports"},
		{"a capital account deficit is no trade figure",
			"Kenya's long-term capital account deficit widened to 1.2 billion dlrs in January.",
			""},
		{"transfer payments in deficit are no trade figure",
			"Kenya's trade surplus rose 3% in January. Transfer payments narrowed to a 40 mln dlr deficit.",
			""},
		{"trade sanctions are no release",
			"WASHINGTON, June 2 - Officials weigh lifting trade sanctions imposed on Kenya last January. The sanctions cover 300 mln dlrs of Kenyan exports.",
			"conflict occurred 2021-01-01..2021-01-31 [] [KEN]\ntrade occurred  [] [KEN] 300000000 USD exports"},
	})
}

// TestComparisonBaseOnly checks that only a comparison's base loses its
// role as a time: "on the same day" still dates a meeting. Article date
// Wednesday 2021-03-03.
func TestComparisonBaseOnly(t *testing.T) {
	checkEvents(t, []eventCase{
		{"on the same day dates a meeting",
			"Kenyan President William Ruto arrived in Accra on Monday. He met Ghanaian President Nana Akufo-Addo on the same day.",
			"meet occurred 2021-03-01 [William Ruto Nana Akufo-Addo] [KEN GHA]\nvisit occurred 2021-03-01 [William Ruto] [KEN GHA] @Accra"},
		{"over the same period last year is a base",
			"Kenya's exports to Uganda rose 6% over the same period last year, to $40 million in the first quarter.",
			"trade occurred 2021-01-01..2021-03-31 [] [KEN UGA] 40000000 USD exports"},
	})
}

// TestInvestFigures checks that money put in by a verb of investing is
// an investment figure, and that an agreement to invest carries the sum
// as one event. Article date Wednesday 2021-03-03.
func TestInvestFigures(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a commitment to investing a sum, in the article's month a year back",
			"Japan committed in March to investing $5 billion over three years in Kenya.",
			"trade occurred 2020-03-01..2020-03-31 [] [JPN KEN] 5000000000 USD investment"},
		{"an investment to come is planned",
			"Japan will invest $5 billion in Kenya next year.",
			"trade planned 2022-01-01..2022-12-31 [] [JPN KEN] 5000000000 USD investment"},
		{"an agreement to invest carries the sum",
			"Toyota and the Kenyan government on Monday signed an agreement to invest $2 billion in a new plant.",
			"agree occurred 2021-03-01 [] [KEN] 2000000000 USD investment"},
		{"a sum spent is no investment",
			"Japan spent $5 billion on roads in Kenya last year.", ""},
	})
}

// TestTradeVerbFigures checks that money bought or sold abroad by a verb
// of trade is an imports or exports figure, and that a quantity without
// money is none. Article date Wednesday 2021-03-03.
func TestTradeVerbFigures(t *testing.T) {
	checkEvents(t, []eventCase{
		{"imported a sum worth of goods in a year",
			"Peru imported $42 billion worth of goods in 2019, the envoy said.",
			"trade occurred 2019-01-01..2019-12-31 [] [PER] 42000000000 USD imports"},
		{"exported goods worth a sum",
			"Ghana exported cocoa worth $2 billion to Europe last year.",
			"trade occurred 2020-01-01..2020-12-31 [] [GHA] 2000000000 USD exports"},
		{"a quantity imported is no figure",
			"Peru imported 300,000 tonnes of wheat in 2019.", ""},
		{"money earned by another verb is no trade figure",
			"Peru earned $3 billion from tourism in 2019.", ""},
	})
}

// TestTradeForecasts checks that a figure a modal verb of change
// forecasts is planned and does not take the period of the figure told
// before it, while a plain figure after it still does. Article date
// Wednesday 2021-03-03.
func TestTradeForecasts(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a forecast of a figure told before is planned, with no period",
			"Vietnam's exports to Japan last year were $469 million. Economists have predicted the agreement could increase that export figure to $800 million in the first year.",
			"trade occurred 2020-01-01..2020-12-31 [] [VNM JPN] 469000000 USD exports\ntrade planned  [] [VNM JPN] 800000000 USD exports"},
		{"a plain figure after it takes its period",
			"Vietnam's exports to Japan last year were $469 million. Imports from Japan were $300 million.",
			"trade occurred 2020-01-01..2020-12-31 [] [VNM JPN] 469000000 USD exports\ntrade occurred 2020-01-01..2020-12-31 [] [VNM JPN] 300000000 USD imports"},
	})
}

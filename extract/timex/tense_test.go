package timex_test

import "testing"

// tenseTests check how the tense of the governing verb places a month or
// weekday named without a year or direction. The sentences are invented.
var tenseTests = []tagCase{
	// DCT 2013-11-01: August lies two months back, ten ahead.
	{"a dated noun one builds on lies back though the clause looks ahead", "Building on the August 20 State visit of the king, the minister will propose a treaty.",
		[]want{{"August 20", "DATE", "2013-08-20", "", "2013-08-20"}}},
	{"a dated noun after after lies back", "The council will draft a budget after the Aug. 20 vote.",
		[]want{{"Aug. 20", "DATE", "2013-08-20", "", "2013-08-20"}}},
	{"a possessive date after after lies back", "The council will draft a budget after Tuesday's vote.",
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"a dated noun ahead of keeps the future at the end too", "The council will draft a budget ahead of the Aug. 20 vote.",
		[]want{{"Aug. 20", "DATE", "2014-08-20", "", "2014-08-20"}}},
	{"a dated noun in the wake of lies back", "In the wake of the August 20 floods the city will rebuild the dams.",
		[]want{{"August 20", "DATE", "2013-08-20", "", "2013-08-20"}}},
	{"a dated noun ahead of keeps the future", "Ahead of the Aug. 20 vote, the party will change its rules.",
		[]want{{"Aug. 20", "DATE", "2014-08-20", "", "2014-08-20"}}},
	{"a bare date after after keeps the clause's future", "The council will vote after Aug. 20.",
		[]want{{"Aug. 20", "DATE", "2014-08-20", "", "2014-08-20"}}},
	{"a dated noun next to the DCT's month after after stays the nearest", "After the Dec. 3 summit, the leaders will sign the accord.",
		[]want{{"Dec. 3", "DATE", "2013-12-03", "", "2013-12-03"}}},
	{"a plan the story calls original lies back", "The rocket originally was scheduled to fly in early March. The bridge, initially planned for February, opened late.",
		[]want{{"early March", "DATE", "2013-03", "START", "2013-03-01..2013-03-10"}, {"February", "DATE", "2013-02", "", "2013-02-01..2013-02-28"}}},
	{"a plan told with was alone still looks ahead", "The rocket was scheduled to fly in early March. The envoy was expected to return Tuesday.",
		[]want{{"early March", "DATE", "2014-03", "START", "2014-03-01..2014-03-10"}, {"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"a plan noun without complement leaves the past verb to decide", "The mill announced the plan Aug. 21.",
		[]want{{"Aug. 21", "DATE", "2013-08-21", "", "2013-08-21"}}},
	{"a plan noun with its infinitive still looks ahead", "The mill announced plans to close in August.",
		[]want{{"August", "DATE", "2014-08", "", "2014-08-01..2014-08-31"}}},
	{"a plan noun before punctuation dates nothing", "On Wednesday, when the envoy dropped his holiday plans, the ministry approved the loan.",
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"effective names the day a change takes effect, ahead", "The board appointed a new treasurer, effective Feb. 1.",
		[]want{{"Feb. 1", "DATE", "2014-02-01", "", "2014-02-01"}}},
	{"as planned keeps the main verb's tense", "The offensive began as originally planned on Wednesday.",
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"planned alone still looks ahead", "The offensive is planned for Wednesday.",
		[]want{{"Wednesday", "DATE", "2013-11-06", "", "2013-11-06"}}},
	{"a case name with vs. does not end the sentence", "In March, a year after Smith vs. Jones was decided, the court struck down the law.",
		[]want{{"March", "DATE", "2013-03", "", "2013-03-01..2013-03-31"}, {"a year", "DURATION", "P1Y", "", ""}}},
	{"a date before its noun takes the verb's tense only as a hint", "The president was cancelling a Dec. 3 summit with his rival.",
		[]want{{"Dec. 3", "DATE", "2013-12-03", "", "2013-12-03"}}},
	{"a participial insertion between subject and schedule verb", "The premier, weakened by a scandal at home, sets out Wednesday for Paris.",
		[]want{{"Wednesday", "DATE", "2013-11-06", "", "2013-11-06"}}},
	{"an infinitive after a plural object tells the purpose of a past event", "The city staged parades to mark the anniversary on Wednesday.",
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"the plans to with a past main verb after them look ahead", "The plans to open the bridge on Wednesday were welcomed by drivers.",
		[]want{{"Wednesday", "DATE", "2013-11-06", "", "2013-11-06"}}},
	{"their plan to before a past verb looks ahead", "Their plan to sign the lease on Tuesday was praised.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"a day after the plan noun phrase dates the past verb", "The plans to open the bridge were approved on Wednesday.",
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"an infinitive after a plan noun still looks ahead", "The city announced plans to mark the anniversary on Wednesday.",
		[]want{{"Wednesday", "DATE", "2013-11-06", "", "2013-11-06"}}},
	{"a full stop first is no decimal point", ".5 on Wednesday.",
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"a present perfect with an irregular participle is past before through", "Exports have grown 4 percent through August.",
		[]want{{"August", "DATE", "2013-08", "", "2013-08-01..2013-08-31"}}},
	{"an adverb may stand inside the perfect", "The index has already fallen every month through August.",
		[]want{{"every month", "SET", "P1M", "", ""}, {"August", "DATE", "2013-08", "", "2013-08-01..2013-08-31"}}},
	{"has been with an adjective is a perfect", "Output has been flat through August.",
		[]want{{"August", "DATE", "2013-08", "", "2013-08-01..2013-08-31"}}},
	{"has been before a participle is a passive the participle decides", "The deadline has been extended through August.",
		[]want{{"August", "DATE", "2014-08", "", "2014-08-01..2014-08-31"}}},
	{"a present state through a month still looks ahead", "The discount runs through August.",
		[]want{{"August", "DATE", "2014-08", "", "2014-08-01..2014-08-31"}}},
	{"this season under way with a future verb is this year's", "The council will meet this fall.",
		[]want{{"this fall", "DATE", "2013-FA", "", "2013-09-01..2013-11-30"}}},
	{"a season already past with a future verb is next year's", "The council will meet in the spring.",
		[]want{{"the spring", "DATE", "2014-SP", "", "2014-03-01..2014-05-31"}}},
	{"a moving verb before through names an end ahead", "The government extended the subsidy through January.",
		[]want{{"January", "DATE", "2014-01", "", "2014-01-01..2014-01-31"}}},
	{"a moving verb before until or to names a date ahead", "The board postponed the vote until Tuesday and delayed the launch to March.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}, {"March", "DATE", "2014-03", "", "2014-03-01..2014-03-31"}}},
	{"a verb that moves nothing keeps the past", "The strike lasted through August, and talks were extended on Wednesday.",
		[]want{{"August", "DATE", "2013-08", "", "2013-08-01..2013-08-31"}, {"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"should looks ahead", "Results should be announced on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"should have looks back", "The notes should have been paid on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"a past event does not fall on a day ahead the text last named", "The count should end late Monday. Polls closed at around 19:00 local time (1800 UTC).",
		[]want{{"late Monday", "DATE", "2013-11-04", "END", "2013-11-04"}, {"around 19:00 local time", "TIME", "2013-11-01T19:00", "APPROX", "2013-11-01"}, {"1800 UTC", "TIME", "2013-11-01T18:00", "", "2013-11-01"}}},
	{"a parenthesis that holds a clause has its own tense", "The visit will be his fourth (he also traveled to Lyon in June to see the mayor).",
		[]want{{"June", "DATE", "2013-06", "", "2013-06-01..2013-06-30"}}},
	{"a parenthesis that restates a time keeps the clause's tense", "The envoy will leave at 4 in the morning (4 a.m. EDT Thursday).",
		[]want{{"4 in the morning", "TIME", "2013-11-01T04:00", "", "2013-11-01"}, {"4 a.m. EDT Thursday", "TIME", "2013-11-07T04:00", "", "2013-11-07"}}},
	{"a full stop before a comma is an abbreviation's", "He traveled to Sunnylands, Calif., in June to meet the mayor.",
		[]want{{"June", "DATE", "2013-06", "", "2013-06-01..2013-06-30"}}},
	{"a fronted month reads the main verb, not a clause after it", "In January, the judge ruled that the boy should go home.",
		[]want{{"January", "DATE", "2013-01", "", "2013-01-01..2013-01-31"}}},
	{"a decimal point does not hide the verb before it", "Trade has already reached $32.4 billion through August.",
		[]want{{"August", "DATE", "2013-08", "", "2013-08-01..2013-08-31"}}},
	// February is three months ahead, nine back: the nearest unless
	// the tense says otherwise.
	{"set on a date is a past participle", "The index is near the high it set on Feb. 6.",
		[]want{{"Feb. 6", "DATE", "2013-02-06", "", "2013-02-06"}}},
	{"set for a date still looks ahead", "The vote is set for Jan. 9 in the lower house.",
		[]want{{"Jan. 9", "DATE", "2014-01-09", "", "2014-01-09"}}},
	{"a futures delivery month lies ahead", "Wheat for March delivery fell 4 cents a bushel.",
		[]want{{"March", "DATE", "2014-03", "", "2014-03-01..2014-03-31"}}},
	{"a futures contract month lies ahead", "The April contract slid 2 percent on the exchange.",
		[]want{{"April", "DATE", "2014-04", "", "2014-04-01..2014-04-30"}}},
	{"a month before other nouns keeps the past", "Exports fell in April after a strike.",
		[]want{{"April", "DATE", "2013-04", "", "2013-04-01..2013-04-30"}}},
	// DCT 2013-11-01, a Friday.
	{"ahead in a phrasal verb is no future cue", "The firm pressed ahead with the launch on Monday, and the strike went ahead on Tuesday.",
		[]want{{"Monday", "DATE", "2013-10-28", "", "2013-10-28"}, {"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"ahead of after a past verb's day is no future cue", "The minister arrived in Lima on Monday ahead of the summit, and the envoys landed Tuesday ahead of talks.",
		[]want{{"Monday", "DATE", "2013-10-28", "", "2013-10-28"}, {"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"ahead of after a future verb's day keeps the future", "The minister will arrive in Lima on Monday ahead of the summit.",
		[]want{{"Monday", "DATE", "2013-11-04", "", "2013-11-04"}}},
	{"ahead after a noun still looks ahead", "Traders see volatile days ahead into Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"a day after for and a verb of arranging lies ahead", "The mayor called a meeting for Tuesday and arranged a vote for Dec. 9.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}, {"Dec. 9", "DATE", "2013-12-09", "", "2013-12-09"}}},
	{"called for is a demand, not an arrangement", "The mayor called for calm on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"a plan noun looks ahead only for its own complement", "The cabinet discussed the plan for 2016 on Tuesday; the board backed plans for March.",
		[]want{{"2016", "DATE", "2016", "", "2016-01-01..2016-12-31"}, {"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}, {"March", "DATE", "2014-03", "", "2014-03-01..2014-03-31"}}},
	{"a range named end first keeps its start before its end", "The tender was extended to Jan. 10 from Dec. 4.",
		[]want{{"Jan. 10", "DATE", "2014-01-10", "", "2014-01-10"}, {"Dec. 4", "DATE", "2013-12-04", "", "2013-12-04"}}},
	{"a start after from without a range end keeps the tense", "Sales rose to a record from Dec. 4.",
		[]want{{"Dec. 4", "DATE", "2012-12-04", "", "2012-12-04"}}},
	{"to after compared is a preposition, not an infinitive", "Output reached 40 tonnes last month, compared to zero in February, while imports fell.",
		[]want{{"last month", "DATE", "2013-10", "", "2013-10-01..2013-10-31"}, {"February", "DATE", "2013-02", "", "2013-02-01..2013-02-28"}}},
	{"to before a number word is a preposition", "The mill cut staff to two in February.",
		[]want{{"February", "DATE", "2013-02", "", "2013-02-01..2013-02-28"}}},
	{"plans after a pronoun is the verb, a strong future", "The exporter said it plans to ship the cargo on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"a month of shipment lies ahead of the sale", "Traders sold 20,000 tonnes of sugar for February shipment; the rest is for shipment March-April.",
		[]want{{"February", "DATE", "2014-02", "", "2014-02-01..2014-02-28"}, {"March", "DATE", "2014-03", "", "2014-03-01..2014-04-30"}, {"April", "DATE", "2014-04", "", "2014-04-01..2014-04-30"}}},
	{"shipments in a month without for keep the past", "Sugar shipments fell in February.",
		[]want{{"February", "DATE", "2013-02", "", "2013-02-01..2013-02-28"}}},
	{"due to after a noun phrase is because of", "In February, output showed a sharp gain due to strong demand.",
		[]want{{"February", "DATE", "2013-02", "", "2013-02-01..2013-02-28"}}},
	{"due to after be still tells a plan", "In February, the loan is due to mature.",
		[]want{{"February", "DATE", "2014-02", "", "2014-02-01..2014-02-28"}}},
	{"a time in a clause reported without that reads that clause's verb", "The bank said its unit on Feb. 3 will redeem the notes.",
		[]want{{"Feb. 3", "DATE", "2014-02-03", "", "2014-02-03"}}},
	{"a reported clause without a strong marker keeps the past of saying", "The bank said its unit on Feb. 3 redeemed the notes.",
		[]want{{"Feb. 3", "DATE", "2013-02-03", "", "2013-02-03"}}},
	{"an annual rate is a measure, not a recurrence", "Output of the small cars at the Ohio plant in February at an annual rate of 9,000 units.",
		[]want{{"February", "DATE", "2014-02", "", "2014-02-01..2014-02-28"}}},
	// DCT 2013-11-01, a Friday: the weekday's own verb decides.
	{"a fronted day dates a finite past of planning, not the plan", "On Monday, the two ministers planned to reopen the border.",
		[]want{{"Monday", "DATE", "2013-10-28", "", "2013-10-28"}}},
	{"a day right after a finite past of planning dates the planning", "The ministers planned on Tuesday to reopen the border.",
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"a fronted day before a past of scheduling is past", "On Wednesday, the board scheduled a vote on the merger.",
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"a day in the infinitive after planned still looks ahead", "The ministers planned to reopen the border on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"a passive of planning still looks ahead", "On Tuesday, a vote is planned to settle the matter.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"an attributive planned is no past verb", "On Tuesday, the planned strike will begin.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"said before the day decides over a plan after it", "The mayor said on Thursday the city plans to sell the bonds.",
		[]want{{"Thursday", "DATE", "2013-10-31", "", "2013-10-31"}}},
	// A month in a phrase that since or after governs lies back.
	{"a month inside a since phrase is the last one gone", "Prices have doubled since talks in December.",
		[]want{{"December", "DATE", "2012-12", "", "2012-12-01..2012-12-31"}}},
	{"a month inside an after phrase of a past clause is past", "The envoy resigned after his visits in December.",
		[]want{{"December", "DATE", "2012-12", "", "2012-12-01..2012-12-31"}}},
	{"a schedule verb after after is a plural noun", "The envoy returned home after visits in October.",
		[]want{{"October", "DATE", "2013-10", "", "2013-10-01..2013-10-31"}}},
	{"a month inside an after phrase of a future clause looks ahead", "The envoy will resign after talks in December.",
		[]want{{"December", "DATE", "2013-12", "", "2013-12-01..2013-12-31"}}},
	{"annual before another noun still tells a recurrence", "Output of the small cars at the Ohio plant peaks in February with the annual fair.",
		[]want{{"February", "DATE", "XXXX-02", "", ""}}},
}

func TestTense(t *testing.T) {
	checkTags(t, dct, tenseTests)
}

var progressiveTests = []tagCase{
	// DCT 2013-11-01, a Friday.
	{"the present progressive of an arrangement looks ahead", "The bank said it is redeeming the notes on Feb. 3.",
		[]want{{"Feb. 3", "DATE", "2014-02-03", "", "2014-02-03"}}},
	{"the past progressive stays past", "The bank was redeeming notes on Wednesday.",
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"a fronted day before a present progressive looks ahead", "On Wednesday, the bank is redeeming the notes.",
		[]want{{"Wednesday", "DATE", "2013-11-06", "", "2013-11-06"}}},
	{"a progressive farther than the verb does not decide", "The envoy, who is touring the region, met the king on Wednesday.",
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	// A progressive with a period tells what is going on, not a plan.
	{"a progressive with a season is ongoing", "Farmers said they are selling more grain this fall.",
		[]want{{"this fall", "DATE", "2013-FA", "", "2013-09-01..2013-11-30"}}},
	{"a progressive with a month is ongoing", "The bank said it is still selling assets under a March accord.",
		[]want{{"March", "DATE", "2013-03", "", "2013-03-01..2013-03-31"}}},
}

func TestTenseProgressive(t *testing.T) {
	checkTags(t, dct, progressiveTests)
}

func TestQuarterAnaphora(t *testing.T) {
	// "last year's quarter" is the quarter under discussion a year
	// before, as "the year-ago quarter" is.
	checkTag(t, "Profit rose in the third quarter. Last year's quarter had a loss.", dct, []want{
		{"the third quarter", "DATE", "2013-Q3", "", "2013-07-01..2013-09-30"},
		{"Last year's quarter", "DATE", "2012-Q3", "", "2012-07-01..2012-09-30"},
	})
}

func TestYearEnd(t *testing.T) {
	// DCT 2013-11-01: this year's end is still ahead.
	checkTag(t, "Shares are up 9% since year-end. The deal should close by year end.", dct, []want{
		{"year-end", "DATE", "2012", "END", "2012-09-01..2012-12-31"},
		{"year end", "DATE", "2013", "END", "2013-09-01..2013-12-31"},
	})
	// "since" starts a span that runs to now: the month next to the
	// DCT's is the last one, not the coming one.
	checkTag(t, "Prices have doubled since December.", dct, []want{
		{"December", "DATE", "2012-12", "", "2012-12-01..2012-12-31"},
	})
}

func TestHolidayNearest(t *testing.T) {
	// Without a tense a holiday is the occurrence nearest the DCT, as a
	// month is: Christmas told of in February is the one just past.
	checkTag(t, "Strikes over Christmas, blamed by the government for inflation, hurt the unions.", d("2014-02-20"), []want{
		{"Christmas", "DATE", "2013-12-25", "", "2013-12-25"},
	})
	// In November the coming Christmas is the nearer one.
	checkTag(t, "Strikes over Christmas, blamed by the government for inflation, hurt the unions.", dct, []want{
		{"Christmas", "DATE", "2013-12-25", "", "2013-12-25"},
	})
}

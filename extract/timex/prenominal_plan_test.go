package timex_test

import "testing"

// prenominalPlanTests check a participle of planning ("planned",
// "scheduled", "proposed", "expected") used as an adjective between a
// determiner or a number and its noun: it tells that the event was
// planned, not that its time lies ahead, so the clause's verb places a
// weekday; as a verb or before its complement it still looks ahead. DCT
// 2013-11-01, a Friday.
var prenominalPlanTests = []tagCase{
	{"a past verb over two planned strikes", "Dockers started the first of three planned 24-hour stoppages late on Wednesday, stranding ferries.",
		[]want{{"24-hour", "DURATION", "PT24H", "", ""}, {"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"a past verb over the scheduled talks", "Envoys opened the scheduled talks on Tuesday in Vienna.",
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"a possessive before the participle", "Lawmakers passed Peru's proposed mining code on Monday.",
		[]want{{"Monday", "DATE", "2013-10-28", "", "2013-10-28"}}},
	{"a report whose clause looks ahead", "Organisers said the planned parade on Sunday will go ahead.",
		[]want{{"Sunday", "DATE", "2013-11-03", "", "2013-11-03"}}},
	{"a future verb over the adjective", "Ministers will hold the planned review on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"a headline with no verb keeps the plan's look ahead", "Two planned rail strikes on Tuesday",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"near miss: a passive plan looks ahead", "The vote was planned for Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"near miss: a participle before its infinitive", "Talks are scheduled to resume on Monday.",
		[]want{{"Monday", "DATE", "2013-11-04", "", "2013-11-04"}}},
	{"near miss: a reduced relative before for", "The talks scheduled for Wednesday were welcomed.",
		[]want{{"Wednesday", "DATE", "2013-11-06", "", "2013-11-06"}}},
}

func TestPrenominalPlan(t *testing.T) {
	checkTags(t, dct, prenominalPlanTests)
}

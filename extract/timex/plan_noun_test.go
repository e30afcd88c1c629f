package timex_test

import "testing"

// planNounTests check a time in the infinitive of a plan noun ("the
// decision to meet on Tuesday") whose sentence's main verb is past: the
// time is the one planned, ahead of the planning, not the main verb's
// past. DCT 2013-11-01, a Friday.
var planNounTests = []tagCase{
	{"a decision to meet looks ahead past a past main verb", "The decision to meet on Tuesday was welcomed by the unions.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"a proposal to vote looks ahead past a past main verb", "Their proposal to vote in March was rejected.",
		[]want{{"March", "DATE", "2014-03", "", "2014-03-01..2014-03-31"}}},
	{"near miss: an infinitive of purpose after a past verb stays past", "The envoys met on Tuesday to discuss the loan.",
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"near miss: a past verb before the plan noun dates its own time", "The unions welcomed on Tuesday the decision to strike.",
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
}

func TestPlanNounInfinitive(t *testing.T) {
	checkTags(t, dct, planNounTests)
}

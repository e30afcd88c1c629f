package timex_test

import "testing"

// modifiedPlanNounTests check "plan" as the head of a noun phrase whose
// determiner or possessive stands before modifiers ("the African Union
// peace plan"): the noun dates nothing, so a time right after it takes
// the tense of the verb that governs the phrase. DCT 2013-11-01, a
// Friday.
var modifiedPlanNounTests = []tagCase{
	{"a past verb over a modified plan noun stays past", "Ghana accepted the regional peace plan on Monday.",
		[]want{{"Monday", "DATE", "2013-10-28", "", "2013-10-28"}}},
	{"a name as a modifier", "The rebels rejected the African Union peace plan on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"a possessive before modifiers", "Mali endorsed Niger's new ceasefire plan on Wednesday.",
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"a hyphenated modifier", "Parliament backed a two-state plan on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"a future verb over the noun still looks ahead", "Ministers will debate the new budget plan on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"near miss: the verb plans after a subject keeps its future", "The rebel group plans to attack on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"near miss: a plural subject with the verb plan", "The two rebel groups plan to meet on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"near miss: a bare verb plans after a pronoun", "They plan to vote on Tuesday.",
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
}

func TestModifiedPlanNoun(t *testing.T) {
	checkTags(t, dct, modifiedPlanNounTests)
}

package timex_test

import "testing"

// guidelineTests are cases of the TimeML/TIMEX3 annotation guidelines:
// what is a markable, its extent and its value. The sentences are our own.
var guidelineTests = []struct {
	name string
	in   string
	want []want
}{
	{"recurring days", "The choir sings every morning and rehearses on Thursday evenings.",
		[]want{{"every morning", "SET", "XXXX-XX-XXTMO", "", ""}, {"Thursday evenings", "SET", "XXXX-WXX-4TEV", "", ""}}},
	{"recurring weekday with part of day", "Each Saturday night the square fills; on Sundays it is quiet.",
		[]want{{"Each Saturday night", "SET", "XXXX-WXX-6TNI", "", ""}, {"Sundays", "SET", "XXXX-WXX-7", "", ""}}},
	{"every weekend", "Volunteers clean the beach every weekend.",
		[]want{{"every weekend", "SET", "XXXX-WXX-WE", "", ""}}},
	{"count of times is in the extent", "The ferry sails twice a day and the inspectors call three times a year.",
		[]want{{"twice a day", "SET", "P1D", "", ""}, {"three times a year", "SET", "P1Y", "", ""}}},
	{"once is a count before a rate", "The council meets once a month.",
		[]want{{"once a month", "SET", "P1M", "", ""}}},
	{"twice without a rate is no time", "The fine is twice the fee.", nil},
}

func TestTagGuidelines(t *testing.T) {
	for _, tt := range guidelineTests {
		t.Run(tt.name, func(t *testing.T) {
			checkTag(t, tt.in, dct, tt.want)
		})
	}
}

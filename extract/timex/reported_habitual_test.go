package timex_test

import "testing"

// TestReportedHabitual: a present-tense habitual clause reported by a past
// verb of saying tells what recurs, so its month, season or quarter is of
// any year; a past clause under the saying keeps the year.
func TestReportedHabitual(t *testing.T) {
	checkTags(t, d("1998-02-10"), []tagCase{
		{"passive is usually", "The utility said inspection is usually carried out in the first and third quarters.",
			[]want{{"first", "DATE", "XXXX-Q1", "", ""}, {"third quarters", "DATE", "XXXX-Q3", "", ""}}},
		{"adverb and plain verb", "Dealers said prices typically climb in November.",
			[]want{{"November", "DATE", "XXXX-11", "", ""}}},
		{"told", "The ranger told reporters the lake often freezes in winter.",
			[]want{{"winter", "DATE", "XXXX-WI", "", ""}}},
		// Near misses: a past clause under the saying, and no cue.
		{"was usually", "The utility said inspection was usually carried out in the third quarter.",
			[]want{{"the third quarter", "DATE", "1997-Q3", "", "1997-07-01..1997-09-30"}}},
		{"usually past form", "Dealers said prices usually climbed in November.",
			[]want{{"November", "DATE", "1997-11", "", "1997-11-01..1997-11-30"}}},
		{"no cue", "Dealers said prices climb in November.",
			[]want{{"November", "DATE", "1997-11", "", "1997-11-01..1997-11-30"}}},
	})
}

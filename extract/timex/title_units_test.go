package timex_test

import "testing"

// TestTitleCaseUnits: a number before a capitalised unit names a show
// ("60 Minutes") in running text, but in a headline set in title case every
// word is capitalised, so the capital names nothing and the count and unit
// are a length of time (TimeML DURATION), as they are in lower case.
func TestTitleCaseUnits(t *testing.T) {
	checkTags(t, dct, []tagCase{
		{"hours in a headline", "Ferry Sinks Twice in 72 Hours",
			[]want{{"72 Hours", "DURATION", "PT72H", "", ""}}},
		{"hours of in a headline", "Rebels Seize Port After 36 Hours of Shelling",
			[]want{{"36 Hours", "DURATION", "PT36H", "", ""}}},
		{"years in a headline", "Museum Marks 150 Years of Trams",
			[]want{{"150 Years", "DURATION", "P150Y", "", ""}}},
		{"singular unit before a noun", "A 30 Day Deadline Looms for Lenders",
			[]want{{"30 Day", "DURATION", "P30D", "", ""}}},
		// Near misses: in running text the capital is a title's.
		{"show in a sentence", "The channel aired 60 Minutes again.", nil},
		{"shows in a list", "Viewers of 20/20 and 60 Minutes complained.", nil},
	})
}

// TestWithinSeconds: "seconds" alone is often a second helping ("went back
// for seconds"), so the bare plural is no length after most words; after
// "within" it can only be one (PTXS, as "within minutes" is PTXM).
func TestWithinSeconds(t *testing.T) {
	checkTags(t, dct, []tagCase{
		{"within seconds of", "The mudslide struck within seconds of the tremor.",
			[]want{{"seconds", "DURATION", "PTXS", "", ""}}},
		{"counted seconds", "The skater finished within 2 seconds of the leader.",
			[]want{{"2 seconds", "DURATION", "PT2S", "", ""}}},
		{"a second helping", "Guests went back for seconds.", nil},
	})
}

package timex_test

import "testing"

// TestPossessiveVisitNoun checks that a plain "visit" after a possessive
// and a modifier ("Smith's official visit") is a noun, as after "the",
// so it does not make the time after it look ahead; a plural subject
// before the plain verb ("Smith's aides visit") still does. The
// document date is Wednesday 18 May 2022.
func TestPossessiveVisitNoun(t *testing.T) {
	checkTags(t, d("2022-05-18"), []tagCase{
		{"a past visit recalled", "The leaders recalled their talks during Smith's official visit to Ruritania on April 1.",
			[]want{{"April 1", "DATE", "2022-04-01", "", "2022-04-01"}}},
		{"a past state visit recalled", "The two premiers recalled Smith's state visit to the capital on Monday.",
			[]want{{"Monday", "DATE", "2022-05-16", "", "2022-05-16"}}},
		// Near misses: a plain verb of a plural subject looks ahead.
		{"a possessive's plural subject", "Smith's aides visit the capital on Monday.",
			[]want{{"Monday", "DATE", "2022-05-23", "", "2022-05-23"}}},
		{"a counted plural subject", "The minister's two deputies visit the capital on Monday.",
			[]want{{"Monday", "DATE", "2022-05-23", "", "2022-05-23"}}},
	})
}

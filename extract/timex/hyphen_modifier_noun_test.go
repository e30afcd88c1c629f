package timex_test

import "testing"

// TestHyphenModifierNounPhrase checks that a plan verb's plain form read
// as a noun after a hyphenated modifier and an adjective ("a three-day
// official visit") is not a present tense that moves a weekday ahead:
// the past verb before the weekday decides. A plain verb after a subject
// still looks ahead.
func TestHyphenModifierNounPhrase(t *testing.T) {
	// dct is Wednesday 2013-10-30.
	checkTag(t, "The premier arrived in Oslo on Monday for a three-day official visit.", dct,
		[]want{
			{"Monday", "DATE", "2013-10-28", "", "2013-10-28"},
			{"three-day", "DURATION", "P3D", "", ""},
		})
	checkTag(t, "The premier landed in Oslo on Monday for a two-day working visit.", dct,
		[]want{
			{"Monday", "DATE", "2013-10-28", "", "2013-10-28"},
			{"two-day", "DURATION", "P2D", "", ""},
		})
	checkTag(t, "The two ministers meet on Monday in Oslo.", dct,
		[]want{
			{"Monday", "DATE", "2013-11-04", "", "2013-11-04"},
		})
}

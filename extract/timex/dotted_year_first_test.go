package timex_test

import "testing"

// TestDottedYearFirst: "2013.03.05", the dotted date stamp year first that
// East Asian sites print, is a day; a version number dotted further, an
// impossible month and a decimal are not.
func TestDottedYearFirst(t *testing.T) {
	day := d("2026-03-10")
	checkTags(t, day, []tagCase{
		{"stamp", "The port reopened on 2013.03.05 after the strike.",
			[]want{{"2013.03.05", "DATE", "2013-03-05", "", "2013-03-05"}}},
		// Negatives.
		{"version number", "The firmware 2013.03.05.1 fixed the fault.", nil},
		{"no such month", "The code 2013.13.05 was printed on the crate.", nil},
		{"decimal", "The index closed at 2013.03 points.", nil},
	})
}

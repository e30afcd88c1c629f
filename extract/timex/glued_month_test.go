package timex_test

import "testing"

// TestGluedMonth: a full date whose month name was run into the word before
// it ("ADVISORYMarch 3, 2001"), as a scraped page loses the space between
// two elements, is still a date; a month name inside a word or a name, or
// glued without a day number, is not.
func TestGluedMonth(t *testing.T) {
	day := d("2026-03-10")
	checkTags(t, day, []tagCase{
		{"after a code", "Release No. 12-PMarch 3, 2001", []want{{"March 3, 2001", "DATE", "2001-03-03", "", "2001-03-03"}}},
		{"after capitals", "PRESS ADVISORYMarch 3, 2001", []want{{"March 3, 2001", "DATE", "2001-03-03", "", "2001-03-03"}}},
		{"after a label", "UpdatedJune 4, 2010", []want{{"June 4, 2010", "DATE", "2010-06-04", "", "2010-06-04"}}},
		// Negatives.
		{"inside a word", "The Decemberists 4 played at the fair.", nil},
		{"closing a name", "General LeMay 4 wrote to the board.", nil},
		{"no day number", "The PRESS ADVISORYMarch was long.", nil},
	})
}

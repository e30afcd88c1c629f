package timex_test

import "testing"

// TestClockAbbreviationKeepsSentence checks a future clause whose clock
// time and day stand on either side of "a.m.": the sentence goes on past
// the abbreviation. DCT 2013-11-01, a Friday.
func TestClockAbbreviationKeepsSentence(t *testing.T) {
	checkTag(t, "The council will meet at 9 a.m. on Tuesday to vote.", dct,
		[]want{{"9 a.m.", "TIME", "2013-11-05T09:00", "", "2013-11-05"}, {"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}})
}

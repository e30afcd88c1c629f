package timex_test

import "testing"

// TestNarrativeDayPastUpcoming checks that a past narrative's "that
// evening" and "the following morning" count from the day the narrative
// has reached, not from an upcoming date named in between, nor from the
// DCT; a future narrative still counts from the date it names.
func TestNarrativeDayPastUpcoming(t *testing.T) {
	checkTag(t, "The minister arrived in Oslo on Monday, 28 October. The following morning, she discussed the upcoming 12 December summit with the premier. That evening, she met the king, and the following morning she flew home.", dct,
		[]want{
			{"Monday, 28 October", "DATE", "2013-10-28", "", "2013-10-28"},
			{"The following morning", "TIME", "2013-10-29TMO", "", "2013-10-29"},
			{"12 December", "DATE", "2013-12-12", "", "2013-12-12"},
			{"That evening", "TIME", "2013-10-29TEV", "", "2013-10-29"},
			{"the following morning", "TIME", "2013-10-30TMO", "", "2013-10-30"},
		})
	checkTag(t, "The minister will arrive in Oslo on 12 December. That evening, she will meet the king.", dct,
		[]want{
			{"12 December", "DATE", "2013-12-12", "", "2013-12-12"},
			{"That evening", "TIME", "2013-12-12TEV", "", "2013-12-12"},
		})
}

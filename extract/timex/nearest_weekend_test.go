package timex_test

import "testing"

// TestNearestWeekend checks that "the weekend" in a sentence with no
// tense marker, told on a Thursday or a Friday, is the coming weekend (the
// nearest one), while on a Tuesday it stays the one just past, and a
// past verb keeps it past whatever the day.
func TestNearestWeekend(t *testing.T) {
	checkDatedTags(t, []datedTagCase{
		{"no tense, told on a Thursday", "And the weekend outlook is for storms along the coast.", "2015-05-14",
			[]want{{"the weekend", "DATE", "2015-W20-WE", "", "2015-05-16..2015-05-17"}}},
		{"no tense, told on a Friday", "Forecasters see storms at the weekend.", "2015-05-15",
			[]want{{"the weekend", "DATE", "2015-W20-WE", "", "2015-05-16..2015-05-17"}}},
		{"near miss: no tense, told on a Tuesday", "Forecasters see storms at the weekend.", "2015-05-12",
			[]want{{"the weekend", "DATE", "2015-W19-WE", "", "2015-05-09..2015-05-10"}}},
		{"near miss: a past verb, told on a Friday", "Crowds at the beach over the weekend were huge.", "2015-05-15",
			[]want{{"the weekend", "DATE", "2015-W19-WE", "", "2015-05-09..2015-05-10"}}},
	})
}

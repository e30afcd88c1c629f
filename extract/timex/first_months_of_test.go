package timex_test

import "testing"

// TestOverTheFirstMonths checks that "over" before "the first three
// months" is a preposition, not a quantifier ("over three years"): the
// article and ordinal stay in the extent, with no mod.
func TestOverTheFirstMonths(t *testing.T) {
	checkTag(t, "Imports over the first two quarters fell by a fifth.", dct,
		[]want{{"the first two quarters", "DURATION", "P2Q", "", ""}})
	checkTag(t, "Output rose over the first two weeks of the strike.", dct,
		[]want{{"the first two weeks", "DURATION", "P2W", "", ""}})
	// "over" before a number is still a quantifier, outside the extent.
	checkTag(t, "The talks ran over three days.", dct,
		[]want{{"three days", "DURATION", "P3D", "MORE_THAN", ""}})
	// Without "the first", "three quarters of" stays a fraction.
	checkTag(t, "Three quarters of the staff voted.", dct, nil)
}

package timex_test

import "testing"

// TestOpenRangeFromNow: a range of amounts after "the next", "the past" or
// "the last" names a stretch from now whose length the text leaves open
// (PX + unit, as TimeBank writes "the next 12 to 18 months"); a bare range
// keeps its first amount (TimeBank's "within two to three weeks", P2W),
// and a relative length without a range keeps its amount.
func TestOpenRangeFromNow(t *testing.T) {
	day := d("2026-03-10")
	checkTags(t, day, []tagCase{
		{"next with to", "The plant will hire staff over the next eight to ten months.",
			[]want{{"the next eight to ten months", "DURATION", "PXM", "", ""}}},
		{"past with or", "Prices have climbed in the past three or four weeks.",
			[]want{{"the past three or four weeks", "DURATION", "PXW", "", ""}}},
		{"last in hours", "No ferry has left port in the last 48 to 72 hours.",
			[]want{{"the last 48 to 72 hours", "DURATION", "PTXH", "", ""}}},
		{"bare range keeps the first amount", "Repairs should take four to six days.",
			[]want{{"four to six days", "DURATION", "P4D", "", ""}}},
		{"no range keeps the amount", "Rents rose over the past five years.",
			[]want{{"the past five years", "DURATION", "P5Y", "", ""}}},
	})
}

// TestYearAndAHalf: one and a half years is written in months (P18M), as
// news counts it ("18 months") and the modern annotations write it; larger
// amounts and other units keep the half in the next smaller unit.
func TestYearAndAHalf(t *testing.T) {
	day := d("2026-03-10")
	checkTags(t, day, []tagCase{
		{"spaced", "The dam took a year and a half to fill.",
			[]want{{"a year and a half", "DURATION", "P18M", "", ""}}},
		{"hyphenated", "The strike lasted a year-and-a-half.",
			[]want{{"a year-and-a-half", "DURATION", "P18M", "", ""}}},
		{"one and a half", "The envoy spent one and a half years in the capital.",
			[]want{{"one and a half years", "DURATION", "P18M", "", ""}}},
		{"larger amounts keep years", "The envoy spent two and a half years in the capital.",
			[]want{{"two and a half years", "DURATION", "P2Y6M", "", ""}}},
		{"days keep hours", "The siege lasted a day and a half.",
			[]want{{"a day and a half", "DURATION", "P1DT12H", "", ""}}},
	})
}

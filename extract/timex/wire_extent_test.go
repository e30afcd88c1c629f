package timex_test

import "testing"

// Extents of wire and release copy: a zone in brackets, a weekday with
// its date after a clock, bounds and adjectives around a count. DCT
// 2013-11-01 (a Friday). The sentences are invented.
func TestWireExtents(t *testing.T) {
	checkTags(t, dct, []tagCase{
		{"a bracketed zone stays in the clock", "EMBARGOED UNTIL 10:00 a.m. (EDT) Tuesday, Oct. 29, 2013",
			[]want{{"10:00 a.m. (EDT) Tuesday, Oct. 29, 2013", "TIME", "2013-10-29T10:00", "", "2013-10-29"}}},
		{"a clock, zone, weekday and date are one time", "The figures come out at 8:30 a.m. EST Tuesday, Nov. 5, 2013.",
			[]want{{"8:30 a.m. EST Tuesday, Nov. 5, 2013", "TIME", "2013-11-05T08:30", "", "2013-11-05"}}},
		{"local time in brackets stays in the clock", "Polling stations will open at 7 a.m. (local time) Sunday.",
			[]want{{"7 a.m. (local time) Sunday", "TIME", "2013-11-03T07:00", "", "2013-11-03"}}},
		{"a clock in another zone in brackets stays apart", "The talks opened at 9 a.m. (1400 GMT) Tuesday.",
			[]want{{"9 a.m.", "TIME", "2013-10-29T09:00", "", "2013-10-29"}, {"1400 GMT", "TIME", "2013-10-29T14:00", "", "2013-10-29"}, {"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
		{"the medium term looks ahead", "Prices should stay stable over the medium term.",
			[]want{{"the medium term", "DATE", "FUTURE_REF", "", ""}}},
		{"or more after a count is its bound", "Some 300 workers were idle for 12 weeks or more.",
			[]want{{"12 weeks or more", "DURATION", "P12W", "EQUAL_OR_MORE", ""}}},
		{"or more after a noun is not the count's", "The strike idled 300 or more workers.",
			nil},
		{"under before a count means less than", "The crew fixed the leak in under six hours.",
			[]want{{"under six hours", "DURATION", "PT6H", "LESS_THAN", ""}}},
		{"under before a noun is a preposition", "The town grew under three mayors.",
			nil},
		{"a half hour", "The minister spoke for a half hour.",
			[]want{{"a half hour", "DURATION", "PT30M", "", ""}}},
		{"a half-hour before a noun is the adjective", "He gave a half-hour speech.",
			[]want{{"half-hour", "DURATION", "PT30M", "", ""}}},
		{"long between a count and its unit", "She waited 14 long years for the verdict.",
			[]want{{"14 long years", "DURATION", "P14Y", "", ""}}},
		{"a long year is no count", "It has been a long year for the club.",
			nil},
		{"the final before an anchored count stays out", "The club won it in the final two years ago.",
			[]want{{"two years ago", "DATE", "2011", "", "2011-01-01..2011-12-31"}}},
		{"the final count of units", "Both sides campaigned hard in the final six weeks.",
			[]want{{"the final six weeks", "DURATION", "P6W", "", ""}}},
	})
}

package timex_test

import "testing"

// TestStampClock: a bare 24-hour clock ("21:40": a two-digit hour, a
// colon, two-digit minutes) is a time of day in a dated stamp. Written
// right after the day it joins the day as one TIME (as "March 3, 2012
// 9:40 PM" does); listed after the year and a comma it is a TIME of its
// own beside the DATE. Elsewhere a bare h:mm figure (a score, a race
// time, a verse) stays untagged.
func TestStampClock(t *testing.T) {
	day := d("2013-06-05")
	checkTags(t, day, []tagCase{
		{"byline after a comma", "Floods Close Roads\n\nJun 4th 2013, 21:40\n\nHeavy rain shut roads.",
			[]want{
				{"Jun 4th 2013", "DATE", "2013-06-04", "", "2013-06-04"},
				{"21:40", "TIME", "2013-06-04T21:40", "", "2013-06-04"},
			}},
		{"day-month-year byline after a comma", "Posted 3 June 2013, 07:05\n\nThe council met.",
			[]want{
				{"3 June 2013", "DATE", "2013-06-03", "", "2013-06-03"},
				{"07:05", "TIME", "2013-06-03T07:05", "", "2013-06-03"},
			}},
		{"stamp with no comma", "Storm Nears Coast\n\nJune 4, 2013 08:15\n\nResidents left.",
			[]want{{"June 4, 2013 08:15", "TIME", "2013-06-04T08:15", "", "2013-06-04"}}},
		{"zone after a comma still joins", "Updated 4 June 2013, 11:35 GMT\n\nMarkets rose.",
			[]want{{"4 June 2013, 11:35 GMT", "TIME", "2013-06-04T11:35", "", "2013-06-04"}}},
		// Negative cases.
		{"a figure on the next line", "Storm Nears Coast\n\nJune 4\n08:15 2013\n\nResidents left.",
			[]want{{"June 4", "DATE", "2013-06-04", "", "2013-06-04"}, {"2013", "DATE", "2013", "", "2013-01-01..2013-12-31"}}},
		{"no month before the year", "Her best song of 2013, 12:45 long, closes the set.",
			[]want{{"2013", "DATE", "2013", "", "2013-01-01..2013-12-31"}}},
		{"race time in running text", "She won the 5,000 metres in 14:58 on a wet track.",
			nil},
		{"h:mm:ss after a date", "On June 4, 2013 02:11:45 was her marathon time.",
			[]want{{"June 4, 2013", "DATE", "2013-06-04", "", "2013-06-04"}}},
		{"one-digit hour after a comma", "The game of June 2, 2013, 3:1 ended late.",
			[]want{{"June 2, 2013", "DATE", "2013-06-02", "", "2013-06-02"}}},
	})
}

package timex_test

import "testing"

// TestUnknownDayClock: a clock time with no day of its own falls on the
// reference day, unless its sentence says it recurs (a frequency word,
// "every" before a day, plural weekdays, a rate, an adverb of frequency)
// or, outside the past, the last day-like time of the paragraph was a
// recurring day: then TimeML gives it no day (XXXX-XX-XXT06:00) and it
// has no interval.
func TestUnknownDayClock(t *testing.T) {
	day := d("2026-03-10") // a Tuesday
	checkTags(t, day, []tagCase{
		{"rate after a range", "The clinic takes calls from 7 a.m. to 8 p.m. seven days a week.",
			[]want{
				{"7 a.m.", "TIME", "XXXX-XX-XXT07:00", "", ""},
				{"8 p.m.", "TIME", "XXXX-XX-XXT20:00", "", ""},
				{"seven days a week", "SET", "P1W", "", ""},
			}},
		{"frequency word before", "The bridge is closed daily between 10 p.m. and 5 a.m.",
			[]want{
				{"daily", "SET", "P1D", "", ""},
				{"10 p.m.", "TIME", "XXXX-XX-XXT22:00", "", ""},
				{"5 a.m.", "TIME", "XXXX-XX-XXT05:00", "", ""},
			}},
		{"adverb of frequency", "The first ferry usually sails at 6:15 a.m. and the last at midnight.",
			[]want{
				{"6:15 a.m.", "TIME", "XXXX-XX-XXT06:15", "", ""},
				{"midnight", "TIME", "XXXX-XX-XXT24:00", "", ""},
			}},
		{"plural weekday", "On Sundays the market opens at 9 a.m.",
			[]want{
				{"Sundays", "SET", "XXXX-WXX-7", "", ""},
				{"9 a.m.", "TIME", "XXXX-XX-XXT09:00", "", ""},
			}},
		{"recurring day earlier in the paragraph", "Every Thursday in April the station will carry a debate. Listeners can tune in at 1730 GMT.",
			[]want{
				{"Every Thursday", "SET", "XXXX-WXX-4", "", ""},
				{"April", "DATE", "2026-04", "", "2026-04-01..2026-04-30"},
				{"1730 GMT", "TIME", "XXXX-XX-XXT17:30", "", ""},
			}},
		// Negative cases: one occasion keeps its day.
		{"one occasion", "The polls closed at 8 p.m. and counting began at once.",
			[]want{{"8 p.m.", "TIME", "2026-03-10T20:00", "", "2026-03-10"}}},
		{"annual event on one day", "The annual parade began at 10 a.m. in the old town.",
			[]want{{"10 a.m.", "TIME", "2026-03-10T10:00", "", "2026-03-10"}}},
		{"a day named since the recurring one", "Every Thursday the station carries a debate. On Friday it will start at 1730 GMT.",
			[]want{
				{"Every Thursday", "SET", "XXXX-WXX-4", "", ""},
				{"Friday", "DATE", "2026-03-13", "", "2026-03-13"},
				{"1730 GMT", "TIME", "2026-03-13T17:30", "", "2026-03-13"},
			}},
		{"past clause after a recurring day", "Protesters gather every Saturday. Police arrived at 4 p.m.",
			[]want{
				{"every Saturday", "SET", "XXXX-WXX-6", "", ""},
				{"4 p.m.", "TIME", "2026-03-10T16:00", "", "2026-03-10"},
			}},
		{"recurring day in another paragraph", "Protesters gather every Saturday.\n\nThe minister will speak at 4 p.m.",
			[]want{
				{"every Saturday", "SET", "XXXX-WXX-6", "", ""},
				{"4 p.m.", "TIME", "2026-03-10T16:00", "", "2026-03-10"},
			}},
		{"one cue after two clocks", "The gym opens at 6 a.m. and closes at 11 p.m. every day.",
			[]want{
				{"6 a.m.", "TIME", "XXXX-XX-XXT06:00", "", ""},
				{"11 p.m.", "TIME", "XXXX-XX-XXT23:00", "", ""},
				{"every day", "SET", "P1D", "", ""},
			}},
		{"one cue before two clocks", "Buses usually leave at 5:40 a.m., and the last one returns at 12:15 a.m.",
			[]want{
				{"5:40 a.m.", "TIME", "XXXX-XX-XXT05:40", "", ""},
				{"12:15 a.m.", "TIME", "XXXX-XX-XXT00:15", "", ""},
			}},
		{"a dated clock, then a recurring one", "The polls closed at 8 p.m. on Tuesday; the office opens at 9 a.m. daily.",
			[]want{
				{"8 p.m.", "TIME", "2026-03-10T20:00", "", "2026-03-10"},
				{"Tuesday", "DATE", "2026-03-10", "", "2026-03-10"},
				{"9 a.m.", "TIME", "XXXX-XX-XXT09:00", "", ""},
				{"daily", "SET", "P1D", "", ""},
			}},
		{"a semicolon ends the cue's clause", "The shelter shut its doors at 7 p.m.; the canteen serves dinner at 6 p.m. nightly.",
			[]want{
				{"7 p.m.", "TIME", "2026-03-10T19:00", "", "2026-03-10"},
				{"6 p.m.", "TIME", "XXXX-XX-XXT18:00", "", ""},
				{"nightly", "SET", "P1D", "", ""},
			}},
		{"a day named between clock and cue", "The gunmen struck at 3 a.m., and by Friday they had pulled back, as they often do.",
			[]want{
				{"3 a.m.", "TIME", "2026-03-10T03:00", "", "2026-03-10"},
				{"Friday", "DATE", "2026-03-06", "", "2026-03-06"},
			}},
		{"a daily newspaper", "The daily newspaper went to press at 11 p.m.",
			[]want{{"11 p.m.", "TIME", "2026-03-10T23:00", "", "2026-03-10"}}},
	})
}

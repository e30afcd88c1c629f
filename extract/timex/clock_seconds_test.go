package timex_test

import "testing"

// TestClockSeconds: a clock read to the second is a time of day when
// a.m./p.m. or a time zone follows it (agency release stamps, quake
// reports); TIMEX3 keeps the seconds in the value. Without either, an
// h:mm:ss figure is a length or a race time and stays untagged, and no
// part of it (its minutes and seconds) is read as a clock of its own.
func TestClockSeconds(t *testing.T) {
	day := d("2019-04-09")
	checkTags(t, day, []tagCase{
		{"release stamp with a numeric date", "Released: 4/9/2019 9:12:07 AM\n\nA dam failed in Idaho.",
			[]want{{"4/9/2019 9:12:07 AM", "TIME", "2019-04-09T09:12:07", "", "2019-04-09"}}},
		{"p.m. after seconds", "The tremor began at 6:48:30 p.m. and lasted briefly.",
			[]want{{"6:48:30 p.m.", "TIME", "2019-04-09T18:48:30", "", "2019-04-09"}}},
		{"zone after a 24-hour clock", "The probe fired its engine at 17:22:03 GMT.",
			[]want{{"17:22:03 GMT", "TIME", "2019-04-09T17:22:03", "", "2019-04-09"}}},
		{"local time after seconds", "Sensors logged the shock at 02:40:19 local time on the coast.",
			[]want{{"02:40:19 local time", "TIME", "2019-04-09T02:40:19", "", "2019-04-09"}}},
		// Near misses.
		{"a marathon time", "Her winning time was 2:24:51 in the wind.", nil},
		{"a clip length", "The clip runs 00:03:27 and shows the flood.", nil},
		{"a marathon time after at", "She finished at 2:24:51 behind the leader.", nil},
		{"seconds out of range", "The counter read 10:15:75 PM on the panel.", nil},
	})
}

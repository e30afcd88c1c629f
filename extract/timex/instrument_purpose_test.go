package timex_test

import "testing"

// TestInstrumentPurpose: an infinitive after the object of a past verb of
// using a means or force ("used tear gas to disperse", "fired shots to
// scatter") tells what the means served, done when it was used, so a day
// after it is the past one. The future of the same verb and a plan to
// use it still look ahead.
func TestInstrumentPurpose(t *testing.T) {
	mon := d("2019-03-11") // a Monday
	checkTags(t, mon, []tagCase{
		{"used gas to disperse", "Riot police used water cannon to clear the square in Lima on Saturday.",
			[]want{{"Saturday", "DATE", "2019-03-09", "", "2019-03-09"}}},
		{"fired shots to scatter", "Soldiers fired warning shots to scatter the marchers on Sunday.",
			[]want{{"Sunday", "DATE", "2019-03-10", "", "2019-03-10"}}},
		{"perfect use is past", "Police have used batons to break up sit-ins since Friday.",
			[]want{{"Friday", "DATE", "2019-03-08", "", "2019-03-08"}}},
		{"future use looks ahead", "Police will use water cannon to clear the square on Saturday.",
			[]want{{"Saturday", "DATE", "2019-03-16", "", "2019-03-16"}}},
		{"a plan to use looks ahead", "Police plan to use water cannon to clear the square on Saturday.",
			[]want{{"Saturday", "DATE", "2019-03-16", "", "2019-03-16"}}},
	})
}

package timex_test

import (
	"testing"
)

// Wire copy dates events with a bare weekday after the verb ("said
// Monday", "defends his title Sunday"); the verb's form places the day.
// DCT 2013-11-01 is a Friday: Tuesday lies at 2013-10-29 back and at
// 2013-11-05 ahead. The sentences are invented.

// TestWireScheduleVerbForms checks that the present of each verb of a
// scheduled event (third-person singular after a singular subject,
// plain form after a plural one) puts the weekday ahead, and its past
// puts it back.
func TestWireScheduleVerbForms(t *testing.T) {
	forms := []struct{ s, plain, past string }{
		{"meets", "meet", "met"}, {"opens", "open", "opened"}, {"travels", "travel", "traveled"},
		{"visits", "visit", "visited"}, {"begins", "begin", "began"}, {"starts", "start", "started"},
		{"ends", "end", "ended"}, {"plays", "play", "played"}, {"faces", "face", "faced"},
		{"hosts", "host", "hosted"}, {"defends", "defend", "defended"}, {"holds", "hold", "held"},
		{"votes", "vote", "voted"}, {"arrives", "arrive", "arrived"}, {"leaves", "leave", "left"},
		{"returns", "return", "returned"}, {"gathers", "gather", "gathered"},
	}
	for _, f := range forms {
		checkTag(t, "The delegation "+f.s+" Tuesday.", dct, []want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}})
		checkTag(t, "The delegation "+f.past+" Tuesday.", dct, []want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}})
		if f.plain != "end" && f.plain != "open" && f.plain != "vote" {
			// "end", "open" and "vote" are left out as plain forms:
			// after a plural noun they are as often nouns or
			// adjectives ("the talks end", "polls open").
			checkTag(t, "The ministers "+f.plain+" Tuesday.", dct, []want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}})
		}
	}
}

func TestWireWeekdays(t *testing.T) {
	checkTags(t, dct, []tagCase{
		{"a title defended in the present lies ahead", "The champion defends his belt Sunday in Macau.",
			[]want{{"Sunday", "DATE", "2013-11-03", "", "2013-11-03"}}},
		{"a fixture in the present lies ahead", "Portugal plays Ghana Saturday in the group final.",
			[]want{{"Saturday", "DATE", "2013-11-02", "", "2013-11-02"}}},
		{"a plural subject's fixture lies ahead", "The Raptors play the Knicks Sunday night.",
			[]want{{"Sunday night", "TIME", "2013-11-03TNI", "", "2013-11-03"}}},
		{"facing the press in the present lies ahead", "The mayor faces reporters Thursday about the budget.",
			[]want{{"Thursday", "DATE", "2013-11-07", "", "2013-11-07"}}},
		{"a hearing held in the present lies ahead", "The panel holds hearings Wednesday on the pipeline.",
			[]want{{"Wednesday", "DATE", "2013-11-06", "", "2013-11-06"}}},
		{"said before the day keeps it past", "The coach said Tuesday his side plays Leeds on Saturday.",
			[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}, {"Saturday", "DATE", "2013-11-02", "", "2013-11-02"}}},
		{"voters go to the polls ahead", "Greek voters go to the polls Sunday.",
			[]want{{"Sunday", "DATE", "2013-11-03", "", "2013-11-03"}}},
		{"a bill goes to a chamber ahead", "The measure goes to the Senate Tuesday.",
			[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
		{"testimony in the present lies ahead", "The general testifies Wednesday before the committee.",
			[]want{{"Wednesday", "DATE", "2013-11-06", "", "2013-11-06"}}},
		{"a relative that before a plain verb of meeting", "Envoys arrived for talks that resume Monday in Vienna.",
			[]want{{"Monday", "DATE", "2013-11-04", "", "2013-11-04"}}},
		{"the present of be placing an event on a day", "The burial is Saturday in his home town.",
			[]want{{"Saturday", "DATE", "2013-11-02", "", "2013-11-02"}}},
		// Negatives.
		{"the past of be placing an event on a day", "The burial was Saturday in his home town.",
			[]want{{"Saturday", "DATE", "2013-10-26", "", "2013-10-26"}}},
		{"voters went to the polls back", "Voters in the province went to the polls Sunday.",
			[]want{{"Sunday", "DATE", "2013-10-27", "", "2013-10-27"}}},
		{"that before a plain form that may be a noun", "Officials described that visit Monday as useful.",
			[]want{{"Monday", "DATE", "2013-10-28", "", "2013-10-28"}}},
		{"a plural subject in the past lies back", "The Raptors played the Knicks Sunday night.",
			[]want{{"Sunday night", "TIME", "2013-10-27TNI", "", "2013-10-27"}}},
		{"a past verb after the -s word makes it a noun", "Two new faces joined the cabinet Tuesday.",
			[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
		{"plays as a noun before a past verb", "Rival plays opened Tuesday on Broadway.",
			[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
		{"visits as a noun after a determiner", "His visits Tuesday drew crowds.",
			[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
		{"talks as a noun with the weekday", "Talks Tuesday ended without a deal.",
			[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
		{"a plain verb after or is a second infinitive", "The union warned the firm on Tuesday to settle or face a strike.",
			[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
		{"holds as a noun after a determiner", "The holds Tuesday delayed two nominees.",
			[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	})
}

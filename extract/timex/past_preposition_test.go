package timex_test

import "testing"

// TestPastPreposition: without a determiner, "past" before a day name is
// the preposition "beyond", outside the expression, and the day takes its
// clause's tense; "this past Monday" keeps the adjective.
func TestPastPreposition(t *testing.T) {
	wed := d("2021-03-10") // a Wednesday
	checkTags(t, wed, []tagCase{
		{"future clause", "The ministers will stay in Geneva past Friday.",
			[]want{{"Friday", "DATE", "2021-03-12", "", "2021-03-12"}}},
		{"planning progressive", "Both teams are planning to remain in Oslo past Friday.",
			[]want{{"Friday", "DATE", "2021-03-12", "", "2021-03-12"}}},
		{"past clause", "The dock strike dragged on past Monday.",
			[]want{{"Monday", "DATE", "2021-03-08", "", "2021-03-08"}}},
		{"this past is the adjective", "The envoy arrived this past Monday.",
			[]want{{"this past Monday", "DATE", "2021-03-08", "", "2021-03-08"}}},
	})
}

// TestHyphenatedParticiple: an -ed word closing a hyphenated compound
// ("self-imposed") is an adjective and tells no past; a bare -ed verb
// still does.
func TestHyphenatedParticiple(t *testing.T) {
	wed := d("2021-03-10")
	checkTags(t, wed, []tagCase{
		{"compound adjective", "The union is expected to miss its self-imposed Friday deadline.",
			[]want{{"Friday", "DATE", "2021-03-12", "", "2021-03-12"}}},
		{"past verb still past", "The union missed its self-imposed Friday deadline.",
			[]want{{"Friday", "DATE", "2021-03-05", "", "2021-03-05"}}},
		{"bare -ed verb", "The board imposed a Friday deadline.",
			[]want{{"Friday", "DATE", "2021-03-05", "", "2021-03-05"}}},
	})
}

// TestLengthAdjectiveExtent: the article before "year-long" belongs to the
// noun, and "to come" followed by its own complement is an infinitive,
// not the postmodifier of "years to come".
func TestLengthAdjectiveExtent(t *testing.T) {
	wed := d("2021-03-10")
	checkTags(t, wed, []tagCase{
		{"article outside", "The ministry opened a month-long inquiry into the fire.",
			[]want{{"month-long", "DURATION", "P1M", "", ""}}},
		{"bare length keeps its article", "The inquiry lasted a month.",
			[]want{{"a month", "DURATION", "P1M", "", ""}}},
		{"infinitive with complement", "The clubs asked for a few more weeks to come to terms.",
			[]want{{"a few more weeks", "DURATION", "PXW", "", ""}}},
		{"postmodifier kept", "Fishing quotas will shrink for years to come.",
			[]want{{"years to come", "DURATION", "PXY", "", ""}}},
	})
}

// TestThisTimeNextYear: "this time next year" is the DCT's own day a unit
// away; "next year" alone stays a year, and a possessive is left alone.
func TestThisTimeNextYear(t *testing.T) {
	wed := d("2021-03-10")
	checkTags(t, wed, []tagCase{
		{"next year", "The new bridge should open by this time next year.",
			[]want{{"this time next year", "DATE", "2022-03-10", "", "2022-03-10"}}},
		{"last month", "Stocks were far cheaper this time last month.",
			[]want{{"this time last month", "DATE", "2021-02-10", "", "2021-02-10"}}},
		{"year alone", "The bridge should open next year.",
			[]want{{"next year", "DATE", "2022", "", "2022-01-01..2022-12-31"}}},
		{"comma splits", "At this time, next year looks grim.",
			[]want{{"next year", "DATE", "2022", "", "2022-01-01..2022-12-31"}}},
	})
}

// TestAttributiveInfinitive: the weak future of an infinitive does not
// place a month that dates a noun ("a February referendum"); without the
// noun, the infinitive still looks ahead, and a weak past still tells.
func TestAttributiveInfinitive(t *testing.T) {
	checkDatedTags(t, []datedTagCase{
		{"attributive month", "Lawmakers voted to scrap the program in a February referendum.", "2021-08-10",
			[]want{{"February", "DATE", "2021-02", "", "2021-02-01..2021-02-28"}}},
		{"plan still ahead", "The council agreed to hold a referendum in February.", "2021-08-10",
			[]want{{"February", "DATE", "2022-02", "", "2022-02-01..2022-02-28"}}},
		{"weak past kept", "Police have searched for him since the October shooting.", "2021-05-06",
			[]want{{"October", "DATE", "2020-10", "", "2020-10-01..2020-10-31"}}},
	})
}

// TestWeekendBeforeNoun: "a weekend attack" dates the attack (a DATE,
// without the noun's article); "a weekend" alone or before a preposition
// is a length.
func TestWeekendBeforeNoun(t *testing.T) {
	wed := d("2021-03-10")
	checkTags(t, wed, []tagCase{
		{"past", "Militants staged a weekend raid on the depot.",
			[]want{{"weekend", "DATE", "2021-W09-WE", "", "2021-03-06..2021-03-07"}}},
		{"future", "The leaders will hold a weekend retreat.",
			[]want{{"weekend", "DATE", "2021-W10-WE", "", "2021-03-13..2021-03-14"}}},
		{"length", "The repairs took a weekend.",
			[]want{{"a weekend", "DURATION", "P2D", "", ""}}},
		{"length before a preposition", "They booked a weekend in Lisbon.",
			[]want{{"a weekend", "DURATION", "P2D", "", ""}}},
	})
}

// TestHeadScheduled: the plain present "head to" tells a scheduled
// journey, which lies ahead; the noun "head" and the negated past do not.
func TestHeadScheduled(t *testing.T) {
	wed := d("2021-03-10")
	checkTags(t, wed, []tagCase{
		{"plain present", "Farmers head to the capital Sunday for a rally.",
			[]want{{"Sunday", "DATE", "2021-03-14", "", "2021-03-14"}}},
		{"home", "The troops head home Friday.",
			[]want{{"Friday", "DATE", "2021-03-12", "", "2021-03-12"}}},
		{"noun", "The union head spoke to reporters Sunday.",
			[]want{{"Sunday", "DATE", "2021-03-07", "", "2021-03-07"}}},
		{"negated past", "Farmers did not head to the capital Sunday.",
			[]want{{"Sunday", "DATE", "2021-03-07", "", "2021-03-07"}}},
	})
}

package timex_test

import "testing"

// TestGameClockScore: a quarter, half or "the 18th" told beside a game
// clock, a score with a word of winning, "half-time" or a golf word is a
// period of play (or a hole), no time expression; the same periods in
// business copy, and a score-like range after a month, stay dates.
func TestGameClockScore(t *testing.T) {
	checkTags(t, d("2012-11-10"), []tagCase{
		{"game clock", "Okafor hit a jumper with 7:44 left in the third quarter.", nil},
		{"clock remaining", "Lee scored with 2:10 remaining in the first half.", nil},
		{"score and lead", "Denver took a 60-55 lead in the third quarter.", nil},
		{"score and win", "The Hawks rallied in the fourth quarter to win 24-17.", nil},
		{"trailed", "The Jets trailed 14-3 in the first half.", nil},
		{"half-time", "Porto led at half-time and scored again in the second half.", nil},
		{"golf hole", "Mendez made a birdie on the 18th.", nil},
		{"fairway", "Mendez found the fairway and won on the 18th.", nil},
		// Near misses: the year's periods and a day of the month.
		{"business quarter", "The retailer's sales rose 5 percent in the third quarter.",
			[]want{{"the third quarter", "DATE", "2012-Q3", "", "2012-07-01..2012-09-30"}}},
		{"vote tally is no score", "Profits in the second half rose 10 percent, the board said after a 7-2 vote.",
			[]want{{"the second half", "DATE", "2012-H2", "", "2012-07-01..2012-12-31"}}},
		{"clock of day", "The board met at 9:30 on the 18th.",
			[]want{{"9:30", "TIME", "2012-11-10T09:30", "", "2012-11-10"}, {"the 18th", "DATE", "2012-11-18", "", "2012-11-18"}}},
	})
}

// TestHyphenModifierTravel: a plain schedule verb right after a
// hyphenated modifier is a noun ("visa-free travel"), so a past verb
// before it dates the clause; a real plain verb after a plural subject
// still looks ahead.
func TestHyphenModifierTravel(t *testing.T) {
	checkTags(t, d("2021-03-03"), []tagCase{
		{"fronted", "On Monday, Peru and Chile signed an accord on visa-free travel for students.",
			[]want{{"Monday", "DATE", "2021-03-01", "", "2021-03-01"}}},
		{"at the end", "Oman and Qatar signed a pact on cross-border travel for traders on Monday.",
			[]want{{"Monday", "DATE", "2021-03-01", "", "2021-03-01"}}},
		{"high-level visit", "The two sides agreed a high-level visit on Monday.",
			[]want{{"Monday", "DATE", "2021-03-01", "", "2021-03-01"}}},
		// Near misses: the future and a plural hyphenated subject.
		{"will sign", "Oman and Qatar will sign a pact on visa-free travel on Monday.",
			[]want{{"Monday", "DATE", "2021-03-08", "", "2021-03-08"}}},
		{"plural subject", "The hard-liners meet on Monday.",
			[]want{{"Monday", "DATE", "2021-03-08", "", "2021-03-08"}}},
	})
}

package extract_test

import "testing"

// TestTalkingWithAndStoryDay covers a consultation told by a participle
// ("While talking with X, Y said": a meeting of the two) and the day of a
// further undated meeting of one who met others on a day the story told
// (issue #4), each with a case that is no such meeting or day. Article
// date Wednesday 2021-03-03.
func TestTalkingWithAndStoryDay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"talking with a person is a meeting",
			"Foreign Minister Marta Kowalska was in Ramallah on Monday. While talking with Prime Minister Ahmed Qurei, Kowalska said the peoples of Poland and Palestine share a long friendship.",
			"meet occurred 2021-03-01 [Marta Kowalska Ahmed Qurei] [POL PSE]"},
		{"chatting with a minister on a day is a meeting that day",
			"Chatting with Palestinian Prime Minister Ahmed Qurei on Monday, Polish Foreign Minister Marta Kowalska said the two states would cooperate.",
			"meet occurred 2021-03-01 [Marta Kowalska Ahmed Qurei] [POL PSE]"},
		{"talking with reporters is no meeting",
			"Talking with reporters on Monday, Foreign Minister Marta Kowalska said the border would stay open.",
			""},
		{"a meeting of one whose counterparts on the story's day were unnamed is of that day",
			"Polish Foreign Minister Marta Kowalska met senior officials on Monday. While talking with Palestinian Prime Minister Ahmed Qurei, Kowalska said the two states would cooperate. Kowalska met Israeli Prime Minister Avi Peretz in Jerusalem.",
			"meet occurred 2021-03-01 [Marta Kowalska Ahmed Qurei] [POL PSE]\nmeet occurred 2021-03-01 [Marta Kowalska Avi Peretz] [POL ISR] @Jerusalem"},
		{"after a named counterpart, a further undated meeting is of the article's day",
			"Polish Foreign Minister Marta Kowalska met Palestinian Prime Minister Ahmed Qurei on March 1. Kowalska met Israeli Prime Minister Avi Peretz in Jerusalem.",
			"meet occurred 2021-03-01 [Marta Kowalska Ahmed Qurei] [POL PSE]\nmeet occurred 2021-03-03 [Marta Kowalska Avi Peretz] [POL ISR] @Jerusalem"},
		{"another person's undated meeting keeps the article's day",
			"Polish Foreign Minister Marta Kowalska met both Palestinian and Israeli prime ministers on March 1. Israeli Prime Minister Avi Peretz met the king of Jordan.",
			"meet occurred 2021-03-01 [Marta Kowalska] [POL PSE ISR]\nmeet occurred 2021-03-03 [Avi Peretz] [ISR JOR]"},
		{"told by a weekday, a further undated meeting is of the story's news day",
			"Polish Foreign Minister Marta Kowalska met Palestinian Prime Minister Ahmed Qurei on Monday. Kowalska met Israeli Prime Minister Avi Peretz in Jerusalem.",
			"meet occurred 2021-03-01 [Marta Kowalska Ahmed Qurei] [POL PSE]\nmeet occurred 2021-03-01 [Marta Kowalska Avi Peretz] [POL ISR] @Jerusalem"},
		{"a meeting told months back dates no later one",
			"Polish Foreign Minister Marta Kowalska met Palestinian Prime Minister Ahmed Qurei in January. Kowalska met Israeli Prime Minister Avi Peretz.",
			"meet occurred 2021-01-01..2021-01-31 [Marta Kowalska Ahmed Qurei] [POL PSE]\nmeet occurred 2021-03-03 [Marta Kowalska Avi Peretz] [POL ISR]"},
	})
}

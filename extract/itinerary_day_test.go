package extract_test

import "testing"

// TestItineraryDay covers a day's programme told sentence by sentence:
// a bare clock time or an adverb of sequence before the verb takes the
// day of the last meeting told, not the article's date (Wednesday
// 2021-03-03).
func TestItineraryDay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a bare clock after a day ahead takes the last day met",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo met President Nana Akufo-Addo in Accra. Ghana holds a by-election on 21 March. At 6:30 p.m. Omamo met Foreign Minister Shirley Ayorkor Botchwey.",
			"meet occurred 2021-03-01 [Raychelle Omamo Nana Akufo-Addo] [KEN] @Accra\nmeet occurred 2021-03-01 [Raychelle Omamo Shirley Ayorkor Botchwey] [KEN]"},
		{"then before the verb takes the last day met",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo met President Nana Akufo-Addo in Accra. Ghana holds a by-election on 21 March. Omamo then met with Foreign Minister Shirley Ayorkor Botchwey.",
			"meet occurred 2021-03-01 [Raychelle Omamo Nana Akufo-Addo] [KEN] @Accra\nmeet occurred 2021-03-01 [Raychelle Omamo Shirley Ayorkor Botchwey] [KEN]"},
		{"a bare clock with no day told before is the article's day",
			"At 6:30 p.m. Kenyan Foreign Minister Raychelle Omamo met Foreign Minister Shirley Ayorkor Botchwey.",
			"meet occurred 2021-03-03 [Raychelle Omamo Shirley Ayorkor Botchwey] [KEN]"},
		{"a planned meeting keeps its own time",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo met President Nana Akufo-Addo in Accra. At 6:30 p.m. on Friday Omamo will meet Foreign Minister Shirley Ayorkor Botchwey.",
			"meet occurred 2021-03-01 [Raychelle Omamo Nana Akufo-Addo] [KEN] @Accra\nmeet planned 2021-03-05 [Raychelle Omamo Shirley Ayorkor Botchwey] [KEN]"},
	})
}

// TestMealMeetings covers a meal given for guests, a meeting of its
// host and guests (Wednesday 2021-03-03).
func TestMealMeetings(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a luncheon hosted by a president",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo attended a luncheon hosted by Ghanaian President Nana Akufo-Addo.",
			"meet occurred 2021-03-01 [Raychelle Omamo Nana Akufo-Addo] [KEN GHA]"},
		{"a dinner with a counterpart",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo joined Ghanaian Foreign Minister Shirley Ayorkor Botchwey for dinner.",
			"meet occurred 2021-03-01 [Raychelle Omamo Shirley Ayorkor Botchwey] [KEN GHA]"},
	})
}

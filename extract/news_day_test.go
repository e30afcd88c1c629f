package extract_test

import "testing"

// TestNewsDay checks that an undated past report takes the story's news
// day, the first day the story names by a weekday or "yesterday" when it
// is one of the six days before the article's date, instead of the
// article's date; and that a story whose first such day is the article's
// own, or one with no such day, or an act under way, keeps the article's
// date. Article date Wednesday 2021-03-03 for every case.
func TestNewsDay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a lead condemnation takes the weekday the next sentence tells",
			"Chile has condemned the new Peruvian tariffs on copper. The tariffs are unfair, Foreign Minister Ana Rojas said on Tuesday.",
			"conflict occurred 2021-03-02 [] [CHL PER]"},
		{"yesterday in the lead dates an undated act told after it",
			"Peru yesterday expelled two Chilean diplomats. Chile rejected the expulsion.",
			"conflict occurred 2021-03-02 [] [PER CHL]\nconflict occurred 2021-03-02 [] [CHL]"},
		{"the weekday of an earlier sentence dates a reaction told after it",
			"Peru and Chile on Monday signed a fisheries accord. Bolivia also condemned Chile over the border.",
			"agree occurred 2021-03-01 [] [PER CHL]\nconflict occurred 2021-03-01 [] [BOL CHL]"},
		{"no weekday in the story: the article's date",
			"Chile has condemned the new Peruvian tariffs on copper. The tariffs are unfair, Foreign Minister Ana Rojas said.",
			"conflict occurred 2021-03-03 [] [CHL PER]"},
		{"the first weekday is the article's own day: the article's date",
			"Chile has condemned the new Peruvian tariffs on copper. The tariffs are unfair, Foreign Minister Ana Rojas said on Wednesday, a day after talks ended on Tuesday.",
			"conflict occurred 2021-03-03 [] [CHL PER]"},
		{"a weekday with a full date is a page's stamp, not the news day",
			"Posted Tuesday, March 2, 2021 by Staff\n\nChile has condemned the new Peruvian tariffs on copper.",
			"conflict occurred 2021-03-03 [] [CHL PER]"},
		{"a day further back than the week is not the news day",
			"Chile has condemned the new Peruvian tariffs on copper, which took effect on February 20.",
			"conflict occurred 2021-03-03 [] [CHL PER]"},
		{"aid under way stays the article's day",
			"USAID is deploying a relief team to Peru, where floods struck yesterday.",
			"cooperate occurred 2021-03-03 [U.S. Agency for International Development] [USA PER]"},
	})
}

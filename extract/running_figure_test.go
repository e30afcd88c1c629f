package extract_test

import "testing"

// TestRunningFigure covers a trade figure of the story's year told from an
// anchor ("since the beginning of this year"), which runs from the anchor
// to the story's day (Wednesday 2021-03-03), and a comparison figure after
// a figure whose measure a verb names ("imported $5 billion worth of
// goods ..., compared with $8.2 billion in 2019"), a figure of the same
// measure. A change since an earlier year gives the figure no period.
func TestRunningFigure(t *testing.T) {
	checkEvents(t, []eventCase{
		{"since the start of this year",
			"Since the start of this year, trade between Peru and Chile has reached 3.1 billion US dollars, officials said.",
			"trade occurred 2021-01-01..2021-03-03 [] [PER CHL] 3100000000 USD trade volume"},
		{"since a month of this year",
			"Peru's exports to Chile have totalled $410 million since January.",
			"trade occurred 2021-01-01..2021-03-03 [] [PER CHL] 410000000 USD exports"},
		{"a change since an earlier year",
			"Trade between Peru and Chile has risen to $3.1 billion since 2015.",
			"trade occurred  [] [PER CHL] 3100000000 USD trade volume"},
		{"a comparison figure after an imported amount",
			"Peru imported $5 billion worth of goods from Chile in 2020, compared with $8.2 billion in 2019.",
			"trade occurred 2019-01-01..2019-12-31 [] [PER CHL] 8200000000 USD imports\n" +
				"trade occurred 2020-01-01..2020-12-31 [] [PER CHL] 5000000000 USD imports"},
		{"a comparison figure for a whole year",
			"Ghanaian firms exported goods worth $740 million to Togo in the first half of 2020, compared with $1.1 billion for all of 2019.",
			"trade occurred 2019-01-01..2019-12-31 [] [GHA TGO] 1100000000 USD exports\n" +
				"trade occurred 2020-01-01..2020-06-30 [] [GHA TGO] 740000000 USD exports"},
		{"a second amount of another act is no figure",
			"Peru imported $5 billion worth of goods from Chile in 2020, and it paid $2 million in fees.",
			"trade occurred 2020-01-01..2020-12-31 [] [PER CHL] 5000000000 USD imports"},
	})
}

package extract_test

import "testing"

// TestPlaceApposition checks that the state set off by commas after a
// city ("arrived in Lima, Peru, on Monday") is an apposition of the city:
// the comma after it ends no clause, so the arrival, its day and the
// visit it begins are one event, as without the commas. A list of
// several city-state pairs is still one visit to each state. Article date
// Wednesday 2021-03-03.
func TestPlaceApposition(t *testing.T) {
	checkEvents(t, []eventCase{
		{"commas around the state",
			"Ghanaian President Nana Akufo-Addo arrived in Quito, Ecuador, on Monday for a three-day official visit.",
			"visit occurred 2021-03-01..2021-03-03 [Nana Akufo-Addo] [GHA ECU] @Quito"},
		{"no commas",
			"Ghanaian President Nana Akufo-Addo arrived in Quito on Monday for a three-day official visit.",
			"visit occurred 2021-03-01..2021-03-03 [Nana Akufo-Addo] [GHA ECU] @Quito"},
		{"the arrival's day after the state is its own",
			"Ghanaian President Nana Akufo-Addo arrived in Quito, Ecuador, on Monday for talks with Ecuadorian President Guillermo Lasso.",
			"meet occurred 2021-03-01 [Nana Akufo-Addo Guillermo Lasso] [GHA ECU] @Quito\nvisit occurred 2021-03-01 [Nana Akufo-Addo Guillermo Lasso] [GHA ECU] @Quito"},
		{"region after a city",
			"Ghanaian President Nana Akufo-Addo arrived in Houston, Texas, on Monday and met oil executives.",
			"meet occurred 2021-03-01 [Nana Akufo-Addo] [GHA]\nvisit occurred 2021-03-01 [Nana Akufo-Addo] [GHA USA] @Houston"},
		{"a clause after a state that places no city still splits",
			"Ghanaian President Nana Akufo-Addo thanked Ecuador, and he will visit Quito next week.",
			"visit planned 2021-03-08..2021-03-14 [Nana Akufo-Addo] [GHA ECU] @Quito"},
	})
}

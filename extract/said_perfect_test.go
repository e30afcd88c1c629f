package extract_test

import "testing"

// TestSaidDayPerfectDeal checks that an agreement told in the present
// perfect after a said-day ("said on February 25 it has signed") is dated
// by that day, while other tenses and other events keep the article's
// date. Article date Wednesday 2021-03-03.
func TestSaidDayPerfectDeal(t *testing.T) {
	checkEvents(t, []eventCase{
		{"present perfect signing after a said-day",
			"The European Commission said on February 25 it has signed a financing agreement to grant €40 million to Malawi.",
			"agree occurred 2021-02-25 [] [MWI] 40000000 EUR aid"},
		{"with that and a weekday",
			"The European Commission said on Monday that it has signed a trade agreement with Malawi.",
			"agree occurred 2021-03-01 [] [MWI]"},
		{"past perfect tells an earlier act: the article's date",
			"The European Commission said on February 25 that it had signed a financing agreement to grant €40 million to Malawi.",
			"agree occurred 2021-03-03 [] [MWI] 40000000 EUR aid"},
		{"a future signing is planned",
			"The European Commission said on February 25 it will sign a trade agreement with Malawi.",
			"agree planned  [] [MWI]"},
	})
}

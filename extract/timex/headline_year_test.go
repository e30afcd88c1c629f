package timex_test

import "testing"

// TestHeadlineYear: a year after a capitalised word is part of a name
// ("Windows 2000"), except on a headline line set in title case, where
// every word is capitalised and the year dates the story's subject.
func TestHeadlineYear(t *testing.T) {
	day := d("2015-01-20")
	checkTags(t, day, []tagCase{
		{"headline with a verb", "Senate Passes 2015 Budget, Bill Goes to House\n\nThe vote was close.",
			[]want{{"2015", "DATE", "2015", "", "2015-01-01..2015-12-31"}}},
		{"short headline", "Kenya Votes 2013\n\nPolls opened early.",
			[]want{{"2013", "DATE", "2013", "", "2013-01-01..2013-12-31"}}},
		{"headline ending in a mark", "Play Ball 2014!\n\nThe season is here.",
			[]want{{"2014", "DATE", "2014", "", "2014-01-01..2014-12-31"}}},
		// Negative cases: a name in running text, and a line whose
		// lower-case words show it is no headline.
		{"product name in a sentence", "The ministry still runs Windows 2000 on its desktops.", nil},
		{"sentence line", "Engineers upgraded Orion 2012 software across the fleet\n", nil},
		{"name in a caption line", "Staff at the Orion 2012 Launch watched\n", nil},
	})
}

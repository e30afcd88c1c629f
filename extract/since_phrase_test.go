package extract_test

import "testing"

// A "since" phrase dates its anchor, not the clause's event, even when it
// is long or holds a figure ("since winning 64.2% of the vote and taking
// office on ..."); a verb inside the phrase ("since Oslo said the king
// will visit Rome in May") takes that time as its own. Article date
// Wednesday 2021-03-03.
func TestSincePhrase(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "a long anchor with a figure in it",
			in:   "Mr Halvorsen is on an official visit to Sweden, his first since winning the February 12 election with 64.2% of the vote and taking office on February 20.",
			want: "visit occurred 2021-03-03 [Halvorsen] [SWE]",
		},
		{
			name: "a verb inside the phrase keeps its time",
			in:   "It is the first such report since the palace announced that King Harald will visit Sweden in May.",
			want: "visit planned 2021-05-01..2021-05-31 [Harald] [SWE]",
		},
	})
}

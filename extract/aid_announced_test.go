package extract_test

import "testing"

// TestAidAnnouncedAfter checks that a pledge of aid reported by an
// announcement set after it ("..., the agency announced Tuesday") is the
// aid given on the day of the announcement, as one reported before it is
// (docs/annotating.md, section 14), while aid for a future period and a
// clause followed by something other than a reporting clause stay
// planned. Article date Wednesday 2021-03-03.
func TestAidAnnouncedAfter(t *testing.T) {
	checkEvents(t, []eventCase{
		{"announced with a day",
			"The United States will offer another $15 million in aid to flood victims in Malawi, the State Department announced Tuesday.",
			"cooperate occurred 2021-03-02 [] [USA MWI] 15000000 USD aid"},
		{"announced without a day",
			"An additional $40 million in humanitarian aid will be provided to Sudan, the agency's administrator announced in Geneva.",
			"cooperate occurred  [] [SDN] 40000000 USD aid"},
		{"aid for a future period stays planned",
			"The United States will provide $15 million in aid to Malawi next year, the State Department announced.",
			"cooperate planned 2022-01-01..2022-12-31 [] [USA MWI] 15000000 USD aid"},
		{"a relative clause is no report",
			"The United States will provide $15 million in aid to Malawi, which says it needs far more.",
			"cooperate planned  [] [USA MWI] 15000000 USD aid"},
	})
}

// TestAidRunningTotal checks that the total a new sum brings a running
// count to is counted now, while a goal a deal is to bring trade to
// stays planned. Article date Wednesday 2021-03-03.
func TestAidRunningTotal(t *testing.T) {
	checkEvents(t, []eventCase{
		{"will bring the total to",
			"The new package will bring the total of U.S. assistance to Malawi to nearly $90 million.",
			"cooperate occurred  [] [USA MWI] 90000000 USD aid"},
		{"a goal is no total",
			"The new deal will bring bilateral trade between Kenya and Ghana to $3 billion.",
			"trade planned  [] [KEN GHA] 3000000000 USD trade volume"},
	})
}

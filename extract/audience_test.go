package extract_test

import "testing"

// TestAudienceWith covers an audience with a sovereign or a pope, a
// meeting (CAMEO 040), told in a narrative: "later had an audience
// with" takes the day the narrative has reached, and the time of a
// relative clause after it ("who noted that ... would take place the
// following week") is not its own. An audience of listeners is no
// meeting. Article date Wednesday 2021-03-03.
func TestAudienceWith(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a later audience takes the narrative's day",
			"Kenyan Foreign Minister Wanjiru Otieno arrived in Oslo on Thursday, 25 February. The following morning, Otieno held talks with Norwegian Foreign Minister Ine Dahl. Otieno later had an audience with King Harald, who noted that the state opening of parliament would take place the following week.",
			"visit occurred 2021-02-25 [Wanjiru Otieno] [KEN NOR] @Oslo\nmeet occurred 2021-02-26 [Wanjiru Otieno Ine Dahl] [KEN NOR]\nmeet occurred 2021-02-26 [Wanjiru Otieno Harald] [KEN]"},
		{"an audience of listeners is no meeting",
			"Kenyan Foreign Minister Wanjiru Otieno told an audience of students in Nairobi on Monday that trade with Uganda would grow.",
			""},
	})
}

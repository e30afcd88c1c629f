package extract_test

import "testing"

// TestReturnedToState covers a return told as travel: going back to
// another state is a visit to it; going home, or back with no state
// known for the traveller, is none. Article date Wednesday 2021-03-03.
func TestReturnedToState(t *testing.T) {
	checkEvents(t, []eventCase{
		{"back to another state is a visit",
			"Kenyan Foreign Minister Wanjiru Otieno met Ugandan President Moses Kato in Kampala on Monday. Otieno then returned to Rwanda.",
			"meet occurred 2021-03-01 [Wanjiru Otieno Moses Kato] [KEN UGA] @Kampala\nvisit occurred 2021-03-01 [Wanjiru Otieno] [KEN RWA]"},
		{"back home is no visit",
			"Kenyan Foreign Minister Wanjiru Otieno returned to Nairobi on Monday.",
			""},
		{"back to a state with no traveller's state known is no visit",
			"Wanjiru Otieno returned to Rwanda on Monday.",
			""},
	})
}

package extract_test

import "testing"

// TestBlacklistVisa checks two kinds of sanction told without the word:
// visa restrictions or bans aimed at someone ("imposed visa restrictions
// on 40 officials") and putting a state or group on a blacklist that
// brings measures ("named X a currency manipulator", "designated the
// group a terrorist organisation"). Easing visa rules, visa rules for
// travellers and naming someone to a post are none. Article date
// Wednesday 2021-03-03.
func TestBlacklistVisa(t *testing.T) {
	checkEvents(t, []eventCase{
		{"visa restrictions on officials",
			"The State Department also imposed visa restrictions on 40 Cuban officials on Tuesday.",
			"conflict occurred 2021-03-02 [State Department] [USA CUB]"},
		{"visa bans against judges",
			"Canada announced visa bans against nine Belarusian judges on Tuesday.",
			"conflict occurred 2021-03-02 [] [CAN BLR]"},
		{"currency manipulator",
			"The United States last week named Thailand a currency manipulator, a move that could lead to tariffs.",
			"conflict occurred 2021-02-22..2021-02-28 [] [USA THA]"},
		{"state sponsor of terrorism",
			"The United States on Monday labelled Cuba a state sponsor of terrorism.",
			"conflict occurred 2021-03-01 [] [USA CUB]"},
		{"persona non grata still expels",
			"Chile on Monday declared the Bolivian consul persona non grata.",
			"conflict occurred 2021-03-01 [] [CHL BOL]"},
		// Near misses.
		{"eased visa restrictions", "Thailand eased visa restrictions on Chinese tourists on Tuesday.", ""},
		{"visa rules for travellers", "Japan imposed visa restrictions for travellers from Europe on Tuesday.", ""},
		{"named an envoy", "Ghana on Monday named a new ambassador to Togo.", ""},
		{"named as a minister", "Kenya's president on Monday named Amina Yusuf as a minister.", ""},
	})
}

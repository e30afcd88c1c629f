package extract_test

import "testing"

// TestCalledOff covers acts that a verb of calling off governs: a
// protest called off, given up, cancelled or abandoned does not happen,
// so it is no conflict; one held or staged is. Article date Wednesday
// 2021-03-03.
func TestCalledOff(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a protest someone wants called off",
			"The Orange Democratic Movement (ODM) said earlier it wanted opposition leader Raila Odinga to call off the protest.", ""},
		{"a protest given up",
			"The students said they were willing to give up the protest in Nairobi.", ""},
		{"a march cancelled",
			"Kenyan union leader Francis Atwoli cancelled the protest in Nairobi.", ""},
		{"a protest held is a conflict",
			"Kenyan students staged a protest outside the Ugandan embassy on Monday.",
			"conflict occurred 2021-03-01 [] [KEN UGA]"},
		{"off after another verb calls nothing off",
			"Kenyan students set off a protest outside the Ugandan embassy on Monday.",
			"conflict occurred 2021-03-01 [] [KEN UGA]"},
	})
}

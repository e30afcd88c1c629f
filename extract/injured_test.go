package extract_test

import "testing"

// TestInjured checks that "injured" tells the toll of violence as
// "wounded" does, that a toll told by two words ("killed and injured")
// is one act, and that the adjective is no act. Article date Wednesday
// 2021-03-03.
func TestInjured(t *testing.T) {
	checkEvents(t, []eventCase{
		{"soldiers injured after blasts",
			"Three Malian soldiers were injured on Tuesday after two blasts went off near a checkpoint.",
			"conflict occurred 2021-03-02 [] [MLI]"},
		{"killed and injured is one toll",
			"The names of the Nigerien aid workers killed and injured were being withheld, the agency said.",
			""},
		{"the adjective is no act",
			"The injured Malian minister left the hospital on Tuesday.",
			""},
	})
}

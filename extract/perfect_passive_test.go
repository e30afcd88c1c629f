package extract_test

import "testing"

// TestPerfectPassive checks that an expulsion or a sanction told in the
// present perfect passive, with no agent and no time of its own, is the
// story's news of its day, as the active "Latvia has expelled" is; the
// past perfect ("had been expelled") stays background, and a planned
// expulsion joined to it stays planned. Article date Wednesday 2021-03-03.
func TestPerfectPassive(t *testing.T) {
	checkEvents(t, []eventCase{
		{"have been expelled",
			"Two Belarusian diplomats have been expelled from Latvia.",
			"conflict occurred 2021-03-03 [] [BLR LVA]"},
		{"has been declared persona non grata",
			"A Belarusian military attaché has been declared persona non grata by Latvia.",
			"conflict occurred 2021-03-03 [] [BLR LVA]"},
		{"had been expelled is background",
			"Two Belarusian diplomats had been expelled from Latvia.",
			""},
	})
}

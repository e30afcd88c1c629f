package person_test

import "testing"

// After a clock time "PM" is the afternoon, not a prime minister's
// title; before a name with no time before it, it stays the title.
func TestClockPM(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The talks went on.\n\nTomas Berg 5 minutes ago Sun 4th May 2025 | 06:15 PM\nGood work.", "Tomas Berg/"},
		{"The talks went on.\n\nPosted at 9:30 PM\nNice move.", ""},
		// near miss
		{"The talks went on. Later, PM Tomas Berg spoke to reporters.", "Tomas Berg/Prime Minister"},
	}, personRole)
}

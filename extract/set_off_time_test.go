package extract_test

import "testing"

// TestSetOffTime checks that a time set off by commas right after a
// clause dates that clause's act, and that a comma phrase that only
// begins with a time word does not. Article date Wednesday 2021-03-03.
func TestSetOffTime(t *testing.T) {
	checkEvents(t, []eventCase{
		{"last Wednesday between commas",
			"Peru expelled the Chilean consul from the talks, last Wednesday, saying he had spied.",
			"conflict occurred 2021-02-24 [] [PER CHL]"},
		{"on Monday closing the sentence",
			"Peru expelled the Chilean consul, on Monday.",
			"conflict occurred 2021-03-01 [] [PER CHL]"},
		{"a time word that opens a longer phrase",
			"Peru expelled the Chilean consul, Monday's newspapers said.",
			"conflict occurred 2021-03-03 [] [PER CHL]"},
	})
}

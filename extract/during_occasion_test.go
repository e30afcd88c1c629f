package extract_test

import "testing"

// TestDuringOccasion checks that a "during" phrase naming an occasion
// with its time dates the act told before it, while a "during" phrase
// that tells an event of its own (a visit) keeps its time to itself.
// Article date Wednesday 2021-03-03.
func TestDuringOccasion(t *testing.T) {
	checkEvents(t, []eventCase{
		{"during a speech on Monday",
			"The Peruvian president accused Chile of spying during a speech on Monday.",
			"conflict occurred 2021-03-01 [] [PER CHL]"},
		{"during a Monday interview",
			"The Peruvian president accused Chile of spying during a Monday interview.",
			"conflict occurred 2021-03-01 [] [PER CHL]"},
		{"during a visit keeps its own time",
			"The Peruvian president accused Chile of spying during a visit to Lima on Monday.",
			"visit occurred 2021-03-01 [] [PER CHL] @Lima\nconflict occurred 2021-03-03 [] [PER CHL]"},
	})
}

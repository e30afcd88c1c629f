package extract_test

import "testing"

// TestAnnouncedDay checks that an event told as done in what was
// announced on a named day, with no time of its own, is dated by that
// day, while a verb of saying or a time of the event's own still rule.
// Article date Wednesday 2021-03-03 for every case.
func TestAnnouncedDay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an agreement announced on a weekday is dated by it",
			"After two years of talks, Chile and Peru announced Saturday that they had finally reached a fisheries agreement.",
			"agree occurred 2021-02-27 [] [CHL PER]"},
		{"on before the day changes nothing",
			"Chile and Peru confirmed on Monday that they had reached a fisheries agreement.",
			"agree occurred 2021-03-01 [] [CHL PER]"},
		{"a verb of saying dates the telling, not the agreement",
			"Chile and Peru said Saturday that they had finally reached a fisheries agreement.",
			"agree occurred 2021-03-03 [] [CHL PER]"},
		{"a time of the event's own still dates it",
			"Chile and Peru announced Saturday that they had reached a fisheries agreement in January.",
			"agree occurred 2021-01-01..2021-01-31 [] [CHL PER]"},
	})
}

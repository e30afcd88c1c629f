package extract_test

import "testing"

// TestHaltedTalks covers talks told only as stopped or stuck: background,
// no meeting held. Talks that resume, or are held after a halt, are
// meetings. Article date Wednesday 2021-03-03.
func TestHaltedTalks(t *testing.T) {
	checkEvents(t, []eventCase{
		{"talks stalled since a year",
			"Negotiations over the disputed border have been stalled since 2019, Kenyan officials said.", ""},
		{"talks suspended, with a long subject",
			"Talks between Kenya and Somalia on the maritime border have been suspended since last year.", ""},
		{"talks that remain frozen",
			"Peace talks between Ethiopia and Eritrea remain frozen.", ""},
		{"talks on hold",
			"The trade talks between Chile and Peru are on hold.", ""},
		{"talks that stalled",
			"The border talks stalled in Nairobi.", ""},
		{"talks resumed after a halt are held",
			"Talks between Kenya and Somalia resumed in Nairobi on Monday.",
			"meet occurred 2021-03-01 [] [KEN SOM] @Nairobi"},
		{"talks held, a halt told after a relative pronoun",
			"Kenya and Somalia held talks in Nairobi on Monday that had been suspended for a year.",
			"meet occurred 2021-03-01 [] [KEN SOM] @Nairobi"},
		{"talks as an object before a halted port",
			"Kenya held talks with Somalia on Monday while the port was blocked.",
			"meet occurred 2021-03-01 [] [KEN SOM]"},
	})
}

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

// TestEnvoyCalledHomeForConsultations covers consultations named as the
// reason an envoy is called home: the recall is the event, no meeting.
// Article date Wednesday 2021-03-03.
func TestEnvoyCalledHomeForConsultations(t *testing.T) {
	for _, tt := range []struct{ name, in string }{
		{"recalled for consultations", "Kenya recalled its ambassador to Uganda for consultations on Monday."},
		{"called home for talks", "Kenya called its envoy home from Kampala for talks on Monday."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range extractText(t, tt.in).Events {
				if e.Type == "meet" {
					t.Errorf("Document(%q) has a meeting %v; the consultations are the recall's reason", tt.in, e)
				}
			}
		})
	}
	checkEvents(t, []eventCase{
		{"a minister travelling for consultations meets",
			"Kenyan Foreign Minister Raychelle Omamo held consultations with Ugandan officials in Kampala on Monday.",
			"meet occurred 2021-03-01 [Raychelle Omamo] [KEN UGA] @Kampala"},
	})
}

package extract_test

import "testing"

// TestDialogueWished covers the bare noun "dialogue" as a means sought,
// urged or needed ("committed to seeking dialogue", "the need for
// dialogue", "only a dialogue can end it"): no meeting is told. A
// dialogue with a determiner or possessive that a verb says was held is
// one. Article date Wednesday 2021-03-03.
func TestDialogueWished(t *testing.T) {
	checkEvents(t, []eventCase{
		{"committed to seeking dialogue",
			"Kenya remains committed to seeking dialogue with Somalia over the maritime border.", ""},
		{"the need for dialogue",
			"Kenyan Foreign Minister Raychelle Omamo stressed the need for dialogue with Somalia.", ""},
		{"only a dialogue",
			"Omamo said only a dialogue between Kenya and Somalia could settle the dispute.", ""},
		{"their dialogue held",
			"Kenya and Somalia held their first dialogue on the maritime border in Nairobi on Monday.",
			"meet occurred 2021-03-01 [] [KEN SOM] @Nairobi"},
	})
}

package extract_test

import "testing"

// TestArrivedForTalks checks that a meeting told as what a traveller
// arrived for is still to come (planned), while a meeting the traveller
// held after arriving happened. Article date Wednesday 2021-03-03.
func TestArrivedForTalks(t *testing.T) {
	checkEvents(t, []eventCase{
		{"arrived for talks",
			"Kenyan Foreign Minister Raychelle Omamo arrived in Lima today for talks with Peruvian President Francisco Sagasti.",
			"meet planned 2021-03-03 [Raychelle Omamo Francisco Sagasti] [KEN PER] @Lima\nvisit occurred 2021-03-03 [Raychelle Omamo Francisco Sagasti] [KEN PER] @Lima"},
		{"arrived and held talks",
			"Kenyan Foreign Minister Raychelle Omamo arrived in Lima today and held talks with Peruvian President Francisco Sagasti.",
			"meet occurred 2021-03-03 [Raychelle Omamo Francisco Sagasti] [KEN PER]\nvisit occurred 2021-03-03 [Raychelle Omamo] [KEN PER] @Lima"},
	})
}

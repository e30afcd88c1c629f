package extract_test

import "testing"

// TestTravelTold checks visits told as travel: an arrival that opens a
// visit of a stated length, "first" as an adverb between a modal and a
// verb of travel, and the plain form "fly" after a modal; with the cases
// each rule must leave alone.
func TestTravelTold(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an arrival on a day opens a visit of the length told after it",
			"Canadian Foreign Minister Mary Holt arrived in Lima on Sunday on a two-day visit as part of a regional tour.",
			"visit occurred 2021-02-28..2021-03-01 [Mary Holt] [CAN PER] @Lima"},
		{"an arrival after a visit elsewhere keeps its one day",
			"Canadian Foreign Minister Mary Holt arrived in Lima on Sunday after a three-day visit to Chile.",
			"visit occurred 2021-02-28 [Mary Holt] [CAN PER CHL] @Lima"},
		{"first between a modal and travel is an adverb",
			"Canadian Foreign Minister Mary Holt said she would first travel to Peru next week.",
			"visit planned 2021-03-08..2021-03-14 [Mary Holt] [CAN PER]"},
		{"first after a determiner still makes a noun",
			"The first visit drew large crowds.",
			""},
		{"fly after a modal is a departure with a destination",
			"Canadian Foreign Minister Mary Holt will fly to Peru on Friday.",
			"visit planned 2021-03-05 [Mary Holt] [CAN PER]"},
		{"fly with no destination is no visit",
			"Canadian Foreign Minister Mary Holt will fly home on Friday.",
			""},
	})
}

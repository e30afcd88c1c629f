package extract_test

import "testing"

// TestCarrierIsNoTraveller checks that a carrier, craft or route that
// flies or sails somewhere makes no visit: a visit needs a person, state
// or organisation that travels. A delegation or a person still does, also
// when told with the person's plane. Article date Wednesday 2021-03-03.
func TestCarrierIsNoTraveller(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an airline's route",
			"Ethiopian Airlines will fly to Quito from June.", ""},
		{"a carrier noun",
			"The carrier flies to Ecuador twice a week.", ""},
		{"a ship",
			"The ship left for Manila on Monday.", ""},
		{"a person flies",
			"Ghanaian President Nana Akufo-Addo will fly to Quito on March 8.",
			"visit planned 2021-03-08 [Nana Akufo-Addo] [GHA ECU] @Quito"},
		{"a person's plane",
			"Ghanaian President Nana Akufo-Addo's plane flew to Quito on Monday.",
			"visit occurred 2021-03-01 [Nana Akufo-Addo] [GHA ECU] @Quito"},
		{"a delegation",
			"The Ghanaian delegation will fly to Quito on March 8.",
			"visit planned 2021-03-08 [] [GHA ECU] @Quito"},
	})
}

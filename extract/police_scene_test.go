package extract_test

import "testing"

// TestPoliceScene checks that police breaking up a crowd with no party
// named (conflict, CAMEO 175) act in the state of the place the story
// named last, not in the state of a foreign party told before; and that
// a purpose infinitive after the means used ("used tear gas to disperse")
// keeps the act in the past. Article date Wednesday 2021-03-03.
func TestPoliceScene(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the city named before, not the visitor's state",
			"Masked men attacked a car carrying the Canadian consul in Kampala on Monday night, Canadian officials said.\n\n" +
				"The consul and her driver were unhurt.\n\n" +
				"Police used tear gas to disperse crowds on Tuesday.",
			"conflict occurred 2021-03-01 [] [CAN] @Kampala\nconflict occurred 2021-03-02 [] [UGA]"},
		{"a place in the sentence wins",
			"Police used tear gas to disperse crowds in Mombasa on Tuesday.",
			"conflict occurred 2021-03-02 [] [KEN] @Mombasa"},
	})
}

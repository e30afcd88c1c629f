package extract_test

import "testing"

// TestAgreedWithView covers "agreed with" a person and nothing agreed on:
// sharing a view is no accord. Article date Wednesday 2021-03-03.
func TestAgreedWithView(t *testing.T) {
	checkEvents(t, []eventCase{
		{"agreeing with a person and saying more is a view shared",
			"Kenyan Trade Minister Betty Maina agreed with Ghanaian Trade Minister Alan Kyerematen, and said the two countries shared many interests.", ""},
		{"agreeing with a person at the end of the sentence is a view shared",
			"Kenyan Trade Minister Betty Maina said on Monday she agreed with Alan Kyerematen.", ""},
		{"agreed with a person to do something is an accord",
			"Kenyan Trade Minister Betty Maina agreed with Ghanaian Trade Minister Alan Kyerematen to open a joint trade office.",
			"agree occurred 2021-03-03 [Betty Maina Alan Kyerematen] [KEN GHA]"},
		{"agreed with a state is left as an accord",
			"Kenya agreed with Ghana, and both will open trade offices.",
			"agree occurred 2021-03-03 [] [KEN GHA]"},
	})
}

package extract_test

import "testing"

// TestAssetFreeze checks that an asset freeze imposed on a group of
// officials or bodies is a sanction even where the sentence does not say
// "sanctions"; a court's freeze on one person's assets is none. Article
// date Wednesday 2021-03-03.
func TestAssetFreeze(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an asset freeze on officials",
			"The EU on Tuesday imposed an asset freeze on 12 Belarusian officials.",
			"conflict occurred 2021-03-02 [European Union] [BLR]"},
		{"froze the assets of officials",
			"Canada on Tuesday froze the assets of 12 Belarusian officials.",
			"conflict occurred 2021-03-02 [] [CAN BLR]"},
		// Near miss.
		{"a court's freeze on one man",
			"A Kenyan court on Tuesday ordered an asset freeze on the former chairman.",
			""},
	})
}

package person_test

import "testing"

// A stored page cut at a fixed length may stop in the middle of a name
// ("... said press secretary Joe Lockha"): a word cut in the middle is
// no name (docs/annotating.md, section 3). A name that ends the text
// on a by-line, a short field or the headline stays, and so does one
// whose text goes on.
func TestCutName(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The talks ended.\n\nIn a brief statement on Monday, the presidential press secretary Tom Lockha", ""},
		{"The talks ended.\n\nIt is a compromise package, and more than others wanted, Prime Minister Bri\n", ""},
		// near misses
		{"The talks ended.\n\nIn a brief statement on Monday, the presidential press secretary Tom Lockhart said so.", "Tom Lockhart"},
		{"The talks ended.\nBy Tom Berg", "Tom Berg"},
		{"The talks ended.\nEditor: Tom Berg", "Tom Berg"},
		{"In a brief statement on Monday, the presidential press secretary Tom Berg\n", "Tom Berg"},
	}, personName)
}

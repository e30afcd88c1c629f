package person_test

import "testing"

// A noun naming a kind of paper after a title in a release's title
// ("Statement", "Fact Sheet", "Testimony", "Op-Ed") names no holder,
// wherever the title line ends; a surname between the title and the
// paper's noun still names the holder.
func TestDocumentKindNoName(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Secretary Statement on Peru\n\nLIMA — Talks resumed on Monday.", ""},
		{"Talks resumed on Monday.\n\nDeputy Minister Remarks at the Port Forum\n\nMore follows.", ""},
		{"Minister Fact Sheet on Flood Aid\n\nLIMA — Talks resumed on Monday.", ""},
		{"Ambassador Testimony Before the Senate\n\nLIMA — Talks resumed on Monday.", ""},
		{"Secretary Op-Ed on Trade\n\nLIMA — Talks resumed on Monday.", ""},
		{"Talks resumed on Monday. The Secretary Letter to Farmers was read aloud.", ""},
		{"Secretary Okafor Statement on Peru\n\nLIMA — Secretary Okafor said on Monday that talks resumed.", "Okafor/Secretary"},
	}, personRole)
}

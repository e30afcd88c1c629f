package person_test

import "testing"

// A name ending a line does not run on into the words of a label that
// ends in a colon on the next line; a name wrapped over two lines of
// prose stays whole.
func TestLabelLineEnd(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Trade talks went well, said the Peruvian Foreign Minister Inia Quispe\nStock Photo Credit: AFP\n", "Inia Quispe"},
		{"The talks in Lima on Monday were opened by Foreign Minister Inia\nQuispe, who spoke of a new chapter.", "Inia Quispe"},
	}, personName)
}

package extract_test

import (
	"slices"
	"testing"

	"github.com/annals-project/annals/extract"
)

// TestHeSaidNextOrgWord: a lone surname taken up by "he" is no person when
// it is a word of an organisation the text names, but only as a whole
// word: "Okonkwo" is in "Okonkwo Foundation", "Graff" is not in
// "DeGraff Institute".
func TestHeSaidNextOrgWord(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"LAGOS, May 4, 2022 - The Okonkwo Foundation funds clinics. Okonkwo said the ceasefire had collapsed. He said both sides were to blame.", false},
		{"OSLO, May 4, 2022 - The DeGraff Institute funds clinics. Graff said the ceasefire had collapsed. He said both sides were to blame.", true},
	} {
		doc, err := extract.Document(c.text, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, p := range doc.Persons {
			names = append(names, p.Name)
		}
		var orgs []string
		for _, o := range doc.Organizations {
			orgs = append(orgs, o.Name)
		}
		got := slices.ContainsFunc(names, func(n string) bool { return n == "Okonkwo" || n == "Graff" })
		if got != c.want {
			t.Errorf("%q: persons %v (organisations %v), want the surname: %v", c.text, names, orgs, c.want)
		}
	}
}

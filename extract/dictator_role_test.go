package extract_test

import (
	"testing"

	"github.com/annals-project/annals/extract"
)

// TestDictatorRole checks that "dictator" and "strongman" before a name
// are a ruler's title that makes the name a person even when its given
// name is unknown, with the state of the adjective before the title; the
// title alone names nobody.
func TestDictatorRole(t *testing.T) {
	for _, c := range []struct{ text, person, role, country string }{
		{"PARIS, May 4, 2022 - They fought to oust Ethiopian dictator Tsegaye Walde Berhanu in 1991.", "Tsegaye Walde Berhanu", "Dictator", "ETH"},
		{"PARIS, May 4, 2022 - Rebels fought the former strongman Tsegaye Walde Berhanu for a decade.", "Tsegaye Walde Berhanu", "former Dictator", ""},
		{"PARIS, May 4, 2022 - The dictator fled the country in 1991.", "", "", ""},
	} {
		doc, err := extract.Document(c.text, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c.person == "" {
			if len(doc.Persons) != 0 {
				t.Errorf("%q: persons %v, want none", c.text, doc.Persons)
			}
			continue
		}
		found := false
		for _, p := range doc.Persons {
			if p.Name == c.person {
				found = true
				if p.Role != c.role || string(p.Country) != c.country {
					t.Errorf("%q: %s role %q country %q, want %q %q", c.text, p.Name, p.Role, p.Country, c.role, c.country)
				}
			}
		}
		if !found {
			t.Errorf("%q: persons %v, want %q", c.text, doc.Persons, c.person)
		}
	}
}

package extract_test

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// TestOrgOfDemonym: a body of members named with "of" and a state
// adjective takes the adjective into its name and the state as its
// country ("Confederation of Kenyan Growers"), which still counts as a
// mention of the state. A state adjective after "of" with no capitalised
// noun after it is no part of a name.
func TestOrgOfDemonym(t *testing.T) {
	for _, c := range []struct {
		text    string
		want    string
		country annals.Country
		absent  string
	}{
		{"NAIROBI, May 4, 2022 - The Confederation of Kenyan Growers asked for lower fuel taxes on Friday.", "Confederation of Kenyan Growers", "KEN", ""},
		{"LIMA, May 4, 2022 - The Federation of Chilean Fruit Traders and Shippers met officials in Lima on Friday.", "Federation of Chilean Fruit Traders and Shippers", "CHL", ""},
		{"NAIROBI, May 4, 2022 - The Association of Kenyan growers asked for lower fuel taxes on Friday.", "", "", "Association of Kenyan"},
	} {
		doc, err := extract.Document(c.text, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		found := false
		for _, o := range doc.Organizations {
			names = append(names, o.Name)
			if c.want != "" && o.Name == c.want {
				found = true
				if o.Country != c.country {
					t.Errorf("%q: %q has country %q, want %q", c.text, o.Name, o.Country, c.country)
				}
			}
			if c.absent != "" && o.Name == c.absent {
				t.Errorf("%q: organisations %v hold %q", c.text, names, c.absent)
			}
		}
		if c.want != "" && !found {
			t.Errorf("%q: organisations %v, want %q", c.text, names, c.want)
		}
		if c.country != "" && !containsCountry(doc.Countries, c.country) {
			t.Errorf("%q: countries %v, want %s still counted", c.text, doc.Countries, c.country)
		}
	}
}

func containsCountry(cs []annals.Country, c annals.Country) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

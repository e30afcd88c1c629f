package extract_test

import (
	"slices"
	"testing"

	"github.com/annals-project/annals/extract"
)

// TestBodyAdjectiveStart: adjectives that open no person's name open the
// names of bodies ("Central Bank", "National Grain Board").
// Near misses: such an adjective before no organisation's head, and a
// military rank before a name.
func TestBodyAdjectiveStart(t *testing.T) {
	for _, c := range []struct {
		text   string
		want   string
		absent []string
	}{
		{"ACCRA, May 4, 2022 - The Central Bank raised its key rate on Friday.", "Central Bank", nil},
		{"HANOI, May 4, 2022 - The National Grain Board said catches rose.", "National Grain Board", nil},
		{"ACCRA, May 4, 2022 - General Kofi Boateng said on Friday the army would stay.", "", []string{"General Kofi Boateng"}},
		{"ACCRA, May 4, 2022 - National leaders met on Friday.", "", []string{"National"}},
	} {
		doc, err := extract.Document(c.text, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, o := range doc.Organizations {
			names = append(names, o.Name)
		}
		if c.want != "" && !slices.Contains(names, c.want) {
			t.Errorf("%q: organisations %v, want %q", c.text, names, c.want)
		}
		for _, a := range c.absent {
			if slices.Contains(names, a) {
				t.Errorf("%q: organisations %v hold %q", c.text, names, a)
			}
		}
	}
}

package extract_test

import (
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// TestTerritoryPlaces checks that a territory the gazetteer lists both as
// a name of its state and as a place ("Gaza", "the West Bank", "Hong
// Kong") is a place as well as the state, while the state's own name and
// its demonym are no place.
func TestTerritoryPlaces(t *testing.T) {
	for _, c := range []struct{ text, want, not, country string }{
		{"JERUSALEM, May 4, 2022 - Fuel trucks reached Gaza on Wednesday, aid groups said.", "Gaza", "", "PSE"},
		{"RAMALLAH, May 4, 2022 - Soldiers closed two roads in the West Bank on Wednesday.", "West Bank", "", "PSE"},
		{"CAIRO, May 4, 2022 - Families left Gaza City for the south on Wednesday.", "Gaza City", "Gaza", ""},
		{"BEIJING, May 4, 2022 - Hong Kong reported more visitors on Wednesday, its tourism board said.", "Hong Kong", "", "HKG"},
		{"CAIRO, May 4, 2022 - Palestine asked for more aid on Wednesday, its envoy said.", "", "Palestine", "PSE"},
		{"CAIRO, May 4, 2022 - Palestinian officials asked for more aid on Wednesday.", "", "Gaza", "PSE"},
	} {
		doc, err := extract.Document(c.text, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, p := range doc.Places {
			names = append(names, p.Name)
		}
		if c.want != "" && !slices.Contains(names, c.want) {
			t.Errorf("%q: places %v, want %q", c.text, names, c.want)
		}
		if c.not != "" && slices.Contains(names, c.not) {
			t.Errorf("%q: places %v, want no %q", c.text, names, c.not)
		}
		if c.country != "" && !slices.Contains(doc.Countries, annals.Country(c.country)) {
			t.Errorf("%q: countries %v, want %s", c.text, doc.Countries, c.country)
		}
	}
}

package extract_test

import (
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// TestRegionPlaces checks that regions named as locations are places
// (SCHEMA.md): a region of two words wherever it stands as a noun, a
// one-word continent after a locative preposition, and never an
// adjective form or a word inside a longer name.
func TestRegionPlaces(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"CAIRO, March 3, 2021 - Drought has spread across the Horn of Africa, officials said on Wednesday.", "Horn of Africa", "", ""},
		{"LAGOS, March 3, 2021 - The bank will lend more to farmers in West Africa, it said on Wednesday.", "West Africa", "", ""},
		{"SEOUL, March 3, 2021 - Tension on the Korean Peninsula rose on Wednesday.", "Korean Peninsula", "", ""},
		{"PARIS, March 3, 2021 - The minister will travel to Europe next week, her office said.", "Europe", "", ""},
		{"TOKYO, March 3, 2021 - Exports to Asia grew on Wednesday, but Europe bought less.", "Asia", "Europe", ""},
		{"LIMA, March 3, 2021 - Latin American leaders met on Wednesday.", "", "Latin America", ""},
		{"HAVANA, March 3, 2021 - Storms lashed islands in the Caribbean on Wednesday.", "Caribbean", "", ""},
		{"BELGRADE, March 3, 2021 - Floods spread across the Balkans on Wednesday.", "Balkans", "", ""},
		{"ROME, March 3, 2021 - Two boats sank in the Mediterranean on Wednesday.", "Mediterranean", "", ""},
		{"LIMA, March 3, 2021 - Five Latin Americans died in the fire on Wednesday.", "", "Latin America", ""},
		{"LIMA, March 3, 2021 - The Economic Commission for Latin America said growth slowed.", "", "Latin America", ""},
		{"MANILA, March 3, 2021 - Leaders at the Pacific Rim forum met on Wednesday.", "", "Pacific", ""},
	})
}

// placeCase is a one-sentence text, a place its extraction must list
// (want), one it must not (not), and a state it must name (country); an
// empty field checks nothing.
type placeCase struct{ text, want, not, country string }

// checkPlaces extracts each case's text and checks its places and states;
// it returns the documents, one per case, for further checks.
func checkPlaces(t *testing.T, cases []placeCase) []*annals.Document {
	t.Helper()
	docs := make([]*annals.Document, len(cases))
	for i, c := range cases {
		doc, err := extract.Document(c.text, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = doc
		var names []string
		for _, p := range doc.Places {
			names = append(names, p.Name)
		}
		if c.want != "" && !slices.Contains(names, c.want) {
			t.Errorf("%q: places %v, want %q", c.text, names, c.want)
		}
		if c.not != "" && slices.Contains(names, c.not) {
			t.Errorf("%q: places %v, do not want %q", c.text, names, c.not)
		}
		checkCountry(t, c.text, doc, annals.Country(c.country))
	}
	return docs
}

// checkCountry checks that doc, extracted from text, names the state c
// (nothing when c is empty).
func checkCountry(t *testing.T, text string, doc *annals.Document, c annals.Country) {
	t.Helper()
	if c != "" && !slices.Contains(doc.Countries, c) {
		t.Errorf("%q: countries %v, want %s", text, doc.Countries, c)
	}
}

package extract_test

import (
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// TestTownPlaces checks that a town of the GeoNames list is a place where
// only a place can stand (after a locative preposition, "the town of", in
// a dateline, before ", State" or "-based"), and not where its name is a
// common word, part of a longer name, or a person's name.
func TestTownPlaces(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"HELSINKI, May 4, 2022 - Ferries from Turku resumed on Wednesday, officials said.", "Turku", "", ""},
		{"BERLIN, May 4, 2022 - A storm damaged the harbour near Leer on Wednesday.", "Leer", "", ""},
		{"NEW DELHI, May 4, 2022 - Troops were sent to the town of Imphal on Wednesday.", "Imphal", "", ""},
		{"NADI, Fiji (AP) - The island's airport reopened on Wednesday after the cyclone.", "Nadi", "", "FJI"},
		{"A ferry company based in Turku, Finland, ordered two ships on Wednesday.", "Turku", "", ""},
		{"The Imphal-based group said on Wednesday it would stop the blockade.", "Imphal", "", ""},
		// Negatives: a town named like a word, a person, or inside a longer name.
		{"Mobile phones were banned in the hall on Wednesday, officials said.", "", "Mobile", ""},
		{"Nice to meet you, the minister told reporters on Wednesday.", "", "Nice", ""},
		{"Victoria said on Wednesday that the talks had failed.", "", "Victoria", ""},
		{"The minister met Nadi on Wednesday, officials said.", "", "Nadi", ""},
		{"Talks resumed in Turku Energia offices on Wednesday, officials said.", "", "Turku", ""},
		{"Shares of Imphal fell on Wednesday after the report.", "", "Imphal", ""},
	})
}

// TestTownAddsNoCountry checks that a town names its state only as the
// place's own state: a story that names "Turku" but not Finland does not
// list Finland among its states, as the annotations do not.
func TestTownAddsNoCountry(t *testing.T) {
	doc, err := extract.Document("STOCKHOLM, May 4, 2022 - The Swedish ferry sailed from Turku on Wednesday, officials said.", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(doc.Countries, annals.Country("FIN")) {
		t.Errorf("countries %v: want no FIN from the town alone", doc.Countries)
	}
	i := slices.IndexFunc(doc.Places, func(p annals.Place) bool { return p.Name == "Turku" })
	if i < 0 || doc.Places[i].Country != "FIN" {
		t.Errorf("places %v: want Turku in FIN", doc.Places)
	}
}

// TestTownNotSurname checks that a town's name after a given name is a
// surname even before ", State" ("Minister Ana Turku, and Finland's
// envoy"), and that an area named with its head stays whole.
func TestTownNotSurname(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"Agriculture Minister Ana Turku, and Finland's envoy spoke on Wednesday.", "", "Turku", ""},
		{"KABUL, May 4, 2022 - Gunmen attacked a police post in Kunduz province on Wednesday.", "Kunduz province", "Kunduz", ""},
	})
}

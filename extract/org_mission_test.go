package extract_test

import (
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// TestOrgStateMission checks that a state's embassy or consulate, named
// by the state before the noun, is an organisation of that state, while
// the noun alone, a lower-case "embassy" and a pair of states joined by a
// hyphen give none.
func TestOrgStateMission(t *testing.T) {
	for _, c := range []struct {
		text, org string
		country   annals.Country
		not       string
	}{
		{"VIENNA, May 4, 2022 - The Danish Embassy in Vienna issued a warning on Wednesday.", "Danish Embassy", "DNK", "Embassy"},
		{"VIENNA, May 4, 2022 - A spokesman for the U.S. Embassy said the office would close on Wednesday.", "U.S. Embassy", "USA", "Embassy"},
		{"VIENNA, May 4, 2022 - Two staff of the Kenyan Consulate were questioned on Wednesday.", "Kenyan Consulate", "KEN", "Consulate"},
		{"VIENNA, May 4, 2022 - Protesters gathered outside the Danish embassy on Wednesday.", "", "", "Danish embassy"},
		{"VIENNA, May 4, 2022 - Embassy staff in Vienna were told to stay home on Wednesday.", "", "", "Embassy"},
		{"VIENNA, May 4, 2022 - The Peru-Chile Embassy talks ended on Wednesday.", "", "", "Chile Embassy"},
	} {
		doc := checkOrgs(t, c.text, c.org, c.not)
		checkCountry(t, c.text, doc, c.country)
	}
}

// TestOrgChamberOfCommerce checks that a chamber of commerce is an
// organisation, that a state adjective before it opens its name, and that
// "in" and the state it works in belong to the name of a chamber abroad,
// but not a city after "in".
func TestOrgChamberOfCommerce(t *testing.T) {
	for _, c := range []struct{ text, org, not string }{
		{"LIMA, May 4, 2022 - The minister addressed the Canadian Chamber of Commerce on Wednesday.", "Canadian Chamber of Commerce", "Chamber of Commerce"},
		{"LIMA, May 4, 2022 - The minister addressed the Canadian Chamber of Commerce in Chile on Wednesday.", "Canadian Chamber of Commerce in Chile", "Canadian Chamber of Commerce"},
		{"LIMA, May 4, 2022 - The minister addressed the Chamber of Commerce in Lima on Wednesday.", "Chamber of Commerce", "Chamber of Commerce in Lima"},
	} {
		checkOrgs(t, c.text, c.org, c.not)
	}
}

// TestMissionBuilding checks that an embassy named after a preposition of
// place is where the event happens, not a party to it, though its state
// counts, while an embassy that acts is a party.
func TestMissionBuilding(t *testing.T) {
	for _, c := range []struct {
		text  string
		actor bool
		state annals.Country
		typ   annals.EventType
	}{
		{"VIENNA, May 4, 2022 - Students clashed with police outside the Danish Embassy in Vienna on Sunday.", false, "DNK", annals.EventConflict},
		{"VIENNA, May 4, 2022 - Rioters attacked police near the Danish Embassy on Sunday.", false, "DNK", annals.EventConflict},
		{"VIENNA, May 4, 2022 - The Danish Embassy donated $2 million in food aid to Austria on Sunday.", true, "DNK", annals.EventCooperate},
	} {
		doc, err := extract.Document(c.text, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Events {
			if e.Type != c.typ {
				continue
			}
			found = true
			if slices.Contains(e.Actors, "Danish Embassy") != c.actor || !slices.Contains(e.Countries, c.state) {
				t.Errorf("%q: actors %v countries %v, want embassy as actor %v and %s", c.text, e.Actors, e.Countries, c.actor, c.state)
			}
		}
		if !found {
			t.Errorf("%q: no %s event in %v", c.text, c.typ, doc.Events)
		}
	}
}

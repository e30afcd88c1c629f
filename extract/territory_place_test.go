package extract_test

import "testing"

// TestTerritoryPlaces checks that a territory the gazetteer lists both as
// a name of its state and as a place ("Gaza", "the West Bank", "Hong
// Kong") is a place as well as the state, while the state's own name and
// its demonym are no place.
func TestTerritoryPlaces(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"JERUSALEM, May 4, 2022 - Fuel trucks reached Gaza on Wednesday, aid groups said.", "Gaza", "", "PSE"},
		{"RAMALLAH, May 4, 2022 - Soldiers closed two roads in the West Bank on Wednesday.", "West Bank", "", "PSE"},
		{"CAIRO, May 4, 2022 - Families left Gaza City for the south on Wednesday.", "Gaza City", "Gaza", ""},
		{"BEIJING, May 4, 2022 - Hong Kong reported more visitors on Wednesday, its tourism board said.", "Hong Kong", "", "HKG"},
		{"CAIRO, May 4, 2022 - Palestine asked for more aid on Wednesday, its envoy said.", "", "Palestine", "PSE"},
		{"CAIRO, May 4, 2022 - Palestinian officials asked for more aid on Wednesday.", "", "Gaza", "PSE"},
	})
}

package extract_test

import "testing"

// TestBasePlaces checks that a military base named with its kind before
// or after its name is a place, and that a kind of base with no name
// ("a Military Base", "the air base") is not.
func TestBasePlaces(t *testing.T) {
	cases := []placeCase{
		{"KABUL, May 4, 2022 - The general flew to Kestrel Air Base on Wednesday.", "Kestrel Air Base", "", ""},
		{"KABUL, May 4, 2022 - The general flew to Marlow Air Force Base on Wednesday.", "Marlow Air Force Base", "", ""},
		{"KABUL, May 4, 2022 - He visited troops at Forward Operating Base Harlan on Wednesday.", "Forward Operating Base Harlan", "", ""},
		{"KABUL, May 4, 2022 - Soldiers from Fort Wexley arrived on Wednesday.", "Fort Wexley", "", ""},
		{"KABUL, May 4, 2022 - Marines left Corran Barracks on Wednesday.", "Corran Barracks", "", ""},
		{"KABUL, May 4, 2022 - Rebels attacked a Military Base on Wednesday.", "", "Military Base", ""},
		{"KABUL, May 4, 2022 - Rebels shelled the air base on Wednesday.", "", "air base", ""},
		// A kind of three words, and one opening the name, each found from
		// the word that closes or opens it.
		{"KABUL, May 4, 2022 - The jets returned to Harrowby Naval Air Station on Wednesday.", "Harrowby Naval Air Station", "", ""},
		{"KABUL, May 4, 2022 - The jets returned to Joint Base Pellow on Wednesday.", "Joint Base Pellow", "", ""},
		// Lower-case kinds name no base.
		{"KABUL, May 4, 2022 - The soldiers held the fort Wexley built on Wednesday.", "", "fort Wexley", ""},
	}
	for i, doc := range checkPlaces(t, cases) {
		if cases[i].want != "" && len(doc.Persons) > 0 {
			t.Errorf("%q: persons %v, want none (the base's name is no person)", cases[i].text, doc.Persons)
		}
	}
}

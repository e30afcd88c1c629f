package person_test

import "testing"

// A title listed after a head of state's, with no state of its own, is
// an office of the head's government: "Ghanaian President Ana Obiora and
// Foreign Minister Kofi Mensah". A second head with the same title is of
// another state; a person listed after a minister, or not joined by
// "and", gets nothing from the first.
func TestHeadListState(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The envoy met Ghanaian President Ana Obiora and Foreign Minister Kofi Mensah on Monday.",
			"Ana Obiora/GHA/President/Ana Obiora; Kofi Mensah/GHA/Foreign Minister/Kofi Mensah"},
		{"She met President of Mali Amadou Keita and with Defence Minister Ibrahim Sow.",
			"Amadou Keita/MLI/President/Amadou Keita; Ibrahim Sow/MLI/Defence Minister/Ibrahim Sow"},
		{"Talks between Chilean President Rosa Vidal and Prime Minister Ivo Marsh began.",
			"Rosa Vidal/CHL/President/Rosa Vidal; Ivo Marsh/CHL/Prime Minister/Ivo Marsh"},
		// Negative: two presidents, a minister listed first, no "and".
		{"Ghanaian President Ana Obiora and President Tomas Berglund agreed on the border.",
			"Ana Obiora/GHA/President/Ana Obiora; Tomas Berglund//President/Tomas Berglund"},
		{"Ghanaian Trade Minister Ana Obiora and Foreign Minister Kofi Mensah met.",
			"Ana Obiora/GHA/Trade Minister/Ana Obiora; Kofi Mensah//Foreign Minister/Kofi Mensah"},
		{"Ghanaian President Ana Obiora said Foreign Minister Kofi Mensah would go.",
			"Ana Obiora/GHA/President/Ana Obiora; Kofi Mensah//Foreign Minister/Kofi Mensah"},
	}, personFull)
}

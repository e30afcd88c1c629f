package extract_test

import "testing"

// TestDirectionBeforeState checks the seen sets' majority convention for a
// compass adjective before a state ("southern Lebanon", "eastern Ukraine",
// "northwest Rwanda"): annotators list the state and no place of its own
// (about eighteen such phrases unlisted in the seen sets against four
// listed), so the phrase adds no place, while a region or state whose own
// name opens with a capitalised direction word stays that name.
func TestDirectionBeforeState(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"BEIRUT, May 4, 2022 - Shells fell on two villages in southern Lebanon on Wednesday, the army said.", "", "southern Lebanon", "LBN"},
		{"KYIV, May 4, 2022 - Fighting went on in eastern Ukraine on Wednesday, officials said.", "", "eastern Ukraine", "UKR"},
		{"KIGALI, May 4, 2022 - Rebels attacked a camp in northwest Rwanda on Wednesday.", "", "northwest Rwanda", "RWA"},
		{"KIGALI, May 4, 2022 - Rebels attacked a camp in northwest Rwanda on Wednesday.", "", "Rwanda", "RWA"},
		{"MAPUTO, May 4, 2022 - Drought hit Southern Africa and central Mozambique on Wednesday.", "Southern Africa", "central Mozambique", "MOZ"},
		{"LONDON, May 4, 2022 - The southern leader met ministers in Belfast, Northern Ireland, on Wednesday.", "", "southern leader", "GBR"},
	})
}

package extract_test

import "testing"

// TestAreaPlaces checks that a capitalised name before an administrative
// head (province, state, region, district) is a place the gazetteer need
// not list, and that a capitalised "State", an ideology's adjective and a
// name cut by a possessive are not.
func TestAreaPlaces(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"KABUL, May 4, 2022 - Gunmen attacked a police post in Zorbak province on Wednesday.", "Zorbak province", "", ""},
		{"BEIJING, May 4, 2022 - Floods hit Qinlu Province on Wednesday, officials said.", "Qinlu Province", "", ""},
		{"YANGON, May 4, 2022 - Fighting spread in northern Lantha state on Wednesday.", "Lantha state", "", ""},
		{"ADDIS ABABA, May 4, 2022 - Aid reached the Meru Hills region on Wednesday.", "Meru Hills region", "", ""},
		{"ADDIS ABABA, May 4, 2022 - The Islamic State claimed the attack on Wednesday.", "", "Islamic State", ""},
		{"ADDIS ABABA, May 4, 2022 - Rebels want an Islamist state, officials said on Wednesday.", "", "Islamist state", ""},
		{"DHAKA, May 4, 2022 - Camps in Ram's Tora district filled on Wednesday.", "", "Tora district", ""},
		{"KABUL, May 4, 2022 - Shells fell in Afghanistan's Zorbak province on Wednesday.", "Zorbak province", "", ""},
		{"JUBA, May 4, 2022 - Jets bombed villages in the south's Leer state on Wednesday.", "Leer state", "", ""},
	})
}

// TestSeatPlaces checks that a seat of government or a landmark is a
// place where it is named as a location, and not where it stands for the
// institution it houses.
func TestSeatPlaces(t *testing.T) {
	checkPlaces(t, []placeCase{
		{"WASHINGTON, May 4, 2022 - The two leaders met at the White House on Wednesday.", "White House", "", ""},
		{"WASHINGTON, May 4, 2022 - The minister arrived at the Pentagon on Wednesday.", "Pentagon", "", ""},
		{"WASHINGTON, May 4, 2022 - A White House aide said on Wednesday that talks would resume.", "", "White House", ""},
		{"WASHINGTON, May 4, 2022 - The Pentagon said on Wednesday that the drills would go ahead.", "", "Pentagon", ""},
		{"MOSCOW, May 4, 2022 - Officials briefed the Kremlin on Wednesday.", "", "Kremlin", ""},
	})
}

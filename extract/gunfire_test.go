package extract_test

import "testing"

// Gunfire exchanged or traded is fighting (CAMEO 190), as "fire" opened
// is (issue 4); gunfire only heard is no act of anyone's. Article date
// Wednesday 2021-03-03.
func TestGunfire(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "traded gunfire",
			in:   "Kenyan and Somali troops traded gunfire near the border on Sunday.",
			want: "conflict occurred 2021-02-28 [] [KEN SOM]",
		},
		{
			name: "exchanged gunfire",
			in:   "Peruvian and Ecuadorean patrols exchanged gunfire on the Cenepa river on Sunday.",
			want: "conflict occurred 2021-02-28 [] [PER ECU]",
		},
		// negative: heard, not done
		{
			name: "heard gunfire",
			in:   "Residents of Nairobi heard gunfire on Sunday.",
			want: "",
		},
	})
}

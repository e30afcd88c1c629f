package extract_test

import "testing"

// TestAttributedAttack checks that a reported attribution of an attack
// ("X was behind the attack in January, the minister said on Monday")
// tells two happenings: the attack, dated by its own time, and the
// charge, dated by the saying (the story's day when the saying has no
// time of its own). Backing a leader ("stood behind the president") is
// no charge, and a saying on the attack's own day adds nothing. Article
// date Wednesday 2021-03-03.
func TestAttributedAttack(t *testing.T) {
	checkEvents(t, []eventCase{
		{"was behind, said on a day",
			"WARSAW - Belarus was behind a cyber attack launched against the Polish senate in January, the Polish interior minister said on Monday.",
			"conflict occurred 2021-01-01..2021-01-31 [] [BLR POL]\nconflict occurred 2021-03-01 [] [BLR POL]"},
		{"stood behind, said a weekday",
			"Iran stood behind the bombing of the Saudi consulate in Basra last month, the Saudi foreign ministry said Tuesday.",
			"conflict occurred 2021-02-01..2021-02-28 [] [IRN SAU] @Basra\nconflict occurred 2021-03-02 [] [IRN SAU]"},
		{"said with no day is the story's day",
			"Belarus was behind a cyber attack launched against the Polish senate in January, the Polish interior minister said.",
			"conflict occurred 2021-01-01..2021-01-31 [] [BLR POL]\nconflict occurred 2021-03-03 [] [BLR POL]"},
		// Near misses.
		{"said on the attack's day",
			"Belarus was behind a cyber attack launched against the Polish senate on Monday, the Polish interior minister said on Monday.",
			"conflict occurred 2021-03-01 [] [BLR POL]"},
		{"backing a leader",
			"Poles stood behind the president after the attack on the Polish senate in January, the Polish interior minister said on Monday.",
			"conflict occurred 2021-01-01..2021-01-31 [] [POL]"},
	})
}

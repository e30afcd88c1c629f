package extract_test

import "testing"

// TestAttackResultParticiple checks that a participle clause telling what
// a dated act of violence did (", killing four soldiers") is that act, on
// its day, and not a second act on the day the story later tells as its
// news; a later attack with a day of its own stays an incident of its own.
// Article date Wednesday 2021-03-03.
func TestAttackResultParticiple(t *testing.T) {
	const dl = "BAMAKO, March 3, 2021 (AP) -- "
	checkEvents(t, []eventCase{
		{"a later attack on its own day",
			dl + "Gunmen attacked a convoy near Gao on July 8, killing four soldiers. The army said the attackers fled across the border. A rocket attack on a border post on Monday killed three soldiers.",
			"conflict occurred 2020-07-08 [] [MLI]\nconflict occurred 2021-03-01 [] [MLI]"},
		{"a wounding after a dated ambush, with a later day in the story",
			dl + "Militants ambushed a patrol near Mopti on Feb. 12, wounding six soldiers. The president met the army chief on Monday.",
			"conflict occurred 2021-02-12 [] [MLI]"},
		{"an undated attack: no day to take",
			dl + "Gunmen attacked a convoy near Gao, killing four soldiers.",
			"conflict occurred 2021-03-03 [] [MLI]"},
	})
}

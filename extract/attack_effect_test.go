package extract_test

import "testing"

// TestAttackEffect checks that a known attack whose modal predicate tells
// what it may bring about ("whether the attack would have consequences")
// is the attack told before, not another one planned; an attack not yet
// known ("an attack on X would have grave consequences") stays a
// possibility. Article date Wednesday 2021-03-03.
func TestAttackEffect(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the known attack's consequences",
			"Chile was behind a bombing of the Peruvian consulate in Arica in February, the Peruvian foreign minister said on Tuesday.\n\n" +
				"Peru wanted calm ties with Chile, he added, when asked whether the bombing would have consequences for relations between Peru and Chile.",
			// The bombing, and Peru's charge on Tuesday (TestAttributedAttack).
			"conflict occurred 2021-02-01..2021-02-28 [] [CHL PER] @Arica\nconflict occurred 2021-03-02 [] [CHL PER]"},
		{"an attack yet to come stays a possibility",
			"Peru said an attack on Chile would have grave consequences.",
			"conflict planned  [] [PER CHL]"},
	})
}

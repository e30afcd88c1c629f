package extract_test

import "testing"

// TestReportedViolence checks acts of violence told in what a speaker
// says: "that" after a verb of saying opens the report, not a relative
// clause on the attack noun before the verb, while a relative clause on
// a recalled attack tells no new act; and "overnight" before a violent
// noun dates the violence (the night before the story), not the saying.
// Article date Wednesday 2021-03-03.
func TestReportedViolence(t *testing.T) {
	checkEvents(t, []eventCase{
		{"survivors of an attack said that rebels killed",
			"Survivors of a rebel attack in Ghana said Wednesday that rebels hacked 12 villagers to death.",
			"conflict occurred 2021-03-03 [] [GHA]"},
		{"relative clause on a recalled attack",
			"Survivors recalled the rebel attack in Ghana that killed 12 villagers in 1999.",
			""},
		{"overnight shelling",
			"The Ukrainian mayor said overnight shelling hit Kharkiv.",
			"conflict occurred 2021-03-02 [] [UKR]"},
		{"overnight before that dates the saying",
			"The Ukrainian mayor said overnight that artillery shelling had hit Kharkiv.",
			""},
	})
}

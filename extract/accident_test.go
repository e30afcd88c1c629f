package extract_test

import "testing"

// TestAccidentToll checks that a toll told of a road, rail or air
// accident is no conflict, while a toll of an attack that ends in a
// crash still is. Article date Wednesday 2021-03-03.
func TestAccidentToll(t *testing.T) {
	checkEvents(t, []eventCase{
		{"soldiers killed in a car crash",
			"Four Malian soldiers were killed on Tuesday in a car crash near Gao.",
			""},
		{"a road accident injured pilgrims",
			"A road accident injured twelve Egyptian pilgrims on Tuesday, officials said.",
			""},
		{"train derailed",
			"Nine passengers were killed when a train derailed in northern Pakistan on Tuesday.",
			""},
		{"a bus overturned",
			"Eleven Kenyan pilgrims were killed on Tuesday when their bus overturned near Nakuru.",
			""},
		{"a truck plunged",
			"Six Malian soldiers were injured on Tuesday when their truck plunged into a river.",
			""},
		{"a bomb before the crash is an attack",
			"Three Malian soldiers were killed on Tuesday when a roadside bomb made their truck crash.",
			"conflict occurred 2021-03-02 [] [MLI]"},
		{"no accident word",
			"Three Malian soldiers were killed on Tuesday near Gao.",
			"conflict occurred 2021-03-02 [] [MLI]"},
	})
}

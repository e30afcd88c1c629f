package extract_test

import "testing"

// TestSanctionTargets checks that a government that announces it is
// targeting people with sanctions imposes them on the day it announces
// it, while targets told in a report's words with no party imposing them
// make no sanctions. Article date Wednesday 2021-03-03.
func TestSanctionTargets(t *testing.T) {
	checkEvents(t, []eventCase{
		{"announced it was targeting with sanctions",
			"The Kenyan government announced on Tuesday it was targeting five Ugandan individuals and three entities with sanctions over the crackdown.",
			"conflict occurred 2021-03-02 [] [KEN UGA]"},
		{"targeted with sanctions by its subject",
			"The Kenyan government targeted five Ugandan officials with fresh sanctions.",
			"conflict occurred 2021-03-03 [] [KEN UGA]"},
		{"rules targeting people with sanctions impose none",
			"The report said the new rules were targeting five Ugandan individuals with sanctions.",
			""},
	})
}

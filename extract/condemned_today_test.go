package extract_test

import "testing"

// TestCondemnedToday checks that a day set inside the phrase of a
// condemned attack ("condemns the attack today on a UN camp") dates the
// attack as a happening of its own besides the condemnation, while a day
// after the noun that ends its phrase ("condemned the attack Monday,
// saying ...") is the condemnation's alone. The attack keeps the parties
// of its own phrase: not the condemner, and the state of the place it
// names ("in Diffa, Niger"), which the condemnation takes too. Article
// date Wednesday 2021-03-03.
func TestCondemnedToday(t *testing.T) {
	checkEvents(t, []eventCase{
		{"today inside the phrase",
			"The African Union condemns the attack today on a police post in Diffa, Niger.",
			"conflict occurred 2021-03-03 [] [NER] @Diffa\nconflict occurred 2021-03-03 [African Union] [NER] @Diffa"},
		{"a weekday inside the phrase",
			"The African Union condemned the bombing Monday in Diffa, Niger.",
			"conflict occurred 2021-03-01 [] [NER] @Diffa\nconflict occurred 2021-03-01 [African Union] [NER] @Diffa"},
		{"a day ending the phrase is the condemnation's",
			"The African Union condemned the bombing Monday, saying it would help Niger.",
			"conflict occurred 2021-03-01 [African Union] []"},
	})
}

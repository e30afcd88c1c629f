package extract_test

import "testing"

// TestDatedTopicNoun covers a date after "of" that names an agreement,
// resolution or election which the clause's event talks of or acts on
// ("discussed the Minsk agreements of February 12, 2015"): the date is the
// document's, not the event's. A trigger's own "of" ("the summit of May
// 3") and a time noun's ("the night of ...") still date the event.
// Article date Wednesday 2021-03-03.
func TestDatedTopicNoun(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an agreement's date is not the talks'",
			"Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi on Monday. They discussed the border agreement of June 4, 2019.",
			"meet occurred 2021-03-01 [William Ruto Hassan Sheikh Mohamud] [KEN SOM] @Nairobi"},
		{"a resolution's date is not the call's",
			"Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan discussed the resolution of 12 March 2018 by telephone.",
			"meet occurred 2021-03-03 [Yoweri Museveni Samia Suluhu Hassan] [UGA TZA]"},
		// negative: a date of the trigger's own noun, or of a time noun
		{"the summit's own date",
			"Kenyan President William Ruto attended the summit of 28 February in Addis Ababa.",
			"meet occurred 2021-02-28 [William Ruto] [KEN] @Addis Ababa"},
	})
}

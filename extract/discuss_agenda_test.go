package extract_test

import "testing"

// TestDiscussAgenda covers "discuss" told of a subject that refers back
// ("They discussed ...", "The leaders will discuss ..."): the agenda of
// the meeting told before, not a second meeting, and it adds none of the
// people its subject is read as. A subject with names of its own tells a
// meeting of its own. Article date Wednesday 2021-03-03.
func TestDiscussAgenda(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the leaders will discuss, after two meetings",
			"US Secretary of State Antony Blinken will meet Kenyan President William Ruto in Nairobi on Monday. On Tuesday, Blinken will travel to Mogadishu to meet Somali President Hassan Sheikh Mohamud. The leaders will discuss security in the region.",
			"meet planned 2021-03-08 [Antony Blinken William Ruto] [USA KEN] @Nairobi\nmeet planned 2021-03-09 [Antony Blinken Hassan Sheikh Mohamud] [USA SOM] @Mogadishu\nvisit planned 2021-03-09 [Antony Blinken Hassan Sheikh Mohamud] [USA SOM] @Mogadishu"},
		{"they discussed",
			"Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi on Monday. They discussed the situation in Ethiopia.",
			"meet occurred 2021-03-01 [William Ruto Hassan Sheikh Mohamud] [KEN SOM] @Nairobi"},
		{"named parties discussing meet on their own",
			"Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi on Monday. Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan discussed trade by telephone.",
			"meet occurred 2021-03-01 [William Ruto Hassan Sheikh Mohamud] [KEN SOM] @Nairobi\nmeet occurred 2021-03-01 [Yoweri Museveni Samia Suluhu Hassan] [UGA TZA]"},
	})
}

package extract_test

import "testing"

// TestReportSource covers the source of a reported plan: a spokesperson
// set off by an appositive ("X, a ministry spokeswoman, said ..."), or
// named after "according to", reports another's visit or meeting and
// takes no part in it. A source who speaks of her own plan ("said she
// will visit"), or who acts outside the report ("told reporters after
// meeting Y"), stays. Article date Wednesday 2021-03-03.
func TestReportSource(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an appositive spokeswoman reports the president's visit",
			"Ana Obi, a Kenyan Foreign Ministry spokeswoman, said the president will visit Peru on March 8.",
			"visit planned 2021-03-08 [] [PER]"},
		{"a spokesman named in apposition reports an unnamed traveller's visit",
			"A Chilean Foreign Ministry spokesman, Tomas Reyes, said the minister would travel to Bolivia on March 9.",
			"visit planned 2021-03-09 [] [BOL]"},
		{"according to a spokeswoman, another meets",
			"According to a spokeswoman, Ana Obi, the delegation will meet Peruvian President Pedro Castillo on Friday.",
			"meet planned 2021-03-05 [Pedro Castillo] [PER]"},
		{"a spokeswoman reports a named minister's visit",
			"Ana Obi, a Kenyan Foreign Ministry spokeswoman, said Peruvian President Pedro Castillo will visit Kenya on March 8.",
			"visit planned 2021-03-08 [Pedro Castillo] [PER KEN]"},
		// near misses: the source speaks of her own plan, or acts where
		// the report is not
		{"the source's own plan",
			"Ana Obi, the Kenyan foreign minister, said she will visit Peru on March 8.",
			"visit planned 2021-03-08 [Ana Obi] [KEN PER]"},
		{"according to the minister, her own plan",
			"According to Kenyan Foreign Minister Ana Obi, she will visit Peru on March 8.",
			"visit planned 2021-03-08 [Ana Obi] [KEN PER]"},
		{"the speaker met before telling reporters",
			"Kenyan Foreign Minister Ana Obi told reporters after meeting with her Peruvian counterpart, Cesar Landa, on Monday that ties would deepen.",
			"meet occurred 2021-03-01 [Ana Obi Cesar Landa] [KEN PER]"},
	})
}

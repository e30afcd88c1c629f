package extract_test

import "testing"

// TestContinuedProtest checks that a protest told as going on with no
// time of its own ("thousands continue a week-long protest") is under way
// on the story's day, begun as long before as its length tells, in the
// state of the street the story is in. A protest that may go on later is
// still a plan. Article date Wednesday 2021-03-03.
func TestContinuedProtest(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a week-long protest going on",
			"Thousands of Peruvian farmers continue a week-long protest demanding lower fuel prices.",
			"conflict occurred 2021-02-25..2021-03-03 [] [PER]"},
		{"no length: the story's day",
			"Kenyan nurses continued the protest.",
			"conflict occurred 2021-03-03 [] [KEN]"},
		{"the state of the street told before",
			"Gunmen attacked a bus in Lima, Peru, on Saturday.\n\nIt comes as thousands of farmers continue a two-week protest calling for cheaper fuel.",
			"conflict occurred 2021-02-18..2021-03-03 [] [PER]\nconflict occurred 2021-02-27 [] [PER] @Lima"},
		// "long" with no unit before it in a long clause: no length,
		// found in time that grows with the clause (spanDays once took
		// time exponential in the words before "long").
		{"a long protest after a long subject",
			"Teachers and nurses and drivers and cooks and porters and cleaners and guards and clerks and bakers and tailors and weavers and potters and masons and fishers and carpenters and miners and welders and printers and plumbers of Kenya continued their long protest.",
			"conflict occurred 2021-03-03 [] [KEN]"},
		// "long" as its own word takes the unit right before it, over a
		// hyphen; a unit further back in the clause ("after weeks of
		// talks", "every weekend") is no part of the compound.
		{"a unit before long as its own word",
			"Kenyan nurses continued a week long protest.",
			"conflict occurred 2021-02-25..2021-03-03 [] [KEN]"},
		{"a unit before long over a spaced hyphen",
			"Kenyan nurses continued their month - long protest.",
			"conflict occurred 2021-02-02..2021-03-03 [] [KEN]"},
		{"weeks earlier in the clause are no length",
			"After weeks of talks Kenyan nurses continued their long protest.",
			"conflict occurred 2021-03-03 [] [KEN]"},
		{"a weekend in the subject is no length",
			"Kenyan nurses who march every weekend continued their long protest.",
			"conflict occurred 2021-03-03 [] [KEN]"},
		// Near miss: a protest that may go on is planned.
		{"may continue",
			"Kenyan police said the protest could continue for a week.",
			"conflict planned  [] [KEN]"},
	})
}

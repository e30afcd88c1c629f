package extract_test

import "testing"

// TestShoutedCopy covers wire copy written all in capitals (issue #4):
// capitals there mark no names, so an event noun in capitals ("A USEFUL
// MEETING WITH") is read as in ordinary text, while a capitalised event
// noun in ordinary text still names something ("the Cobra Gold
// Exercise"). Article date Wednesday 2021-03-03.
func TestShoutedCopy(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a meeting noun in all-capitals copy",
			"PRESIDENT HALVORSEN HAD WHAT BOTH SIDES CALLED A USEFUL MEETING WITH GERMAN CHANCELLOR ANNA BERGER ON MONDAY.",
			"meet occurred 2021-03-01 [HALVORSEN ANNA BERGER] [DEU]"},
		{"the same sentence in ordinary case",
			"President Halvorsen had what both sides called a useful meeting with German Chancellor Anna Berger on Monday.",
			"meet occurred 2021-03-01 [Halvorsen Anna Berger] [DEU]"},
		{"a capitalised meeting noun in ordinary text names a forum",
			"German Chancellor Anna Berger spoke at the Northern Meeting on Monday.",
			""},
	})
}

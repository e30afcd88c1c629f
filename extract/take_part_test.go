package extract_test

import "testing"

// TestTakePart covers "take part in" a named meeting, which is attending
// it (issue 4): with travel to its venue, the sentence tells a visit and
// a meeting. Taking part in a plain undertaking is no meeting. Article
// date Wednesday 2021-03-03.
func TestTakePart(t *testing.T) {
	checkEvents(t, []eventCase{
		{"travel to take part in a named summit is a visit and a meeting",
			"Kenyan President William Ruto will travel to Lima on Friday to take part in the APEC Summit.",
			"meet planned 2021-03-05 [William Ruto Asia-Pacific Economic Cooperation] [KEN]\nvisit planned 2021-03-05 [William Ruto Asia-Pacific Economic Cooperation] [KEN PER] @Lima"},
		{"having taken part in a summit with a plus in its name is a meeting",
			"Kenyan President William Ruto took part in the EAC+2 Summit Meeting on Monday.",
			"meet occurred 2021-03-01 [William Ruto] [KEN]"},
		{"taking part in a plain undertaking is no meeting",
			"Kenya will take part in the reconstruction of the port.", ""},
		{"a part taken by a state is no meeting",
			"Kenya took part of the blame for the delay.", ""},
	})
}

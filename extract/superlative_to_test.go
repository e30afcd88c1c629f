package extract_test

import "testing"

// TestSuperlativeTo covers an infinitive that a "first", "last" or "only"
// before it qualifies ("was one of the last leaders to speak with"): what
// made its subject first or last, told in the tense of the copula, not a
// plan (issue 4). Article date Wednesday 2021-03-03.
func TestSuperlativeTo(t *testing.T) {
	checkEvents(t, []eventCase{
		{"one of the last leaders to speak with a president spoke with him",
			"Kenyan President William Ruto was one of the last African leaders to speak with US President Joe Biden on the phone.",
			"meet occurred 2021-03-03 [William Ruto Joe Biden] [KEN USA]"},
		{"the first leader to meet a president met him",
			"Kenyan President William Ruto was the first African leader to meet with US President Joe Biden after the election.",
			"meet occurred 2021-03-03 [William Ruto Joe Biden] [KEN USA]"},
		{"the first leader to meet a president in the future is a plan",
			"Kenyan President William Ruto will be the first African leader to meet with US President Joe Biden after the election.",
			"meet planned  [William Ruto Joe Biden] [KEN USA]"},
		{"an infinitive of a plan stays planned",
			"Kenyan President William Ruto is expected to meet with US President Joe Biden after the election.",
			"meet planned  [William Ruto Joe Biden] [KEN USA]"},
	})
}

package extract_test

import "testing"

// TestPastPerfectUndated covers a meeting told in the past perfect after a
// dated one (issue 4): it came before the story's time, on no day the
// story gives, so it takes neither the dated meeting's day nor the
// article's; a day of its own clause still dates it. Article date
// Wednesday 2021-03-03.
func TestPastPerfectUndated(t *testing.T) {
	checkEvents(t, []eventCase{
		{"meetings had already held are undated",
			"Ghanaian President Nana Akufo-Addo met Brazilian President Luiz Lula in Brasilia on Monday. Earlier, he had already held meetings with Argentine President Alberto Fernandez.",
			"meet occurred 2021-03-01 [Nana Akufo-Addo Luiz Lula] [GHA BRA] @Brasilia\nmeet occurred  [Nana Akufo-Addo Alberto Fernandez] [GHA ARG]"},
		{"a past perfect verb reported is undated",
			"Ghanaian President Nana Akufo-Addo met Brazilian President Luiz Lula in Brasilia on Monday. Akufo-Addo said he had met Argentine President Alberto Fernandez.",
			"meet occurred 2021-03-01 [Nana Akufo-Addo Luiz Lula] [GHA BRA] @Brasilia\nmeet occurred  [Nana Akufo-Addo Alberto Fernandez] [GHA ARG]"},
		{"a day of its own clause dates the past perfect",
			"Ghanaian President Nana Akufo-Addo met Brazilian President Luiz Lula in Brasilia on Monday. Akufo-Addo said he had met Argentine President Alberto Fernandez on Sunday.",
			"meet occurred 2021-02-28 [Nana Akufo-Addo Alberto Fernandez] [GHA ARG]\nmeet occurred 2021-03-01 [Nana Akufo-Addo Luiz Lula] [GHA BRA] @Brasilia"},
		{"near miss: simple past talks stay on the day told",
			"Ghanaian President Nana Akufo-Addo met Brazilian President Luiz Lula in Brasilia on Monday. He held talks with Argentine President Alberto Fernandez.",
			"meet occurred 2021-03-01 [Nana Akufo-Addo Luiz Lula] [GHA BRA] @Brasilia\nmeet occurred 2021-03-01 [Nana Akufo-Addo Alberto Fernandez] [GHA ARG]"},
		{"near miss: had talks is a simple past",
			"Ghanaian President Nana Akufo-Addo met Brazilian President Luiz Lula in Brasilia on Monday. He had talks with Argentine President Alberto Fernandez.",
			"meet occurred 2021-03-01 [Nana Akufo-Addo Luiz Lula] [GHA BRA] @Brasilia\nmeet occurred 2021-03-01 [Nana Akufo-Addo Alberto Fernandez] [GHA ARG]"},
		{"done by a day announced",
			"Ghana and Brazil announced on Monday that they had signed an agreement on cocoa.",
			"agree occurred 2021-03-01 [] [GHA BRA]"},
	})
}

// TestMoveHeadTravel covers "move to" and "head to" as travel (issue 4):
// heading somewhere is going there; moving is a visit only with a purpose
// of attending after the destination, since it also tells a change of
// home or seat. Article date Wednesday 2021-03-03.
func TestMoveHeadTravel(t *testing.T) {
	checkEvents(t, []eventCase{
		{"move to a city to take part in a summit",
			"Ghanaian President Nana Akufo-Addo will move to Brasilia on Friday to take part in the G20 Summit.",
			"meet planned 2021-03-05 [Nana Akufo-Addo Group of 20] [GHA]\nvisit planned 2021-03-05 [Nana Akufo-Addo Group of 20] [GHA BRA] @Brasilia"},
		{"moved to a city for talks",
			"Ghanaian President Nana Akufo-Addo moved to Brasilia for talks with Brazilian President Luiz Lula on Monday.",
			"meet occurred 2021-03-01 [Nana Akufo-Addo Luiz Lula] [GHA BRA]\nvisit occurred 2021-03-01 [Nana Akufo-Addo Luiz Lula] [GHA BRA] @Brasilia"},
		{"head to a city for talks",
			"Ghanaian President Nana Akufo-Addo will then head to Recife for talks with Brazilian President Luiz Lula.",
			"meet planned  [Nana Akufo-Addo Luiz Lula] [GHA BRA]\nvisit planned  [Nana Akufo-Addo Luiz Lula] [GHA BRA] @Recife"},
		{"near miss: moving home is no visit",
			"Ghanaian President Nana Akufo-Addo moved to London in 1990.", ""},
		{"near miss: moving to act is no travel",
			"Ghana will move to expand its embassy in Brasilia.", ""},
		{"near miss: heading to the polls is no visit",
			"Ghanaian President Nana Akufo-Addo will head to the polls on Sunday.", ""},
	})
}

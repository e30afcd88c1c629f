package extract_test

import "testing"

// TestTeaserCopy covers a scraped page's teaser: a line cut short by an
// ellipsis above the story that tells the same in full (issue #4). The
// teaser's event is the story's told again, not one more; a story whose
// last line is cut by an ellipsis, with no copy of it, keeps its event.
// Article date Wednesday 2021-03-03.
func TestTeaserCopy(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a teaser cut short is the story told again",
			"New tariffs a sign of weakness: Chile\n\n" +
				"Chile has condemned the new Bolivian tariffs on a number of Chilean exporters and ports.The new tariffs are ...\n\n" +
				"Open in App\n\n" +
				"Chile has condemned the new Bolivian tariffs on a number of Chilean exporters and ports.\n\n" +
				"The tariffs are a sign of weakness, Foreign Ministry spokesman Luis Parra said.\n",
			"conflict occurred 2021-03-03 [] [CHL BOL]"},
		{"a story cut off at its end keeps its event",
			"New tariffs a sign of weakness: Chile\n\n" +
				"Chile has condemned the new Bolivian tariffs on a number of Chilean exporters and ports.The new tariffs are ...\n",
			"conflict occurred 2021-03-03 [] [CHL BOL]"},
	})
}

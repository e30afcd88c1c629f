package extract_test

import "testing"

// TestCausedAct covers a name told as the object of a verb of causing
// before "to" and a trigger ("prompting Romania to expel"): no headline
// grammar ("Hungary to expel ..."), so the act is told as done, at the
// causing act's time, as a reply of its own (see TestCausedReply). Verbs of
// asking and true headline grammar keep it planned. Article date
// Wednesday 2021-03-03.
func TestCausedAct(t *testing.T) {
	checkEvents(t, []eventCase{
		{"prompting a state to act is no plan",
			"Poland expelled a Belarusian consul on Friday, prompting Belarus to expel two Polish diplomats.",
			"conflict occurred 2021-02-26 [] [POL BLR]\nconflict occurred 2021-02-26 [] [BLR POL]"},
		{"a verb of asking keeps the act asked for",
			"Hungary on Monday urged Romania to expel a Russian diplomat.",
			"conflict occurred 2021-03-01 [] [HUN ROU RUS]"},
		{"headline grammar stays planned",
			"Hungary to expel a Romanian diplomat.",
			"conflict planned  [] [HUN ROU]"},
	})
}

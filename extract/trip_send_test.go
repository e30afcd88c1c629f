package extract_test

import "testing"

// Envoys sent to a place make the visit, not the one who sends them; a
// trip named later by a definite noun is the trip told before.
func TestTripSentEnvoys(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "named envoys sent today are on their way",
			in:   "OTTAWA - Canadian Prime Minister Louise Tremblay sent her top trade negotiator Paul Girard and an adviser, Marie Roy, to Tokyo on Wednesday.",
			want: "visit planned 2021-03-03 [Paul Girard Marie Roy] [CAN JPN] @Tokyo",
		},
		{
			name: "named envoys sent days ago made their visit",
			in:   "OTTAWA - Canadian Prime Minister Louise Tremblay sent her top trade negotiator Paul Girard and an adviser, Marie Roy, to Tokyo on Monday.",
			want: "visit occurred 2021-03-01 [Paul Girard Marie Roy] [CAN JPN] @Tokyo",
		},
		{
			name: "a team dispatched last week made its visit",
			in:   "The United Nations dispatched a team of experts to Juba last week.",
			want: "cooperate occurred 2021-02-22..2021-02-28 [United Nations] []\n" +
				"visit occurred 2021-02-22..2021-02-28 [United Nations] [SSD] @Juba",
		},
		{
			name: "a letter sent is no visit",
			in:   "Canadian Prime Minister Louise Tremblay sent a letter to Tokyo on Monday.",
			want: "",
		},
		{
			name: "the trip as subject is the trip told before",
			in:   "OTTAWA - Canadian Prime Minister Louise Tremblay sent her top trade negotiator Paul Girard to Tokyo on Monday. The trip represents a final attempt by Canada.",
			want: "visit occurred 2021-03-01 [Paul Girard] [CAN JPN] @Tokyo",
		},
		{
			name: "with no trip told before, the trip is a visit of its own",
			in:   "The trip represents a final attempt by Canadian negotiator Paul Girard.",
			want: "visit occurred  [Paul Girard] [CAN]",
		},
	})
}

package extract_test

import "testing"

// A time between the subject and its verb dates the verb even with a
// manner adverb right before it ("the Council on Friday strongly
// condemned the attack ... two days ago"): the later time is the attack's
// (issue 4). An adverb before another verb gives the trigger noun after it
// no such time. Article date Wednesday 2021-03-03.
func TestAdverbVerbTime(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "strongly condemned",
			in:   "The UN Security Council on Friday strongly condemned the attack against the UN mission in Leer two days ago.",
			want: "conflict occurred 2021-02-26 [UN Security Council] [] @Leer",
		},
		{
			name: "sharply criticised",
			in:   "Kenya on Tuesday sharply criticised Somalia for the border raid last month.",
			want: "conflict occurred 2021-03-02 [] [KEN SOM]",
		},
		// negative: the adverb stands before another verb
		{
			name: "adverb before a non-trigger verb",
			in:   "Kenya's talks on Monday largely focused on the raid last week.",
			want: "conflict occurred 2021-02-22..2021-02-28 [] [KEN]\nmeet occurred 2021-03-01 [] [KEN]",
		},
	})
}

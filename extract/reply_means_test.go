package extract_test

import "testing"

// A past reply told by its means ("responded by expelling", "replied ...
// by ordering envoys to leave", "retaliated by recalling") is the act it
// names, done (issue 4). A reply still to come stays planned or is no
// event. Article date Wednesday 2021-03-03.
func TestReplyMeans(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "replied with an aside, no time",
			in:   "Norway replied to the accusation by expelling two Russian diplomats.",
			want: "conflict occurred 2021-03-03 [] [NOR RUS]",
		},
		{
			name: "replied with a time",
			in:   "Finland replied to the charges on Monday by expelling three Belarusian diplomats.",
			want: "conflict occurred 2021-03-01 [] [FIN BLR]",
		},
		{
			name: "responded by ordering envoys out",
			in:   "Denmark responded by ordering two Iranian diplomats to leave the country.",
			want: "conflict occurred 2021-03-03 [] [DNK IRN]",
		},
		{
			name: "ordering an inquiry is no expulsion",
			in:   "Denmark responded by ordering an inquiry into the leak.",
			want: "",
		},
		{
			name: "retaliated by recalling",
			in:   "Kenya retaliated by recalling its ambassador from Somalia.",
			want: "conflict occurred 2021-03-03 [] [KEN SOM]",
		},
		{
			name: "hit back by expelling",
			in:   "Estonia hit back on Tuesday by expelling a Russian diplomat.",
			want: "conflict occurred 2021-03-02 [] [EST RUS]",
		},
		{
			name: "recalling without an envoy is remembering",
			in:   "Kenya responded by recalling its long friendship with Somalia.",
			want: "",
		},
		// near misses: a reply still to come, or no reply verb
		{
			name: "will respond stays planned",
			in:   "Norway will respond by expelling two Russian diplomats.",
			want: "conflict planned  [] [NOR RUS]",
		},
		{
			name: "could respond stays planned",
			in:   "Norway said it could respond by expelling Russian diplomats.",
			want: "conflict planned  [] [NOR RUS]",
		},
		{
			name: "hit without back is no reply",
			in:   "The storm hit Norway by surprise before expelling ships from the harbour.",
			want: "",
		},
	})
}

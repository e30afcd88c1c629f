package extract_test

import "testing"

// The start of a trip told after the trip joins it: "X begins his
// three-nation tour on DATE" gives the tour told before its start date.
func TestTripBeginJoinsTour(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "the start of the tour told before",
			in:   "Prime Minister Ana Ruiz of Peru next month embarks on an Asian tour that will take her to Japan. Ms. Ruiz begins her three-nation trip on April 6.",
			want: "visit planned 2021-04-06..2021-04-30 [Ana Ruiz] [PER JPN]",
		},
		{
			name: "an indefinite trip is a new one",
			in:   "Prime Minister Ana Ruiz of Peru next month embarks on an Asian tour that will take her to Japan. Ms. Ruiz begins a separate trip to Chile on April 6.",
			want: "visit planned 2021-04-01..2021-04-30 [Ana Ruiz] [PER JPN]\n" +
				"visit planned 2021-04-06 [Ana Ruiz] [PER CHL]",
		},
	})
}

// The stops of a trip told with the traveller's return join the trip told
// before and give it its end.
func TestTripReturnJoinsTour(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "stops and return of the tour told before",
			in:   "Prime Minister Ana Ruiz of Peru next week embarks on an Asian tour. She will visit Japan and Vietnam before returning to Lima on March 16.",
			want: "visit planned 2021-03-08..2021-03-16 [Ana Ruiz] [PER JPN VNM]",
		},
		{
			name: "without a return the stops stay a visit of their own",
			in:   "Prime Minister Ana Ruiz of Peru next week embarks on an Asian tour. She will visit Japan and Vietnam on March 14.",
			want: "visit planned 2021-03-08..2021-03-14 [Ana Ruiz] [PER]\n" +
				"visit planned 2021-03-14 [Ana Ruiz] [PER JPN VNM]",
		},
	})
}

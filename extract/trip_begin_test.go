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

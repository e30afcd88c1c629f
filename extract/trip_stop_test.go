package extract_test

import "testing"

// Stops of a planned trip: a place fronting the sentence covers a
// predicate coordinated with the main one, and a placeless follow-up
// meeting joins the stop the story last named.
func TestTripStopMeetings(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "coordinated predicate keeps the fronted place",
			in:   "Foreign Minister Ana Ruiz of Peru will visit Oslo and Rabat next week. In Oslo, Ruiz will meet with senior Norwegian officials. In Rabat, Ruiz will open a trade fair with Moroccan Prime Minister Karim Benali and will meet with Moroccan business leaders.",
			want: "meet planned 2021-03-08..2021-03-14 [Ana Ruiz] [PER NOR] @Oslo\n" +
				"meet planned 2021-03-08..2021-03-14 [Ana Ruiz] [PER MAR] @Rabat\n" +
				"visit planned 2021-03-08..2021-03-14 [Ana Ruiz] [PER NOR MAR] @Oslo",
		},
		{
			name: "placeless follow-up joins the latest stop",
			in:   "Foreign Minister Ana Ruiz of Peru will visit Oslo and Rabat next week. In Oslo, Ruiz will meet with senior Norwegian officials. In Rabat, Ruiz will meet with senior Moroccan officials. She also will meet with Moroccan students.",
			want: "meet planned 2021-03-08..2021-03-14 [Ana Ruiz] [PER NOR] @Oslo\n" +
				"meet planned 2021-03-08..2021-03-14 [Ana Ruiz] [PER MAR] @Rabat\n" +
				"visit planned 2021-03-08..2021-03-14 [Ana Ruiz] [PER NOR MAR] @Oslo",
		},
	})
}

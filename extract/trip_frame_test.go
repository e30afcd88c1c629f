package extract_test

import "testing"

// A trip told in the present progressive is planned, and its time frame
// carries to the stops and meetings told after it that name one of its
// host states (issue 4). Article date Wednesday 2021-03-03.
func TestTripFrame(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "progressive travel this week is planned",
			in:   "Foreign Minister Ana Ruiz of Peru is traveling to Norway and Morocco this week to promote trade.",
			want: "visit planned 2021-03-01..2021-03-07 [Ana Ruiz] [PER NOR MAR]",
		},
		{
			name: "progressive travel without a time is planned",
			in:   "Foreign Minister Ana Ruiz of Peru is heading to Oslo for talks on fisheries.",
			want: "meet occurred  [Ana Ruiz] [PER]\n" +
				"visit planned  [Ana Ruiz] [PER NOR] @Oslo",
		},
		{
			name: "past progressive stays occurred",
			in:   "Peruvian Foreign Minister Ana Ruiz was traveling to Oslo on Monday when the storm struck.",
			want: "visit occurred 2021-03-01 [Ana Ruiz] [PER NOR] @Oslo",
		},
		{
			name: "stops named later take the trip's week",
			in: "Peruvian Foreign Minister Ana Ruiz is traveling to Norway and Morocco this week. Fisheries dominate the agenda. " +
				"Officials said the talks matter. Ruiz will visit Oslo where she will meet with Prime Minister Jonas Berg. " +
				"Morocco is a key partner. Ruiz is also expected to visit Marrakesh. " +
				"Ruiz then goes to Morocco where she will meet in Rabat with King Hassan.",
			want: "meet planned 2021-03-01..2021-03-07 [Ana Ruiz Jonas Berg] [PER] @Oslo\n" +
				"meet planned 2021-03-01..2021-03-07 [Ana Ruiz Hassan] [PER MAR] @Rabat\n" +
				"visit planned 2021-03-01..2021-03-07 [Ana Ruiz Jonas Berg] [PER NOR MAR] @Oslo",
		},
		{
			name: "home state and own time are no stop",
			in: "Peruvian Foreign Minister Ana Ruiz is traveling to Norway this week. Fisheries dominate the agenda. " +
				"Officials said the talks matter. Ruiz will meet Mayor Lena Ortiz in Lima. " +
				"Ruiz will meet Prime Minister Jonas Berg next month in Oslo.",
			want: "visit planned 2021-03-01..2021-03-07 [Ana Ruiz] [PER NOR]\n" +
				"meet planned 2021-04-01..2021-04-30 [Ana Ruiz Jonas Berg] [PER] @Oslo\n" +
				"meet planned  [Ana Ruiz Lena Ortiz] [PER] @Lima",
		},
	})
}

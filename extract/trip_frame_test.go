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
			want: "meet planned 2021-03-01..2021-03-07 [Ana Ruiz Jonas Berg] [PER NOR] @Oslo\n" +
				"meet planned 2021-03-01..2021-03-07 [Ana Ruiz Hassan] [PER MAR] @Rabat\n" +
				"visit planned 2021-03-01..2021-03-07 [Ana Ruiz Jonas Berg] [PER NOR MAR] @Oslo\n" +
				"visit planned 2021-03-01..2021-03-07 [Ana Ruiz] [PER MAR] @Marrakesh",
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

// A date set before a visit noun and its adjectives ("the April 9
// official visit of X") is that visit's own, even when the sentence tells
// another visit first (issue 4).
func TestNominalVisitOwnDate(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "two dated visits of persons",
			in:   "Building on the February 12 state visit of Peruvian President Ana Ruiz, the Prime Minister will use the April 9 official visit of Moroccan Prime Minister Karim Benali to push trade.",
			want: "visit occurred 2021-02-12 [Ana Ruiz] [PER]\n" +
				"visit planned 2021-04-09 [Karim Benali] [MAR]",
		},
		{
			name: "hosted and expected",
			in:   "Peru hosted the January 20 visit of Chilean Foreign Minister Luis Mora and expects the May 4 official visit of Moroccan Prime Minister Karim Benali.",
			want: "visit occurred 2021-01-20 [Luis Mora] [PER CHL]\n" +
				"visit planned 2021-05-04 [Karim Benali] [MAR]",
		},
	})
}

// Stops listed after "in" are one visit per state; a list after "to" is
// one journey (issue 4).
func TestTripStopsPerState(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "officials met in several states during a trip",
			in:   "Foreign Minister Ana Ruiz of Peru met defense officials in Bahrain, Oman and Kuwait during a trip through the region last week.",
			want: "meet occurred 2021-02-22..2021-02-28 [Ana Ruiz] [PER BHR OMN KWT]\n" +
				"visit occurred 2021-02-22..2021-02-28 [Ana Ruiz] [PER BHR]\n" +
				"visit occurred 2021-02-22..2021-02-28 [Ana Ruiz] [PER OMN]\n" +
				"visit occurred 2021-02-22..2021-02-28 [Ana Ruiz] [PER KWT]",
		},
		{
			name: "stops at places, two in one state",
			in:   "Foreign Minister Ana Ruiz of Peru is on a tour with stops in Accra, Ghana, and Lagos and Abuja, Nigeria.",
			// "is on a tour": under way on the story's day
			want: "visit occurred 2021-03-03 [Ana Ruiz] [PER GHA] @Accra\n" +
				"visit occurred 2021-03-03 [Ana Ruiz] [PER NGA]",
		},
		{
			name: "a reference to the trip joins no stop",
			in:   "Foreign Minister Ana Ruiz of Peru met officials in Bahrain and Oman during a trip through the region last week. Throughout the trip, Ruiz stressed the threat of piracy.",
			want: "meet occurred 2021-02-22..2021-02-28 [Ana Ruiz] [PER BHR OMN]\n" +
				"visit occurred 2021-02-22..2021-02-28 [Ana Ruiz] [PER BHR]\n" +
				"visit occurred 2021-02-22..2021-02-28 [Ana Ruiz] [PER OMN]",
		},
		{
			name: "travel to several states is one journey",
			in:   "Foreign Minister Ana Ruiz of Peru will travel to Ghana, Nigeria and Angola next week.",
			want: "visit planned 2021-03-08..2021-03-14 [Ana Ruiz] [PER GHA NGA AGO]",
		},
		{
			name: "places at home are no stops",
			in:   "Foreign Minister Ana Ruiz of Peru met officials in Lima and Cusco during a trip last week.",
			want: "meet occurred 2021-02-22..2021-02-28 [Ana Ruiz] [PER] @Lima\n" +
				"visit occurred 2021-02-22..2021-02-28 [Ana Ruiz] [PER]",
		},
	})
}

// What is "on the agenda" is still to come (issue 4). Article date
// Wednesday 2021-03-03.
func TestOnTheAgenda(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "a visit on the agenda past a comma",
			in:   "Trade and a visit to the naval base at Bergen, Norway are on the agenda for Foreign Minister Ana Ruiz of Peru's first trip to Europe.",
			want: "visit planned  [Ana Ruiz] [PER NOR] @Bergen",
		},
		{
			name: "another clause's agenda",
			in:   "The talks between Ana Ruiz and Jonas Berg of Norway covered trade, and security is on the agenda now.",
			want: "meet occurred 2021-03-03 [Ana Ruiz Jonas Berg] [NOR]",
		},
	})
}

// Being in several listed places for a purpose is one visit per state
// (issue 4).
func TestPresenceInListedPlaces(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "two capitals with their states",
			in:   "This week, Foreign Minister Ana Ruiz of Peru and senior officials are in Oslo, Norway, and Rabat, Morocco for talks on fisheries.",
			// Talks told after the stops are held at each: one meeting per stop.
			want: "meet occurred 2021-03-01..2021-03-07 [Ana Ruiz] [PER NOR] @Oslo\n" +
				"meet occurred 2021-03-01..2021-03-07 [Ana Ruiz] [PER MAR] @Rabat\n" +
				"visit occurred 2021-03-01..2021-03-07 [Ana Ruiz] [PER NOR] @Oslo\n" +
				"visit occurred 2021-03-01..2021-03-07 [Ana Ruiz] [PER MAR] @Rabat",
		},
		{
			name: "one place with its state",
			in:   "Foreign Minister Ana Ruiz of Peru is in Oslo, Norway for talks on fisheries.",
			want: "meet occurred  [Ana Ruiz] [PER] @Oslo\n" +
				"visit occurred  [Ana Ruiz] [PER NOR] @Oslo",
		},
	})
}

// What a trip includes, told in the present, is its programme: planned
// (issue 4).
func TestTripIncludes(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "present itinerary",
			in:   "Foreign Minister Ana Ruiz of Peru began a tour of Africa on Monday. Ruiz's tour also includes stops in Ghana, Nigeria, and Angola.",
			want: "visit occurred 2021-03-01 [Ana Ruiz] [PER]\n" +
				"visit planned  [Ana Ruiz] [PER GHA]\n" +
				"visit planned  [Ana Ruiz] [PER NGA]\n" +
				"visit planned  [Ana Ruiz] [PER AGO]",
		},
		{
			name: "past itinerary",
			in:   "Foreign Minister Ana Ruiz of Peru toured Africa last month. The tour included stops in Ghana and Nigeria.",
			want: "visit occurred 2021-02-01..2021-02-28 [Ana Ruiz] [PER]\n" +
				"visit occurred  [] [GHA]\n" +
				"visit occurred  [] [NGA]",
		},
	})
}

// A journey told in the present simple for a period still running is
// scheduled in it (issue 4). Article date Wednesday 2021-03-03.
func TestFuturatePresentVisit(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "this month",
			in:   "In March Foreign Minister Ana Ruiz of Peru visits Oslo.",
			want: "visit planned 2021-03-01..2021-03-31 [Ana Ruiz] [PER NOR] @Oslo",
		},
		{
			name: "past tense stays occurred",
			in:   "Foreign Minister Ana Ruiz of Peru visited Oslo this month.",
			want: "visit occurred 2021-03-01..2021-03-31 [Ana Ruiz] [PER NOR] @Oslo",
		},
	})
}

// A stop is sought in every trip told before, latest first: another
// dated trip in between does not hide the journey it belongs to (issue 4).
func TestStopOfEarlierTrip(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "a dated side trip in between",
			in: "Peruvian Foreign Minister Ana Ruiz will travel to Norway and Morocco next week. Ruiz will visit Spain on Friday. " +
				"Fisheries dominate the agenda. Officials said the talks matter. In Rabat, Ruiz will meet senior Moroccan leaders.",
			want: "visit planned 2021-03-05 [Ana Ruiz] [PER ESP]\n" +
				"meet planned 2021-03-08..2021-03-14 [Ana Ruiz] [PER MAR] @Rabat\n" +
				"visit planned 2021-03-08..2021-03-14 [Ana Ruiz] [PER NOR MAR] @Rabat",
		},
	})
}

package extract_test

import "testing"

// What the traveller of a visit under way on the article's day is to do
// in the host state, told with no time of its own, is done on the days
// of that visit (issue 4). Article date Wednesday 2021-03-03.
func TestVisitUnderWay(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "scheduled meeting takes the visit's days",
			in: "Foreign Minister Karim Haddad of Jordan is making a three-day working visit to Chile from today. " +
				"In a statement, the ministry said Haddad was scheduled to meet his counterpart Elena Soto.",
			want: "meet planned 2021-03-03..2021-03-05 [Karim Haddad Elena Soto] [JOR]\n" +
				"visit occurred 2021-03-03..2021-03-05 [Karim Haddad] [JOR CHL]",
		},
		{
			name: "planned signing takes the visit's days",
			in: "Foreign Minister Karim Haddad of Jordan is making a three-day working visit to Chile from today. " +
				"Haddad is also expected to sign a fisheries agreement with Chilean officials.",
			want: "agree planned 2021-03-03..2021-03-05 [Karim Haddad] [JOR CHL]\n" +
				"visit occurred 2021-03-03..2021-03-05 [Karim Haddad] [JOR CHL]",
		},
		{
			name: "an appositive trip with an older time does not hide the visit",
			in: "Foreign Minister Karim Haddad of Jordan is making a three-day working visit to Chile from today, his first trip to the region since taking office last year. " +
				"Haddad will hold talks with his counterpart Elena Soto.",
			want: "meet planned 2021-03-03..2021-03-05 [Karim Haddad Elena Soto] [JOR]\n" +
				"visit occurred 2021-03-03..2021-03-05 [Karim Haddad] [JOR CHL]",
		},
		// negative: a visit over by the article's day dates nothing after it
		{
			name: "visit over",
			in: "Foreign Minister Karim Haddad of Jordan made a two-day visit to Chile last week. " +
				"Haddad is scheduled to meet his counterpart Elena Soto.",
			want: "visit occurred 2021-02-22..2021-02-28 [Karim Haddad] [JOR CHL]\n" +
				"meet planned  [Karim Haddad Elena Soto] [JOR]",
		},
		// negative: someone else's plan is not the traveller's
		{
			name: "another person's plan",
			in: "Foreign Minister Karim Haddad of Jordan is making a three-day working visit to Chile from today. " +
				"President Luis Mora will meet Pope Leo in Rome.",
			want: "visit occurred 2021-03-03..2021-03-05 [Karim Haddad] [JOR CHL]\n" +
				"meet planned  [Luis Mora Leo] [] @Rome",
		},
		// negative: a meeting in a state the visit does not involve
		{
			name: "meeting in another state",
			in: "Foreign Minister Karim Haddad of Jordan is making a three-day working visit to Chile from today. " +
				"Haddad is scheduled to meet Peruvian Foreign Minister Ana Ruiz in Peru.",
			want: "visit occurred 2021-03-03..2021-03-05 [Karim Haddad] [JOR CHL]\n" +
				"meet planned  [Karim Haddad Ana Ruiz] [JOR PER]",
		},
	})
}

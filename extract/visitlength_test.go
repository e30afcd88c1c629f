package extract_test

import "testing"

// TestVisitLength checks that a visit's length and its first day give its
// interval, and that a day told with its end or return is left alone.
func TestVisitLength(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a length and a starting day give the interval",
			"Peruvian President Pedro Castillo will pay a four-day visit to Chile starting Tuesday.",
			"visit planned 2021-03-09..2021-03-12 [Pedro Castillo] [PER CHL]"},
		{"a length and a from day give the interval",
			"Chilean President Gabriel Boric will make a three-day state visit to Peru from March 8.",
			"visit planned 2021-03-08..2021-03-10 [Gabriel Boric] [CHL PER]"},
		{"a trip beginning on a date",
			"Kenyan Foreign Minister Raychelle Omamo will begin a two-day trip to Ghana on March 10.",
			"visit planned 2021-03-10..2021-03-11 [Raychelle Omamo] [KEN GHA]"},
		{"a day of return is the last day, not the first",
			"Kenyan Foreign Minister Raychelle Omamo returned to Nairobi on Sunday after a two-day visit to Ghana.",
			"visit occurred 2021-02-28 [Raychelle Omamo] [KEN GHA]"},
	})
}

// TestTripUnderWay checks that a departure and the visit it is scheduled
// to make are one trip, and that a second trip stays two.
func TestTripUnderWay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a departure and its scheduled visit are one trip",
			"Chilean President Gabriel Boric left on Monday for a visit to Peru. Boric flew on Monday on a military plane and is scheduled to make a three-day visit.",
			"visit occurred 2021-03-01..2021-03-03 [Gabriel Boric] [CHL PER]"},
		{"a trip begun today and scheduled to last is one trip",
			"Chilean President Gabriel Boric left on Wednesday for a visit to Peru. Boric flew on Wednesday on a military plane and is scheduled to make a three-day visit.",
			"visit occurred 2021-03-03..2021-03-05 [Gabriel Boric] [CHL PER]"},
		{"a trip to another country the same day is another trip",
			"Chilean President Gabriel Boric left on Monday for a visit to Peru. Boric also began a two-day visit to Ecuador on Monday.",
			"visit occurred 2021-03-01 [Gabriel Boric] [CHL PER]\nvisit occurred 2021-03-01..2021-03-02 [Gabriel Boric] [CHL ECU]"},
		{"a later planned trip is another trip",
			"Chilean President Gabriel Boric left on Monday for a visit to Peru. Boric will make a three-day visit to Ecuador on March 10.",
			"visit occurred 2021-03-01 [Gabriel Boric] [CHL PER]\nvisit planned 2021-03-10..2021-03-12 [Gabriel Boric] [CHL ECU]"},
	})
}

// TestTravellingSpeaker checks that what one of the travelling party says
// is planned takes the trip's time and the speaker, not the time of the
// report.
func TestTravellingSpeaker(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a member of the delegation reports a plan of the trip",
			"Chilean President Gabriel Boric left Wednesday for a first visit to Peru. Boric flew Wednesday on an air force plane and is scheduled to pay a three-day visit. Chilean officials are scheduled to sign agreements on mining, Foreign Minister Antonia Urrejola, who is also on the delegation, told reporters Wednesday before departing.",
			"agree planned 2021-03-03..2021-03-05 [Antonia Urrejola] [CHL]\nvisit occurred 2021-03-03..2021-03-05 [Gabriel Boric Antonia Urrejola] [CHL PER]"},
		{"a speaker outside the party gives no trip time",
			"Chilean President Gabriel Boric left Wednesday for a first visit to Peru. Boric flew Wednesday on an air force plane and is scheduled to pay a three-day visit. Chilean officials are scheduled to sign agreements on mining, analyst Maria Soto, who teaches in Santiago, told reporters Wednesday.",
			"visit occurred 2021-03-03..2021-03-05 [Gabriel Boric] [CHL PER]\nagree planned  [] [CHL]"},
	})
}

// TestTripParty checks that a collective noun for the travelling party
// stands for the trip's traveller and the party's members.
func TestTripParty(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the delegation discusses on the trip",
			"Chilean President Gabriel Boric left Wednesday for a first visit to Peru. Boric flew Wednesday on an air force plane and is scheduled to pay a three-day visit. His team will also discuss trade and investment, Boric said.",
			"meet planned 2021-03-03..2021-03-05 [Gabriel Boric] [CHL]\nvisit occurred 2021-03-03..2021-03-05 [Gabriel Boric] [CHL PER]"},
		{"a party member named before joins the delegation",
			"Chilean President Gabriel Boric left Wednesday for a first visit to Peru. Boric flew Wednesday on an air force plane and is scheduled to pay a three-day visit. Chilean officials are scheduled to sign agreements on mining, Foreign Minister Antonia Urrejola, who is also on the delegation, told reporters Wednesday before departing. The delegation will also discuss trade and investment, she said.",
			"agree planned 2021-03-03..2021-03-05 [Antonia Urrejola] [CHL]\nmeet planned 2021-03-03..2021-03-05 [Gabriel Boric Antonia Urrejola] [CHL]\nvisit occurred 2021-03-03..2021-03-05 [Gabriel Boric Antonia Urrejola] [CHL PER]"},
		{"a delegation with no trip told is nobody's",
			"The delegation will also discuss trade and investment, officials said.",
			""},
	})
}

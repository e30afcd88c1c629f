package extract_test

import "testing"

// TestDatedStops covers an itinerary that gives each stop its own dates
// in one clause ("will visit Kenya March 8-9, Ghana March 10-11 and
// Nigeria, March 12"): each stop is a visit of its own at its dates
// (docs/annotating.md, section 11). Article date Wednesday 2021-03-03.
func TestDatedStops(t *testing.T) {
	checkEvents(t, []eventCase{
		{"each dated stop is its own planned visit",
			"A ministry spokesman said Brazilian Foreign Minister Carlos Franca will visit Kenya March 8-9, Ghana on March 10, Nigeria, March 11-12; Senegal, March 13-14, and Morocco, March 15-16.",
			"visit planned 2021-03-08..2021-03-09 [Carlos Franca] [BRA KEN]\nvisit planned 2021-03-10 [Carlos Franca] [BRA GHA]\nvisit planned 2021-03-11..2021-03-12 [Carlos Franca] [BRA NGA]\nvisit planned 2021-03-13..2021-03-14 [Carlos Franca] [BRA SEN]\nvisit planned 2021-03-15..2021-03-16 [Carlos Franca] [BRA MAR]"},
		{"two dated stops joined by and",
			"Chilean President Gabriel Boric will travel to Peru on March 8 and Bolivia on March 10.",
			"visit planned 2021-03-08 [Gabriel Boric] [CHL PER]\nvisit planned 2021-03-10 [Gabriel Boric] [CHL BOL]"},
		{"the trip told again with no state joins the stops",
			"Chilean President Gabriel Boric will travel to Peru on March 8 and Bolivia on March 10. According to an aide, Boric's trip will take place in the framework of regional efforts.",
			"visit planned 2021-03-08 [Gabriel Boric] [CHL PER]\nvisit planned 2021-03-10 [Gabriel Boric] [CHL BOL]"},
		{"one date for a list of states stays one visit",
			"Chilean President Gabriel Boric will travel to Peru and Bolivia on March 8.",
			"visit planned 2021-03-08 [Gabriel Boric] [CHL PER BOL]"},
		{"a dated stop followed by an undated state is no itinerary",
			"Chilean President Gabriel Boric will visit Peru on March 8, Bolivia's neighbour.",
			"visit planned 2021-03-08 [Gabriel Boric] [CHL PER]"},
	})
}

// TestRegionTourLength covers the length of a tour named by its region
// ("a three-day Africa tour on July 20"): the tour lasts those days.
// Article date Wednesday 2021-03-03.
func TestRegionTourLength(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a region between the length and the tour",
			"Chilean Foreign Minister Antonia Urrejola will embark on a three-day Asia tour on March 8.",
			"visit planned 2021-03-08..2021-03-10 [Antonia Urrejola] [CHL]"},
	})
}

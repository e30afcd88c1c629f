package extract_test

import "testing"

// TestVisitReferences checks reports that are part of a visit told
// before: an arrival that names no traveller on a day of the visit, and
// "during this visit" with what is planned on it, join the visit; an
// arrival outside its days does not. It also checks that "continued
// support to Burundian refugees" is no journey onward while "will
// continue on to Malaysia" is. Article date Wednesday 2021-03-03.
func TestVisitReferences(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an anonymous arrival on a day of the visit is its arrival",
			"The President of Chile, Luis Mora, began on Monday a three-day state visit to Peru. An aircraft of the Chilean air force landed at 6:15 p.m. at the main airport, under a light fog.",
			"visit occurred 2021-03-01..2021-03-03 [Luis Mora] [CHL PER]"},
		{"an anonymous arrival before the visit is another",
			"The President of Chile, Luis Mora, began on Monday a three-day state visit to Peru. An aircraft of the Chilean air force landed at the main airport last Friday, under a light fog.",
			"visit occurred 2021-02-26 [] [CHL]\nvisit occurred 2021-03-01..2021-03-03 [Luis Mora] [CHL PER]"},
		{"during this visit, what is planned belongs to the visit",
			"The President of Chile, Luis Mora, began on Monday a three-day state visit to Peru. During this state visit, the two governments will endorse the ties of friendship between Chile and Peru.",
			"visit occurred 2021-03-01..2021-03-03 [Luis Mora] [CHL PER]"},
		{"during this visit with states of another pair stays apart",
			"The President of Chile, Luis Mora, began on Monday a three-day state visit to Peru.\n\nAn aircraft of the Chilean air force landed at 6:15 p.m. at the main airport, under a light fog.\n\nDuring this state visit, the two governments will endorse the ties of friendship between Bolivia and Ecuador.",
			"visit occurred 2021-03-01..2021-03-03 [Luis Mora] [CHL PER]\nvisit planned  [] [CHL PER BOL ECU]"},
		{"continued support to refugees is no journey",
			"The aid will also provide continued support to Burundian refugees in the region.",
			""},
		{"continuing on to a place is",
			"Chilean President Luis Mora will continue on to Malaysia.",
			"visit planned  [Luis Mora] [CHL MYS]"},
	})
}

package extract_test

import "testing"

// TestSamePeriodFigures covers trade figures dated by "the same
// period": the period of the figure told just before, in the sentence
// before or earlier in the same one. Without a dated figure before, the
// expression keeps the tagger's reading. Article date Wednesday
// 2021-03-03.
func TestSamePeriodFigures(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the figure of the sentence before gives the period",
			"Trade between Chile and Peru amounted to $3.1 billion in 2019. Chilean exports totaled $1.4 billion, while imports reached $1.7 billion during the same period.",
			"trade occurred 2019-01-01..2019-12-31 [] [CHL PER] 3100000000 USD trade volume\ntrade occurred 2019-01-01..2019-12-31 [] [CHL PER] 1400000000 USD exports\ntrade occurred 2019-01-01..2019-12-31 [] [CHL PER] 1700000000 USD imports"},
		{"a figure of the same sentence gives the period",
			"Chile's exports to Peru rose to $1.4 billion in 2019, and its imports from Peru reached $1.7 billion in the same period.",
			"trade occurred 2019-01-01..2019-12-31 [] [CHL PER] 1400000000 USD exports\ntrade occurred 2019-01-01..2019-12-31 [] [CHL PER] 1700000000 USD imports"},
		{"a figure two sentences back gives no period",
			"Trade between Chile and Peru amounted to $3.1 billion in 2019. Ministers met in Lima. Chilean exports totaled $1.4 billion during the same period.",
			"trade occurred 2019-01-01..2019-12-31 [] [CHL PER] 3100000000 USD trade volume\ntrade occurred 2020-10-01..2020-12-31 [] [CHL PER] 1400000000 USD exports"},
	})
}

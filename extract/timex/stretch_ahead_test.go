package timex_test

import "testing"

// TestStretchAhead: "over the next year" and its kin are the stretch of
// time that starts now, a DURATION; without a preposition of extent the
// phrase keeps its calendar value.
func TestStretchAhead(t *testing.T) {
	mar := d("2026-03-04")
	checkTags(t, mar, []tagCase{
		{"over the next year", "The bank expects rates to climb over the next year.",
			[]want{{"the next year", "DURATION", "P1Y", "", ""}}},
		{"during the coming month", "Talks will resume during the coming month, officials said.",
			[]want{{"the coming month", "DURATION", "P1M", "", ""}}},
		{"within the next week", "The ministry will name a new envoy within the next week.",
			[]want{{"the next week", "DURATION", "P1W", "", ""}}},
		{"for the coming year, capitalised", "For the coming year the council froze fees.",
			[]want{{"the coming year", "DURATION", "P1Y", "", ""}}},
		{"or so keeps its date", "Sales should recover over the next year or so.",
			[]want{{"the next year or so", "DATE", "2027", "", "2027-01-01..2027-12-31"}}},
		{"no preposition: a date", "The company plans to hire more workers next year.",
			[]want{{"next year", "DATE", "2027", "", "2027-01-01..2027-12-31"}}},
		{"in the coming year stays a date", "The mayor will run again in the coming year.",
			[]want{{"the coming year", "DATE", "2027", "", "2027-01-01..2027-12-31"}}},
		{"past stays as it was", "Prices rose 4 percent over the past two years.",
			[]want{{"the past two years", "DURATION", "P2Y", "", ""}}},
	})
}

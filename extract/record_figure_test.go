package extract_test

import "testing"

// TestRecordFigure checks that a figure given after a comma as "to a
// record $X" (or "to a new record") is the measure's figure, as ", to
// $X" is, in the sentence that names the period and in the next one that
// carries it; a record told without "to", "from" or "with" leading to the
// amount stays no figure of the measure. Article date Wednesday
// 2021-03-03.
func TestRecordFigure(t *testing.T) {
	checkEvents(t, []eventCase{
		{"to a record after the period",
			"Kenyan exports to Uganda rose 9.4 percent in January compared with a year earlier, to a record $310 million.",
			"trade occurred 2021-01-01..2021-01-31 [] [KEN UGA] 310000000 USD exports"},
		{"to a new record, period carried",
			"Kenyan exports to Uganda rose to $310 million in January. Imports from Uganda rose 4 percent, to a new record $95 million.",
			"trade occurred 2021-01-01..2021-01-31 [] [KEN UGA] 310000000 USD exports\ntrade occurred 2021-01-01..2021-01-31 [] [KEN UGA] 95000000 USD imports"},
		{"a record with no lead word",
			"Kenyan farmers harvested a record crop in January, a record $310 million, officials in Nairobi said.",
			""},
	})
}

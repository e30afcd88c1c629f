package timex_test

import "testing"

// TestEdgeUnits: "the final weeks of 2025" is one DATE, the year with mod
// END ("first" gives START); with a period that is no year or month the
// phrase stays what it was, a vague length.
func TestEdgeUnits(t *testing.T) {
	mar := d("2026-03-04")
	checkTags(t, mar, []tagCase{
		{"final weeks of a year", "Orders slowed in the final weeks of 2025.",
			[]want{{"the final weeks of 2025", "DATE", "2025", "END", "2025-09-01..2025-12-31"}}},
		{"first days of a month", "Snow closed the pass in the first days of February.",
			[]want{{"the first days of February", "DATE", "2026-02", "START", "2026-02-01..2026-02-10"}}},
		{"last few days of last year", "Prices jumped in the last few days of last year.",
			[]want{{"the last few days of last year", "DATE", "2025", "END", "2025-09-01..2025-12-31"}}},
		{"not a year", "Turnout rose in the final weeks of the campaign.",
			[]want{{"weeks", "DURATION", "PXW", "", ""}}},
	})
}

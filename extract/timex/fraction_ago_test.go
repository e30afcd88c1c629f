package timex_test

import "testing"

// TestQuantifiedAgo: "ago" after a length quantified by "a couple (of)",
// "half a" or "a quarter" points to a date as after a number does
// ("two weeks ago"): TimeML values the date at the granularity of the
// length, so half a century ago is the decade five decades back and a
// quarter-century ago the year 25 years back. Without "ago" the
// expressions stay lengths.
func TestQuantifiedAgo(t *testing.T) {
	day := d("2026-03-10") // ISO week 2026-W11
	checkTags(t, day, []tagCase{
		{"a couple of weeks ago", "The mill shut down a couple of weeks ago.",
			[]want{{"a couple of weeks ago", "DATE", "2026-W09", "", "2026-02-23..2026-03-01"}}},
		{"a couple years ago", "Her cousin moved to Lyon a couple years ago.",
			[]want{{"a couple years ago", "DATE", "2024", "", "2024-01-01..2024-12-31"}}},
		{"half a century ago", "The dam was built half a century ago.",
			[]want{{"half a century ago", "DATE", "197", "", "1970-01-01..1979-12-31"}}},
		{"a half-century ago", "A half-century ago, the valley was farmland.",
			[]want{{"A half-century ago", "DATE", "197", "", "1970-01-01..1979-12-31"}}},
		{"a quarter-century ago", "The treaty was signed a quarter-century ago.",
			[]want{{"a quarter-century ago", "DATE", "2001", "", "2001-01-01..2001-12-31"}}},
		{"half a year ago", "The clinic opened half a year ago.",
			[]want{{"half a year ago", "DATE", "2025-09", "", "2025-09-01..2025-09-30"}}},
		// Negatives: no "ago", a length.
		{"half a century as length", "The family ran the shop for half a century.",
			[]want{{"half a century", "DURATION", "P50Y", "", ""}}},
		{"a couple of days later", "The ferry sailed a couple of days later.",
			[]want{{"a couple of days", "DURATION", "P2D", "", ""}}},
		{"last couple weeks", "The last couple weeks were quiet on the border.",
			[]want{{"The last couple weeks", "DURATION", "P2W", "", ""}}},
	})
}

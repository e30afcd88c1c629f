package timex_test

import "testing"

// TestSceneFronted: a month at the end of a fronted scene-setting phrase
// longer than four words takes the tense of the main clause after the
// comma; a backward-looking "after" phrase does not.
func TestSceneFronted(t *testing.T) {
	nov := d("2026-11-18")
	checkTags(t, nov, []tagCase{
		{"upon arrival", "Upon docking at the orbital station in September, the capsule will unload its cargo.",
			[]want{{"September", "DATE", "2027-09", "", "2027-09-01..2027-09-30"}}},
		{"at the summit", "At the regional trade summit in Lisbon in October, the ministers will sign the pact.",
			[]want{{"October", "DATE", "2027-10", "", "2027-10-01..2027-10-31"}}},
		{"past main clause", "At the regional trade summit in Lisbon in October, the ministers signed the pact.",
			[]want{{"October", "DATE", "2026-10", "", "2026-10-01..2026-10-31"}}},
		{"not fronted", "The capsule docked at the orbital station in September and will leave soon.",
			[]want{{"September", "DATE", "2026-09", "", "2026-09-01..2026-09-30"}, {"soon", "DATE", "FUTURE_REF", "", ""}}},
	})
}

// TestReportedWouldAfter: what a reported future comes after ("had
// forecast the plant would reopen after repairs in August and
// September") lies before the report, so its months are the last ones
// gone; without the report the future of "will" still places them ahead.
func TestReportedWouldAfter(t *testing.T) {
	jan := d("2027-01-12")
	checkTags(t, jan, []tagCase{
		{"reported would", "Analysts had forecast that the steel plant would reopen last week after lengthy repairs in August and September.",
			[]want{{"last week", "DATE", "2027-W01", "", "2027-01-04..2027-01-10"}, {"August", "DATE", "2026-08", "", "2026-08-01..2026-08-31"}, {"September", "DATE", "2026-09", "", "2026-09-01..2026-09-30"}}},
		{"plain will", "The steel plant will reopen after repairs in August.",
			[]want{{"August", "DATE", "2027-08", "", "2027-08-01..2027-08-31"}}},
	})
}

package timex_test

import "testing"

// TestZoneOffset: an offset written right after a zone abbreviation
// ("GMT+3", "UTC-05:30") is part of the zone and so of the clock's
// extent; a spaced "-" after the zone is not.
func TestZoneOffset(t *testing.T) {
	wed := d("2026-06-10")
	checkTag(t, "The polls close at 20:00 GMT+3.", wed,
		[]want{{"20:00 GMT+3", "TIME", "2026-06-10T20:00", "", "2026-06-10"}})
	checkTag(t, "The feed resumed at 10:15 UTC-05:30.", wed,
		[]want{{"10:15 UTC-05:30", "TIME", "2026-06-10T10:15", "", "2026-06-10"}})
	checkTag(t, "The feed resumed at 10:15 GMT - a relief for viewers.", wed,
		[]want{{"10:15 GMT", "TIME", "2026-06-10T10:15", "", "2026-06-10"}})
}

// TestComingQuarters: reporting quarters still ahead, counted by no
// number, are the future at large (TimeBank: "coming quarters" DATE
// FUTURE_REF); past ones and counted ones stay lengths.
func TestComingQuarters(t *testing.T) {
	wed := d("2026-06-10")
	checkTag(t, "Margins should widen in coming quarters.", wed,
		[]want{{"coming quarters", "DATE", "FUTURE_REF", "", ""}})
	checkTag(t, "Margins narrowed in recent quarters.", wed,
		[]want{{"recent quarters", "DURATION", "PXQ", "", ""}})
	checkTag(t, "Margins narrowed in the past two quarters.", wed,
		[]want{{"the past two quarters", "DURATION", "P2Q", "", ""}})
}

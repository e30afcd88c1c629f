package timex_test

import "testing"

// TestFocusYear: a year-less month or day takes the year its own clause
// has written out (the reference time, TimeML guidelines §2.2.2), and
// "the year" takes a year named alone in its sentence or the one before;
// a reporting clause, a span's bound or a clash with the tense leaves
// the DCT and the tense to decide.
func TestFocusYear(t *testing.T) {
	feb := d("2027-02-10")
	checkTags(t, feb, []tagCase{
		{"day in the clause of a year", "The worst flood of 2025 swept through Dunmore on March 9.",
			[]want{{"2025", "DATE", "2025", "", "2025-01-01..2025-12-31"}, {"March 9", "DATE", "2025-03-09", "", "2025-03-09"}}},
		{"month in the clause of a year", "In 2024 the mill closed its east wing in June.",
			[]want{{"2024", "DATE", "2024", "", "2024-01-01..2024-12-31"}, {"June", "DATE", "2024-06", "", "2024-06-01..2024-06-30"}}},
		{"the year after a bare year", "Ferry traffic fell sharply in 2025. Fares rose twice during the year.",
			[]want{{"2025", "DATE", "2025", "", "2025-01-01..2025-12-31"}, {"the year", "DATE", "2025", "", "2025-01-01..2025-12-31"}}},
		{"coordination keeps the DCT", "The ferry sailed on May 2, 2025, and again on Jan. 20.",
			[]want{{"May 2, 2025", "DATE", "2025-05-02", "", "2025-05-02"}, {"Jan. 20", "DATE", "2027-01-20", "", "2027-01-20"}}},
		{"reporting clause keeps the DCT", "Exports grew 4% in 2025, the ministry said on Feb. 3.",
			[]want{{"2025", "DATE", "2025", "", "2025-01-01..2025-12-31"}, {"Feb. 3", "DATE", "2027-02-03", "", "2027-02-03"}}},
		{"since a year is a span", "Rents have risen since 2019 and fell on Jan. 20.",
			[]want{{"2019", "DATE", "2019", "", "2019-01-01..2019-12-31"}, {"Jan. 20", "DATE", "2027-01-20", "", "2027-01-20"}}},
		{"future clause keeps the coming month", "The 2025 budget was a failure, and the council will vote on a new one in May.",
			[]want{{"2025", "DATE", "2025", "", "2025-01-01..2025-12-31"}, {"May", "DATE", "2027-05", "", "2027-05-01..2027-05-31"}}},
		{"the year two sentences on keeps the DCT", "Ferry traffic fell sharply in 2025. Fares rose twice. Tolls went up during the year.",
			[]want{{"2025", "DATE", "2025", "", "2025-01-01..2025-12-31"}, {"the year", "DATE", "2027", "", "2027-01-01..2027-12-31"}}},
	})
}

// TestDashAside: an aside set off by dashes after a time has a tense of
// its own ("-- likely to ..."), which does not place the time; without
// the dashes the same modal governs it.
func TestDashAside(t *testing.T) {
	nov := d("2026-11-20")
	checkTags(t, nov, []tagCase{
		{"double hyphen", "The storm that flooded Harlow on Sept. 14 -- likely the wettest on record -- is the subject of a talk.",
			[]want{{"Sept. 14", "DATE", "2026-09-14", "", "2026-09-14"}}},
		{"em dash", "The fire that closed the harbour on Sept. 14 \u2014 likely the costliest on record \u2014 is under review.",
			[]want{{"Sept. 14", "DATE", "2026-09-14", "", "2026-09-14"}}},
		{"no aside", "The harbour will likely reopen on Sept. 14 after repairs.",
			[]want{{"Sept. 14", "DATE", "2027-09-14", "", "2027-09-14"}}},
	})
}

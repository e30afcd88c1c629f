package timex_test

import "testing"

// TestModalPerfectPast: a modal with "have" and a participle ("may have
// been killed", "might have fled") tells a past that may have happened,
// so a bare weekday is the last one; the modal alone still looks ahead.
func TestModalPerfectPast(t *testing.T) {
	thu := d("2026-11-05") // a Thursday
	checkTags(t, thu, []tagCase{
		{"may have been", "Two guards may have been wounded on Tuesday, the police said.",
			[]want{{"Tuesday", "DATE", "2026-11-03", "", "2026-11-03"}}},
		{"may have", "The smugglers may have crossed the border Monday.",
			[]want{{"Monday", "DATE", "2026-11-02", "", "2026-11-02"}}},
		{"modal alone looks ahead", "The committee may vote on Tuesday.",
			[]want{{"Tuesday", "DATE", "2026-11-10", "", "2026-11-10"}}},
	})
}

// TestReportedFuture: "would" after a past verb of saying is the future of
// the report, which may already be past when the story is told: a month
// next to the DCT's is the nearest one; further away, or with "will",
// the coming one.
func TestReportedFuture(t *testing.T) {
	nov := d("2026-11-02")
	checkTags(t, nov, []tagCase{
		{"month before DCT", "The agency said the audit would be published Oct. 27.",
			[]want{{"Oct. 27", "DATE", "2026-10-27", "", "2026-10-27"}}},
		{"told", "Aides told reporters the summit would open Nov. 25.",
			[]want{{"Nov. 25", "DATE", "2026-11-25", "", "2026-11-25"}}},
		{"far month is ahead", "The mayor said the bridge would reopen in August.",
			[]want{{"August", "DATE", "2027-08", "", "2027-08-01..2027-08-31"}}},
		{"will looks ahead", "The audit will be published Oct. 27.",
			[]want{{"Oct. 27", "DATE", "2027-10-27", "", "2027-10-27"}}},
		{"no saying verb", "The firm would be paid Oct. 27 under the contract.",
			[]want{{"Oct. 27", "DATE", "2027-10-27", "", "2027-10-27"}}},
	})
}

// TestPastPassiveMonth: "was"/"were" before a participle is a simple past,
// so a bare month next after the DCT's is last year's, not the coming one.
func TestPastPassiveMonth(t *testing.T) {
	jan := d("2026-01-12")
	checkTags(t, jan, []tagCase{
		{"was signed", "The loan was approved in February.",
			[]want{{"February", "DATE", "2025-02", "", "2025-02-01..2025-02-28"}}},
		{"were held", "Both rounds were held on Feb. 8.",
			[]want{{"Feb. 8", "DATE", "2025-02-08", "", "2025-02-08"}}},
		{"future passive", "The loan will be approved in February.",
			[]want{{"February", "DATE", "2026-02", "", "2026-02-01..2026-02-28"}}},
	})
}

// TestPastDecadeAndYear: "the past decade" is the ten years up to now, a
// DURATION as "the past two decades" is; "this past year" in a December
// story is the year now closing, earlier in the year the one before.
func TestPastDecadeAndYear(t *testing.T) {
	dec, mar := d("2026-12-08"), d("2026-03-09")
	checkTag(t, "Rents have doubled over the past decade.", dec,
		[]want{{"the past decade", "DURATION", "P10Y", "", ""}})
	checkTag(t, "This past year tested the league.", dec,
		[]want{{"This past year", "DATE", "2026", "", "2026-01-01..2026-12-31"}})
	checkTag(t, "This past year tested the league.", mar,
		[]want{{"This past year", "DATE", "2025", "", "2025-01-01..2025-12-31"}})
	checkTag(t, "The league grew last year.", dec,
		[]want{{"last year", "DATE", "2025", "", "2025-01-01..2025-12-31"}})
}

// TestChromeLabel: a capitalised relative expression alone on its line is
// a section label of the page ("Next Week"), not a time; in a sentence,
// or with a verb on its line, it still is one.
func TestChromeLabel(t *testing.T) {
	dec := d("2026-12-08")
	checkTag(t, "Top Stories\nNext Week\nThe council met on Monday.", dec,
		[]want{{"Monday", "DATE", "2026-12-07", "", "2026-12-07"}})
	checkTag(t, "Markets\nNext Week Looks Busy\n", dec,
		[]want{{"Next Week", "DATE", "2026-W51", "", "2026-12-14..2026-12-20"}})
	checkTag(t, "The council meets next week.", dec,
		[]want{{"next week", "DATE", "2026-W51", "", "2026-12-14..2026-12-20"}})
}

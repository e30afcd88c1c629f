package timex_test

import "testing"

// TestSpanPurpose: an infinitive after a stretch of time that a past verb
// spent or sought tells what the time was for, so it takes that verb's
// past; with a verb in the present it still looks ahead.
func TestSpanPurpose(t *testing.T) {
	jun := d("2015-06-28")
	checkTags(t, jun, []tagCase{
		{"needed days to reach", "The negotiators needed a few extra days to reach an interim deal in early April.",
			[]want{{"a few extra days", "DURATION", "PXD", "", ""}, {"early April", "DATE", "2015-04", "START", "2015-04-01..2015-04-10"}}},
		{"took weeks to finish", "Officials took three weeks to finish the count in March.",
			[]want{{"three weeks", "DURATION", "P3W", "", ""}, {"March", "DATE", "2015-03", "", "2015-03-01..2015-03-31"}}},
		{"present need looks ahead", "The negotiators need a few more days to reach a deal in early August.",
			[]want{{"a few more days", "DURATION", "PXD", "", ""}, {"early August", "DATE", "2015-08", "START", "2015-08-01..2015-08-10"}}},
	})
}

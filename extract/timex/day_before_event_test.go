package timex_test

import "testing"

// TestDayBeforeEvent: "the day before" or "the day after" an event that is
// no time is a day counted from the reference time (the day the text last
// gave), as "the next day" is; in apposition to a date it is that date.
// TimeML marks it as a DATE (timeml8: "the day before" a match).
func TestDayBeforeEvent(t *testing.T) {
	checkTags(t, dct, []tagCase{
		{"before, from the last date", "The envoy arrived on March 4. He had met the rebels the day before the vote.",
			[]want{{"March 4", "DATE", "2013-03-04", "", "2013-03-04"}, {"the day before", "DATE", "2013-03-03", "", "2013-03-03"}}},
		{"after, from the last date", "The singer died on June 2, 2009. Fans gathered at his house the day after his death.",
			[]want{{"June 2, 2009", "DATE", "2009-06-02", "", "2009-06-02"}, {"the day after", "DATE", "2009-06-03", "", "2009-06-03"}}},
		{"in apposition to a date", "Shares peaked on Oct. 9, the day before the crash.",
			[]want{{"Oct. 9", "DATE", "2013-10-09", "", "2013-10-09"}, {"the day before", "DATE", "2013-10-09", "", "2013-10-09"}}},
		// A chain: each link reads the next as a time of its own, so
		// only the last link, before the event, is the day (and each
		// link asks the next once: the chain tags in linear time).
		{"a chain of links", "The envoy arrived on March 4. He had met the rebels the day before the day before the vote.",
			[]want{{"March 4", "DATE", "2013-03-04", "", "2013-03-04"}, {"the day before", "DATE", "2013-03-03", "", "2013-03-03"}}},
		// Near misses: "in the day" is the day under discussion, and a
		// time after "before" or "after" is read by its own patterns.
		{"later in the day before a clause", "The minister flew to Rome, and later in the day before returning he met the pope.", nil},
		{"the day after tomorrow", "He will leave the day after tomorrow.",
			[]want{{"the day after tomorrow", "DATE", "2013-11-03", "", "2013-11-03"}}},
		{"a date after before", "She left the day before May 3.",
			[]want{{"May 3", "DATE", "2013-05-03", "", "2013-05-03"}}},
	})
}

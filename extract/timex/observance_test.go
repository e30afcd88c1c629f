package timex_test

import "testing"

// TestObservances: named days that news dates events by, beyond the
// original list: fixed days ("Earth Day", "Flag Day", "Inauguration
// Day") and the nth-weekday ones ("Presidents' Day", "Mother's Day",
// "Father's Day"), resolved by tense like "Labor Day". Each needs "Day",
// and the possessive ones need the possessive: "Mother Day" and "Patrick
// Day" are names.
func TestObservances(t *testing.T) {
	day := d("2015-03-02") // a Monday
	checkTags(t, day, []tagCase{
		{"Earth Day ahead", "Volunteers will plant trees on Earth Day.",
			[]want{{"Earth Day", "DATE", "2015-04-22", "", "2015-04-22"}}},
		{"Presidents' Day past", "Schools closed on Presidents' Day.",
			[]want{{"Presidents' Day", "DATE", "2015-02-16", "", "2015-02-16"}}},
		{"Mother's Day ahead", "Florists expect record sales for Mother's Day.",
			[]want{{"Mother's Day", "DATE", "2015-05-10", "", "2015-05-10"}}},
		{"Father's Day with a year", "The film opened on Father's Day 2014.",
			[]want{{"Father's Day 2014", "DATE", "2014-06-15", "", "2014-06-15"}}},
		{"Inauguration Day past", "Crowds filled the Mall on Inauguration Day.",
			[]want{{"Inauguration Day", "DATE", "2015-01-20", "", "2015-01-20"}}},
		{"Patrick's Day", "Pubs were full on St. Patrick's Day last year.",
			[]want{{"St. Patrick's Day", "DATE", "2014-03-17", "", "2014-03-17"}, {"last year", "DATE", "2014", "", "2014-01-01..2014-12-31"}}},
		// Near misses.
		{"a mother", "His mother said the Earth was round.", nil},
		{"a player called Patrick Day", "Patrick Day scored twice.", nil},
		{"a flag", "The flag flew at half mast.", nil},
		{"the president", "The President's speech ran long.", nil},
	})
}

// TestAgeDecade: a decade after a possessive and a modifier is a person's
// age ("in his mid-20s", "in her early 30s"), as "in her 80s" is; after
// an article it is a decade of the 1900s.
func TestAgeDecade(t *testing.T) {
	day := d("2015-03-02")
	checkTags(t, day, []tagCase{
		{"his mid-20s", "The suspect, in his mid-20s, fled on foot.", nil},
		{"her early 30s", "A woman in her early 30s was hurt.", nil},
		{"their late 40s", "Both men, in their late 40s, were detained.", nil},
		// Decades still tagged.
		{"the mid-60s", "Songs of the mid-60s filled the hall.",
			[]want{{"the mid-60s", "DATE", "196", "MID", "1963-01-01..1966-12-31"}}},
		{"the late 70s", "Rents rose in the late 70s.",
			[]want{{"the late 70s", "DATE", "197", "END", "1977-01-01..1979-12-31"}}},
	})
}

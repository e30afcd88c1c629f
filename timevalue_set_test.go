package annals_test

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestParseTimeValueRecurringWeekday checks the SET forms for recurring
// days ("on Mondays" -> XXXX-WXX-1, "Tuesday nights" -> XXXX-WXX-2TNI,
// "every weekend" -> XXXX-WXX-WE, "every morning" -> XXXX-XX-XXTMO), a
// clock time on an unknown day (XXXX-XX-XXT06:00), and their neighbours
// that stay invalid.
func TestParseTimeValueRecurringWeekday(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{
		{"XXXX-WXX-1", true},
		{"XXXX-WXX-7", true},
		{"XXXX-WXX-8", false},
		{"XXXX-WXX-0", false},
		{"2013-WXX-1", false},
		{"XXXX-WXX", false},
		{"XXXX-WXX-WE", true},   // every weekend
		{"XXXX-WXX-2TNI", true}, // Tuesday nights
		{"XXXX-WXX-7TMO", true}, // Sunday mornings
		{"XXXX-XX-XX", true},    // every day
		{"XXXX-XX-XXTEV", true}, // every evening
		{"XXXX-WXX-2TXX", false},
		{"XXXX-WXX-WD", false},
		{"XXXX-XX-XXT", false},
		{"XXXX-XX-XX-01", false},
		{"XXXX-WXX-1T", false},
		// A clock time on a day the text does not give ("open from 6
		// a.m. to 9 p.m. seven days a week"): XXXX-XX-XXT06:00.
		{"XXXX-XX-XXT06:00", true},
		{"XXXX-XX-XXT16:45", true},
		{"XXXX-XX-XXT24:00", true},
		{"XXXX-XX-XXT09", true},
		{"XXXX-XX-XXT09:15:30", true},
		{"XXXX-WXX-5T18:45", true}, // Fridays at 6:45 p.m.
		{"XXXX-XX-XXT25:00", false},
		{"XXXX-XX-XXT06:60", false},
		{"XXXX-XX-XXT6:00", false},
		{"XXXX-XX-XXT06:00:61", false},
		{"XXXX-XX-XXT06:00Z", false},
		{"XXXX-XX-XXT06-00", false},
		{"XXXX-XX-XXTXX", false},
	} {
		v, g, err := annals.ParseTimeValue(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseTimeValue(%q) error = %v, want ok %v", tt.in, err, tt.ok)
			continue
		}
		if tt.ok {
			if g != annals.GranularityNone {
				t.Errorf("ParseTimeValue(%q) granularity = %v, want none", tt.in, g)
			}
			if _, ok := v.Interval(); ok {
				t.Errorf("TimeValue(%q).Interval() ok = true, want false", tt.in)
			}
		}
	}
}

package annals_test

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestParseTimeValueRecurringWeekday checks the SET forms for recurring
// days ("on Mondays" -> XXXX-WXX-1, "Tuesday nights" -> XXXX-WXX-2TNI,
// "every weekend" -> XXXX-WXX-WE, "every morning" -> XXXX-XX-XXTMO) and
// their neighbours that stay invalid.
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

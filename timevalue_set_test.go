package annals_test

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestParseTimeValueRecurringWeekday checks the SET form for recurring
// weekdays ("on Mondays" -> XXXX-WXX-1) and its neighbours that stay
// invalid.
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

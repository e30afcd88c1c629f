package annals_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/annals-project/annals"
)

// TestDateString checks that Date.String prints what "%04d-%02d-%02d"
// prints, in the common range it formats by hand and outside it (years
// past 9999 or before 0, out-of-range months and days).
func TestDateString(t *testing.T) {
	tests := []annals.Date{
		{Year: 2013, Month: time.November, Day: 1},
		{Year: 1987, Month: time.March, Day: 31},
		{Year: 1, Month: time.January, Day: 9},
		{Year: 999, Month: time.December, Day: 10},
		{Year: 9999, Month: time.December, Day: 31},
		{Year: 10000, Month: time.January, Day: 1},
		{Year: -5, Month: time.June, Day: 15},
		{Year: 2020, Month: 13, Day: 40},
		{Year: 2020, Month: 100, Day: 100},
		{Year: 2020, Month: time.May, Day: -1},
		{Year: 0, Month: time.May, Day: 0},
	}
	for _, d := range tests {
		want := fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
		if got := d.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", d, got, want)
		}
	}
	if got := (annals.Date{}).String(); got != "" {
		t.Errorf("Date{}.String() = %q, want \"\"", got)
	}
}

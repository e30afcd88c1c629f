package annals_test

import (
	"errors"
	"testing"

	"github.com/annals-project/annals"
)

func TestTimeValueInterval(t *testing.T) {
	tests := []struct {
		value      string
		g          annals.Granularity
		start, end string
	}{
		{"2013-11-01", annals.GranularityDay, "2013-11-01", "2013-11-01"},
		{"2013-11-01T14:00", annals.GranularityTime, "2013-11-01", "2013-11-01"},
		{"2013-11-01TMO", annals.GranularityTime, "2013-11-01", "2013-11-01"},
		{"2013-11", annals.GranularityMonth, "2013-11-01", "2013-11-30"},
		{"2012-02", annals.GranularityMonth, "2012-02-01", "2012-02-29"},
		{"2013", annals.GranularityYear, "2013-01-01", "2013-12-31"},
		{"2014-SP", annals.GranularitySeason, "2014-03-01", "2014-05-31"},
		{"2014-SU", annals.GranularitySeason, "2014-06-01", "2014-08-31"},
		{"2014-FA", annals.GranularitySeason, "2014-09-01", "2014-11-30"},
		{"2014-WI", annals.GranularitySeason, "2014-12-01", "2015-02-28"},
		{"2014-Q1", annals.GranularityQuarter, "2014-01-01", "2014-03-31"},
		{"2014-Q4", annals.GranularityQuarter, "2014-10-01", "2014-12-31"},
		{"2014-H2", annals.GranularityHalf, "2014-07-01", "2014-12-31"},
		{"2013-W44", annals.GranularityWeek, "2013-10-28", "2013-11-03"},
		{"2013-W44-WE", annals.GranularityWeekend, "2013-11-02", "2013-11-03"},
		{"2015-W01", annals.GranularityWeek, "2014-12-29", "2015-01-04"},
		{"196", annals.GranularityDecade, "1960-01-01", "1969-12-31"},
		{"19", annals.GranularityCentury, "1900-01-01", "1999-12-31"},
	}
	for _, tt := range tests {
		v, g, err := annals.ParseTimeValue(tt.value)
		if err != nil || g != tt.g || v.String() != tt.value {
			t.Errorf("ParseTimeValue(%q) = %q, %v, %v; want %v", tt.value, v, g, err, tt.g)
			continue
		}
		iv, ok := v.Interval()
		want := annals.Interval{Start: annals.MustParseDate(tt.start), End: annals.MustParseDate(tt.end)}
		if !ok || iv != want {
			t.Errorf("TimeValue(%q).Interval() = %v, %v; want %v", tt.value, iv, ok, want)
		}
	}
}

func TestTimeValueNoInterval(t *testing.T) {
	for _, s := range []string{"PRESENT_REF", "PAST_REF", "FUTURE_REF", "P3Y", "P2W", "PT2H", "PXY", "PXX", "P1DE", "XXXX-11-01"} {
		v, _, err := annals.ParseTimeValue(s)
		if err != nil {
			t.Errorf("ParseTimeValue(%q) error %v, want nil", s, err)
			continue
		}
		if iv, ok := v.Interval(); ok {
			t.Errorf("TimeValue(%q).Interval() = %v, want none", s, iv)
		}
	}
}

func TestParseTimeValueErrors(t *testing.T) {
	for _, s := range []string{"", "2013-13", "2013-02-30", "2013-W54", "20131", "2013-", "P", "P3", "PY", "2013-11-01T25:00", "2013-11-01X", "abcd", "2013-S1", "1"} {
		_, _, err := annals.ParseTimeValue(s)
		var pe *annals.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("ParseTimeValue(%q) error = %v, want *ParseError wrapping ErrInvalid", s, err)
		}
	}
}

func TestNarrow(t *testing.T) {
	iv := func(a, b string) annals.Interval {
		return annals.Interval{Start: annals.MustParseDate(a), End: annals.MustParseDate(b)}
	}
	tests := []struct {
		value string
		mod   annals.Mod
		want  annals.Interval
	}{
		{"2014-01", annals.ModEnd, iv("2014-01-21", "2014-01-31")},
		{"2014-02", annals.ModStart, iv("2014-02-01", "2014-02-10")},
		{"2014-02", annals.ModMid, iv("2014-02-11", "2014-02-20")},
		{"2014", annals.ModStart, iv("2014-01-01", "2014-04-30")},
		{"2014", annals.ModEnd, iv("2014-09-01", "2014-12-31")},
		{"199", annals.ModEnd, iv("1997-01-01", "1999-12-31")},
		{"2014-Q1", annals.ModStart, iv("2014-01-01", "2014-01-30")},
		{"2014", "APPROX", iv("2014-01-01", "2014-12-31")},
	}
	for _, tt := range tests {
		v := annals.TimeValue(tt.value)
		full, _ := v.Interval()
		if got := annals.Narrow(full, v.Granularity(), tt.mod); got != tt.want {
			t.Errorf("Narrow(%s, %s) = %v, want %v", tt.value, tt.mod, got, tt.want)
		}
	}
}

func TestISOWeekValue(t *testing.T) {
	for d, want := range map[string]string{"2013-11-01": "2013-W44", "2014-12-29": "2015-W01", "2010-01-03": "2009-W53"} {
		if got := annals.ISOWeekValue(annals.MustParseDate(d)); string(got) != want {
			t.Errorf("ISOWeekValue(%s) = %s, want %s", d, got, want)
		}
	}
}

// FuzzParseTimeValue checks that every accepted value round-trips through
// String and that every interval has start <= end.
func FuzzParseTimeValue(f *testing.F) {
	for _, s := range []string{
		"2013-11-01", "2013-W44-WE", "2014-SP", "2014-Q1", "196", "19", "P3Y", "PT2H30M",
		"PRESENT_REF", "2013-11-01T14:00:00", "XXXX-11", "", "\xff", "2013-02-29",
		"XXXX-WXX-2TNI", "XXXX-WXX-WE", "XXXX-XX-XXTMO", "PXX", "XXXX-WXX-", "XXXX-XX-XXT",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, g, err := annals.ParseTimeValue(s)
		if err != nil {
			return
		}
		if v.String() != s || v.Granularity() != g || !v.Valid() {
			t.Fatalf("ParseTimeValue(%q) = %q, %v; does not round-trip", s, v, g)
		}
		if iv, ok := v.Interval(); ok {
			if err := iv.Validate(); err != nil || iv.IsZero() {
				t.Fatalf("TimeValue(%q).Interval() = %v: %v", s, iv, err)
			}
			for _, m := range []annals.Mod{annals.ModStart, annals.ModMid, annals.ModEnd} {
				n := annals.Narrow(iv, g, m)
				if err := n.Validate(); err != nil || n.Start.Before(iv.Start) || n.End.After(iv.End) {
					t.Fatalf("Narrow(%v, %s) = %v outside or invalid: %v", iv, m, n, err)
				}
			}
		}
	})
}

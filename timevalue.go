package annals

import (
	"fmt"
	"strings"
	"time"
)

// TimeValue is a TIMEX3 value as TimeML writes it: "2013-11-01" (day),
// "2013-11-01T14:00" (time of day), "2013-W44" (week), "2013-W44-WE"
// (weekend), "2013-11" (month), "2014-SP" (season), "2014-Q1" (quarter),
// "2014-H1" (half year), "2013" (year), "196" (decade), "19" (century), the
// vague "PRESENT_REF", "PAST_REF" and "FUTURE_REF", and ISO 8601 durations
// such as "P3Y" or "P2W" (used for DURATION and SET expressions).
type TimeValue string

// Granularity is the unit a TimeValue is stated in.
type Granularity int

// Granularities, from finest to coarsest. GranularityNone is for values
// without a calendar interval (durations, vague references, unknown years).
const (
	GranularityNone Granularity = iota
	GranularityTime
	GranularityDay
	GranularityWeekend
	GranularityWeek
	GranularityMonth
	GranularitySeason
	GranularityQuarter
	GranularityHalf
	GranularityYear
	GranularityDecade
	GranularityCentury
	GranularityDuration
	GranularityRef
)

var granularityNames = [...]string{"none", "time", "day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century", "duration", "ref"}

func (g Granularity) String() string {
	if int(g) < len(granularityNames) {
		return granularityNames[g]
	}
	return fmt.Sprintf("Granularity(%d)", int(g))
}

// Interval is an inclusive range of civil dates. A zero Interval means the
// time is unknown.
type Interval struct {
	Start Date `json:"start"`
	End   Date `json:"end"`
}

// IsZero reports whether iv is unknown.
func (iv Interval) IsZero() bool { return iv.Start.IsZero() && iv.End.IsZero() }

// Overlaps reports whether iv and o share at least one day. Unknown
// intervals overlap nothing.
func (iv Interval) Overlaps(o Interval) bool {
	if iv.IsZero() || o.IsZero() {
		return false
	}
	return !iv.End.Before(o.Start) && !o.End.Before(iv.Start)
}

// Contains reports whether d lies within iv (ends included).
func (iv Interval) Contains(d Date) bool {
	return !iv.IsZero() && !d.Before(iv.Start) && !d.After(iv.End)
}

// Days returns the number of days in iv, ends included; 0 when unknown.
func (iv Interval) Days() int {
	if iv.IsZero() {
		return 0
	}
	return int(iv.End.Time().Sub(iv.Start.Time()).Hours()/24+0.5) + 1
}

// String formats iv as "2013-11-01" for a single day,
// "2014-01-21..2014-02-28" otherwise, and "" when unknown.
func (iv Interval) String() string {
	switch {
	case iv.IsZero():
		return ""
	case iv.Start == iv.End:
		return iv.Start.String()
	}
	return iv.Start.String() + ".." + iv.End.String()
}

// Validate checks that both ends are set and Start is not after End.
func (iv Interval) Validate() error {
	if iv.IsZero() {
		return nil
	}
	if iv.Start.IsZero() || iv.End.IsZero() {
		return invalidf("interval %s has only one end", iv)
	}
	if iv.End.Before(iv.Start) {
		return invalidf("interval %s ends before it starts", iv)
	}
	return nil
}

// Span returns the smallest interval covering both iv and o; if one is
// unknown it returns the other.
func (iv Interval) Span(o Interval) Interval {
	switch {
	case iv.IsZero():
		return o
	case o.IsZero():
		return iv
	}
	out := iv
	if o.Start.Before(out.Start) {
		out.Start = o.Start
	}
	if o.End.After(out.End) {
		out.End = o.End
	}
	return out
}

// DayInterval returns the one-day interval of d.
func DayInterval(d Date) Interval { return Interval{d, d} }

// Seasons, per the annotation schema (../shared/eval/SCHEMA.md: "spring 2014"
// -> 2014-03-01..2014-05-31) and meteorological convention: spring is March
// to May, summer June to August, fall September to November, and winter
// December to February; "2014-WI" is the winter that begins in December 2014.
var seasonMonths = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

// ParseTimeValue parses s and returns the value with its granularity. It
// returns a *ParseError when s is not a TIMEX3 value of a supported form.
func ParseTimeValue(s string) (TimeValue, Granularity, error) {
	g, err := granularityOf(s)
	if err != nil {
		return "", GranularityNone, err
	}
	return TimeValue(s), g, nil
}

// Granularity returns the unit v is stated in, GranularityNone when v does
// not parse.
func (v TimeValue) Granularity() Granularity {
	g, _ := granularityOf(string(v))
	return g
}

// String returns the value as written.
func (v TimeValue) String() string { return string(v) }

// Valid reports whether v parses.
func (v TimeValue) Valid() bool {
	_, err := granularityOf(string(v))
	return err == nil
}

func perr(s string, off int, msg string) error {
	return &ParseError{Input: s, Offset: off, Msg: msg}
}

func digitsAt(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	return atoi(s[i : i+n])
}

func granularityOf(s string) (Granularity, error) {
	switch s {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return GranularityRef, nil
	case "":
		return GranularityNone, perr(s, 0, "empty value")
	}
	if s == "PXX" {
		// An unspecified amount of an unspecified unit: "for a while"
		// (TimeBank).
		return GranularityDuration, nil
	}
	if s[0] == 'P' {
		return GranularityDuration, checkDuration(s)
	}
	// Leading year part: 4 digits, or 3 (decade) / 2 (century) alone.
	// An unknown year may be written XXXX.
	n := 0
	for n < len(s) && n < 4 && (s[n] >= '0' && s[n] <= '9' || s[n] == 'X') {
		n++
	}
	switch {
	case n == len(s) && n == 2:
		if _, ok := atoi(s); !ok {
			return GranularityNone, perr(s, 0, "want a two-digit century")
		}
		return GranularityCentury, nil
	case n == len(s) && n == 3:
		if _, ok := atoi(s); !ok {
			return GranularityNone, perr(s, 0, "want a three-digit decade")
		}
		return GranularityDecade, nil
	case n != 4:
		return GranularityNone, perr(s, n, "want a four-digit year")
	case len(s) == 4:
		return GranularityYear, nil
	}
	if s[4] != '-' {
		return GranularityNone, perr(s, 4, "want '-' after the year")
	}
	rest := s[5:]
	switch {
	case len(rest) == 2 && seasonMonths[rest] != 0:
		return GranularitySeason, nil
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		return GranularityQuarter, nil
	case len(rest) == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2'):
		return GranularityHalf, nil
	case s[:4] == "XXXX" && (strings.HasPrefix(rest, "WXX-") || strings.HasPrefix(rest, "XX-XX")):
		// The recurring days of SET values (TimeML): "XXXX-WXX-1" is
		// every Monday, "XXXX-WXX-2TNI" every Tuesday night,
		// "XXXX-WXX-WE" every weekend, "XXXX-XX-XX" every day and
		// "XXXX-XX-XXTMO" every morning; "XXXX-XX-XXT06:00" is 6 a.m. on
		// a day the text does not give (a recurring or generic clock
		// time). They have no calendar interval.
		return GranularityNone, checkRecurringDay(s, rest)
	case len(rest) >= 3 && rest[0] == 'W':
		w, ok := digitsAt(rest, 1, 2)
		if !ok || w < 1 || w > 53 {
			return GranularityNone, perr(s, 6, "want a week number 01-53")
		}
		switch rest[3:] {
		case "":
			return GranularityWeek, nil
		case "-WE":
			return GranularityWeekend, nil
		}
		return GranularityNone, perr(s, 8, "unexpected text after the week")
	}
	m, ok := digitsAt(s, 5, 2)
	if !ok || m < 1 || m > 12 {
		return GranularityNone, perr(s, 5, "want a month 01-12, a season, quarter, half or week")
	}
	if len(s) == 7 {
		return GranularityMonth, nil
	}
	if s[7] != '-' {
		return GranularityNone, perr(s, 7, "want '-' after the month")
	}
	d, ok := digitsAt(s, 8, 2)
	if !ok || d < 1 || d > 31 {
		return GranularityNone, perr(s, 8, "want a day 01-31")
	}
	if y, ok := atoi(s[:4]); ok && d > DaysIn(y, time.Month(m)) {
		return GranularityNone, perr(s, 8, "day out of range for the month")
	}
	if len(s) == 10 {
		return GranularityDay, nil
	}
	if s[10] != 'T' || len(s) < 13 {
		return GranularityNone, perr(s, 10, "want 'T' and a time of day after the date")
	}
	if err := checkTimeOfDay(s, 11); err != nil {
		return GranularityNone, err
	}
	return GranularityTime, nil
}

// checkTimeOfDay checks the time of day that starts at s[off], after the
// 'T': a part of day (MO, AF, EV, NI, DT) or a clock hh, hh:mm or
// hh:mm:ss.
func checkTimeOfDay(s string, off int) error {
	switch t := s[off:]; t {
	case "MO", "AF", "EV", "NI", "DT":
		return nil
	default:
		h, ok := digitsAt(t, 0, 2)
		if !ok || h > 24 {
			return perr(s, off, "want an hour 00-24")
		}
		if len(t) == 2 {
			return nil
		}
		if len(t) < 5 || t[2] != ':' {
			return perr(s, off+2, "want ':' and minutes")
		}
		if mi, ok := digitsAt(t, 3, 2); !ok || mi > 59 {
			return perr(s, off+3, "want minutes 00-59")
		}
		if len(t) == 5 {
			return nil
		}
		if len(t) != 8 || t[5] != ':' {
			return perr(s, off+5, "want ':' and seconds")
		}
		if se, ok := digitsAt(t, 6, 2); !ok || se > 60 {
			return perr(s, off+6, "want seconds 00-60")
		}
		return nil
	}
}

// checkRecurringDay checks the part of a recurring-day SET value after
// "XXXX-": a weekday "WXX-1".."WXX-7" or the weekend "WXX-WE", or any day
// "XX-XX", the first two optionally followed by a part of day ("TNI") or a
// clock time ("T06:00", "T16:45:30").
func checkRecurringDay(s, rest string) error {
	var day string
	switch {
	case rest == "WXX-WE":
		return nil
	case strings.HasPrefix(rest, "WXX-"):
		if len(rest) < 5 || rest[4] < '1' || rest[4] > '7' {
			return perr(s, 9, "want a weekday 1-7 or WE")
		}
		day = rest[5:]
	default:
		day = rest[5:]
	}
	switch {
	case day == "":
		return nil
	case len(day) >= 3 && day[0] == 'T':
		// A part of day ("XXXX-XX-XXTNI", every night) or a clock time
		// ("XXXX-XX-XXT06:00": 6 a.m. of a day the text does not give,
		// as TimeML writes "open from 6 a.m. to 9 p.m. seven days a
		// week").
		return checkTimeOfDay(s, len(s)-len(day)+1)
	}
	return perr(s, len(s)-len(day), "want a part of day (TMO, TAF, TEV, TNI, TDT) or a clock time after the day")
}

// checkDuration accepts ISO 8601 durations as TimeML uses them: PnYnMnWnD,
// an optional T part with nH nM nS, and X for an unspecified amount
// ("PXY", "a few years"). Decades and centuries appear as PnDE / PnCE.
func checkDuration(s string) error {
	if len(s) < 3 {
		return perr(s, len(s), "want an amount and a unit after P")
	}
	inTime := false
	num := false
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9' || c == 'X' || c == '.':
			num = true
		case c == 'T' && !inTime && !num:
			inTime = true
		case strings.IndexByte("YMWDHSEL", c) >= 0 || c == 'C' || c == 'Q':
			if !num {
				return perr(s, i, "want an amount before the unit")
			}
			if (c == 'D' || c == 'C') && i+1 < len(s) && s[i+1] == 'E' {
				i++ // DE (decade), CE (century)
			}
			if c == 'M' && i+1 < len(s) && s[i+1] == 'L' {
				i++ // ML (millennium)
			}
			num = false
		default:
			return perr(s, i, "unexpected character in duration")
		}
	}
	if num {
		return perr(s, len(s), "duration ends without a unit")
	}
	return nil
}

// Interval returns the inclusive date interval v denotes. Values without one
// (durations, vague references, values with an unknown year) return a zero
// Interval and false.
//
// Rules: weeks are ISO 8601 weeks (Monday to Sunday) and weekends their
// Saturday and Sunday; quarters are calendar quarters (Q1 = January to
// March); halves are January–June and July–December; decade "196" is
// 1960–1969 and century "19" is 1900–1999; seasons as seasonMonths says.
func (v TimeValue) Interval() (Interval, bool) {
	s := string(v)
	g, err := granularityOf(s)
	if err != nil {
		return Interval{}, false
	}
	year := func() (int, bool) { return atoi(s[:4]) }
	monthSpan := func(y int, from time.Month, n int) Interval {
		start := Date{y, from, 1}
		end := NewDate(y, from+time.Month(n), 1).AddDays(-1)
		return Interval{start, end}
	}
	switch g {
	case GranularityDuration, GranularityRef, GranularityNone:
		return Interval{}, false
	case GranularityCentury:
		c, _ := atoi(s)
		return Interval{Date{c * 100, 1, 1}, Date{c*100 + 99, 12, 31}}, true
	case GranularityDecade:
		d, _ := atoi(s)
		return Interval{Date{d * 10, 1, 1}, Date{d*10 + 9, 12, 31}}, true
	}
	y, ok := year()
	if !ok {
		return Interval{}, false
	}
	switch g {
	case GranularityYear:
		return Interval{Date{y, 1, 1}, Date{y, 12, 31}}, true
	case GranularitySeason:
		return monthSpan(y, seasonMonths[s[5:]], 3), true
	case GranularityQuarter:
		q := int(s[6] - '0')
		return monthSpan(y, time.Month(3*q-2), 3), true
	case GranularityHalf:
		h := int(s[6] - '0')
		return monthSpan(y, time.Month(6*h-5), 6), true
	case GranularityWeek, GranularityWeekend:
		w, _ := digitsAt(s, 6, 2)
		mon := isoWeekMonday(y, w)
		if g == GranularityWeekend {
			return Interval{mon.AddDays(5), mon.AddDays(6)}, true
		}
		return Interval{mon, mon.AddDays(6)}, true
	case GranularityMonth:
		m, _ := digitsAt(s, 5, 2)
		return monthSpan(y, time.Month(m), 1), true
	case GranularityDay, GranularityTime:
		d, err := ParseDate(s[:10])
		if err != nil {
			return Interval{}, false
		}
		return DayInterval(d), true
	}
	return Interval{}, false
}

// isoWeekMonday returns the Monday of ISO week w of year y. ISO week 1 is the
// week holding the year's first Thursday, so it holds January 4.
func isoWeekMonday(y, w int) Date {
	jan4 := Date{y, time.January, 4}
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDays(-offset + 7*(w-1))
}

// ISOWeekValue returns the week value ("2013-W44") of the ISO week holding d.
func ISOWeekValue(d Date) TimeValue {
	y, w := d.Time().ISOWeek()
	return TimeValue(fmt.Sprintf("%04d-W%02d", y, w))
}

// Mod is a TIMEX3 mod attribute that narrows or qualifies a value.
type Mod string

// Mods that narrow an interval ("early 2014", "mid-March", "late January").
// TimeML also defines BEFORE, AFTER, APPROX and others; they are carried
// verbatim but do not change the interval.
const (
	ModStart Mod = "START"
	ModMid   Mod = "MID"
	ModEnd   Mod = "END"
)

// Narrow returns the part of iv that mod selects, with g the granularity iv
// came from. Rules: within a month, early is days 1–10, mid 11–20 and late 21
// to the month's end (the schema's "late January" -> 01-21..01-31); within a
// year, early is January–April, mid May–August, late September–December;
// within a decade, the first three, middle four and last three years;
// anything else is cut into thirds of its days. Other mods return iv.
func Narrow(iv Interval, g Granularity, mod Mod) Interval {
	if iv.IsZero() || (mod != ModStart && mod != ModMid && mod != ModEnd) {
		return iv
	}
	part := map[Mod]int{ModStart: 0, ModMid: 1, ModEnd: 2}[mod]
	switch g {
	case GranularityMonth:
		y, m := iv.Start.Year, iv.Start.Month
		bounds := [][2]int{{1, 10}, {11, 20}, {21, DaysIn(y, m)}}[part]
		return Interval{Date{y, m, bounds[0]}, Date{y, m, bounds[1]}}
	case GranularityYear:
		y := iv.Start.Year
		from := time.Month(1 + 4*part)
		return Interval{Date{y, from, 1}, NewDate(y, from+4, 1).AddDays(-1)}
	case GranularityDecade:
		y := iv.Start.Year
		bounds := [][2]int{{0, 2}, {3, 6}, {7, 9}}[part]
		return Interval{Date{y + bounds[0], 1, 1}, Date{y + bounds[1], 12, 31}}
	}
	n := iv.Days()
	if n < 3 {
		return iv
	}
	third := n / 3
	switch part {
	case 0:
		return Interval{iv.Start, iv.Start.AddDays(third - 1)}
	case 1:
		return Interval{iv.Start.AddDays(third), iv.End.AddDays(-third)}
	}
	return Interval{iv.End.AddDays(-third + 1), iv.End}
}

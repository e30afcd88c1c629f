package timex

import (
	"strings"

	"github.com/annals-project/annals"
)

// SplitDateClock returns ts with every date-first TIME stamp ("01/31/2013
// 6:50 PM", "26 May 2023, 11:35 GMT", "September 27, 2020 04:44 AM")
// split into its calendar day, a DATE, and its clock, a TIME that keeps
// the full value. Tag marks such a stamp as one TIME, as TimeML does; the
// news annotations (SCHEMA.md) list only DATE expressions and list the day
// of a page's date-and-clock stamp as one, so the extraction's time list
// follows them. A TIME without a calendar day of its own ("6 p.m.",
// "around 0700 GMT Wednesday") or written clock first is kept as it is.
// text and dct are those ts was tagged from; ts is not modified.
func SplitDateClock(text string, dct annals.Date, ts []annals.TimeExpr) []annals.TimeExpr {
	out := make([]annals.TimeExpr, 0, len(ts))
	for _, t := range ts {
		d, c, ok := splitDateClock(text, dct, t)
		if !ok {
			out = append(out, t)
			continue
		}
		out = append(out, d, c)
	}
	return out
}

// splitDateClock splits one TIME into its leading day and its clock.
func splitDateClock(text string, dct annals.Date, t annals.TimeExpr) (date, clock annals.TimeExpr, ok bool) {
	v := string(t.Value)
	b, e := t.Span[0], t.Span[1]
	if t.Type != annals.TimeTime || len(v) < 13 || v[10] != 'T' || b < 0 || e > len(text) || b >= e {
		return date, clock, false
	}
	s := text[b:e]
	// Candidate clock starts: a digit after a space.
	for k := 1; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' || s[k-1] != ' ' {
			continue
		}
		head := strings.TrimRight(s[:k], " ,")
		if head == "" {
			continue
		}
		hs := Tag(head, dct)
		if len(hs) != 1 || hs[0].Type != annals.TimeDate || string(hs[0].Value) != v[:10] || hs[0].Span != (annals.Span{0, len(head)}) || hs[0].Mod != "" {
			continue
		}
		tail := s[k:]
		ct := Tag(tail, dct)
		if !bareClockText(tail) && (len(ct) != 1 || ct[0].Type != annals.TimeTime || ct[0].Span != (annals.Span{0, len(tail)})) {
			continue
		}
		date = hs[0]
		date.Text = text[b : b+len(head)]
		date.Span = annals.Span{b, b + len(head)}
		clock = t
		clock.Text = text[b+k : e]
		clock.Span = annals.Span{b + k, e}
		return date, clock, true
	}
	return date, clock, false
}

// bareClockText reports whether s is a bare 24-hour clock, "08:52" (Tag
// reads one only after a day, so the split tail is checked by its shape).
func bareClockText(s string) bool {
	if len(s) != 5 || s[2] != ':' {
		return false
	}
	for _, k := range []int{0, 1, 3, 4} {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return (s[0]-'0')*10+s[1]-'0' <= 23 && s[3] <= '5'
}

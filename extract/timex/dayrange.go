package timex

import (
	"strings"

	"github.com/annals-project/annals"
)

// DropRangeEnds returns ts without the end day of a range of days in one
// month written with a bare day number: "June 23-30", "Jan. 7 to 12",
// "October 11-18, 2007", "14-15 June". Tag marks both ends, as TimeML
// does; the news annotations (SCHEMA.md) list such a range once, by its
// first day, so the extraction's time list keeps only that day. Ranges
// whose ends both name their month ("June 30 to July 2") keep both. text
// is the text ts was tagged from; ts is not modified.
func DropRangeEnds(text string, ts []annals.TimeExpr) []annals.TimeExpr {
	out := make([]annals.TimeExpr, 0, len(ts))
	for i, t := range ts {
		if i > 0 && rangeEnd(text, ts[i-1], t) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// rangeEnd reports whether t is the bare-numbered end day of a range that
// starts at prev.
func rangeEnd(text string, prev, t annals.TimeExpr) bool {
	pv, v := string(prev.Value), string(t.Value)
	if prev.Type != annals.TimeDate || t.Type != annals.TimeDate || len(pv) != 10 || len(v) != 10 || pv[:8] != v[:8] || pv >= v {
		return false
	}
	if !startsWithDay(t.Text) {
		return false // "June 30 to July 2", "from March 2 to March 9"
	}
	if prev.Span[1] > t.Span[0] || prev.Span[0] < 0 || t.Span[0] > len(text) {
		return false
	}
	switch strings.TrimSpace(text[prev.Span[1]:t.Span[0]]) {
	case "-", "–", "—", "to", "through", "until", "till":
		return true
	}
	return false
}

// startsWithDay reports whether s begins with a day number of one or two
// digits ("28", "18, 2007", "15 June").
func startsWithDay(s string) bool {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n == 1 || n == 2
}

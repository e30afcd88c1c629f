package timex

import (
	"strings"

	"github.com/annals-project/annals"
)

// DropRangeEnds returns ts without the end day of a range of days in one
// month written with a bare day number: "June 23-30", "Jan. 7 to 12",
// "October 11-18, 2007", "14-15 June", and without the end month of a
// hyphened range of months ("January-June"). Tag marks both ends, as
// TimeML does; the news annotations (SCHEMA.md) list such a range once, by
// its start, so the extraction's time list keeps only that. Ranges of days
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

// rangeEnd reports whether t is the end of a range that starts at prev:
// a bare-numbered end day ("June 23-30") or the end month of a hyphened
// range of months of one year ("January-June", "Jan.-June").
func rangeEnd(text string, prev, t annals.TimeExpr) bool {
	pv, v := string(prev.Value), string(t.Value)
	if prev.Type != annals.TimeDate || t.Type != annals.TimeDate || len(pv) != len(v) || pv >= v {
		return false
	}
	if prev.Span[1] > t.Span[0] || prev.Span[0] < 0 || t.Span[0] > len(text) {
		return false
	}
	gap := strings.TrimSpace(text[prev.Span[1]:t.Span[0]])
	switch {
	case len(v) == 10 && pv[:8] == v[:8]:
		if !startsWithDay(t.Text) {
			return false // "June 30 to July 2", "from March 2 to March 9"
		}
		switch gap {
		case "-", "–", "—", "to", "through", "until", "till":
			return true
		}
	case len(v) == 7 && pv[:5] == v[:5]:
		// Months: only a hyphen joins them into one range; "from
		// January to June" may name two months of their own.
		return gap == "-" || gap == "–"
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

// HalvesAsYears returns ts with every half-year value ("the first half of
// 2031", 2031-H1) given as its year: the news annotations (SCHEMA.md) have
// no half-year values and list such an expression as the year. Start and
// End keep the half, as they keep the part of a year that a modifier
// narrows ("early 2031"). ts is not modified.
func HalvesAsYears(ts []annals.TimeExpr) []annals.TimeExpr {
	out := make([]annals.TimeExpr, len(ts))
	copy(out, ts)
	for i, t := range out {
		v := string(t.Value)
		if t.Type == annals.TimeDate && len(v) == 7 && v[4] == '-' && v[5] == 'H' && (v[6] == '1' || v[6] == '2') {
			out[i].Value = annals.TimeValue(v[:4])
		}
	}
	return out
}

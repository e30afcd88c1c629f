package timex

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// dropRangeEnds returns ts with a range of days in one month written with
// a bare end day ("June 23-30", "Jan. 7 to 12", "October 11-18, 2007",
// "14-15 June"), or a hyphened range of months ("January-June"), as one
// expression: Tag marks both ends, as TimeML does; the news annotations
// (SCHEMA.md) list such a range once, by its start. So the end is no
// expression of its own: the start's text and span reach over it, its
// value stays the start's, and its interval runs to the end's last day,
// so that nothing the range says is lost. A hyphen joins days of two
// months into one range too ("October 27-November 8"), but ranges whose
// ends both name their month and are joined by a word ("June 30 to July
// 2") keep both. text is the text ts was tagged from. It appends to out,
// which may be ts[:0]: an expression is written only where one already
// read was.
func dropRangeEnds(text string, out, ts []annals.TimeExpr) []annals.TimeExpr {
	for i, t := range ts {
		if i > 0 && len(out) > 0 && rangeEnd(text, ts[i-1], t) {
			r := &out[len(out)-1]
			r.Span[1] = t.Span[1]
			r.Text = text[r.Span[0]:r.Span[1]]
			if !t.End.IsZero() && (r.End.IsZero() || r.End.Before(t.End)) {
				r.End = t.End
			}
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
	case len(v) == 10 && pv[:5] == v[:5] && pv[:8] != v[:8] && !startsWithDay(t.Text):
		// Days of two months joined by a hyphen ("October 27-November
		// 8") are one range; joined by a word ("June 30 to July 2") each
		// end may be a date of its own.
		return gap == "-" || gap == "–" || gap == "—"
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

// halvesAsYears returns ts with every half-year value ("the first half of
// 2031", 2031-H1) given as its year: the news annotations (SCHEMA.md) have
// no half-year values and list such an expression as the year. Start and
// End keep the half, as they keep the part of a year that a modifier
// narrows ("early 2031"). It works in place.
func halvesAsYears(ts []annals.TimeExpr) {
	for i, t := range ts {
		v := string(t.Value)
		if t.Type == annals.TimeDate && len(v) == 7 && v[4] == '-' && v[5] == 'H' && (v[6] == '1' || v[6] == '2') {
			ts[i].Value = annals.TimeValue(v[:4])
		}
	}
}

// pastSpans are the durations that end now, which Tag dates when a
// preposition of time comes before them ("In the past year") and the news
// annotations do not list (SCHEMA.md: no durations).
var pastSpans = map[string]annals.TimeValue{"the past year": "P1Y", "the past month": "P1M", "the past week": "P1W"}

// asListed returns ts as the news annotations (SCHEMA.md) list time
// expressions, beyond the splits and ranges above: the adjective "current"
// ("the current situation", "current trends") qualifies a noun and is
// left out, though "currently" and "now" stay; "the past year", "the past
// month" and "the past week" are the durations that end now (P1Y, P1M,
// P1W), not the calendar year, month or week before; a span of years
// that Tag marks as one expression ("2011-2015", valued by its first year)
// is listed as written, as its two years. It appends to out, which must
// not share ts's array (a span of years becomes two expressions).
func asListed(out, ts []annals.TimeExpr) []annals.TimeExpr {
	for _, t := range ts {
		if a, b, ok := yearSpanEnds(t); ok {
			out = append(out, a, b)
			continue
		}
		if t.Type == annals.TimeDate {
			low := strings.ToLower(t.Text)
			if low == "current" {
				continue
			}
			if d, ok := pastSpans[low]; ok {
				t.Type, t.Value, t.Mod, t.Start, t.End = annals.TimeDuration, d, "", annals.Date{}, annals.Date{}
			}
		}
		out = append(out, t)
	}
	return out
}

// yearSpanEnds splits a span of years tagged as one DATE ("2011-2015",
// "2011–2015") into its first and last year, each with its own text, span
// and interval.
func yearSpanEnds(t annals.TimeExpr) (annals.TimeExpr, annals.TimeExpr, bool) {
	v, x := string(t.Value), t.Text
	if t.Type != annals.TimeDate || t.Mod != "" || len(v) != 4 || len(x) < 9 || !allDigits(x[:4]) || !allDigits(x[len(x)-4:]) || x[:4] != v {
		return t, t, false
	}
	if sep := x[4 : len(x)-4]; sep != "-" && sep != "\u2013" && sep != "\u2014" {
		return t, t, false
	}
	y1, _ := atoi4(x[:4])
	y2, _ := atoi4(x[len(x)-4:])
	if y2 <= y1 || t.Span[1]-t.Span[0] != len(x) {
		return t, t, false
	}
	a, b := t, t
	a.Text, a.Span[1] = x[:4], t.Span[0]+4
	b.Text, b.Span[0], b.Value = x[len(x)-4:], t.Span[1]-4, annals.TimeValue(x[len(x)-4:])
	a.Start, a.End = annals.Date{Year: y1, Month: 1, Day: 1}, annals.Date{Year: y1, Month: 12, Day: 31}
	b.Start, b.End = annals.Date{Year: y2, Month: 1, Day: 1}, annals.Date{Year: y2, Month: 12, Day: 31}
	return a, b, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// dropUnlisted returns ts without the DATE expressions that Tag marks, as
// TimeML would, but that name no date of their own, which the news
// annotations (SCHEMA.md) do not list:
//   - "the same period" stands for a period named elsewhere ("up 4% from
//     the same period in 2030"), whose value Tag can only guess;
//   - "formerly" marks a former name or state ("formerly known as"), not
//     a time;
//   - a split year ("2030-31", "2030/31") is a fiscal or season year that
//     straddles two calendar years, so no year value fits it;
//   - "the future" as a noun ("plans for the future", "shape the future")
//     is no time, while "in the future" is the vague FUTURE_REF;
//   - "now" after a length of time ("for more than a year now") ends the
//     duration rather than naming a time of its own;
//   - a few minutes, hours or seconds ago is a time of day, not a DATE;
//   - a century ("a 21st century trade pact") is no DATE the annotations
//     list;
//   - a bare number of years ("repayable in 30 years") is a length of
//     time, whatever point it reaches;
//   - a tenure's "first day" ("on his first day at the ministry") counts
//     from an event, not the calendar, unless "of" names the period
//     ("the first day of May").
//
// text is the text ts was tagged from. It appends to out, which may be
// ts[:0].
func dropUnlisted(text string, out, ts []annals.TimeExpr) []annals.TimeExpr {
	for _, t := range ts {
		if t.Type == annals.TimeDate && t.Span[0] >= 0 && t.Span[1] <= len(text) && unlisted(text, t) {
			continue
		}
		out = append(out, t)
	}
	return out
}

func unlisted(text string, t annals.TimeExpr) bool {
	low := strings.ToLower(t.Text)
	switch {
	case low == "the same period" || low == "formerly":
		return true
	case len(t.Value) == 2 && strings.HasSuffix(low, "century"):
		return true
	case bareYears(low):
		return true
	case splitYear(t.Text):
		return true
	case low == "the future":
		before, all := lowerTail(strings.TrimRight(text[:t.Span[0]], " \t\n"))
		return !strings.HasSuffix(before, " in") && !(all && before == "in")
	case low == "now":
		before, _ := lowerTail(strings.TrimRight(text[:t.Span[0]], " \t\n"))
		for _, u := range [...]string{"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "hour", "hours"} {
			if strings.HasSuffix(before, " "+u) {
				return true
			}
		}
	case strings.HasSuffix(low, " ago"):
		for _, u := range [...]string{" minute ago", " minutes ago", " hour ago", " hours ago", " second ago", " seconds ago"} {
			if strings.HasSuffix(low, u) {
				return true
			}
		}
	case strings.HasSuffix(low, "first day"):
		return !strings.HasPrefix(lowerHead(strings.TrimLeft(text[t.Span[1]:], " \t\n")), "of ")
	}
	return false
}

// lowerWindow is how many bytes of the text next to an expression
// lowerTail and lowerHead lower: unlisted reads a word or two there, and
// lowering the whole rest of the text for each expression would make the
// time list quadratic in the text's length. Lower-casing goes rune by
// rune, so the lowered end of a text is the end of the lowered text.
const lowerWindow = 64

// lowerTail returns the lower-cased last lowerWindow bytes of s or so (from
// a rune's start), and whether that is all of s.
func lowerTail(s string) (string, bool) {
	b := max(0, len(s)-lowerWindow)
	for b > 0 && !utf8.RuneStart(s[b]) {
		b--
	}
	return strings.ToLower(s[b:]), b == 0
}

// lowerHead returns the lower-cased first lowerWindow bytes of s or so (up
// to a rune's end).
func lowerHead(s string) string {
	e := min(len(s), lowerWindow)
	for e < len(s) && !utf8.RuneStart(s[e]) {
		e++
	}
	return strings.ToLower(s[:e])
}

// splitYear reports whether s is a year followed by the last two digits
// of the next year ("2030-31", "1987/88", "2030–31").
func splitYear(s string) bool {
	if len(s) < 7 || !allDigits(s[:4]) || !allDigits(s[len(s)-2:]) {
		return false
	}
	switch s[4 : len(s)-2] {
	case "-", "/", "\u2013":
	default:
		return false
	}
	y, _ := atoi4(s[:4])
	n := int(s[len(s)-2]-'0')*10 + int(s[len(s)-1]-'0')
	return (y+1)%100 == n
}

// bareYears reports whether low is a number of years and nothing else
// ("30 years", "nine years").
func bareYears(low string) bool {
	n, ok := strings.CutSuffix(low, " years")
	if !ok {
		return false
	}
	if allDigits(n) {
		return true
	}
	switch n {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "fifty":
		return true
	}
	return false
}

// SundayWeeks returns ts with "last week" and "this past week" said on a
// Sunday dct given as the week that ends that day, the DCT's ISO week:
// the news week runs Sunday to Saturday, so on a Sunday the week just
// gone is Monday to Saturday before it, while Tag (as TimeBank) counts
// the ISO week before the DCT's. The news annotations (SCHEMA.md) date
// it so, and events take the interval. ts is modified in place and
// returned.
func SundayWeeks(dct annals.Date, ts []annals.TimeExpr) []annals.TimeExpr {
	if dct.IsZero() || dct.Weekday() != time.Sunday {
		return ts
	}
	prev, cur := annals.ISOWeekValue(dct.AddDays(-7)), annals.ISOWeekValue(dct)
	iv, ok := cur.Interval()
	if !ok {
		return ts
	}
	for i, t := range ts {
		low := strings.ToLower(t.Text)
		if t.Type == annals.TimeDate && t.Value == prev && (strings.HasSuffix(low, "last week") || low == "this past week" || low == "past week") {
			ts[i].Value, ts[i].Start, ts[i].End = cur, iv.Start, iv.End
		}
	}
	return ts
}

// Listed returns the time list of the news annotations (SCHEMA.md) for
// ts, the expressions Tag found in text against dct: SplitDateClock,
// then dropRangeEnds, dropUnlisted, halvesAsYears and asListed, in two
// arrays: the steps after the split work in the split's array, which is
// the list's own. ts is not modified.
func Listed(text string, dct annals.Date, ts []annals.TimeExpr) []annals.TimeExpr {
	out := SplitDateClock(text, dct, ts)
	out = dropRangeEnds(text, out[:0], out)
	out = dropUnlisted(text, out[:0], out)
	halvesAsYears(out)
	return asListed(make([]annals.TimeExpr, 0, len(out)), out)
}

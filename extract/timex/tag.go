package timex

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/annals-project/annals"
)

// tokPool recycles token slices between calls; slices grown by a very
// long text are dropped rather than kept alive.
var tokPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

const maxPooledTokens = 1 << 16

// exprPool recycles the array Tag collects its expressions in; Tag
// returns a copy of exactly the length found, so growing the list costs
// no allocations past the first calls.
var exprPool = sync.Pool{New: func() any { s := make([]annals.TimeExpr, 0, 64); return &s }}

const maxPooledExprs = 1 << 12

// Tag finds the time expressions of text and normalises them against the
// document creation time dct.
//
// Spans are byte offsets [begin, end) into text as given, in text order,
// non-overlapping, and always on UTF-8 boundaries (only ASCII tokens are
// matched). Extents follow TimeML as TimeBank annotates it: a leading
// preposition ("on Friday", "in the spring") is not part of the
// expression; articles, modifiers and most quantifiers are ("the third
// quarter", "late January", "nearly two years", "at least 72 hours"), but
// "about" and "over" are not.
//
// Relative expressions are resolved against dct. Those without a
// direction ("Friday", "March", "in the spring") take it from the tense of
// their sentence (see tense.go); anaphoric ones ("that year", "the
// following month") from the last date the text gave; earnings phrases
// ("the quarter", "a year earlier") from the last quarter it named.
//
// With a zero dct, relative expressions are still returned but their
// Value, Start and End are empty: Tag never guesses from the clock. Every
// non-empty Value parses with annals.ParseTimeValue, and Start/End (set
// for DATE and TIME values that have a calendar interval) are that
// interval narrowed by Mod. Tag accepts any bytes, never panics, and is
// safe for concurrent use; it returns nil when nothing is found.
func Tag(text string, dct annals.Date) []annals.TimeExpr {
	tp := tokPool.Get().(*[]token)
	toks := tokenize(text, *tp)
	defer func() {
		if cap(toks) <= maxPooledTokens {
			*tp = toks[:0]
			tokPool.Put(tp)
		}
	}()
	m := &matcher{text: text, toks: toks, dctYear: dct.Year, dctMonth: int(dct.Month), dctDay: dct.Day}
	ep := exprPool.Get().(*[]annals.TimeExpr)
	out := (*ep)[:0]
	defer func() {
		if cap(out) <= maxPooledExprs {
			clear(out) // drop the strings into text
			*ep = out[:0]
			exprPool.Put(ep)
		}
	}()
	var st state
	prevEnd := -2
	prevAnchor, prevStart := aValue, -2
	for i := 0; i < len(toks); {
		if toks[i].kind == kWord && toks[i].w == nil && !(text[toks[i].b] == 'S' && m.lit(i+1, "patrick") || text[toks[i].b] == 'S' && m.lit(i+2, "patrick")) {
			i++ // a word outside the lexicon starts nothing (see longest): most words; "St. Patrick's Day" (saintDay)
			continue
		}
		if m.startsNothing(i) {
			i++ // "the company", "a statement" (see dispatch.go)
			continue
		}
		mm, ok := m.longest(i)
		if !ok {
			i++
			continue
		}
		if mm.s.anchor == aQuarter && m.gamePeriod(i, mm.end) {
			i = mm.end // "scored in the fourth quarter": a period of the game
			continue
		}
		if mm.s.anchor == aOffset && m.chromeLabel(i, mm.end) {
			i = mm.end // a "Next Week" section label of the page, alone on its line
			continue
		}
		mm = m.compoundDuration(i, mm)
		if mm.s.anchor == aMonthDay && mm.s.day == 0 && m.has(i-2, cUnit) != nil && (m.lit(i-1, "to") || m.lit(i-1, "through") || m.lit(i-1, "ending") || m.lit(i-1, "ended")) {
			mm.s.periodEnd = true // "the 12 months to March", "the year through June"
		}
		st.rangeFrom = annals.Date{}
		if (mm.s.anchor == aWeekday || mm.s.anchor == aMonthDay && (prevAnchor == aMonthDay || prevAnchor == aValue)) && i == prevEnd+1 && (m.rangeWord(prevEnd) || m.lit(prevEnd, "through")) {
			// "Monday to Friday", "Monday-Wednesday", "from June 1 to
			// November 30": the end of a range of days follows its
			// start (TimeML marks the two ends).
			v := string(out[len(out)-1].Value)
			if len(v) == 7 {
				v += "-01"
			}
			if d, err := annals.ParseDate(v[:min(10, len(v))]); err == nil {
				st.rangeFrom = d
			}
		}
		st.rangeTo = annals.Date{}
		if mm.s.anchor == aMonthDay && prevAnchor == aMonthDay && i == prevEnd+1 && m.lit(prevEnd, "from") && (m.rangeWord(prevStart-1) || m.lit(prevStart-1, "through")) && !m.punct(prevStart-1, '-') {
			// "extended to Jan. 15 from Dec. 1": a range named end
			// first; its start comes no later than its end, whatever
			// the tense says of a date on its own.
			if d, err := annals.ParseDate(string(out[len(out)-1].Value)); err == nil {
				st.rangeTo = d
			}
		}
		te := m.expr(mm, i, dct, &st)
		if d, ok := m.coordinatedDay(i-2, i, prevEnd, te, false); ok {
			out = append(out, d) // "12 and 13 March": the first day
		}
		out = append(out, te)
		i, prevEnd, prevAnchor, prevStart = mm.end, mm.end, mm.s.anchor, i
		if d, ok := m.coordinatedDay(mm.end+1, mm.end-1, -2, te, true); ok {
			// "April 24 and 25": the second day.
			end := mm.end + 2
			y0 := end
			if m.punct(y0, ',') {
				y0++
			}
			if y, k, ok := m.year(y0); ok {
				// "March 8-9, 2019": the year after the second day
				// dates both, and belongs to the second's extent.
				te2, ok1 := withYear(te, y)
				d2, ok2 := withYear(d, y)
				if ok1 && ok2 {
					out[len(out)-1], d = te2, d2
					d.Span[1] = m.toks[k-1].e
					d.Text = m.text[d.Span[0]:d.Span[1]]
					end = k
				}
			}
			out = append(out, d)
			i, prevEnd = end, end
		}
	}
	out = foreignFull(text, out)
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// foreignFull widens a bare year that ends a date written in another
// language ("lun 27 aprile 2020", a repost's Italian date line; "5 de
// marzo de 2019") to that whole date, as foreignDates reads it: the
// English patterns read only the year. Only month names in Latin letters
// count: a page in another script carries its own chrome, which the
// extractor leaves out. Each line is read at most once.
func foreignFull(text string, out []annals.TimeExpr) []annals.TimeExpr {
	lineStart, lineEnd := -1, -1
	var dates []foreignDate
	for n := range out {
		t := &out[n]
		if t.Type != annals.TimeDate || len(t.Value) != 4 || t.Span[1] > len(text) {
			continue
		}
		if t.Span[0] < lineStart || t.Span[0] >= lineEnd {
			lineStart = strings.LastIndexByte(text[:t.Span[0]], '\n') + 1
			lineEnd = len(text)
			if k := strings.IndexByte(text[t.Span[0]:], '\n'); k >= 0 {
				lineEnd = t.Span[0] + k
			}
			dates = nil
			if line := text[lineStart:lineEnd]; !isASCII(line) {
				dates = lineDates(line, lineStart)
			}
		}
		for _, f := range dates {
			if f.latin && f.span[0] < t.Span[0] && f.span[1] == t.Span[1] && f.date.Year > 0 {
				t.Span = annals.Span{f.span[0], f.span[1]}
				t.Text = text[f.span[0]:f.span[1]]
				t.Value = annals.TimeValue(f.date.String())
				t.Start, t.End = f.date, f.date
				break
			}
		}
	}
	return out
}

// coordinatedDay returns the day number at token k, joined by "and" or
// "or", or ending a range with it by "to", "through" or "until" ("May 3
// to 5", "12 to 14 June"), to the day-of-month expression te ("April 24 and 25", "12 and 13
// March"), as an expression of its own in te's month: TimeML marks each
// day, and each end of a range, hyphenated ones too ("from 1992 through 1995" is two TIMEX3s,
// TimeML 1.2.1 guidelines; TimeBank marks "April 24 and 25" as two). The
// extract package joins the two into one interval. after says whether k follows te (its day number
// ends at token last) or precedes it (te begins at token last and k must
// lie after token prevEnd, the end of the expression before).
func (m *matcher) coordinatedDay(k, last, prevEnd int, te annals.TimeExpr, after bool) (annals.TimeExpr, bool) {
	v := string(te.Value)
	if te.Type != annals.TimeDate || len(v) != 10 || k < 0 || k <= prevEnd {
		return annals.TimeExpr{}, false
	}
	t, ok := m.isNum(k)
	if !ok || t.ndig > 2 || t.num < 1 {
		return annals.TimeExpr{}, false
	}
	join := k + 1
	if after {
		join = k - 1
		// The day must close te, and nothing that makes the number
		// something else may follow it ("April 24 and 25 percent",
		// "May 3 and 4 March", "June 5 and 6,000 troops").
		if _, ok := m.isNum(last); !ok || m.toks[last].e != te.Span[1] {
			return annals.TimeExpr{}, false
		}
		n := k + 1
		if m.has(n, cMonth|cUnit) != nil || m.punct(n, '%') || m.lit(n, "percent") || m.lit(n, "pct") || m.lit(n, "st") || m.lit(n, "th") ||
			(m.punct(n, ',') || m.punct(n, '.') || m.punct(n, ':')) && m.adj(n) && m.adj(n+1) && m.toks[n+1].kind == kNum {
			return annals.TimeExpr{}, false
		}
	} else if _, ok := m.isNum(last); !ok || m.toks[last].b != te.Span[0] {
		return annals.TimeExpr{}, false // "12 and 13 March": te starts with its day
	}
	if !(m.misc(join, "and") || m.misc(join, "or") || m.lit(join, "through") || m.rangeWord(join) && !m.punct(join, '-') || m.punct(join, '-') && m.adj(join) && m.adj(join+1)) {
		// A hyphen joins two days only when it touches both ("March
		// 8-9"; "March 3 - 4 plants" is a day and a count).
		return annals.TimeExpr{}, false
	}
	first, _ := atoi2(v[8:10])
	if after && t.num <= first || !after && t.num >= first {
		return annals.TimeExpr{}, false // days run forward
	}
	dv := v[:8] + twoDigit(t.num)
	day, err := annals.ParseDate(dv)
	if err != nil {
		return annals.TimeExpr{}, false
	}
	return annals.TimeExpr{Text: m.text[t.b:t.e], Span: annals.Span{t.b, t.e}, Type: annals.TimeDate, Value: annals.TimeValue(dv), Start: day, End: day}, true
}

// withYear returns the day expression te moved to year y.
func withYear(te annals.TimeExpr, y int) (annals.TimeExpr, bool) {
	v := string(te.Value)
	if te.Type != annals.TimeDate || len(v) != 10 {
		return te, false
	}
	v = yearOf(y) + v[4:]
	day, err := annals.ParseDate(v)
	if err != nil {
		return te, false
	}
	te.Value, te.Start, te.End = annals.TimeValue(v), day, day
	return te, true
}

func atoi2(s string) (int, bool) {
	if len(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return 0, false
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), true
}

// rangeWord reports whether token k joins the two ends of a range:
// "to", "through", "until", "till" or a hyphen.
func (m *matcher) rangeWord(k int) bool {
	return m.misc(k, "to") || m.lit(k, "until") || m.lit(k, "till") || m.punct(k, '-')
}

func (m *matcher) longest(i int) (match, bool) {
	if i < 0 || i >= len(m.toks) {
		return match{}, false // past the end: "the night of" closing a text
	}
	t := &m.toks[i]
	var best match
	found := false
	// Most patterns tried find nothing: a match is handed to try only
	// when found, which spares copying the empty ones (a match is large).
	try := func(mm match, ok bool) {
		if ok && mm.end > i && (!found || mm.end > best.end) && !m.paragraphInside(i, mm.end) {
			best, found = mm, true
		}
	}
	switch t.kind {
	case kNum:
		if mm, ok := m.century(i); ok {
			try(mm, ok)
		}
		if mm, ok := m.numericDate(i); ok {
			try(mm, ok)
			if mm, ok := m.dateClock(mm, ok); ok {
				try(mm, ok)
			}
		}
		if mm, ok := m.dayMonth(i); ok {
			try(mm, ok)
			if mm, ok := m.dateClock(mm, ok); ok {
				try(mm, ok)
			}
		}
		if mm, ok := m.quarter(i); ok {
			try(mm, ok)
		}
		if mm, ok := m.quarterCode(i); ok {
			try(mm, ok)
		}
		if mm, ok := m.bareYear(i); ok {
			try(mm, ok)
		}
		if t.ndig == 4 && m.misc(i+1, "fiscal") {
			if mm, ok := m.yearFiscal(i); ok {
				try(mm, ok) // "2014 fiscal year"
			}
		}
		if mm, ok := m.duration(i); ok {
			try(mm, ok)
		}
		if mm, ok := m.clockTime(i); ok {
			try(mm, ok)
		}
		if m.lit(i+1, "times") {
			if mm, ok := m.set(i); ok {
				try(mm, ok) // "3 times a week"
			}
		}
	case kPunct:
		if t.punct == '\'' {
			if mm, ok := m.bareYear(i); ok {
				try(mm, ok)
			}
		}
	case kWord:
		w := t.w
		if w == nil {
			if m.text[t.b] == 'S' {
				// "St. Patrick's Day", "Saint Patrick's Day": the saint's
				// title is part of the holiday's name (TimeML extent).
				if mm, ok := m.saintDay(i); ok {
					return mm, true
				}
			}
			return best, false
		}
		// Each pattern is tried only at words that can start it, which
		// keeps frequent function words ("the", "of", "a") cheap.
		c := w.cls
		misc := ""
		if c&cMisc != 0 {
			misc = w.misc
		}
		the := misc == "the"
		if the {
			if mm, ok := m.quarterMonths(i); ok {
				try(mm, ok) // before "the first ... of last year" as a year
			}
			if m.misc(i+2, "fiscal") {
				if mm, ok := m.yearFiscal(i); ok {
					try(mm, ok) // "the 2014 fiscal year"
				}
			}
		}
		if c&cMod != 0 || the {
			if mm, ok := m.modified(i, m.inner); ok {
				try(mm, ok)
			}
		}
		if c&cMonth != 0 && (m.punct(i+1, '-') || m.punct(i+2, '-')) || the && m.has(i+1, cMonth) != nil && (m.punct(i+2, '-') || m.punct(i+3, '-')) {
			if mm, ok := m.monthsQuarter(i); ok {
				try(mm, ok) // "the April-June quarter", "the Oct.-Dec. quarter"
			}
		}
		if c&cMonth != 0 {
			mm, ok := m.monthFirst(i)
			try(mm, ok)
			if ok && mm.s.anchor == aMonthDay && mm.s.day == 0 && mm.s.month2 == 0 && mm.s.month%3 == 0 && mm.end == i+1 && m.lit(mm.end, "quarter") && !m.punct(mm.end+1, '-') {
				// "record June quarter sales", "the September quarter":
				// the calendar quarter that ends with the month (a
				// quarter named after its last month), in the year the
				// tense picks.
				try(match{mm.end + 1, sem{typ: annals.TimeDate, anchor: aQuarter, n: mm.s.month / 3}}, true)
			}
			if mm, ok := m.dateClock(mm, ok); ok {
				try(mm, ok)
			}
		}
		if c&cWeekday != 0 {
			mm, ok := m.weekday(i)
			try(mm, ok)
			if mm, ok := m.dateClock(mm, ok); ok {
				try(mm, ok) // "Thursday, 21 March 2013 09:14 GMT"
			}
		}
		if c&cDeictic != 0 {
			if mm, ok := m.deictic(i); ok {
				try(mm, ok)
			}
		}
		if c&cRel != 0 || the {
			if mm, ok := m.relative(i); ok {
				try(mm, ok)
			}
		}
		if misc == "this" || m.lit(i, "this") {
			if mm, ok := m.thisTime(i); ok {
				try(mm, ok)
			}
		}
		if the || c&(cOrd|cRel) != 0 || misc == "fiscal" || misc == "latest" || c&cUnit != 0 && w.unit == "Y" {
			if mm, ok := m.quarter(i); ok {
				try(mm, ok)
			}
		}
		if c&cUnit != 0 && w.unit == "Y" || the && m.lit(i+1, "year") {
			if mm, ok := m.yearToDate(i); ok {
				try(mm, ok) // "year-to-date sales"
			}
		}
		if c&cUnit != 0 && i > 0 && m.toks[i-1].kind == kWord {
			if mm, ok := m.verdictPeriod(i); ok {
				try(mm, ok) // "it has been a difficult year"
			}
		}
		if c&cSeason != 0 || the {
			if mm, ok := m.season(i); ok {
				try(mm, ok)
			}
		}
		if c&(cFreq|cNum) != 0 || misc == "every" || misc == "each" || misc == "per" || misc == "twice" || c&cRef != 0 && w.ref == "PAST_REF" || c&cUnit != 0 && w.unit == "WE" {
			if mm, ok := m.set(i); ok {
				try(mm, ok)
			}
		}
		if c&(cNum|cQuant) != 0 || the || misc == "at" || misc == "half" || misc == "few" || misc == "several" || misc == "many" || misc == "couple" || misc == "another" || misc == "as" && m.lit(i+1, "many") {
			if mm, ok := m.duration(i); ok {
				try(mm, ok)
			}
		}
		if c&(cRef|cNum|cQuant) != 0 || the || misc == "these" || misc == "right" || misc == "very" || c&cRel != 0 && m.lit(i, "this") && m.lit(i+1, "time") {
			if mm, ok := m.vague(i); ok {
				try(mm, ok)
			}
		}
		if c&(cNum|cQuant) != 0 {
			if mm, ok := m.aWhile(i); ok {
				try(mm, ok)
			}
		}
		if c&cQuant != 0 && (m.lit(i, "around") || m.lit(i, "approximately") || m.lit(i, "roughly")) && i+1 < len(m.toks) && m.toks[i+1].kind != kWord || m.lit(i, "around") && m.has(i+1, cMonth) != nil {
			// "around 7:15 p.m.", "around Nov. 1": an approximate clock
			// time or calendar date keeps its quantifier inside the
			// extent (TimeML: mod APPROX; TimeBank marks all three such
			// points so). AQUAINT leaves "around Wednesday" outside, so
			// weekdays are not taken.
			if mm, ok := m.longest(i + 1); ok && (mm.s.typ == annals.TimeDate || mm.s.typ == annals.TimeTime) && mm.s.mod == "" {
				mm.s.mod = annals.Mod("APPROX")
				try(mm, true)
			}
		}
		if misc == "fiscal" {
			if mm, ok := m.fiscal(i); ok {
				try(mm, ok)
			}
		}
		if misc == "q" || misc == "h" {
			if mm, ok := m.quarterCode(i); ok {
				try(mm, ok)
			}
		}
		if misc == "fy" {
			if mm, ok := m.fiscalCode(i); ok {
				try(mm, ok)
			}
		}
		if c&cNum != 0 {
			// A year in words: "nineteen ninety-six".
			if y, j, ok := m.spelledYear(i); ok {
				try(match{j, valueSem(annals.TimeDate, itoa4(y))}, true)
			}
		}
		if the && m.lit(i+1, "year") {
			// "the year two thousand", "the year 2000" (the article is
			// rare enough that lit's cost does not matter here).
			if y, j, ok := m.year(i + 2); ok {
				try(match{j, valueSem(annals.TimeDate, itoa4(y))}, true)
			}
		}
		if c&cUnit != 0 {
			if mm, ok := m.yearPhrase(i); ok {
				try(mm, ok)
			}
			if mm, ok := m.barePlural(i); ok {
				try(mm, ok)
			}
		}
		if misc == "noon" || misc == "midnight" {
			if mm, ok := m.clockTime(i); ok {
				try(mm, ok)
			}
		}
		if misc == "at" && m.lit(i+1, "night") && !m.compound(i+2) && m.has(i+2, cDeictic|cWeekday) == nil {
			// "comes out at night", "attacked at night": the part of
			// day is a TIME (TimeML marks "night" without the
			// preposition), of any day unless a strong past form
			// tells of one (a weak one may be a participle, and a
			// present nearer: "which ranged from what keeps him up at
			// night") or a day stands before it.
			try(match{i + 2, sem{typ: annals.TimeTime, anchor: aReference, unit: "D", tod: "TNI", generic: true}}, true)
		}
		if c&cHoliday != 0 {
			if mm, ok := m.holidayExpr(i); ok {
				try(mm, ok)
			}
		}
		if the && m.lit(i+1, "new") {
			if mm, ok := m.theNewYear(i); ok {
				try(mm, ok)
			}
		}
		if c&cMonth != 0 && w.month == 5 {
			if mm, ok := m.mayDay(i); ok {
				try(mm, ok)
			}
		}
		if misc == "that" || misc == "those" || the && (m.misc(i+1, "same") || m.has(i+1, cPart) != nil) {
			// "that year", "the same day", "the morning".
			if mm, ok := m.anaphoric(i); ok {
				try(mm, ok)
			}
		}
		if the && m.dayOfReference(i) {
			// "later in the day": the reference day in a past
			// narrative, the DCT in the present or with none given.
			try(match{i + 2, sem{typ: annals.TimeDate, anchor: aReference, unit: "D", ordDay: true}}, true)
		}
		if the {
			if mm, ok := m.weekOfMonth(i); ok {
				try(mm, ok)
			}
			if m.lit(i+1, "day") && (m.misc(i+2, "before") && m.lit(i+3, "yesterday") || m.misc(i+2, "after") && m.lit(i+3, "tomorrow")) {
				// "the day before yesterday", "the day after tomorrow".
				n := -2
				if m.lit(i+3, "tomorrow") {
					n = 2
				}
				try(match{i + 4, sem{typ: annals.TimeDate, anchor: aOffset, unit: "D", n: n}}, true)
			}
		}
		if the && m.lit(i+1, "month") && m.misc(i+2, "of") && m.has(i+3, cMonth) != nil {
			// "the month of May": the article and head noun belong to
			// the extent (TimeML extent rule), the value is the month's.
			if mm, ok := m.monthFirst(i + 3); ok && mm.s.day == 0 && mm.s.month2 == 0 {
				try(mm, true)
			}
		}
		if the && m.lit(i+1, "week") && m.misc(i+2, "of") {
			// "the week of April 15": the ISO week holding that day.
			if mm, ok := m.monthFirst(i + 3); ok && mm.s.month2 == 0 && (mm.s.anchor == aMonthDay && mm.s.day > 0 || mm.s.anchor == aValue && len(mm.s.val) == 10) {
				mm.s.weekOf = true
				try(mm, true)
			}
		}
		if len(misc) > 4 && misc[:4] == "long" {
			// "a yearlong inquiry", "the weeklong festival": one unit's
			// length, as "day-long" and "year-long" are.
			if v := durationValue("1", misc[4:]); v != "" {
				try(match{i + 1, valueSem(annals.TimeDuration, v)}, true)
			}
		}
		if len(misc) > 5 && misc[:5] == "multi" {
			// "a multiyear deal", "a multiday festival": a length of
			// more than one unit, how many unsaid.
			if v := durationValue("X", misc[5:]); v != "" {
				try(match{i + 1, valueSem(annals.TimeDuration, v)}, true)
			}
		}
		if (misc == "full" || misc == "multi") && m.punct(i+1, '-') && m.adj(i+1) && m.adj(i+2) {
			// "full-year profit", "a full-day strike": one unit's length
			// used as an adjective, a DURATION as "year-long" is;
			// "a multi-year contract": a length of some such units.
			if u := m.has(i+2, cUnit); u != nil && !m.compound(i+3) && (m.lit(i+2, "year") || m.lit(i+2, "month") || m.lit(i+2, "week") || m.lit(i+2, "day") || m.lit(i+2, "decade")) {
				amount := "1"
				if misc == "multi" {
					amount = "X"
				}
				if v := durationValue(amount, u.unit); v != "" {
					try(match{i + 3, valueSem(annals.TimeDuration, v)}, true)
				}
			}
		}
		if misc == "half" && m.punct(i+1, '-') && m.adj(i+1) && m.adj(i+2) {
			// "a half-hour speech", "a half-day strike".
			if u := m.has(i+2, cUnit); u != nil && !m.compound(i+3) {
				if v := halfDuration(u.unit, 0); v != "" {
					try(match{i + 3, valueSem(annals.TimeDuration, v)}, true)
				}
			}
		}
		if misc == "midyear" || m.lit(i, "mid") {
			if mm, ok := m.midYear(i); ok {
				try(mm, ok)
			}
		}
		if misc == "overnight" {
			try(match{i + 1, sem{typ: annals.TimeTime, anchor: aOffset, unit: "D", tod: "TNI", n: -1}}, true)
		}
		if the {
			if mm, ok := m.theOrdinalDay(i); ok {
				try(mm, ok)
			}
			if mm, ok := m.theUnit(i); ok {
				try(mm, ok)
			}
			if mm, ok := m.thePlural(i); ok {
				try(mm, ok)
			}
		}
		if the || c&cOrd != 0 {
			if mm, ok := m.ordinalDay(i); ok {
				try(mm, ok)
			}
		}
		if the {
			if mm, ok := m.ordinalOfMonth(i); ok {
				try(mm, ok)
			}
		}
		if c&cUnit != 0 && (m.lit(i-1, "a") || m.lit(i-1, "an")) && m.lit(i, "weekend") && m.nounAfterWeekend(i+1) {
			try(match{i + 1, sem{typ: annals.TimeDate, anchor: aWeekend}}, true) // "a weekend attack"
		}
		if the && m.lit(i+1, "weekend") {
			try(match{i + 2, sem{typ: annals.TimeDate, anchor: aWeekend}}, true)
		}
		if the {
			if mm, ok := m.century(i + 1); ok {
				try(mm, true)
			}
		}
		if the {
			if mm, ok := m.decadeWord(i); ok {
				try(mm, ok)
			}
		}
		if the && m.lit(i+1, "remaining") {
			// "the remaining three years": the modifier and its article
			// are in the extent of the length (TIDES 2005, TimeML).
			if mm, ok := m.duration(i + 2); ok && mm.s.typ == annals.TimeDuration {
				try(mm, true)
			}
		}
		if the {
			if mm, ok := m.pastFraction(i); ok {
				try(mm, ok)
			}
			if mm, ok := m.dayBeforeEvent(i); ok {
				try(mm, ok)
			}
		}
		if (misc == "these" || misc == "those") && (m.lit(i+1, "past") || m.lit(i+1, "last") || m.lit(i+1, "coming") || m.lit(i+1, "next")) {
			// "these past few years": the demonstrative is the
			// determiner of the length, as "the" is in "the past few
			// years".
			if mm, ok := m.relative(i + 1); ok && mm.s.typ == annals.TimeDuration {
				try(mm, true)
			}
		}
		if the {
			// "the 1960s", "the '90s", "the 1800s": TimeML keeps the article.
			if mm, ok := m.bareYear(i + 1); ok && (len(mm.s.val) == 3 || len(mm.s.val) == 2) {
				try(match{mm.end, mm.s}, true)
			}
		}
	}
	if found && best.s.typ == annals.TimeDuration && best.s.anchor == aValue && strings.Contains(best.s.val, "X") && m.lit(best.end, "to") && m.lit(best.end+1, "come") && m.has(best.end-1, cUnit) != nil && !m.inSet(best.end+2, comeComplement) {
		// "for years to come", "the decades to come": the postmodifier
		// is in the extent of the vague length (TimeML gold of timeml2
		// and timeml4).
		best.end += 2
	}
	return best, found
}

// comeComplement are the words after which "to come" is an infinitive
// with its complement ("needed two more days to come to terms", "weeks
// to come up with a plan"), not the postmodifier of "years to come".
var comeComplement = map[string]bool{
	"to": true, "up": true, "back": true, "into": true, "out": true, "down": true, "together": true,
	"forward": true, "home": true, "across": true, "over": true, "through": true, "from": true,
	"with": true, "under": true, "close": true, "true": true, "clean": true, "around": true, "round": true,
}

// paragraphInside reports whether a paragraph break (a blank line) falls
// between tokens i and end-1: an expression never runs from one paragraph
// into the next, as a headline's last number into the date line below it
// ("Explosions Kill 1" above "Apr 1st 2012" is no "1 Apr").
func (m *matcher) paragraphInside(i, end int) bool {
	for k := i + 1; k < end && k < len(m.toks); k++ {
		if m.toks[k].nlGap >= 2 {
			return true
		}
	}
	return false
}

// inner is what a modifier ("early", "the end of") may apply to.
func (m *matcher) inner(j int) (match, bool) {
	var best match
	found := false
	// Most patterns tried find nothing: a match is handed to try only
	// when found, which spares copying the empty ones (a match is large).
	try := func(mm match, ok bool) {
		if ok && (!found || mm.end > best.end) {
			best, found = mm, true
		}
	}
	try(m.monthFirst(j))
	try(m.bareYear(j))
	try(m.relative(j))
	try(m.season(j))
	try(m.quarter(j))
	try(m.fiscal(j))
	try(m.dayMonth(j))
	try(m.weekday(j))
	try(m.deictic(j))
	if m.misc(j, "that") {
		try(m.anaphoric(j)) // "earlier that day"
	}
	try(m.partOfDay(j))
	// "the end of the year", "the beginning of the month".
	if m.misc(j, "the") {
		// "the end of the 1990s", "the start of the 20th century", "the
		// end of the sixties": a decade or century with its article.
		if mm, ok := m.bareYear(j + 1); ok && (len(mm.s.val) == 3 || len(mm.s.val) == 2) {
			try(mm, true)
		}
		try(m.century(j + 1))
		try(m.decadeWord(j))
		if u := m.has(j+1, cUnit); u != nil && (u.unit == "Y" || u.unit == "M" || u.unit == "W" || u.unit == "DE" || u.unit == "CE") && !(m.adj(j+2) && (m.punct(j+2, '-') || m.punct(j+2, '\''))) {
			try(match{j + 2, sem{typ: annals.TimeDate, anchor: aOffset, unit: u.unit}}, true)
		}
	}
	return best, found
}

// partOfDay matches a part of day after a modifier: "mid-afternoon", "late
// morning", "mid-afternoon yesterday", "late evening Friday". Alone it is
// a TIME of the reference day (the last date given, else the DCT), as
// "the morning" is (TimeML: 1998-03-06TAF). Used as an adjective
// ("late-night talks", "mid-morning trading") it is not an expression.
func (m *matcher) partOfDay(j int) (match, bool) {
	p := m.has(j, cPart)
	if p == nil || m.compound(j+1) {
		return match{}, false
	}
	tod := "T" + p.part
	k := j + 1
	if m.partOfDate(k) {
		return match{}, false
	}
	if d := m.has(k, cDeictic); d != nil && !m.lit(k, "tonight") {
		return match{k + 1, sem{typ: annals.TimeTime, anchor: aOffset, unit: "D", n: d.deictic, tod: tod}}, true
	}
	if wd := m.has(k, cWeekday); wd != nil && m.upper(k) {
		if mm, ok := m.weekday(k); ok && mm.s.anchor == aWeekday && mm.s.tod == "" {
			mm.s.typ, mm.s.tod = annals.TimeTime, tod
			return mm, true
		}
	}
	if m.punct(j-1, '-') && k < len(m.toks) && m.toks[k].kind == kWord && !m.toks[k].upper && m.w(k) == nil && !m.misc(j-3, "in") && !m.misc(j-3, "during") {
		// "late-night television": a kind of thing. After "in" or
		// "during" the phrase places an event in a day ("shares rose in
		// mid-afternoon trading", "agreed during late-night talks"), and
		// TimeML marks a time used as a modifier as it marks "Tuesday"
		// in "a Tuesday meeting".
		return match{}, false
	}
	if day, ok := m.partOnDay(k, tod); ok {
		return day, true
	}
	return match{k, sem{typ: annals.TimeTime, anchor: aReference, unit: "D", tod: tod}}, true
}

// partOfDate reports whether "of" and a day start at token k, after a part
// of day: "the night of Oct. 23", "the morning of Friday, March 3". The
// day is the expression; the part of day before it is left unmarked, as
// TimeBank and AQUAINT leave it ("on the night of <TIMEX3>Oct. 23</TIMEX3>"),
// rather than tagged as a part of some other day.
//
// The day after "of" is read with longest, which may come back here for a
// part of day after it ("the night of the night of ..."); such a nested
// reading never yields a day, so it is cut at one level, which keeps the
// tagger linear in the length of a text of such chains.
func (m *matcher) partOfDate(k int) bool {
	if m.inPartOfDate || !m.misc(k, "of") {
		return false
	}
	m.inPartOfDate = true
	day, ok := m.longest(k + 1)
	m.inPartOfDate = false
	if !ok || day.s.typ != annals.TimeDate || day.s.month2 != 0 || day.s.tod != "" {
		return false
	}
	return day.s.anchor == aWeekday || day.s.anchor == aMonthDay && day.s.day > 0 || day.s.anchor == aValue && len(day.s.val) == 10
}

// partOnDay matches "on" and a day at token k after a part of day ending
// there: "midmorning on April 2, 2020", "the evening on Friday". The day
// dates the part of day, and each is an expression of its own (the
// preposition is a signal between them), so the match ends at k.
func (m *matcher) partOnDay(k int, tod string) (match, bool) {
	if !m.misc(k, "on") {
		return match{}, false
	}
	day, ok := m.weekday(k + 1)
	if !ok || day.s.anchor != aWeekday || day.s.tod != "" {
		day, ok = m.monthFirst(k + 1)
		ok = ok && day.s.month2 == 0 && day.s.tod == "" && (day.s.anchor == aMonthDay && day.s.day > 0 || day.s.anchor == aValue && len(day.s.val) == 10)
	}
	if !ok {
		return match{}, false
	}
	day.s.typ, day.s.tod, day.end = annals.TimeTime, tod, k
	if day.s.anchor == aValue {
		day.s.val += tod
	}
	return day, true
}

// anaphoric matches "that day", "that week", "that month", "that year",
// "that same day": the unit holding the last absolute date the text gave
// (its reference time, TimeML guidelines §2.2.2), or no value if none.
func (m *matcher) anaphoric(i int) (match, bool) {
	j := i + 1
	if m.misc(j, "same") {
		j++
	}
	if p := m.has(j, cPart); p != nil && !m.compound(j+1) {
		if m.partOfDate(j + 1) {
			return match{}, false
		}
		// "that night", "the morning": a part of the reference day.
		if day, ok := m.partOnDay(j+1, "T"+p.part); ok {
			return day, true // "the evening on Friday"
		}
		return match{j + 1, sem{typ: annals.TimeTime, anchor: aReference, unit: "D", tod: "T" + p.part}}, true
	}
	u := m.has(j, cUnit)
	if u != nil && m.lit(j, "quarter") && !m.compound(j+1) {
		// "that quarter": the quarter under discussion, as "the
		// quarter" is in earnings copy.
		return match{j + 1, sem{typ: annals.TimeDate, anchor: aLastQuarter}}, true
	}
	if u == nil || (u.unit != "D" && u.unit != "W" && u.unit != "M" && u.unit != "Y") || m.lit(j, "days") || m.lit(j, "years") || m.lit(j, "weeks") || m.lit(j, "months") {
		return match{}, false
	}
	return match{j + 1, sem{typ: annals.TimeDate, anchor: aReference, unit: u.unit}}, true
}

// decadeNames are the decades said in words; with "the" they are the
// twentieth century's ("the nineties" is 199, as TimeBank values it).
var decadeNames = map[string]byte{"twenties": '2', "thirties": '3', "forties": '4', "fifties": '5', "sixties": '6', "seventies": '7', "eighties": '8', "nineties": '9'}

// decadeWord matches "the sixties", "the late seventies". The article is
// required: "in his sixties" is an age.
func (m *matcher) decadeWord(i int) (match, bool) {
	j := i + 1
	var mod annals.Mod
	if w := m.has(j, cMod); w != nil && (m.lit(j, "early") || m.lit(j, "mid") || m.lit(j, "late")) {
		mod = annals.Mod(w.mod)
		j = m.hyphen(j + 1)
	}
	if j >= len(m.toks) || m.toks[j].kind != kWord || m.toks[j].w != nil {
		return match{}, false
	}
	if n := m.toks[j].e - m.toks[j].b; n < 7 || n > 9 {
		return match{}, false
	}
	var name string
	switch m.text[m.toks[j].b] | 0x20 { // ASCII lower case of the first letter
	case 't':
		name = "twenties"
		if m.toks[j].e-m.toks[j].b == 8 && m.text[m.toks[j].b+1]|0x20 == 'h' {
			name = "thirties"
		}
	case 'f':
		name = "forties"
		if m.toks[j].e-m.toks[j].b == 7 && m.text[m.toks[j].b+1]|0x20 == 'i' {
			name = "fifties"
		}
	case 's':
		name = "sixties"
		if m.toks[j].e-m.toks[j].b == 9 {
			name = "seventies"
		}
	case 'e':
		name = "eighties"
	case 'n':
		name = "nineties"
	}
	if name == "" || !m.lit(j, name) {
		return match{}, false
	}
	s := valueSem(annals.TimeDate, "19"+string(decadeNames[name]))
	s.mod = mod
	return match{j + 1, s}, true
}

// century matches an ordinal century, "20th century", whose TIMEX3 value
// is its first two digits ("19").
func (m *matcher) century(i int) (match, bool) {
	t, ok := m.isNum(i)
	if !ok || t.ndig > 2 || t.num < 1 || t.num > 21 || !m.adj(i+1) {
		return match{}, false
	}
	if !(m.lit(i+1, "st") || m.lit(i+1, "nd") || m.lit(i+1, "rd") || m.lit(i+1, "th")) {
		return match{}, false
	}
	j := m.hyphen(i + 2)
	if !m.lit(j, "century") {
		return match{}, false
	}
	return match{j + 1, valueSem(annals.TimeDate, fmt.Sprintf("%02d", t.num-1))}, true
}

// fiscal matches "fiscal 1989", "fiscal year 1990", "fiscal 1989's": the
// year as TimeBank writes it (the fiscal year's label, not its months).
func (m *matcher) fiscal(i int) (match, bool) {
	if !m.misc(i, "fiscal") {
		return match{}, false
	}
	j := i + 1
	if m.lit(j, "year") {
		j++
	}
	if y, k, ok := m.year(j); ok {
		if k == j+1 {
			k = m.splitYear(j, y) // "fiscal 2014-15"
		}
		return match{k, valueSem(annals.TimeDate, itoa4(y))}, true
	}
	return match{}, false
}

// yearFiscal matches a fiscal year named by its label before the noun:
// "the 2014 fiscal year", "its 2012 fiscal year" (from the year). Like
// "fiscal year 2014" its value is the label; the noun belongs to the
// expression, as "year" does in "the year 2000".
func (m *matcher) yearFiscal(i int) (match, bool) {
	j := i
	if m.misc(j, "the") {
		j++
	}
	t, ok := m.isNum(j)
	if !ok || t.ndig != 4 {
		return match{}, false
	}
	y, k, ok := m.year(j)
	if !ok || !m.misc(k, "fiscal") || !m.lit(k+1, "year") || m.compound(k+2) {
		return match{}, false
	}
	return match{k + 2, valueSem(annals.TimeDate, itoa4(y))}, true
}

// fiscalCode matches the abbreviation of fiscal years, "FY2013", "FY 2014",
// "FY-2012", "FY13": the year, as fiscal writes it.
func (m *matcher) fiscalCode(i int) (match, bool) {
	t := &m.toks[i]
	if t.e-t.b != 2 || m.text[t.b+1] != 'Y' || !m.upper(i) {
		return match{}, false
	}
	j := i + 1
	if m.punct(j, '-') && m.adj(j) && m.adj(j+1) {
		j++
	}
	n, ok := m.isNum(j)
	if !ok || m.adj(j+1) && j+1 < len(m.toks) && m.toks[j+1].kind == kWord {
		return match{}, false
	}
	switch {
	case n.ndig == 4 && n.num >= 1900 && n.num <= 2099:
		return match{j + 1, valueSem(annals.TimeDate, itoa4(n.num))}, true
	case n.ndig == 2 && m.adj(j):
		y := 2000 + n.num
		if n.num >= 50 {
			y = 1900 + n.num
		}
		return match{j + 1, valueSem(annals.TimeDate, itoa4(y))}, true
	}
	return match{}, false
}

// midYear matches "midyear" and "mid-year" standing for a time ("by
// midyear", "in mid-year, sales rose"): the middle of the year under
// discussion, a DATE with mod MID as "mid-March" is. Before a noun
// ("mid-year exams", "the midyear review") it names a kind of thing, which
// TimeBank leaves out as it does "year-end net".
func (m *matcher) midYear(i int) (match, bool) {
	end := i + 1
	if m.lit(i, "mid") {
		if !m.punct(i+1, '-') || !m.adj(i+1) || !m.adj(i+2) || !m.lit(i+2, "year") {
			return match{}, false
		}
		end = i + 3
	}
	if m.compound(end) || end < len(m.toks) && m.toks[end].kind == kWord && !m.inSet(end, midYearFollowers) {
		return match{}, false
	}
	return match{end, sem{typ: annals.TimeDate, anchor: aOffset, unit: "Y", mod: annals.ModMid, midYear: true}}, true
}

// midYearFollowers are the words that may follow "midyear" used as a
// time: conjunctions, prepositions and clause openers, not a noun.
var midYearFollowers = map[string]bool{
	"and": true, "or": true, "but": true, "to": true, "in": true, "at": true, "as": true, "when": true,
	"if": true, "after": true, "before": true, "than": true, "with": true, "for": true, "from": true,
	"the": true, "this": true, "next": true, "last": true, "because": true, "while": true, "amid": true,
}

// yearPhrase matches the compounds of earnings copy: "year-end" (the end
// of the DCT's year), "year-earlier" and "year-ago" used as adjectives (the
// period under discussion a year before).
func (m *matcher) yearPhrase(i int) (match, bool) {
	// "day-long", "decades-long": a duration adjective without an amount.
	if u := m.has(i, cUnit); u != nil && m.punct(i+1, '-') && m.adj(i+1) && m.adj(i+2) && m.lit(i+2, "long") && !m.punct(i-1, '-') {
		t := &m.toks[i]
		amount := "1"
		if m.text[t.e-1] == 's' {
			amount = "X"
		}
		if v := durationValue(amount, u.unit); v != "" {
			return match{i + 3, valueSem(annals.TimeDuration, v)}, true
		}
	}
	if !m.lit(i, "year") {
		return match{}, false
	}
	// "year end", "year's end".
	if m.lit(i+1, "end") || m.punct(i+1, '\'') && m.lit(i+2, "s") && m.lit(i+3, "end") {
		end := i + 2
		if !m.lit(i+1, "end") {
			end = i + 4
		}
		return match{end, sem{typ: annals.TimeDate, anchor: aOffset, unit: "Y", mod: annals.ModEnd, yearEnd: true}}, true
	}
	if !m.punct(i+1, '-') || !m.adj(i+1) || !m.adj(i+2) {
		return match{}, false
	}
	switch {
	case m.lit(i+2, "end"):
		return match{i + 3, sem{typ: annals.TimeDate, anchor: aOffset, unit: "Y", mod: annals.ModEnd, yearEnd: true}}, true
	case m.lit(i+2, "earlier") || m.lit(i+2, "ago"):
		return match{i + 3, sem{typ: annals.TimeDate, anchor: aYearAgoQuarter}}, true
	}
	return match{}, false
}

// expr builds the TimeExpr of a match starting at token i.
func (m *matcher) expr(mm match, i int, dct annals.Date, st *state) annals.TimeExpr {
	b, e := m.toks[i].b, m.toks[mm.end-1].e
	s := mm.s
	if s.mod != "" && (m.lit(i, "more") || m.lit(i, "less") || m.lit(i, "fewer")) && m.misc(i+1, "than") && (m.lit(i-1, "no") || m.lit(i-1, "not")) {
		// "no more than 60 days", "not less than a year": the negation
		// is in the extent and turns the bound around (TimeML mods
		// EQUAL_OR_LESS and EQUAL_OR_MORE; TimeBank marks "no more than").
		b = m.toks[i-1].b
		s.mod = annals.Mod("EQUAL_OR_LESS")
		if !m.lit(i, "more") {
			s.mod = annals.Mod("EQUAL_OR_MORE")
		}
	}
	var tense int8
	if s.anchor != aValue && !dct.IsZero() {
		tense = m.tense(i, mm.end)
		if (m.lit(i-1, "to") || m.lit(i-1, "until") || m.lit(i-1, "through")) && m.lit(i-2, "now") && m.misc(i-3, "from") {
			tense = 2 // "from now to the beginning of the year": the end of a span that starts now lies ahead
		}
		if s.anchor == aWeekday && m.punct(mm.end, '\'') && m.lit(mm.end+1, "s") && !(tense == 2 && m.sentenceStart(i)) {
			// "Wednesday's ruling" reports a past event. A possessive
			// day that opens its sentence is the subject's, so a strong
			// future there is its own ("Friday night's debate will
			// decide ...").
			tense = -1
			if m.misc(i-1, "of") && m.lit(i-2, "ahead") {
				// "gathered ahead of Sunday's election": the event
				// named is still to come.
				tense = 1
			}
		}
		if tense == 0 && m.lit(i-1, "by") && (s.anchor == aWeekday || s.anchor == aMonthDay || s.anchor == aReference && s.tod != "") {
			// "demands a reply by Friday", "an end to the fighting by
			// 6 a.m.": with no tense marked, a deadline lies ahead.
			tense = 1
		}
		if tense == 0 && m.lit(i-1, "through") {
			// "the session runs through Friday", "loans extended
			// through January": with no tense marked, the end of what
			// goes on lies ahead, as after "until".
			tense = 1
		}
		if tense <= 0 && (m.lit(i-1, "through") || m.lit(i-1, "until") || m.lit(i-1, "till") || m.misc(i-1, "to")) && m.movedEnd(i-1) {
			// "extended the program through January", "postponed the
			// vote until Tuesday": the verb moves an end or a date
			// later than the act it reports, so the time named lies
			// ahead whatever the tense of the report.
			tense = 1
		}
		if tense == 2 && s.anchor == aMonthDay && s.dir == 0 && m.reportedWould(i) {
			// "said the report would be released Oct. 24": the future
			// of a past report (the future-in-the-past, Quirk et al.
			// 1985 §4.58) lies after the saying, which lies before the
			// DCT, so the date may already be past when the story is
			// told: the month next to the DCT's is the nearest one, a
			// month further away still the coming one.
			tense = 1
		}
		if tense == -2 && (m.lit(i-1, "until") || m.lit(i-1, "till")) {
			// "gave them until mid-November": a deadline runs forward
			// from the reported past, so the verb's past is only a weak
			// hint and the month next to the DCT stays the nearest one.
			tense = -1
		}
	}
	if y := m.focusYear(s, i, tense, dct, st); y != 0 {
		// "the largest quake of 2013 struck Alaska on Jan. 5",
		// "quakes rattled the region in 2013 ... throughout the
		// year": a year the clause (or, for "the year", the sentence
		// before) has named is the reference time that a year-less
		// date or "the year" is anchored to (TimeML guidelines
		// §2.2.2), not the DCT's.
		if s.anchor == aOffset {
			s = sem{typ: s.typ, mod: s.mod, anchor: aValue, val: yearOf(y)}
		} else {
			s.anchor, s.n = aMonthOfYear, y-dct.Year
		}
	}
	if s.inUnits != "" && tense < 0 {
		// "was the first rally in 20 years": a length, not a date. (With
		// no DCT the tense is not read and the date stays, unvalued.)
		s = sem{typ: annals.TimeDuration, val: s.inUnits, mod: s.mod}
	}
	if s.generic {
		b = m.toks[i+1].b // the preposition stays outside the extent
		dayBefore := i > 0 && (m.toks[i-1].kind == kNum || m.has(i-1, cWeekday|cDeictic) != nil)
		if !dayBefore && (tense > -2 || m.habitual(i, mm.end)) {
			return annals.TimeExpr{Text: m.text[b:e], Span: [2]int{b, e}, Type: s.typ, Value: annals.TimeValue("XXXX-XX-XX" + s.tod)}
		}
	}
	if s.anchor == aReference && s.unit == "D" && s.n == 0 && s.dayAt == 0 && m.unknownDayClock(i, mm.end, s.tod, tense, st) {
		// "from 6 a.m. to 9 p.m. seven days a week": a clock time on
		// no day the text gives (TimeML: XXXX-XX-XXT06:00), so it has
		// no interval.
		return annals.TimeExpr{Text: m.text[b:e], Span: [2]int{b, e}, Type: annals.TimeTime, Value: annals.TimeValue("XXXX-XX-XX" + s.tod)}
	}
	if tense < 0 && s.anchor == aMonthDay && s.day == 0 && s.month2 == 0 && s.dir == 0 && !dct.IsZero() && s.month == int(dct.Month) && m.openingPartBefore(i) {
		// "rose on the first day of trading in December", told on
		// December 3: the opening days of the DCT's own month are
		// already past, so the past tense names this month, not last
		// year's.
		tense = 0
	}
	v := resolve(s, dct, tense, st)
	if st.dayAt == i && st.dayVal != "" && len(v) == 10 && s.anchor != aValue {
		// "Thursday" in "6 a.m. on Thursday": the day the clock was
		// given, read with the clock's context.
		v = st.dayVal
	}
	st.dayAt, st.dayVal = 0, ""
	if s.dayAt > 0 && len(v) >= 10 {
		st.dayAt, st.dayVal = s.dayAt, v[:10]
	}
	if s.dir == 0 && (tense == 0 || tense < 0 && m.presentReported(i)) && v != "" && (s.anchor == aMonthDay && s.day == 0 && s.named == 0 && !s.lastDay || (s.anchor == aSeason || s.anchor == aQuarter) && len(v) == 7) && m.habitual(i, mm.end) {
		// A month, season or quarter in a sentence that tells what
		// recurs, with no tense to place it ("the rains usually come in
		// July", "tourists flock here every summer", "sales typically
		// peak in the fourth quarter"): of any year (TimeBank: XXXX-Q4).
		v = "XXXX" + v[4:]
	}
	if s.weekOf && len(v) == 10 {
		if d, err := annals.ParseDate(v); err == nil {
			v = string(annals.ISOWeekValue(d))
		}
	}
	tv := annals.TimeValue(v)
	if v != "" && !tv.Valid() {
		tv = "" // arithmetic left the calendar (a fuzzed DCT in year 9999)
	}
	te := annals.TimeExpr{Text: m.text[b:e], Span: annals.Span{b, e}, Type: s.typ, Value: tv, Mod: s.mod}
	g := tv.Granularity()
	if s.typ != annals.TimeDuration && s.anchor != aReference && g >= annals.GranularityTime && g <= annals.GranularityYear {
		// The reference time of "that day": the last date the text gave,
		// absolute or resolved (TimeML guidelines §2.2.2).
		st.lastAbs = string(tv)
	}
	if s.anchor == aValue && s.typ == annals.TimeDate && g >= annals.GranularityDay && g <= annals.GranularityYear && s.year2 == 0 {
		if y, ok := atoi4(v); ok {
			st.yearAt, st.yearEnd, st.year, st.yearBare = i, mm.end, y, g == annals.GranularityYear
		}
	}
	switch {
	case s.typ == annals.TimeSet && strings.HasPrefix(v, "XXXX-"):
		st.recurAt = i + 1 // "every Friday": a recurring day
	case g == annals.GranularityDay || g == annals.GranularityTime || g == annals.GranularityWeekend:
		st.recurAt = 0 // a day named since
	}
	if s.typ != annals.TimeDuration && (g == annals.GranularityTime || g == annals.GranularityDay) && !dct.IsZero() {
		if iv, ok := tv.Interval(); ok && !dct.Before(iv.Start) {
			st.lastPast = string(tv)
		}
	}
	if (g == annals.GranularityMonth || g == annals.GranularityDay) && s.typ == annals.TimeDate && m.dctMonth > 1 && m.dctYear > 0 {
		if y, ok := atoi4(string(tv)); ok && y == m.dctYear {
			if mo, ok := atoi2(string(tv[5:7])); ok && mo < m.dctMonth && mo > m.dataMonth {
				m.dataMonth = mo
			}
		}
	}
	if g == annals.GranularityQuarter && (s.anchor == aValue || s.anchor == aQuarter || s.anchor == aOffset || s.anchor == aYearQuarter) {
		// Only a quarter named in the text becomes the one under
		// discussion; "a year earlier" and "the quarter" refer to it.
		st.lastQuarter = string(tv)
	}
	if (s.typ == annals.TimeDate || s.typ == annals.TimeTime) && tv != "" {
		if iv, ok := tv.Interval(); ok {
			iv = annals.Narrow(iv, g, s.mod)
			if s.month2 > 0 && g == annals.GranularityMonth {
				// "late January or February": one expression whose value is
				// the first month and whose interval runs to the end of the
				// second (the year rolls over when the second month is
				// earlier in the calendar).
				y := iv.Start.Year
				if s.month2 < int(iv.Start.Month) {
					y++
				}
				iv.End = annals.Date{Year: y, Month: time.Month(s.month2), Day: annals.DaysIn(y, time.Month(s.month2))}
			}
			if s.year2 > iv.End.Year && g == annals.GranularityYear && s.mod == "" {
				iv.End = annals.Date{Year: s.year2, Month: time.December, Day: 31}
			}
			te.Start, te.End = iv.Start, iv.End
		}
	}
	return te
}

// compoundDuration extends the duration mm over lengths in smaller units
// joined to it by a comma or "and" ("2 hours, 8 minutes and 1 second",
// "three years and six months"): one expression whose value adds the
// parts (PT2H8M1S, P3Y6M), as TimeML marks a length stated in parts.
// Parts counted with "a" or "half" ("a day and a half, a minute and a
// half") are a list of lengths, and stay apart.
func (m *matcher) compoundDuration(i int, mm match) match {
	if m.lit(i, "a") || m.lit(i, "an") || m.lit(i, "half") {
		return mm
	}
	for {
		s := mm.s
		if s.typ != annals.TimeDuration || s.anchor != aValue || s.mod != "" || s.inUnits != "" {
			return mm
		}
		k := mm.end
		comma := m.punct(k, ',')
		if comma {
			k++
		}
		if m.misc(k, "and") {
			k++
		} else if !comma {
			return mm
		}
		if k >= len(m.toks) || m.toks[k].kind == kPunct || m.lit(k, "a") || m.lit(k, "an") || m.lit(k, "half") {
			// "a day and a half, a minute and a half": a list of
			// lengths, not one in parts.
			return mm
		}
		nx, ok := m.longest(k)
		if !ok || nx.s.typ != annals.TimeDuration || nx.s.anchor != aValue || nx.s.mod != "" || nx.s.inUnits != "" {
			return mm
		}
		v, ok := addDurations(s.val, nx.s.val)
		if !ok {
			return mm
		}
		mm.s.val, mm.end = v, nx.end
	}
}

// durationParts splits a duration value into its amounts and units,
// ranked largest first; time units follow the date ones (M after T is
// minutes). Vague ("PXY") amounts do not split; a decimal amount only
// ends a value.
func durationParts(v string) (parts []durationPart, ok bool) {
	if len(v) < 3 || v[0] != 'P' {
		return nil, false
	}
	t := false
	for i := 1; i < len(v); {
		if v[i] == 'T' {
			t = true
			i++
			continue
		}
		j := i
		for j < len(v) && v[j] >= '0' && v[j] <= '9' {
			j++
		}
		if j > i && j+1 < len(v) && v[j] == '.' && v[j+1] >= '0' && v[j+1] <= '9' {
			// A decimal fraction, which ISO 8601 allows in the last
			// part only: "PT41.87S" of "seven minutes, 41.87 seconds".
			j++
			for j < len(v) && v[j] >= '0' && v[j] <= '9' {
				j++
			}
			if j != len(v)-1 {
				return nil, false
			}
		}
		if j == i || j >= len(v) {
			return nil, false // "PXY" or a malformed value
		}
		r := strings.IndexByte("YMWD", v[j])
		if t {
			r = strings.IndexByte("HMS", v[j])
			if r >= 0 {
				r += 4
			}
		}
		if r < 0 {
			return nil, false
		}
		parts = append(parts, durationPart{v[i:j], r})
		i = j + 1
	}
	return parts, len(parts) > 0
}

type durationPart struct {
	amount string
	rank   int // 0 Y, 1 M, 2 W, 3 D, 4 H, 5 M (minutes), 6 S
}

// addDurations joins two duration values when every unit of b is smaller
// than every unit of a and neither counts weeks (ISO 8601 writes weeks
// alone): "PT2H" and "PT8M" give "PT2H8M".
func addDurations(a, b string) (string, bool) {
	pa, ok := durationParts(a)
	if !ok || strings.IndexByte(pa[len(pa)-1].amount, '.') >= 0 {
		return "", false // a decimal amount ends a value
	}
	pb, ok := durationParts(b)
	if !ok || pb[0].rank <= pa[len(pa)-1].rank {
		return "", false
	}
	out := []byte{'P'}
	t := false
	for _, p := range append(pa, pb...) {
		if p.rank == 2 {
			return "", false
		}
		if p.rank >= 4 && !t {
			out, t = append(out, 'T'), true
		}
		out = append(out, p.amount...)
		out = append(out, "YMWDHMS"[p.rank])
	}
	return string(out), true
}

// ordinalOfMonth matches a day said as an ordinal word before "of" and a
// month, "the first of April", "the fifth of November 2012": that day of
// the month (the numeric "15th of March" is read by dayMonth).
func (m *matcher) ordinalOfMonth(i int) (match, bool) {
	o := m.has(i+1, cOrd)
	if o == nil || o.ord < 1 || !m.misc(i+2, "of") || m.toks[i+1].kind != kWord {
		return match{}, false
	}
	mm, ok := m.monthFirst(i + 3)
	if !ok || mm.s.month2 != 0 || mm.s.tod != "" || mm.s.mod != "" {
		return match{}, false
	}
	switch {
	case mm.s.anchor == aMonthDay && mm.s.day == 0 && !mm.s.lastDay:
		if o.ord > annals.DaysIn(2000, time.Month(mm.s.month)) {
			return match{}, false
		}
		mm.s.day = o.ord
		return mm, true
	case mm.s.anchor == aValue && len(mm.s.val) == 7:
		y, ok1 := atoi4(mm.s.val[:4])
		mon, ok2 := atoi2(mm.s.val[5:7])
		if !ok1 || !ok2 {
			return match{}, false
		}
		if v := dayValue(y, mon, o.ord); v != "" {
			return match{mm.end, valueSem(annals.TimeDate, v)}, true
		}
	}
	return match{}, false
}

// dayOfReference reports whether "the day" at token i is the day the text
// speaks of, as "that day" is: after "throughout", or after "in" with a
// word of position in it ("later in the day", "early in the day"; TimeML
// marks "the day" with the reference date). "the day of the vote", "the
// day before" and "the day when" name another day.
func (m *matcher) dayOfReference(i int) bool {
	if !m.lit(i+1, "day") || m.misc(i+2, "of") || m.misc(i+2, "before") || m.misc(i+2, "after") || m.lit(i+2, "when") || m.lit(i+2, "that") || m.compound(i+2) {
		return false
	}
	if m.lit(i-1, "throughout") {
		return true
	}
	return m.misc(i-1, "in") && (m.lit(i-2, "late") || m.lit(i-2, "later") || m.lit(i-2, "early") || m.lit(i-2, "earlier"))
}

// movingVerbs move an end or a date later, or set one after the act (funding
// runs to it): after them "through", "until"
// or "to" names the new time.
var movingVerbs = map[string]bool{
	"extend": true, "extends": true, "extended": true, "extending": true,
	"postpone": true, "postpones": true, "postponed": true, "postponing": true,
	"delay": true, "delays": true, "delayed": true, "delaying": true,
	"defer": true, "defers": true, "deferred": true, "deferring": true,
	"prolong": true, "prolongs": true, "prolonged": true, "prolonging": true,
	"adjourn": true, "adjourns": true, "adjourned": true, "adjourning": true,
	// Funding runs from the act to the end it names: "a bill that funds
	// the government through September", "funded the agency through
	// Dec. 15" (the stopgap's end lies after the vote that sets it).
	// The noun ("the funds raised through June") is no verb: movedEnd
	// skips "funds" after a determiner.
	"fund": true, "funds": true, "funded": true,
}

// movedEnd reports whether a moving verb stands at most six tokens before
// the preposition at token p, in its sentence, with no comma or other
// time between ("extended the loan through January", "postponed the
// vote until Tuesday").
func (m *matcher) movedEnd(p int) bool {
	for k := p - 1; k >= 0 && k >= p-6; k-- {
		if m.sentenceBreak(k+1) || m.toks[k].kind == kPunct || m.toks[k].kind == kNum || m.toks[k].w != nil && !m.misc(k, "the") && !m.lit(k, "a") && !m.lit(k, "an") {
			return false
		}
		if m.inSet(k, movingVerbs) {
			return !(m.lit(k, "funds") && k > 0 && (m.w(k-1) != nil && m.w(k-1).misc == "the" || m.inSet(k-1, fundsDeterminers)))
		}
	}
	return false
}

// thisTime matches "this time next year", "this time last month", "this
// time next week": the DCT's own day a unit away, a DATE valued as a day
// (TimeML guidelines: a point named by its distance from the DCT).
func (m *matcher) thisTime(i int) (match, bool) {
	if !m.lit(i, "this") || !m.lit(i+1, "time") {
		return match{}, false
	}
	n := 0
	switch {
	case m.lit(i+2, "next"):
		n = 1
	case m.lit(i+2, "last"):
		n = -1
	default:
		return match{}, false
	}
	u := m.has(i+3, cUnit)
	if u == nil || !(u.unit == "Y" || u.unit == "M" || u.unit == "W") || m.text[m.toks[i+3].e-1]|0x20 == 's' || m.compound(i+4) {
		return match{}, false
	}
	return match{i + 4, sem{typ: annals.TimeDate, anchor: aOffset, unit: u.unit, n: n, sameDay: true}}, true
}

// gameWords are words of sports reports that tell a game's period from the
// calendar's: "scored a touchdown in the fourth quarter", "a second-half
// goal".
var gameWords = map[string]bool{
	"touchdown": true, "touchdowns": true, "quarterback": true, "halftime": true,
	"yards": true, "rebounds": true, "fumble": true, "interception": true, "inning": true,
	"innings": true, "layup": true, "kickoff": true, "touchback": true,
}

// gamePeriod reports whether the quarter or half matched at tokens [i, j)
// without a year ("the fourth quarter", "the first half", "second-half")
// is a period of a game: a sports word stands in its sentence, within
// twenty tokens either side. Words that business copy uses too ("game",
// "points", "goal", "penalty", "overtime", "scored" record sales, investors
// "rushing" to sell) are not cues. TimeML marks calendar periods; a
// game's quarter is counted from the game's start, as "the third day of
// the cease-fire" is from its own, and is no markable.
func (m *matcher) gamePeriod(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-20 && !m.sentenceBreak(k+1); k-- {
		if m.gameWord(k) {
			return true
		}
	}
	for k := j; k < len(m.toks) && k < j+20 && !m.sentenceBreak(k); k++ {
		if m.gameWord(k) {
			return true
		}
	}
	return false
}

// gameWord reports whether token k is a word of play (gameWords,
// gameWordsMore), the start of a game clock ("7:44 left", "2:10
// remaining", "0:30 to play"), "half-time", or a score beside a word of
// winning ("a 60-55 lead", "won 24-17", "trailed 14-3").
func (m *matcher) gameWord(k int) bool {
	if m.inSet(k, gameWords) || m.inSet(k, gameWordsMore) {
		return true
	}
	if k < 0 || k >= len(m.toks) {
		return false
	}
	t := &m.toks[k]
	switch t.kind {
	case kWord:
		return m.lit(k, "half") && m.punct(k+1, '-') && m.adj(k+1) && m.lit(k+2, "time")
	case kNum:
		if k+2 >= len(m.toks) || m.toks[k+2].kind != kNum || !m.adj(k+1) || !m.adj(k+2) {
			return false
		}
		if m.punct(k+1, ':') && m.toks[k+2].ndig == 2 && (m.lit(k+3, "left") || m.lit(k+3, "remaining") || m.lit(k+3, "to") && (m.lit(k+4, "play") || m.lit(k+4, "go"))) {
			return true
		}
		if m.punct(k+1, '-') && t.num < 200 && m.toks[k+2].num < 200 && m.has(k-1, cMonth) == nil {
			return m.inSet(k-1, scoreWords) || m.inSet(k+3, scoreWords) || (m.lit(k-1, "a") || m.lit(k-1, "by")) && m.inSet(k-2, scoreWords)
		}
	}
	return false
}

// gameWordsMore are words of play that business copy does not use for its
// own periods: the golf card and the basketball court.
var gameWordsMore = map[string]bool{
	"birdie": true, "birdies": true, "birdied": true, "bogey": true, "bogeys": true,
	"bogeyed": true, "parred": true, "putt": true, "putts": true, "jumper": true,
	"dunk": true, "buzzer": true, "homer": true, "goalkeeper": true, "equaliser": true,
	"equalizer": true, "fairway": true, "fairways": true,
}

// scoreWords next to "N-N" make it a score.
var scoreWords = map[string]bool{
	"lead": true, "led": true, "leading": true, "win": true, "won": true, "victory": true,
	"beat": true, "trailed": true, "trailing": true, "defeat": true, "loss": true,
	"edged": true, "rout": true, "deficit": true,
}

// theOrdinalDay matches a day of the month said as a numeric ordinal after
// a preposition and standing alone: "left on the 5th", "due by the 15th.":
// that day of the month the text last named, else of the DCT's (TimeML
// marks such a day as a DATE). A noun after it ("the 15th century", "the
// 20th anniversary") makes it no day.
func (m *matcher) theOrdinalDay(i int) (match, bool) {
	if !(m.misc(i-1, "on") || m.misc(i-1, "by") || m.lit(i-1, "until") || m.lit(i-1, "till") || m.lit(i-1, "since") || m.lit(i-1, "before") || m.lit(i-1, "after") || m.lit(i-1, "from") || m.lit(i-1, "through")) {
		return match{}, false
	}
	d, k, ok := m.dayNum(i + 1)
	if !ok || k != i+3 {
		return match{}, false // no ordinal suffix: "on the 5"
	}
	if k < len(m.toks) && !m.sentenceBreak(k) && !m.punct(k, ',') && !m.punct(k, ';') && !m.punct(k, '.') && !m.misc(k, "and") && !m.misc(k, "or") {
		return match{}, false
	}
	if m.gamePeriod(i, k) {
		return match{}, false // "made a birdie on the 18th": a golf hole
	}
	return match{k, sem{typ: annals.TimeDate, anchor: aReference, unit: "M", day: d}}, true
}

// chromeLabel reports whether tokens [i, j) are a relative expression of
// two or three words standing alone on their line with every word
// capitalised ("Next Week", "This Week", "Last Month"): the label of a
// page's section or a link, not a time the story tells (a headline that
// dates something has a verb; a sentence ends with punctuation).
func (m *matcher) chromeLabel(i, j int) bool {
	if j-i < 2 || j-i > 3 || i > 0 && m.toks[i].nlGap == 0 || j < len(m.toks) && m.toks[j].nlGap == 0 {
		return false
	}
	for k := i; k < j; k++ {
		if m.toks[k].kind != kWord || !m.upper(k) {
			return false
		}
	}
	return true
}

// reportedWould reports whether the clause before token i holds "would"
// after a past verb of saying ("said the vote would be held", "told
// reporters talks would resume"), with no "will" nearer the time: a
// future told from a past report. "Would" is sought within maxBack
// tokens, the verb of saying within six tokens before it ("had predicted
// that the labor market would").
func (m *matcher) reportedWould(i int) bool {
	would, at := false, 0
	for k := i - 1; k >= 0 && (k >= i-maxBack || would && k >= at-6); k-- {
		if m.sentenceBreak(k+1) || m.punct(k, ';') {
			return false
		}
		switch {
		case m.lit(k, "will") || m.lit(k, "ll"):
			return false
		case m.lit(k, "would"):
			would, at = true, k
		case would && m.inSet(k, pastSaying):
			return true
		}
	}
	return false
}

// presentReported reports whether the time at token i stands in a
// present-tense clause reported by a past verb of saying earlier in its
// sentence ("the company said maintenance is usually conducted in the
// second quarter", "officials said sales typically peak in December"):
// the saying is past, but what it reports is what holds now. Between the
// saying and the time stands "is", "are" or a habitual adverb before a
// word that is no past form, and no "was", "were" or "had".
func (m *matcher) presentReported(i int) bool {
	present := false
	for k := i - 1; k >= 0 && k >= i-24; k-- {
		if m.sentenceBreak(k + 1) {
			return false
		}
		switch {
		case m.inSet(k, pastSaying):
			return present
		case m.lit(k, "was") || m.lit(k, "were") || m.lit(k, "had"):
			return false
		case m.lit(k, "is") || m.lit(k, "are"):
			present = true
		case (m.lit(k, "usually") || m.lit(k, "typically") || m.lit(k, "normally") || m.lit(k, "generally") || m.lit(k, "often") || m.lit(k, "always")) && !m.pastForm(k+1):
			present = true
		}
	}
	return false
}

// openingPartBefore reports whether the month at token i closes a phrase
// naming an opening part of it: "the first day of trading in December",
// "the opening week of December", "the first sessions of March".
func (m *matcher) openingPartBefore(i int) bool {
	if !(m.misc(i-1, "in") || m.misc(i-1, "of")) {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		if m.sentenceBreak(k+1) || m.toks[k].kind == kPunct {
			return false
		}
		if m.lit(k, "first") || m.lit(k, "opening") {
			for x := k + 1; x < i; x++ {
				if u := m.has(x, cUnit); u != nil && (u.unit == "D" || u.unit == "W") || m.lit(x, "session") || m.lit(x, "sessions") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// pastSaying are past forms of verbs of saying that open a report.
var pastSaying = map[string]bool{
	"said": true, "told": true, "announced": true, "reported": true, "added": true,
	"stated": true, "indicated": true, "confirmed": true, "predicted": true, "wrote": true,
	"forecast": true, "projected": true, "estimated": true,
}

// focusYear returns the year a year-less month or day ("on Jan. 5", "in
// March") or "the year" at token i takes from a year the text has just
// written out, 0 when the DCT and the tense decide as usual. A month or
// day takes it from a year earlier in its own clause ("the biggest quake
// of 2013 hit Alaska on Jan. 5"): no sentence break, semicolon,
// subordinating word or verb of saying lies between, since a reporting
// clause ("sales rose in 2013, the company said on Jan. 5") has a time of
// its own, and so does each member of a coordination ("sang on April 9,
// 2009, and again on June 21"; "the last week of June 2012 and the
// second half of July"). "The year" takes it from a year named alone ("in 2013", not
// "July 1936") in its own sentence or the one before.
// The year must not start or end a span ("since 2010", "until 2015"),
// and it must agree with the tense: a past year with a past or unmarked
// clause, a year ahead with a future one.
func (m *matcher) focusYear(s sem, i int, tense int8, dct annals.Date, st *state) int {
	if st.yearEnd == 0 || st.yearEnd > i || st.year == dct.Year || dct.IsZero() || s.dir != 0 {
		return 0
	}
	if st.year < dct.Year && tense > 0 || st.year > dct.Year && tense <= 0 {
		return 0
	}
	monthDay := s.anchor == aMonthDay && s.named == 0 && s.month2 == 0 && !s.lastDay && st.rangeFrom.IsZero() && st.rangeTo.IsZero()
	theYear := s.anchor == aOffset && s.theUnit && s.n == 0 && tense < 0 && st.year < dct.Year && st.yearBare
	if !monthDay && !theYear {
		return 0
	}
	a := st.yearAt
	if m.inSet(a-1, spanPrepositions) || m.punct(st.yearEnd, '-') || m.inSet(st.yearEnd, spanPrepositions) {
		return 0
	}
	breaks := 0
	for k := st.yearEnd; k < i; k++ {
		if k-st.yearEnd > 40 {
			return 0
		}
		if m.sentenceBreak(k) {
			breaks++
			if monthDay || breaks > 1 {
				return 0
			}
			continue
		}
		if monthDay && (m.punct(k, ';') || m.clauseOpener(k) || m.inSet(k, sayingVerbs) || m.lit(k, "and") || m.lit(k, "or") || m.lit(k, "but")) {
			return 0
		}
	}
	return st.year
}

// spanPrepositions set a year as the start or end of a span, which is
// not the time a clause tells of.
var spanPrepositions = map[string]bool{
	"since": true, "from": true, "until": true, "till": true, "before": true, "after": true,
	"by": true, "through": true, "to": true, "between": true, "than": true,
}

// sayingVerbs report speech, which has a time of its own.
var sayingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "announced": true,
	"reported": true, "according": true, "added": true, "stated": true,
}

// fundsDeterminers make "funds" a noun: "its funds", "relief funds".
var fundsDeterminers = map[string]bool{"a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true, "of": true, "new": true, "federal": true, "public": true, "relief": true, "campaign": true, "raised": true, "these": true, "those": true, "some": true, "more": true}

// pastFraction matches "the past half century", "the last quarter-century",
// "the next half hour": a length of a fraction of one unit, counted back
// or on from the DCT, which TimeML marks as a duration with its article
// and modifier, as it does "the past 20 years" (P50Y, P25Y, PT30M). Read
// word by word, "the last half" and "the past quarter" would be a half or
// quarter of the year.
func (m *matcher) pastFraction(i int) (match, bool) {
	j := i + 1
	if !(m.lit(j, "past") || m.lit(j, "last") || m.lit(j, "next") || m.lit(j, "coming") || m.lit(j, "previous")) {
		return match{}, false
	}
	j++
	switch {
	case m.lit(j, "quarter"):
		if k := m.quarterCentury(j + 1); k > 0 && !m.lit(j+1, "of") {
			return match{k, sem{typ: annals.TimeDuration, val: "P25Y"}}, true
		}
		if k := m.quarterHour(j + 1); k > 0 && !m.lit(j+1, "of") {
			return match{k, sem{typ: annals.TimeDuration, val: "PT15M"}}, true
		}
	case m.misc(j, "half"):
		k := m.hyphen(j + 1)
		u := m.has(k, cUnit)
		if u == nil || m.compound(k+1) || m.text[m.toks[k].e-1] == 's' {
			return match{}, false
		}
		if v := halfDuration(u.unit, 0); v != "" {
			return match{k + 1, sem{typ: annals.TimeDuration, val: v}}, true
		}
	}
	return match{}, false
}

// timeStartsAt reports whether longest finds a time at token k,
// remembering the answer: in a chain "the day before the day before ..."
// each link asks it of the next, which asks it of the one after, so
// asking afresh took time quadratic in the chain's length. The answer is
// kept only outside partOfDate and for one dataMonth, the state longest
// reads besides the tokens.
func (m *matcher) timeStartsAt(k int) bool {
	if m.inPartOfDate {
		_, ok := m.longest(k)
		return ok
	}
	if m.timeAt == nil || m.timeAtMonth != m.dataMonth {
		m.timeAt, m.timeAtMonth = make([]int8, len(m.toks)), m.dataMonth
	}
	if v := m.timeAt[k]; v != 0 {
		return v == 2
	}
	_, ok := m.longest(k)
	if m.timeAtMonth == m.dataMonth && !m.inPartOfDate {
		m.timeAt[k] = 1
		if ok {
			m.timeAt[k] = 2
		}
	}
	return ok
}

// dayBeforeEvent matches "the day before" and "the day after" before an
// event that is no time ("the day before the final", "the day after his
// death"): a day anchored to the event, which TimeML marks as a DATE
// (timeml8: "the day before" the match). The event's day is not in the
// phrase, so the day is counted from the reference time (the day the text
// last gave, TimeML guidelines §2.2.2), as "the next day" is; in
// apposition to a date ("Oct. 12, the day before the crash") it is that
// date. After "in" ("later in the day before returning") the day is the
// one under discussion and "before" begins a clause of its own.
func (m *matcher) dayBeforeEvent(i int) (match, bool) {
	if !m.lit(i+1, "day") || !(m.misc(i+2, "before") || m.misc(i+2, "after")) || m.upper(i+1) {
		return match{}, false
	}
	if m.misc(i-1, "in") || m.misc(i-1, "of") || m.misc(i-1, "during") {
		return match{}, false
	}
	k := i + 3
	if k >= len(m.toks) || m.toks[k].kind != kWord {
		return match{}, false
	}
	if m.timeStartsAt(k) {
		return match{}, false // "the day before yesterday", "the day after May 3": the time's own patterns
	}
	n := -1
	if m.misc(i+2, "after") {
		n = 1
	}
	if m.punct(i-1, ',') && i >= 2 && (m.toks[i-2].kind == kNum || m.has(i-2, cWeekday) != nil) {
		n = 0 // "Oct. 12, the day before the crash": the date itself
	}
	return match{i + 3, sem{typ: annals.TimeDate, anchor: aReference, unit: "D", n: n}}, true
}

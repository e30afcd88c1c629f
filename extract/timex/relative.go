package timex

import (
	"github.com/annals-project/annals"
)

// deictic matches today, tonight, tomorrow, yesterday, with an optional
// part of day or clock time ("yesterday morning", "today 3 p.m.").
func (m *matcher) deictic(i int) (match, bool) {
	w := m.has(i, cDeictic)
	if w == nil {
		return match{}, false
	}
	s := sem{typ: annals.TimeDate, anchor: aOffset, unit: "D", n: w.deictic}
	j := i + 1
	if tod, k, ok := m.clockAfter(j); ok {
		s.typ, s.tod, j = annals.TimeTime, tod, k
	} else if p := m.has(j, cPart); p != nil {
		s.typ, s.tod = annals.TimeTime, "T"+p.part
		j++
	} else if m.lit(i, "tonight") {
		s.typ, s.tod = annals.TimeTime, "TNI"
	} else if m.lit(i, "today") && m.nowadays(i) {
		return match{j, valueSem(annals.TimeDate, "PRESENT_REF")}, true
	}
	return match{j, s}, true
}

// statives are present forms of verbs of state: what they tell of "today"
// holds nowadays rather than on the DCT's day.
var statives = map[string]bool{"is": true, "are": true, "remains": true, "remain": true, "continues": true, "continue": true, "stands": true, "stand": true, "lives": true, "live": true}

// nowadays reports whether "today" at token i means the present age, not
// the DCT's day (TimeML: PRESENT_REF): it opens its sentence or follows
// "and", and its clause is a noun-phrase subject (no pronoun: "Today we
// tell about", "Today I can confirm" are the day's) followed by a
// present verb of state not in the progressive ("Today the monument
// continues to draw crowds", "and today, only four players from that
// team are still playing"; not "Today, hundreds of people began to
// arrive", "Today is Saturday").
func (m *matcher) nowadays(i int) bool {
	if !(m.sentenceStart(i) || m.lit(i-1, "and") && (m.sentenceStart(i-1) || m.punct(i-2, ','))) {
		return false
	}
	k := i + 1
	if m.punct(k, ',') {
		k++
	}
	if k >= len(m.toks) || m.toks[k].kind != kWord || m.inSet(k, personalPronouns) || m.inSet(k, statives) || m.lit(k, "on") || m.lit(k, "there") {
		return false
	}
	for x := k + 1; x < len(m.toks) && x <= k+8; x++ {
		if m.toks[x].kind == kPunct && !m.punct(x, '\'') && !m.punct(x, '-') {
			return false
		}
		if m.inSet(x, statives) {
			return !m.progressive(x+1) && !m.edForm(x+1)
		}
		if m.tenseOf(x) != 0 || m.inSet(x, personalPronouns) || m.lit(x, "who") || m.lit(x, "which") || m.lit(x, "when") {
			return false
		}
	}
	return false
}

// weekday matches a weekday name, optionally followed by an explicit date
// ("Friday, Nov. 1, 2013": the date decides), a part of day ("Friday
// night": a TIME valued 2013-11-01TNI, as the TimeML guidelines write
// times of day) or a clock time ("Friday 2 p.m."). Plural weekdays are
// sets ("on Fridays").
func (m *matcher) weekday(i int) (match, bool) {
	w := m.has(i, cWeekday)
	if w == nil || !m.upper(i) {
		return match{}, false
	}
	t := &m.toks[i]
	j := i + 1
	name := m.text[t.b:t.e]
	needDate := false
	if len(name) < len(weekdayNames[w.wd]) {
		// "Fri.", "Thurs.": the full stop belongs to the abbreviation;
		// without one, a short abbreviation ("Sat", "Wed") is a word
		// unless a date follows, as page datelines write it ("Wed 20
		// March", "Thu Mar 21").
		if m.punct(j, '.') && m.adj(j) {
			j++
		} else if len(name) <= 4 {
			needDate = true
		}
	}
	plural := len(name) == len(weekdayNames[w.wd])+1 // "Fridays", not the abbreviation "Thurs."
	if plural || m.pluralPartOfDay(j) {
		// "Fridays", "Sunday mornings", "Tuesday nights": a set, with the
		// part of day in its value (TimeML: XXXX-WXX-2TNI).
		v := "XXXX-WXX-" + itoa(isoWeekday(w.wd))
		if p, ok := m.partOfDayWord(j); ok && !m.compound(j+1) {
			v, j = v+"T"+p, j+1
		}
		return match{j, valueSem(annals.TimeSet, v)}, true
	}
	k := j
	if m.punct(k, ',') {
		k++
	}
	if mm, ok := m.monthFirst(k); ok && mm.s.month2 == 0 {
		mm.s.named = int8(w.wd) + 1
		return mm, true // the explicit date wins; the span covers the weekday too
	}
	if mm, ok := m.dayMonth(k); ok {
		mm.s.named = int8(w.wd) + 1
		return mm, true
	}
	if needDate {
		return match{}, false
	}
	if m.misc(i-1, "the") && m.upper(j) && m.toks[j].kind == kWord && m.w(j) == nil {
		return match{}, false // "the Sunday Times": a newspaper's name
	}
	s := sem{typ: annals.TimeDate, anchor: aWeekday, wd: w.wd}
	if tod, k, ok := m.clockAfter(j); ok {
		s.typ, s.tod, j = annals.TimeTime, tod, k
	} else if p := m.has(j, cPart); p != nil {
		// "Friday morning": a TIME whose value names the part of day
		// (TimeML guidelines: 1998-08-07TMO).
		s.typ, s.tod = annals.TimeTime, "T"+p.part
		j++
	}
	return match{j, s}, true
}

// verbLastBefore are the words after which "last" is the verb: the
// infinitive's "to", modals and auxiliaries, and negation ("did not last
// two days"). A nominal "last" follows none of them with an amount
// after it ("compared to last year" has no amount).
var verbLastBefore = map[string]bool{
	"to": true, "will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "should": true, "must": true, "shall": true, "ll": true, "did": true,
	"does": true, "do": true, "not": true, "never": true, "t": true,
}

// amountAfter reports whether an amount ("two", "18", "a few", "several",
// "a couple of") and a unit start at token k.
func (m *matcher) amountAfter(k int) bool {
	if m.misc(k, "a") || m.lit(k, "a") {
		k++
	}
	e := -1
	switch {
	case m.misc(k, "few") || m.misc(k, "several"):
		e = k + 1
	case m.misc(k, "couple") && m.misc(k+1, "of"):
		e = k + 2
	case m.misc(k, "couple") && m.has(k+1, cUnit) != nil:
		e = k + 1 // "a couple weeks"
	default:
		if _, _, x, ok := m.number(k); ok {
			e = x
			if m.lit(e, "to") || m.lit(e, "or") {
				// "to last two to three weeks", "could last one or
				// two days": a range of amounts before the unit.
				if _, _, y, ok := m.number(e + 1); ok {
					e = y
				}
			}
		}
	}
	// "to last two years' average" is the possessive of a nominal "last".
	return e >= 0 && m.has(e, cUnit) != nil && !m.compound(e+1)
}

var weekdayNames = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

func isoWeekday(wd int) int {
	if wd == 0 {
		return 7
	}
	return wd
}

// relative matches a determiner of direction and what follows it: "last
// year", "this week", "next month", "the coming weeks", "last July", "next
// Friday", "last fall", "this morning", "the past two months".
func (m *matcher) relative(i int) (match, bool) {
	j := i
	the := m.misc(j, "the")
	if the {
		j++
	}
	r := m.has(j, cRel)
	if r == nil {
		return match{}, false
	}
	if !the && m.lit(j, "last") && m.inSet(j-1, verbLastBefore) && m.amountAfter(j+1) {
		// "expected to last two weeks", "could last several days": the
		// verb, whose object is the length of time; the duration
		// matcher takes "two weeks" on its own (TimeML marks the
		// length, never the verb).
		return match{}, false
	}
	if !the && m.lit(j, "following") {
		// Without "the", "following" is the preposition "after"
		// ("following Thursday's strikes", "following months of
		// talks"); the time after it is matched on its own.
		return match{}, false
	}
	if !the && m.lit(j, "past") && !m.lit(j-1, "this") && !m.lit(j-1, "the") && (m.has(j+1, cWeekday) != nil || m.has(j+1, cMonth) != nil) {
		// Without a determiner, "past" before a day or month name is the
		// preposition "beyond" ("stay past Friday", "ran past June"); the
		// adjective is "this past Friday" or "the past June". The day is
		// matched on its own, by its clause's tense.
		return match{}, false
	}
	dir := r.rel
	isPast := m.lit(j, "past")
	// "the following year", "the previous month": counted from the
	// reference time (the last absolute date given), not from the DCT.
	anaphoric := the && (m.lit(j, "following") || m.lit(j, "previous") || m.lit(j, "preceding") || m.lit(j, "prior"))
	if m.lit(j, "this") && (m.lit(j+1, "past") || m.lit(j+1, "coming")) {
		j++ // "this past spring", "this coming Sunday"
		dir = m.w(j).rel
		isPast = false
	}
	j++
	if m.lit(j, "season") && !the && !m.misc(i-1, "the") && (m.lit(j-1, "this") || m.lit(j-1, "last") || m.lit(j-1, "next")) && !m.compound(j+1) && !m.upper(j) {
		// "this season", "last season", "next season": a sports or
		// farming season named from the DCT, marked as the year it is
		// counted in (timeml8 and timeml10 mark every "this season" of
		// sports news). With an article ("the past season") or a noun
		// between ("this flu season") it is left alone.
		return match{j + 1, sem{typ: annals.TimeDate, anchor: aOffset, unit: "Y", n: dir}}, true
	}
	// "the past two months", "the next five years", "the last 10 days":
	// durations (TimeML: the span is a length of time ending or starting
	// at the DCT).
	if amt, n, k, ok := m.number(j); ok && !m.lit(j, "a") && !m.lit(j, "an") {
		if m.misc(k, "to") || m.misc(k, "or") {
			if _, n2, k2, ok := m.number(k + 1); ok && m.has(k2, cUnit) != nil {
				k = k2
				if n2 != n {
					// "the next 12 to 18 months", "the last 24 to 36
					// hours", "the next five or six days": a stretch
					// from now whose length the text leaves open;
					// TimeBank and the modern news annotations write
					// the unit with no amount (PXM, PTXH), where a
					// bare range keeps its first amount ("within two
					// to three weeks", P2W).
					amt = "X"
				}
			}
		}
		unit := ""
		if u := m.has(k, cUnit); u != nil {
			unit = u.unit
		} else if m.lit(k, "nights") && !m.compound(k+1) {
			unit = "D" // "the past two nights", counted in days as "two nights" is
		}
		if unit != "" {
			if v := durationValue(amt, unit); v != "" {
				end := k + 1
				if m.misc(end, "or") && m.lit(end+1, "so") {
					end += 2 // "the next two years or so"
				}
				return match{end, valueSem(annals.TimeDuration, v)}, true
			}
		}
	}
	if m.misc(j, "few") || m.misc(j, "several") || m.misc(j, "couple") && (m.misc(j+1, "of") || m.has(j+1, cUnit) != nil) {
		k, amount := j+1, "X"
		if m.misc(j, "couple") {
			// "the next couple of years", "the last couple weeks": P2Y,
			// P2W, as durations count them.
			amount = "2"
			if m.misc(k, "of") {
				k++
			}
		}
		if u := m.has(k, cUnit); u != nil {
			if v := durationValue(amount, u.unit); v != "" {
				return match{k + 1, valueSem(annals.TimeDuration, v)}, true
			}
		}
	}
	if m.misc(j, "fiscal") {
		// "last fiscal year", "the next financial year" (the lexicon
		// files "financial" under "fiscal"): counted from the DCT.
		j++
		if u := m.has(j, cUnit); u != nil && u.unit == "Y" {
			return match{j + 1, sem{typ: annals.TimeDate, anchor: aOffset, unit: "Y", n: dir}}, true
		}
		if m.lit(j, "quarter") && !m.compound(j+1) {
			// "the last fiscal quarter", "the previous financial
			// quarter": as "the last quarter" is.
			if anaphoric {
				return match{j + 1, sem{typ: annals.TimeDate, anchor: aQuarterFrom, n: dir}}, true
			}
			return match{j + 1, sem{typ: annals.TimeDate, anchor: aOffset, unit: "Q", n: dir}}, true
		}
		return match{}, false
	}
	if u := m.has(j, cUnit); u != nil {
		if m.upper(j) && m.upper(j-1) && (m.lit(j-2, "s") && m.punct(j-3, '\'') || (m.punct(j-2, '"') || m.punct(j-2, '`')) && m.adj(j-1)) {
			// "ABC's This Week", a quoted "This Week": a programme's name.
			// (Title Case alone is not enough: headlines capitalise every
			// word.)
			return match{}, false
		}
		t := &m.toks[j]
		plural := m.text[t.e-1] == 's' && u.unit != "S" || m.lit(j, "centuries")
		switch {
		case plural && u.unit == "Q" && dir > 0:
			// "in coming quarters", "future quarters": reporting
			// periods still ahead, which TimeBank marks as the future
			// at large (DATE FUTURE_REF), not a length of quarters.
			return match{j + 1, valueSem(annals.TimeDate, "FUTURE_REF")}, true
		case plural:
			// "the coming weeks", like "the past months", "recent weeks"
			// and "the next few days", is an unspecified duration (as
			// TimeBank mostly annotates them: a stretch of time next to
			// the DCT, not a point).
			return match{j + 1, valueSem(annals.TimeDuration, durationValue("X", u.unit))}, true
		case isPast && the && u.unit == "DE":
			// "over the past decade": the ten years up to now, a length
			// of time as "the past two decades" is (TimeBank P10Y); a
			// decade's DATE value ("201") would name the calendar
			// decade instead, which "the 2010s" says.
			return match{j + 1, valueSem(annals.TimeDuration, "P10Y")}, true
		case isPast && !the:
			// "past year" without an article: a duration up to now.
			if v := durationValue("1", u.unit); v != "" {
				return match{j + 1, valueSem(annals.TimeDuration, v)}, true
			}
		case u.unit == "H" || u.unit == "TM" || u.unit == "S":
			return match{}, false
		case u.unit == "D" && dir == 0:
			return match{}, false // "this day" is rarely a date
		}
		n := dir
		if the && (m.lit(i+1, "next") || m.lit(i+1, "coming")) && m.inSet(i-1, stretchPreps) && !m.misc(j+1, "or") && !m.misc(j+1, "of") && !m.punct(j+1, '\'') {
			// "over the next year", "during the coming month", "within
			// the next week": the preposition makes the phrase the
			// stretch of time that starts now, a length (TimeML marks
			// it a DURATION, P1Y, as "the next two years" is), not the
			// calendar year after the DCT's. Without such a preposition
			// ("in the coming year", "by the next year") it stays a date,
			// and so does "over the next year or so", which the sets
			// annotate both ways (TimeBank DATE, the modern sets
			// DURATION).
			if v := durationValue("1", u.unit); v != "" {
				return match{j + 1, valueSem(annals.TimeDuration, v)}, true
			}
		}
		if m.misc(j+1, "or") && m.lit(j+2, "so") {
			j += 2 // "the next year or so"
		}
		if anaphoric && u.unit == "Q" {
			// "up from the previous quarter": counted from the quarter
			// under discussion, the one the earnings copy reports
			// (TimeML anchors a relative expression to the time talked
			// about), not from the DCT's.
			return match{j + 1, sem{typ: annals.TimeDate, anchor: aQuarterFrom, n: n}}, true
		}
		if anaphoric && (u.unit == "Y" || u.unit == "M" || u.unit == "D" || u.unit == "W") {
			return match{j + 1, sem{typ: annals.TimeDate, anchor: aReference, unit: u.unit, n: n}}, true
		}
		if u.unit == "WE" && n == 0 && m.lit(j-1, "this") {
			// "this weekend" said on a weekday is the one just past when
			// the sentence is in the past ("protesters marched this
			// weekend"), the coming one otherwise (n = 1: without a
			// tense, forward).
			return match{j + 1, sem{typ: annals.TimeDate, anchor: aWeekend, n: 1}}, true
		}
		// "the next year" told in the past ("arrived in June of 1885; by
		// the next year the statue had risen") counts from the reference
		// time, as "the following year" does; said of what is to come
		// it is the year after the DCT's (resolve, nextRef).
		next := the && m.lit(j-1, "next") && (u.unit == "Y" || u.unit == "M" || u.unit == "W" || u.unit == "D")
		now := u.unit == "Y" && m.lit(j-1, "past") && m.lit(j-2, "this")
		return match{j + 1, sem{typ: annals.TimeDate, anchor: aOffset, unit: u.unit, n: n, nextRef: next, yearNow: now}}, true
	}
	if p := m.has(j, cPart); p != nil && the && (anaphoric || m.lit(j-1, "next")) && !m.compound(j+1) {
		// "the next morning", "the previous night": a part of the day
		// after or before the reference day (the last date given).
		return match{j + 1, sem{typ: annals.TimeTime, anchor: aReference, unit: "D", n: dir, tod: "T" + p.part}}, true
	}
	if p := m.has(j, cPart); p != nil && !the {
		// "this morning" is the DCT's; "last night" the evening before.
		switch {
		case dir == 0:
			return match{j + 1, sem{typ: annals.TimeTime, anchor: aOffset, unit: "D", tod: "T" + p.part}}, true
		case dir < 0 && p.part == "NI":
			return match{j + 1, sem{typ: annals.TimeTime, anchor: aOffset, unit: "D", n: -1, tod: "TNI"}}, true
		}
		return match{}, false
	}
	if mon, k, ok := m.month(j); ok {
		s := sem{typ: annals.TimeDate, anchor: aMonthDay, month: mon, dir: dir}
		if d, k2, ok := m.dayNum(k); ok && d <= annals.DaysIn(2000, monthOf(mon)) {
			s.day, k = d, k2 // "last Oct. 23"
			y := k
			if m.punct(y, ',') {
				y++
			}
			if _, _, ok := m.year(y); ok && dir == 0 && m.toks[y].kind == kNum {
				// "in this Jan. 5, 2013 file photo": a full date
				// after "this" dates the noun that "this" determines
				// (the caption's photo); the date alone is the
				// expression, and its year is the one told.
				return match{}, false
			}
		}
		return match{k, s}, true
	}
	if wd := m.has(j, cWeekday); wd != nil && m.upper(j) {
		// "the previous Friday", "the following Monday": counted from
		// the reference day when the text gave one.
		if m.punct(j+1, ',') {
			// "next Sunday, March 8": the date set beside the weekday
			// is one expression with it, as after a bare weekday
			// (weekday), and its value is the date's.
			if mm, ok := m.monthFirst(j + 2); ok && mm.s.month2 == 0 {
				mm.s.named = int8(wd.wd) + 1
				return mm, true
			}
		}
		return match{j + 1, sem{typ: annals.TimeDate, anchor: aWeekday, wd: wd.wd, dir: dir, fromRef: anaphoric}}, true
	}
	if se := m.has(j, cSeason); se != nil {
		if m.lit(j, "fall") && m.declineNoun(j+1) {
			return match{}, false // "this fall in prices", "the next fall of the dollar"
		}
		return match{j + 1, sem{typ: annals.TimeDate, anchor: aSeason, season: se.season, dir: dir, this: dir == 0 && m.lit(j-1, "this")}}, true
	}
	return match{}, false
}

// quantityNouns name amounts that rise and fall: after "fall in" they make
// "fall" the noun of a decline ("this fall in prices"), not the autumn.
var quantityNouns = map[string]bool{
	"price": true, "prices": true, "rate": true, "rates": true, "value": true, "values": true,
	"sales": true, "output": true, "production": true, "shares": true, "stocks": true,
	"demand": true, "exports": true, "imports": true, "profit": true, "profits": true,
	"earnings": true, "revenue": true, "revenues": true, "unemployment": true,
	"inflation": true, "yields": true, "yield": true, "dollar": true, "euro": true,
	"currency": true, "index": true, "market": true, "markets": true, "spending": true,
	"investment": true, "income": true, "wages": true, "costs": true, "cost": true,
	"numbers": true, "number": true, "support": true, "popularity": true, "ratings": true,
}

// declineNoun reports whether the words from token k, after "fall", are
// the complement of the noun "fall" meaning a decline rather than the
// autumn (Quirk et al. 1985: a deverbal noun keeps its verb's
// complements): "of" or "in" with a quantity ("this fall of 20 percent",
// "last fall in oil prices"), "of" with a common noun ("the next fall of
// the dollar"), or "from"/"to" with an amount ("this fall to 1.2
// percent"). "of" with a year or a time word ("the fall of 1990", "fall
// of last year") and "in" with a name ("last fall in Iowa") keep the
// season.
func (m *matcher) declineNoun(k int) bool {
	of, in := m.misc(k, "of"), m.misc(k, "in")
	if !of && !in && !m.misc(k, "from") && !m.misc(k, "to") {
		return false
	}
	x := k + 1
	if _, _, _, ok := m.number(x); ok && m.toks[x].kind == kNum {
		_, _, ok := m.year(x)
		return !ok || !of && !in
	}
	if m.punct(x, '$') {
		return true
	}
	if !of && !in {
		return false
	}
	if m.misc(x, "the") || m.lit(x, "a") || m.lit(x, "an") || m.lit(x, "its") || m.lit(x, "their") {
		x++
	}
	for n := 0; n < 3 && x < len(m.toks); n, x = n+1, x+1 {
		t := &m.toks[x]
		if t.kind != kWord || t.upper || t.w != nil {
			return false
		}
		if m.inSet(x, quantityNouns) {
			return true
		}
		if of && (x+1 == len(m.toks) || m.punct(x+1, ',') || m.punct(x+1, '.') || m.inSet(x+1, determiners) || m.tenseOf(x+1) != 0) {
			return true // "the fall of the dollar", a common noun ending its phrase
		}
	}
	return false
}

// season matches "spring", "the summer of 1998", "spring 2014", "the
// spring" (the year by the tense, see seasonValue).
func (m *matcher) season(i int) (match, bool) {
	j := i
	if m.misc(j, "the") {
		j++
	}
	se := m.has(j, cSeason)
	if se == nil {
		return match{}, false
	}
	j++
	k := j
	if m.misc(k, "of") || m.punct(k, ',') {
		k++
	}
	if y, k2, ok := m.year(k); ok {
		return match{k2, valueSem(annals.TimeDate, itoa4(y)+"-"+se.season)}, true
	}
	if m.lit(j-1, "fall") && !(m.misc(j, "of") && m.has(j+1, cRel) != nil && m.lit(j+2, "year")) && (m.misc(j, "of") || m.misc(j, "in") || m.misc(j, "from") || m.misc(j, "to") || m.misc(j, "by")) {
		return match{}, false // "the fall of the Berlin Wall", "a fall in prices"
	}
	if m.lit(j-1, "fall") && m.misc(i, "the") && (m.inSet(j, fallVerbs) || m.inSet(i-1, fallCauses) || (m.misc(i-1, "for") || m.misc(i-1, "to")) && m.inSet(i-2, fallCauses)) {
		// "The fall compares with a decline of 0.2 pct", "blamed for
		// the fall", "behind the fall": the noun of a decline, which
		// is compared, explained or caused; an autumn is not.
		return match{}, false
	}
	// A bare "fall" or "spring" is usually a verb; take it only with "the",
	// capitalised, or after a time preposition ("in spring"). After
	// another capitalised word it is part of a name ("Arab Spring").
	if i == j-1 && !m.upper(i) && !prevMakesDate(m.w(i-1)) && !m.seasonNoun(i) && !m.seasonOfUnit(i) {
		return match{}, false
	}
	if m.upper(j-1) && m.upper(j-2) && m.toks[j-2].kind == kWord && !m.sentenceBreak(j-1) && !m.misc(j-2, "the") && !prevMakesDate(m.w(j-2)) {
		return match{}, false
	}
	if m.upper(j-1) && m.upper(j) && m.toks[j].kind == kWord && m.w(j) == nil && !m.sentenceBreak(j) && !prevMakesDate(m.w(i-1)) {
		return match{}, false // "the Summer Olympics", "Winter Games": a name
	}
	if i == j-1 && m.lit(i, "fall") && !m.misc(i-1, "in") && !m.misc(i-1, "this") && !m.seasonNoun(i) {
		return match{}, false
	}
	if r := m.has(k, cRel); r != nil && m.lit(k+1, "year") && !m.compound(k+2) && (m.lit(k, "last") || m.lit(k, "next") || m.lit(k, "this")) {
		// "the spring of last year", "summer next year".
		return match{k + 2, sem{typ: annals.TimeDate, anchor: aSeasonOfYear, season: se.season, n: r.rel}}, true
	}
	return match{j, sem{typ: annals.TimeDate, anchor: aSeason, season: se.season}}, true
}

func itoa4(y int) string {
	s := itoa(y)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// vague matches the TimeML vague references: "now", "currently",
// "recently", "formerly", "soon", "the past", "the future", "the present",
// "recent years" (PAST_REF), "the near future".
func (m *matcher) vague(i int) (match, bool) {
	j := i
	the := m.misc(j, "the")
	if the {
		j++
	}
	if the && m.lit(j, "near") || m.lit(j, "very") || m.lit(j, "distant") || m.lit(j, "recent") && m.lit(j+1, "past") {
		if m.has(j+1, cRef) != nil {
			j++
		}
	}
	if the && (m.lit(j, "near") || m.lit(j, "short") || m.lit(j, "medium") || m.lit(j, "long")) && m.hyphen(j+1) == j+1 && m.lit(j+1, "term") {
		return match{j + 2, valueSem(annals.TimeDate, "FUTURE_REF")}, true // "the near term"
	}
	if !the && m.lit(j, "these") && m.lit(j+1, "days") {
		return match{j + 2, valueSem(annals.TimeDate, "PRESENT_REF")}, true
	}
	if (m.lit(j, "a") || m.lit(j, "some")) && m.misc(j+1, "later") && m.lit(j+2, "date") {
		return match{j + 3, valueSem(annals.TimeDate, "FUTURE_REF")}, true // "a later date"
	}
	if the {
		// "the weeks ahead", "the years ahead": an unspecified length.
		if u := m.has(j, cUnit); u != nil && m.misc(j+1, "ahead") {
			t := &m.toks[j]
			if m.text[t.e-1] == 's' {
				if v := durationValue("X", u.unit); v != "" {
					return match{j + 2, valueSem(annals.TimeDuration, v)}, true
				}
			}
		}
	}
	if the && m.lit(j, "other") && (m.lit(j+1, "day") || m.lit(j+1, "week")) && !m.compound(j+2) && !m.misc(j+2, "of") && !m.inSet(i-1, otherDayPreps) {
		// "as the Europeans did the other day": a recent past day, not
		// named (TimeML: PAST_REF). "The other day of the talks", "bid
		// on four days and on the other day" count days of something
		// else.
		return match{j + 2, valueSem(annals.TimeDate, "PAST_REF")}, true
	}
	if !the && m.lit(j, "this") && m.lit(j+1, "time") && m.misc(j+2, "of") {
		// "unusual for this time of year", "at this time of the year":
		// the part of the year the story stands in (PRESENT_REF).
		k := j + 3
		if m.misc(k, "the") {
			k++
		}
		if m.lit(k, "year") && !m.compound(k+1) {
			return match{k + 1, valueSem(annals.TimeDate, "PRESENT_REF")}, true
		}
	}
	if !the && m.lit(j, "right") && m.lit(j+1, "now") {
		j++ // "right now"
	}
	if !the && (m.lit(j, "more") || m.lit(j, "most")) && (m.lit(j+1, "recently") || m.lit(j+1, "lately")) {
		j++ // "more recently": the adverb phrase is the extent (TimeBank)
	}
	r := m.has(j, cRef)
	if r == nil {
		return match{}, false
	}
	if the && !(m.lit(j, "past") || m.lit(j, "future") || m.lit(j, "present")) {
		return match{}, false // "the recently completed": the adverb alone
	}
	switch {
	case m.lit(j, "recent"):
		// "recent years/months/weeks/days" and "the recent past".
		if u := m.has(j+1, cUnit); u != nil && !m.lit(j+1, "past") {
			// "recent years": an unspecified duration reaching the DCT,
			// as TimeBank annotates it most often.
			t := &m.toks[j+1]
			if m.text[t.e-1] == 's' {
				if v := durationValue("X", u.unit); v != "" {
					return match{j + 2, valueSem(annals.TimeDuration, v)}, true
				}
			}
		}
		if m.lit(j+1, "past") {
			return match{j + 2, valueSem(annals.TimeDate, "PAST_REF")}, true
		}
		return match{}, false
	case m.lit(j, "past") || m.lit(j, "future") || m.lit(j, "present"):
		// Only as nouns: "the past", "in the future", "at present".
		if !the && !(m.lit(j, "present") && m.misc(j-1, "at")) {
			return match{}, false
		}
		if m.has(j+1, cUnit) != nil || m.has(j+1, cNum) != nil {
			return match{}, false
		}
	case m.lit(j, "current"):
		// The adjective "current" is a PRESENT_REF (TimeML), but not in
		// fixed terms where it means something else.
		if the || m.lit(j+1, "account") || m.lit(j+1, "accounts") || m.lit(j+1, "affairs") || m.lit(j+1, "events") || m.lit(j+1, "law") || m.lit(j+1, "flow") || m.lit(j+1, "flows") || m.lit(j+1, "liabilities") || m.lit(j+1, "assets") || m.has(j+1, cUnit) != nil {
			return match{}, false
		}
		if m.punct(j+1, ',') || m.misc(j+1, "and") || m.misc(j+1, "or") || m.toks[min(j+1, len(m.toks)-1)].kind != kWord {
			return match{}, false
		}
	case m.lit(j, "now") && j == i && (m.sentenceStart(j) || j > 0 && m.toks[j-1].kind == kPunct && (m.punct(j-1, '"') || m.punct(j-1, '\'')) && m.sentenceStart(j-1)) && m.punct(j+1, ','):
		// "Now, he says, ...": a discourse marker that opens a
		// sentence, not a reference to the present (TimeBank and AQUAINT
		// never mark it).
		return match{}, false
	case m.lit(j, "soon"):
		// A FUTURE_REF ("will be concluded soon") only where it looks
		// ahead from the DCT: not the conjunction "as soon as", not "soon
		// after", and not in narrative past ("was soon released"), which
		// TimeBank and AQUAINT leave unmarked (11 of their 15 unmarked
		// uses).
		if m.lit(j-1, "as") && m.lit(j+1, "as") || m.misc(j+1, "after") || m.lit(j+1, "afterward") || m.lit(j+1, "afterwards") || m.lit(j+1, "thereafter") {
			return match{}, false
		}
		if j > 0 && m.tenseOf(j-1) < 0 && !m.auxBefore(j-1) || j+1 < len(m.toks) && m.tenseOf(j+1) < 0 {
			return match{}, false // "was soon released", "soon became" (but "will be concluded soon")
		}
	case m.lit(j, "once"):
		return match{}, false
	}
	return match{j + 1, valueSem(annals.TimeDate, r.ref)}, true
}

// modified matches a modifier in front of another expression: "early
// 2014", "mid-March", "late January or February", "the end of 1990", "the
// beginning of the year", "early next year". The modifier becomes the
// TIMEX3 mod.
func (m *matcher) modified(i int, inner func(int) (match, bool)) (match, bool) {
	j := i
	the := m.misc(j, "the")
	if the {
		j++
		if mm, ok := m.edgeUnits(j, inner); ok {
			return mm, true
		}
	}
	w := m.has(j, cMod)
	if w == nil {
		return match{}, false
	}
	if !the && m.has(j, cPart) != nil {
		// "midmorning", "midafternoon": the modifier written into the
		// part of day, the mid-morning of the reference day (TimeML:
		// TMO, mod MID). Before a noun it is an adjective
		// ("midmorning trading").
		if m.nounAfter(j + 1) {
			return match{}, false
		}
		mm, ok := m.partOfDay(j)
		if !ok {
			return match{}, false
		}
		mm.s.mod = annals.Mod(w.mod)
		return mm, true
	}
	if the && (m.lit(j, "early") || m.lit(j, "mid") || m.lit(j, "late")) {
		// "the early 1970s", "the late 1990s": the article belongs to the
		// decade; anything else after "the early" is not an expression.
		j = m.hyphen(j + 1)
		mm, ok := m.bareYear(j)
		if !ok || len(mm.s.val) != 3 && len(mm.s.val) != 2 {
			// "the late 19th century": the article and modifier belong to
			// the century too.
			if mm, ok = m.century(j); !ok {
				return match{}, false
			}
		}
		mm.s.mod = annals.Mod(w.mod)
		return mm, true
	}
	if the {
		// "the end of", "the beginning of", "the middle of", "the start of".
		if !m.misc(j+1, "of") || !(m.lit(j, "end") || m.lit(j, "beginning") || m.lit(j, "middle") || m.lit(j, "start") || m.lit(j, "close")) {
			return match{}, false
		}
		j += 2
	} else {
		endHyphen := m.lit(j, "end") && m.hyphen(j+1) == j+2 && (m.has(j+2, cMonth) != nil || m.toks[j+2].kind == kNum)
		if !endHyphen && (m.lit(j, "end") || m.lit(j, "beginning") || m.lit(j, "start") || m.lit(j, "middle") || m.lit(j, "close")) {
			// "end-2020", "end-March" (financial news) are the end of
			// the year or month; a bare "end" is a noun.
			return match{}, false
		}
		j = m.hyphen(j + 1)
		if m.misc(j, "in") {
			j++ // "late in the year"
		}
	}
	mm, ok := inner(j)
	if !ok {
		return match{}, false
	}
	mm.s.mod = annals.Mod(w.mod)
	if m.lit(j-1, "earlier") || m.lit(j-1, "later") {
		// "earlier this year": TimeBank mostly keeps "earlier" in the
		// extent (13 of 22 cases) but gives the year's value, no mod.
		mm.s.mod = ""
	}
	return mm, true
}

// edgeUnits matches, after "the", "final weeks of 2013", "last few days
// of March", "first months of the year": the days, weeks or months at one
// edge of a year or month, without a count, which the TimeML corpora mark
// as one DATE valued the year or month, mod END (or START for "first",
// "opening"). With a count ("the first nine months of last year") it is a
// length, which the duration patterns take; a period that is no year or
// month ("the final weeks of the campaign") is not matched.
func (m *matcher) edgeUnits(j int, inner func(int) (match, bool)) (match, bool) {
	mod := annals.ModEnd
	switch {
	case m.lit(j, "last") || m.lit(j, "final") || m.lit(j, "closing") || m.lit(j, "waning") || m.lit(j, "dying"):
	case m.lit(j, "first") || m.lit(j, "opening"):
		mod = annals.ModStart
	default:
		return match{}, false
	}
	k := j + 1
	if m.lit(k, "few") {
		k++
	}
	if !(m.lit(k, "days") || m.lit(k, "weeks") || m.lit(k, "months")) || !m.misc(k+1, "of") {
		return match{}, false
	}
	if m.lit(k, "months") && !m.theYearAhead(k+2) {
		return match{}, false // "the last months of March" is no phrase
	}
	mm, ok := inner(k + 2)
	if !ok || mm.s.typ != annals.TimeDate || mm.s.mod != "" {
		return match{}, false
	}
	s := mm.s
	switch {
	case s.anchor == aValue && (len(s.val) == 4 || len(s.val) == 7) && s.val[0] >= '0' && s.val[0] <= '9':
	case s.anchor == aMonthDay && s.day == 0 && s.month2 == 0:
	case s.anchor == aOffset && (s.unit == "Y" || s.unit == "M") && !s.sameDay && !s.yearEnd:
	default:
		return match{}, false
	}
	mm.s.mod = mod
	return mm, true
}

// theYearAhead reports whether token k starts a year: digits, or "the
// year", "this year", "last year", "next year".
func (m *matcher) theYearAhead(k int) bool {
	if k >= len(m.toks) {
		return false
	}
	if m.toks[k].kind == kNum {
		return true
	}
	return m.lit(k+1, "year")
}

// theUnit matches "the year", "the full year", "the fiscal year", "the
// month" and "the week" used alone ("the entire year" is a length), which news and earnings copy use for
// the period of the DCT ("sales for the full year", "for the week, the
// index fell"): TimeBank marks nearly every such use, as a DATE valued the
// DCT's year, month or week. Followed by "ended", "ending", "to" or
// "through" and a date ("the year ended Sept. 30", "the year to March") it is the length of a reporting period, a
// DURATION of one unit whose end the date gives (TimeBank: P1Y, the date
// marked apart). Uses that name another period are left alone: "the year
// before", "the year he died", "the week of April 15", "the year-earlier
// period", "Man of the Year".
//
// "The latest fiscal year" and "the most recent fiscal year" are the last
// fiscal year completed before the DCT (as "the latest quarter" is the last
// quarter; TimeBank: "the latest fiscal year", 1988 in a 1989 story); "the
// new fiscal year" is the one that starts next (budget copy written before
// October's start of the US federal year, which is labelled by the year
// it ends in). A fiscal year "that ended" or "which began" in some month
// is still the year under discussion, not another period.
func (m *matcher) theUnit(i int) (match, bool) {
	j := i + 1
	n := 0
	switch {
	case m.misc(j, "latest") && m.misc(j+1, "fiscal"):
		j, n = j+1, -1
	case m.lit(j, "most") && m.lit(j+1, "recent") && m.misc(j+2, "fiscal"):
		j, n = j+2, -1
	case m.lit(j, "new") && m.misc(j+1, "fiscal"):
		j, n = j+1, 1
	}
	fiscal := m.misc(j, "fiscal")
	if fiscal || m.lit(j, "full") {
		j++
	}
	u := m.has(j, cUnit)
	if u == nil || !(m.lit(j, "year") || m.lit(j, "month") || m.lit(j, "week")) {
		return match{}, false
	}
	if m.upper(j) && !m.upper(i) {
		return match{}, false // a title: "Player of the Year"
	}
	if m.misc(i-1, "of") && m.has(i-2, cUnit) != nil && m.misc(i-3, "the") {
		return match{}, false // "the days of the week": their names
	}
	k := j + 1
	if m.punct(k, '-') && m.adj(k) || m.punct(k, '\'') && !m.lit(k+1, "s") {
		return match{}, false // "the year-earlier period"
	}
	if m.lit(k, "ended") || m.lit(k, "ending") || m.lit(k, "ends") || (m.misc(k, "to") || m.lit(k, "through")) && m.has(k+1, cMonth|cWeekday) != nil && m.upper(k+1) {
		// "the year to March", "the week through Friday": the same
		// reporting period, its end named after "to" as after "ended".
		if v := durationValue("1", u.unit); v != "" {
			return match{k, valueSem(annals.TimeDuration, v)}, true
		}
	}
	if fiscal && (m.lit(k, "that") || m.lit(k, "which")) && m.inSet(k+1, fiscalClauseVerbs) {
		return match{k, sem{typ: annals.TimeDate, anchor: aOffset, unit: u.unit, n: n, theUnit: u.unit == "Y" && n == 0}}, true
	}
	if k < len(m.toks) && m.toks[k].kind == kWord && !m.punct(k, '\'') {
		if w := m.w(k); w != nil && (w.cls&(cUnit|cNum|cMonth) != 0 || w.misc == "of" || w.misc == "earlier" || w.misc == "later") {
			return match{}, false // "the year 2000", "the week of April 15", "the year earlier"
		}
		if theUnitStop[lowerASCII(m.text[m.toks[k].b:m.toks[k].e])] {
			return match{}, false
		}
	}
	if _, ok := m.isNum(k); ok {
		return match{}, false
	}
	return match{k, sem{typ: annals.TimeDate, anchor: aOffset, unit: u.unit, n: n, theUnit: u.unit == "Y" && n == 0}}, true
}

// fiscalClauseVerbs start a relative clause that places the fiscal year
// before them by its start or end ("the fiscal year that ended in
// September").
var fiscalClauseVerbs = map[string]bool{
	"ended": true, "ends": true, "began": true, "begins": true, "started": true, "starts": true,
}

// theUnitStop are words after "the year" or "the week" that make it some
// other period than the DCT's: a relative clause or a comparison.
var theUnitStop = map[string]bool{
	"before": true, "after": true, "ago": true, "prior": true, "that": true, "when": true,
	"which": true, "in": true, "he": true, "she": true, "they": true, "we": true, "i": true,
	"it": true, "the": true, "his": true, "her": true, "their": true, "a": true, "an": true,
}

// pluralPartOfDay reports whether token j is a part of day in the plural
// ("nights"), which makes the weekday before it recurring.
func (m *matcher) pluralPartOfDay(j int) bool {
	return m.lit(j, "mornings") || m.lit(j, "afternoons") || m.lit(j, "evenings") || m.lit(j, "nights")
}

// ordinalDay matches "the second day", "its eighth day", "his first day
// (in office)": a day counted within some event, which TimeBank and
// AQUAINT always mark as a DATE (the article included when it is "the").
// Its value is the DCT when the sentence is in the present ("today is the
// eighth day of the blockade"), else the reference day. "The first day of
// March" is left to the month patterns, "first-day sales" is an adjective.
func (m *matcher) ordinalDay(i int) (match, bool) {
	j := i
	if m.misc(j, "the") {
		j++
	}
	o := m.has(j, cOrd)
	if o == nil || o.ord < 1 || o.ord > 12 || m.toks[j].kind != kWord || m.lit(j-1, "a") || m.lit(j-1, "an") {
		// "a second day of strikes", "for a third day": a count of days,
		// which neither TimeBank nor our annotations mark.
		return match{}, false
	}
	if !m.lit(j+1, "day") || m.punct(j+2, '-') && m.adj(j+2) {
		return match{}, false
	}
	if m.misc(j+2, "of") && (m.has(j+3, cMonth) != nil || m.misc(j+3, "the") && m.has(j+4, cUnit|cMonth|cSeason) != nil) {
		return match{}, false // "the first day of March", "the first day of the year"
	}
	return match{j + 2, sem{typ: annals.TimeDate, anchor: aReference, unit: "D", ordDay: true}}, true
}

// seasonOfUnit reports whether the bare season word at token i stands
// before a unit or part of day ("a warm spring day", "long winter nights"):
// it names the season those days fall in (the dev sets mark the season
// so), which a verb "spring" or "fall" before a noun never is.
func (m *matcher) seasonOfUnit(i int) bool {
	return !m.compound(i+1) && !m.upper(i+1) && m.has(i+1, cUnit|cPart) != nil
}

// seasonNoun reports whether the season word at token i heads a noun
// phrase of an article and one adjective and ends it ("it was a tough
// winter, and", "a wetter spring is ahead"): then it is the noun, not the
// verb "spring" or "fall", nor a modifier ("a mild winter coat").
func (m *matcher) seasonNoun(i int) bool {
	if i < 2 || !(m.lit(i-2, "a") || m.lit(i-2, "an")) {
		return false
	}
	adj := m.toks[i-1]
	if adj.kind != kWord || adj.upper || adj.w != nil || m.inSet(i-1, determiners) || m.tenseOf(i-1) != 0 {
		return false
	}
	if m.lit(i, "fall") && (m.inSet(i-1, fallAdjectives) || m.declineNoun(i+1)) {
		return false // "a sharp fall", "a steep fall in prices": a decline
	}
	if i+1 >= len(m.toks) {
		return true
	}
	if m.toks[i+1].kind == kPunct {
		return !m.punct(i+1, '-')
	}
	return m.inSet(i+1, afterSeasonNoun)
}

// fallAdjectives describe a decline, not an autumn: "a sharp fall".
var fallAdjectives = map[string]bool{"sharp": true, "steep": true, "sharper": true, "steeper": true, "big": true, "bigger": true, "further": true, "slight": true, "modest": true, "small": true, "dramatic": true, "sudden": true, "rapid": true, "huge": true, "heavy": true, "nasty": true, "bad": true, "long": true, "hard": true, "precipitous": true}

// fallVerbs, after "the fall", make it a decline that is compared or
// explained: "the fall compares with", "the fall reflected".
var fallVerbs = map[string]bool{
	"compares": true, "compared": true, "follows": true, "followed": true, "reflects": true,
	"reflected": true, "brings": true, "brought": true, "wiped": true, "pushed": true,
	"means": true, "meant": true, "mirrors": true, "mirrored": true,
}

// fallCauses, before "the fall" (or before "for" or "to" before it), ask
// for the cause of a decline: "blamed for the fall", "behind the fall",
// "contributed to the fall".
var fallCauses = map[string]bool{
	"blamed": true, "blame": true, "blames": true, "behind": true, "explained": true, "explain": true,
	"explains": true, "attributed": true, "reason": true, "reasons": true, "responsible": true,
	"contributed": true, "led": true, "caused": true, "triggered": true, "prompted": true,
}

// afterSeasonNoun are the closed-class words that may follow a season noun
// ending its phrase.
var afterSeasonNoun = map[string]bool{"and": true, "or": true, "but": true, "is": true, "was": true, "will": true, "would": true, "has": true, "had": true, "lies": true, "came": true, "ahead": true, "for": true, "that": true, "when": true, "as": true, "with": true, "than": true}

// periodKinds are words that, between "a" and "year", "month", "week" or
// "day", make a length or a kind of period rather than a judgement of the
// period the text is in: "a full year", "a fiscal year", "a leap year", "a
// working day", "a long week".
var periodKinds = map[string]bool{
	"full": true, "whole": true, "entire": true, "single": true, "additional": true, "extra": true,
	"further": true, "half": true, "calendar": true, "fiscal": true, "financial": true, "school": true,
	"academic": true, "business": true, "working": true, "work": true, "trading": true, "leap": true,
	"light": true, "model": true, "tax": true, "typical": true, "average": true, "normal": true,
	"given": true, "certain": true, "particular": true, "long": true, "short": true, "same": true,
	"different": true, "new": true, "lunar": true, "solar": true, "standard": true, "rainy": true,
	"sabbatical": true, "gap": true, "base": true,
}

// otherDayPreps before "the other day" make it one of days counted
// ("on four days and on the other day"); the vague past stands alone.
var otherDayPreps = map[string]bool{"on": true, "for": true, "in": true, "of": true, "at": true, "from": true, "during": true, "by": true}

// verdictAux are the words that may stand between a date said as the
// subject and the "be" of its verdict ("1987 will likely be").
var verdictAux = map[string]bool{
	"will": true, "would": true, "may": true, "might": true, "could": true, "should": true,
	"must": true, "has": true, "have": true, "had": true, "to": true, "likely": true, "also": true,
}

// intensifiers may stand before the judging adjective: "a very strong year".
var intensifiers = map[string]bool{
	"very": true, "truly": true, "really": true, "particularly": true, "extremely": true,
	"especially": true, "pretty": true, "rather": true, "so": true, "most": true, "quite": true,
}

// verdictPeriod matches, at the unit word i, a year, month, week or day
// the news judges in passing: "it has been a difficult year", "2019 was a
// record year", "a big week for markets", "another bad week for the
// airline", "a sad day for the country". The judging words (one to three,
// none of them a time word or a kind of period) follow "a", "an" or
// "another", and either a form of "be" comes before or "for" after, as
// in a verdict; "spent a quiet week there" and "a rainy day fund" are
// no verdicts. TimeML marks the period; TimeBank ("another very bad
// financial week for Asia") and AQUAINT ("a great day for Poland") mark
// the noun alone. Its value is the DCT's period, or that of the date said
// as the subject ("2011 was a pivotal year").
func (m *matcher) verdictPeriod(i int) (match, bool) {
	if !(m.lit(i, "year") || m.lit(i, "month") || m.lit(i, "week") || m.lit(i, "day")) || m.punct(i+1, '-') || m.punct(i+1, '\'') {
		return match{}, false
	}
	k, n := i-1, 0
	for ; k >= 0 && n < 3; k-- {
		if k >= len(m.toks) || m.toks[k].kind != kWord || m.inSet(k, periodKinds) {
			break
		}
		if m.toks[k].w != nil && !m.inSet(k, intensifiers) {
			break // a time or function word: "a second day", "a few days"
		}
		n++
	}
	if n == 0 || m.inSet(k+1, intensifiers) && n == 1 || !(m.lit(k, "a") || m.lit(k, "an") || m.misc(k, "another")) {
		return match{}, false
	}
	if m.inSet(k+1, intensifiers) && m.inSet(i-1, intensifiers) {
		return match{}, false // "a very week": an adjective is wanted
	}
	cop := m.inSet(k-1, beForms) && !m.lit(k-1, "not") || m.lit(k-1, "not") && m.inSet(k-2, beForms)
	if !cop && !m.misc(i+1, "for") {
		return match{}, false
	}
	u := m.has(i, cUnit)
	if u == nil {
		return match{}, false
	}
	if cop {
		c := k - 1
		for n := 0; n < 4 && (m.inSet(c-1, beForms) || m.inSet(c-1, verdictAux)); n++ {
			c-- // "1987 will be", "2014 was likely to be", "is not"
		}
		if _, ok := m.isNum(c - 1); ok && !m.adj(c) || m.has(c-1, cMonth|cWeekday) != nil && m.upper(c-1) {
			// "2011 was a pivotal year", "June 4, 2019 was a calm day",
			// "April was a difficult month": the date said as the
			// subject is the period judged.
			return match{i + 1, sem{typ: annals.TimeDate, anchor: aReference, unit: u.unit, ordDay: u.unit == "D"}}, true
		}
	}
	if u.unit == "D" {
		// "said it was a great day for the country": a day told in the
		// past is the day the story last named, as "the second day" is.
		return match{i + 1, sem{typ: annals.TimeDate, anchor: aReference, unit: "D", ordDay: true}}, true
	}
	return match{i + 1, sem{typ: annals.TimeDate, anchor: aOffset, unit: u.unit}}, true
}

// stretchPreps put a length of time after them: "over the next year",
// "for the coming month", "within the next week".
var stretchPreps = map[string]bool{"over": true, "during": true, "throughout": true, "within": true, "for": true}

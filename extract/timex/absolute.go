package timex

import (
	"fmt"
	"time"

	"github.com/annals-project/annals"
)

var fullMonthLen = [13]int{0, 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8}

// month reads a month name at i: capitalised (news capitalises months, and
// this keeps the verbs "march" and "may" out), with the full stop of an
// abbreviation ("Nov.") included. Abbreviations without a full stop and
// "May" need a neighbour that makes them a date.
func (m *matcher) month(i int) (mon int, j int, ok bool) {
	w := m.has(i, cMonth)
	if w == nil || !m.upper(i) {
		return 0, i, false
	}
	t := &m.toks[i]
	j = i + 1
	abbrev := t.e-t.b < fullMonthLen[w.month]
	if abbrev && m.punct(j, '.') && m.adj(j) {
		return w.month, j + 1, true
	}
	if !abbrev && m.punct(j, '.') && m.adj(j) && m.strayDot(j+1) {
		return w.month, j + 1, true // "July. 13, 2000": a stray full stop
	}
	_, next := m.isNum(j)
	if abbrev && !next {
		return 0, i, false // "Jan" without a full stop or a day is a name
	}
	if w.month == 5 && !next && !prevMakesDate(m.w(i-1)) && !m.punct(i-1, '-') && !m.arrangedForAt(i-1) {
		return 0, i, false
	}
	if abbrev && t.e-t.b < 3 {
		return 0, i, false
	}
	if w.month == 3 && !abbrev && m.marchNoun(i) {
		return 0, i, false
	}
	if !abbrev && m.givenName(i, w.month) {
		return 0, i, false
	}
	return w.month, j, true
}

// strayDot reports whether a full month name and a full stop before
// token k are a month written with a stray full stop, as some news sites
// set "Posted July. 13, 2000": a day, a comma and a four-digit year
// follow. Without the year the full stop may end a sentence ("rain fell
// in July. 13 people died").
func (m *matcher) strayDot(k int) bool {
	d, ok := m.isNum(k)
	if !ok || d.ndig > 2 || d.num < 1 || d.num > 31 || !m.punct(k+1, ',') {
		return false
	}
	y, ok := m.isNum(k + 2)
	return ok && y.ndig == 4 && y.num >= 1000 && y.num <= 2099
}

// givenName reports whether the month name at i is a person's first name
// ("I'm June Simms", "April Ryan asked"): April, June or August before a
// capitalised word outside the lexicon (the surname), with no preposition
// or modifier of time, determiner, number or month before it ("in June
// Smith resigned" dates the resignation, "May and June Smith" is a list),
// and punctuation or a past verb after the surname.
func (m *matcher) givenName(i, month int) bool {
	if month != 4 && month != 6 && month != 8 {
		return false
	}
	k := i + 1
	if k+1 >= len(m.toks) || m.toks[k].kind != kWord || !m.upper(k) || m.w(k) != nil || m.adj(k) || m.sentenceStart(k) {
		return false
	}
	if t := m.toks[k]; t.e-t.b < 2 || m.text[t.b+1] < 'a' || m.text[t.b+1] > 'z' {
		return false // "April U.S. crude": an abbreviation, no surname
	}
	if i > 0 && m.toks[i-1].kind == kNum || m.has(i-2, cMonth) != nil {
		return false // "5 June Carver ...", "May and June Carver ..."
	}
	if prevMakesDate(m.w(i-1)) && !m.misc(i-1, "and") && !m.misc(i-1, "or") {
		return false
	}
	if m.inSet(i-1, determiners) {
		return false // "the June Canadian dollar": a contract month
	}
	// The name ends a noun phrase: punctuation or a past verb follows
	// ("I'm June Carver.", "April Ryan asked"), not a noun ("June Swiss
	// francs", a futures month before its currency).
	n := m.toks[k+1]
	return n.kind == kPunct && n.punct != '-' && n.punct != '/' || m.edForm(k+1) || m.tenseOf(k+1) < 0
}

// marchNoun reports whether "March" at i is the noun of a named protest
// ("the March on Washington", "the annual March for Life", "the March of
// the Mothers"): after an article, before a preposition and a name.
func (m *matcher) marchNoun(i int) bool {
	if !(m.misc(i-1, "the") || m.lit(i-1, "a") || m.lit(i-1, "annual")) {
		return false
	}
	if !(m.misc(i+1, "on") || m.misc(i+1, "for") || m.lit(i+1, "of") || m.lit(i+1, "against")) {
		return false
	}
	k := i + 2
	if m.misc(k, "the") {
		k++
	}
	return k < len(m.toks) && m.toks[k].kind == kWord && m.upper(k) && m.w(k) == nil
}

// monthAfterDay reads a month name after a day number: there "May" and
// an abbreviation without its full stop ("15 May", "25 Oct") are months,
// as day-first datelines and press releases write them.
func (m *matcher) monthAfterDay(i int) (mon int, j int, ok bool) {
	if mon, j, ok = m.month(i); ok {
		return mon, j, true
	}
	w := m.has(i, cMonth)
	if w == nil || !m.upper(i) || m.toks[i].e-m.toks[i].b < 3 || m.punct(i+1, '\'') {
		return 0, i, false
	}
	return w.month, i + 1, true
}

// arrangedForAt reports whether token p is "for" after a verb of
// arranging, right before it or with its object between ("scheduled for
// May", "set the vote for May"): there a capitalised "May" is the month
// arranged; a modal never follows "for". Other uses of "for" ("voted for
// May", "a win for May", "called for May to resign", a demand) may name a
// person.
func (m *matcher) arrangedForAt(p int) bool {
	return m.misc(p, "for") && (m.inSet(p-1, arrangeVerbs) && !m.inSet(p-1, callForms) || m.arrangedFor(p))
}

// callForms are the forms of "call", which before "for" make a demand.
var callForms = map[string]bool{"call": true, "calls": true, "called": true, "calling": true}

// prevMakesDate reports whether a word before an ambiguous month name
// ("May", "Jan") makes it a date: a preposition of time or a modifier.
func prevMakesDate(w *word) bool {
	if w == nil {
		return false
	}
	if w.is(cRel | cMod) {
		return true
	}
	if w.is(cMisc) {
		switch w.misc {
		case "in", "since", "to", "from", "by", "during", "of", "before", "after", "on", "until", "and", "or":
			return true
		}
	}
	return false
}

// year reads a year at i: four digits from 1000 to 2099, or an apostrophe
// and two digits ("'87"), which news uses after month names.
func (m *matcher) year(i int) (y int, j int, ok bool) {
	if t, ok := m.isNum(i); ok && t.ndig == 4 && t.num >= 1000 && t.num <= 2099 {
		return t.num, i + 1, true
	}
	if y, j, ok := m.spelledYear(i); ok {
		return y, j, true
	}
	if m.punct(i, '\'') {
		if t, ok := m.isNum(i + 1); ok && t.ndig == 2 && m.adj(i+1) {
			y := 1900 + t.num
			if m.dctYear >= 1100 && m.dctYear <= 9000 {
				// "Fiscal '11" told in 2011 is 2011, "'87" told in 1989
				// 1987: the year of that ending nearest the DCT, not
				// more than ten years after it.
				y = m.dctYear/100*100 + t.num
				if y > m.dctYear+10 {
					y -= 100
				} else if y <= m.dctYear-90 {
					y += 100
				}
			}
			return y, i + 2, true
		}
	}
	return 0, i, false
}

// dayNum reads a day of the month at i: 1-31 with an optional ordinal
// suffix ("3rd").
func (m *matcher) dayNum(i int) (d int, j int, ok bool) {
	t, ok := m.isNum(i)
	if !ok || t.ndig > 2 || t.num < 1 || t.num > 31 {
		return 0, i, false
	}
	j = i + 1
	if m.adj(j) && (m.lit(j, "st") || m.lit(j, "nd") || m.lit(j, "rd") || m.lit(j, "th")) {
		j++
	}
	return t.num, j, true
}

// dayAfterMonth is the day written after a month: a number ("March 8",
// "March 8th") or an ordinal word ("March eighth", "August twenty-first"),
// as broadcast transcripts spell dates out. Both are one DATE with the
// month (TimeML 1.2.1; the dev gold marks "March eighth" and "August
// seventh, nineteen ninety-eight" whole). An ordinal word that begins a
// compound ("May first-quarter results") is no day.
func (m *matcher) dayAfterMonth(j int) (d int, k int, ok bool) {
	if d, k, ok := m.dayNum(j); ok {
		return d, k, true
	}
	if j >= len(m.toks) || m.toks[j].kind != kWord {
		return 0, j, false
	}
	k = j + 1
	if n := m.has(j, cNum); n != nil && (n.num == 20 || n.num == 30) && m.punct(j+1, '-') && m.adj(j+1) && m.adj(j+2) {
		// "twenty-first", "thirty-first".
		o := m.has(j+2, cOrd)
		if o == nil || o.ord < 1 || o.ord > 9 || m.toks[j+2].kind != kWord {
			return 0, j, false
		}
		d, k = n.num+o.ord, j+3
	} else if o := m.has(j, cOrd); o != nil && o.ord >= 1 {
		d = o.ord
	} else {
		for n, w := range teenthDays {
			if m.lit(j, w) {
				d = n + 13
			}
		}
	}
	if d < 1 || d > 31 || m.compound(k) {
		return 0, j, false
	}
	if k < len(m.toks) && m.toks[k].kind == kWord && !m.upper(k) {
		// "by June second thoughts set in": an ordinal before a noun
		// modifies it; a day in words is followed by punctuation, a
		// name or one of dayFollowers.
		for _, w := range dayFollowers {
			if m.lit(k, w) {
				return d, k, true
			}
		}
		return 0, j, false
	}
	return d, k, true
}

// dayFollowers are the lower-case words that may follow a day in words
// ("on March eighth and ninth", "June first at noon").
var dayFollowers = []string{"and", "or", "to", "through", "until", "at", "in", "on", "of", "when", "this", "next", "last", "that", "the"}

// teenthDays are the ordinal words of days that the lexicon does not hold.
// teenthDays[n] is the ordinal word of day n+13.
var teenthDays = []string{"thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", 17: "thirtieth"}

// dayValue formats y-mon-d, or returns "" when the day does not exist.
func dayValue(y, mon, d int) string {
	if d > annals.DaysIn(y, time.Month(mon)) {
		return ""
	}
	return ymd(y, mon, d)
}

// numericDate matches ISO dates (2013-11-01) and US slash dates (3/22/2013,
// 11/02/89), the forms wire copy and web pages use.
func (m *matcher) numericDate(i int) (match, bool) {
	a, ok := m.isNum(i)
	if !ok {
		return match{}, false
	}
	if a.ndig == 4 && m.punct(i+1, '-') && m.adj(i+1) && m.adj(i+2) {
		b, ok1 := m.isNum(i + 2)
		if ok1 && b.ndig == 2 && m.punct(i+3, '-') && m.adj(i+3) && m.adj(i+4) {
			if c, ok2 := m.isNum(i + 4); ok2 && c.ndig == 2 && b.num >= 1 && b.num <= 12 && c.num >= 1 {
				if v := dayValue(a.num, b.num, c.num); v != "" {
					return match{i + 5, valueSem(annals.TimeDate, v)}, true
				}
			}
		}
	}
	if a.ndig <= 2 && m.punct(i+1, '/') && m.adj(i+1) && m.adj(i+2) {
		b, ok1 := m.isNum(i + 2)
		if ok1 && b.ndig <= 2 && m.punct(i+3, '/') && m.adj(i+3) && m.adj(i+4) {
			if c, ok2 := m.isNum(i + 4); ok2 && (c.ndig == 4 || c.ndig == 2) && a.num >= 1 && b.num >= 1 {
				y := c.num
				if c.ndig == 2 {
					y += 1900
					if c.num < 30 {
						y += 100
					}
				}
				mon, day := a.num, b.num // US order, as wire copy writes it
				if mon > 12 && day <= 12 {
					mon, day = day, mon // 22/03/2013 can only be day-first
				}
				if mon <= 12 {
					if v := dayValue(y, mon, day); v != "" {
						return match{i + 5, valueSem(annals.TimeDate, v)}, true
					}
				}
			}
		}
	}
	if m.nineEleven(i) {
		// "9/11", told after 2001: the day of the attacks on New York
		// and Washington, which news names by its date alone.
		return match{i + 3, valueSem(annals.TimeDate, "2001-09-11")}, true
	}
	// 30-Sep-2013, 04-Jun-11: day, month abbreviation and year joined by
	// hyphens, as tables, filings and web page stamps write them.
	if a.ndig <= 2 && a.num >= 1 && m.punct(i+1, '-') && m.adj(i+1) && m.adj(i+2) && m.punct(i+3, '-') && m.adj(i+3) && m.adj(i+4) {
		if w := m.has(i+2, cMonth); w != nil && m.upper(i+2) {
			if c, ok := m.isNum(i + 4); ok && (c.ndig == 4 || c.ndig == 2) && !(m.punct(i+5, '-') && m.adj(i+5)) {
				y := c.num
				if c.ndig == 2 {
					y += 1900
					if c.num < 30 {
						y += 100
					}
				}
				if v := dayValue(y, w.month, a.num); v != "" {
					return match{i + 5, valueSem(annals.TimeDate, v)}, true
				}
			}
		}
	}
	// 2013.03.05: the dotted form year first, as East Asian sites stamp
	// their pages, with a two-digit month and day and nothing dotted
	// after it (a version number "2013.03.05.1").
	if a.ndig == 4 && m.punct(i+1, '.') && m.adj(i+1) && m.adj(i+2) && m.punct(i+3, '.') && m.adj(i+3) && m.adj(i+4) && !(m.punct(i+5, '.') && m.adj(i+5) && m.adj(i+6)) {
		b, ok1 := m.isNum(i + 2)
		c, ok2 := m.isNum(i + 4)
		if ok1 && ok2 && b.ndig == 2 && c.ndig == 2 && b.num >= 1 && b.num <= 12 && c.num >= 1 {
			if v := dayValue(a.num, b.num, c.num); v != "" {
				return match{i + 5, valueSem(annals.TimeDate, v)}, true
			}
		}
	}
	// 22.03.2013: the European dotted form, day first, with a four-digit
	// year so that decimals ("1.5") never match.
	if a.ndig <= 2 && m.punct(i+1, '.') && m.adj(i+1) && m.adj(i+2) {
		b, ok1 := m.isNum(i + 2)
		if ok1 && b.ndig <= 2 && m.punct(i+3, '.') && m.adj(i+3) && m.adj(i+4) {
			if c, ok2 := m.isNum(i + 4); ok2 && c.ndig == 4 && b.num >= 1 && b.num <= 12 && a.num >= 1 {
				if v := dayValue(c.num, b.num, a.num); v != "" {
					return match{i + 5, valueSem(annals.TimeDate, v)}, true
				}
			}
		}
	}
	return match{}, false
}

// dayMonth matches "1 Nov 2013", "16 November", "the 3rd of March 1987".
func (m *matcher) dayMonth(i int) (match, bool) {
	d, j, ok := m.dayNum(i)
	if !ok {
		return match{}, false
	}
	if m.misc(j, "of") {
		j++
	}
	if m.paragraphBefore(j) {
		return match{}, false
	}
	mon, j, ok := m.monthAfterDay(j)
	if !ok {
		return match{}, false
	}
	k := j
	if m.punct(k, ',') {
		k++
	}
	if y, k2, ok := m.year(k); ok {
		if v := dayValue(y, mon, d); v != "" {
			return match{k2, valueSem(annals.TimeDate, v)}, true
		}
		return match{}, false
	}
	if d > annals.DaysIn(2000, time.Month(mon)) {
		return match{}, false
	}
	return match{j, sem{typ: annals.TimeDate, anchor: aMonthDay, month: mon, day: d}}, true
}

// monthFirst matches "March 3", "Aug. 7, 1998", "July 1997", "December,
// 1990", "March of 1987" and a bare month, and month ranges joined by "or",
// "and", "to" or a hyphen ("January or February": one expression, see
// sem.month2).
func (m *matcher) monthFirst(i int) (match, bool) {
	mon, j, ok := m.month(i)
	if !ok {
		return match{}, false
	}
	if d, k, ok := m.dayAfterMonth(j); ok {
		if _, ok := m.isNum(k); ok && !m.punct(k-1, ',') {
			// "March 3 1987" is fine, "March 3 45" is not.
			if y, k2, ok := m.year(k); ok {
				if v := dayValue(y, mon, d); v != "" {
					return match{k2, valueSem(annals.TimeDate, v)}, true
				}
			}
		}
		k2 := k
		if m.punct(k2, ',') || m.misc(k2, "of") {
			k2++ // "Sept. 19, 2005", "Sept. 19 of 2005"
		}
		if y, k3, ok := m.year(k2); ok {
			if v := dayValue(y, mon, d); v != "" {
				return match{k3, valueSem(annals.TimeDate, v)}, true
			}
			return match{}, false
		}
		if d > annals.DaysIn(2000, time.Month(mon)) {
			return match{}, false
		}
		if mm, ok := m.ofYear(k, mon, d); ok {
			return mm, true // "June 4 last year", "July 8 this year"
		}
		if mon == 9 && d == 11 && m.dctYear > 2001 && (m.lit(k, "attacks") || m.lit(k, "attack") || m.lit(k, "terrorist") || m.lit(k, "terror") || m.lit(k, "hijackings")) {
			// "the Sept. 11 attacks" told after 2001 names the day of
			// 2001, whatever the tense of the sentence.
			return match{k, valueSem(annals.TimeDate, "2001-09-11")}, true
		}
		return match{k, sem{typ: annals.TimeDate, anchor: aMonthDay, month: mon, day: d}}, true
	}
	k := j
	if m.punct(k, ',') || m.misc(k, "of") {
		k++
	}
	if y, k2, ok := m.year(k); ok {
		return match{k2, valueSem(annals.TimeDate, ym(y, mon))}, true
	}
	if mm, ok := m.ofYear(j, mon, 0); ok {
		return mm, true // "June last year", "October of that year"
	}
	// A range of two months: "January or February", "June-July".
	// "and" joins a range only after "between" ("between March and May");
	// "in March and May" names two months. The two ends of a range made
	// with "to", "through", "until" or a hyphen are two expressions, as
	// TimeML marks "from 1992 through 1995" (TimeML 1.2.1 guidelines): the
	// first ends before the joiner, taking the year written after the
	// second ("June to September 2012") and keeping the whole range as its
	// interval, and the second is matched on its own, its year counted from
	// the first (state.rangeFrom). An alternative ("January or February")
	// stays one expression.
	ends := m.misc(j, "to") || m.lit(j, "through") || m.lit(j, "until") || m.lit(j, "till") || m.punct(j, '-')
	if ends || m.misc(j, "or") || m.misc(j, "and") && m.misc(i-1, "between") {
		if mon2, k, ok := m.month(j + 1); ok && mon2 != mon {
			end := k
			if ends {
				end = j
			}
			if y, k2, ok := m.year(k); ok {
				if !ends {
					end = k2
				}
				return match{end, sem{typ: annals.TimeDate, val: ym(y, mon), month2: mon2}}, true
			}
			if _, _, ok := m.dayNum(k); !ok {
				return match{end, sem{typ: annals.TimeDate, anchor: aMonthDay, month: mon, month2: mon2}}, true
			}
		}
	}
	return match{j, sem{typ: annals.TimeDate, anchor: aMonthDay, month: mon}}, true
}

// ofYear matches the year a month (and day) is placed in when that year is
// told relative to the DCT or to the text ("June last year", "March of
// next year", "July 8 this year", "December of that year", "May of the
// same year"), starting at j just after the month or day. The month and
// its year are one TIMEX3: TimeML 1.2.1 marks a date expression as a whole
// ("October of 1963"), TIDES 2005 keeps the full extent of a calendar
// phrase, and the dev gold agrees in 7 of 10 cases (timebank 3/3, timeml2
// 4/4, aquaint 0/3; see testdata/README.md).
func (m *matcher) ofYear(j, mon, day int) (match, bool) {
	if m.misc(j, "of") {
		j++
	}
	if r := m.has(j, cRel); r != nil && m.lit(j+1, "year") && !m.compound(j+2) {
		return match{j + 2, sem{typ: annals.TimeDate, anchor: aMonthOfYear, month: mon, day: day, n: r.rel}}, true
	}
	k := j
	if m.misc(k, "that") || m.misc(k, "the") && m.misc(k+1, "same") {
		// "of that year", "of the same year": the reference year.
		if m.misc(k, "the") {
			k++
		}
		if m.lit(k+1, "year") && !m.compound(k+2) {
			return match{k + 2, sem{typ: annals.TimeDate, anchor: aReference, unit: "Y", month: mon, day: day}}, true
		}
	}
	return match{}, false
}

// agePossessives before "early 30s" or "mid-20s" make the decade a
// person's age.
var agePossessives = map[string]bool{"his": true, "her": true, "their": true, "my": true, "our": true, "your": true}

// bareYear matches a year standing alone ("in 1986") and decades ("the
// 1960s", "the '90s"). A four-digit number is a year only when nothing
// marks it as an amount: no currency sign before it, no percent, decimal
// point, thousands separator or unit after it.
func (m *matcher) bareYear(i int) (match, bool) {
	if m.punct(i, '\'') {
		if t, ok := m.isNum(i + 1); ok && t.ndig == 2 && m.adj(i+1) && m.lit(i+2, "s") && m.adj(i+2) {
			return match{i + 3, valueSem(annals.TimeDate, fmt.Sprintf("19%d", t.num/10))}, true
		}
		return match{}, false
	}
	t, ok := m.isNum(i)
	if ok && t.ndig == 2 && t.num%10 == 0 && m.adj(i+1) && m.lit(i+1, "s") && (m.misc(i-1, "the") || m.has(i-1, cMod) != nil || m.punct(i-1, '-')) {
		// "the 80s", "the late 90s": a decade of the 1900s (after an
		// article or modifier only: "in her 80s" is an age, and so is
		// "in his mid-20s", "in her early 30s": a possessive before the
		// modifier).
		k := i - 2
		if m.punct(i-1, '-') {
			k = i - 3
		}
		if m.inSet(k, agePossessives) {
			return match{}, false
		}
		return match{i + 2, valueSem(annals.TimeDate, fmt.Sprintf("19%d", t.num/10))}, true
	}
	if !ok || t.ndig != 4 || t.num < 1000 || t.num > 2099 {
		return match{}, false
	}
	if m.punct(i-1, '$') || m.punct(i-1, '#') || (m.punct(i-1, ',') && m.adj(i)) || (m.punct(i-1, '.') && m.adj(i)) {
		return match{}, false
	}
	if k := m.splitYear(i, t.num); k > i+1 {
		return match{k, valueSem(annals.TimeDate, itoa(t.num))}, true
	}
	if y2, k := m.yearRange(i, t.num); y2 > 0 {
		// "2021-2028", "the 2014–2015 season": a span of years. After a
		// name ("the Vision 2021-2028 plan") the span is part of the
		// name, as a year is ("Windows 2000" below), and neither year is
		// an expression.
		if m.afterName(i, k) {
			return match{}, false
		}
		if !m.spanNounAfter(k) {
			// "1981-2010", "(2001–2013)": a span of years standing for
			// itself is its two ends, two DATEs (TimeML marks the points
			// of a range, as the modern sets tag "2001-2012"); the end
			// year is taken on its own below.
			return match{i + 1, valueSem(annals.TimeDate, itoa(t.num))}, true
		}
		// Before a season or school-year noun (spanNouns: "the
		// 2014-2015 season", "the 2013-2014 school year") the span is one
		// season, one DATE valued by its first year whose interval runs
		// to the end of the last.
		s := valueSem(annals.TimeDate, itoa(t.num))
		s.year2 = y2
		return match{k, s}, true
	}
	if m.punct(i-1, '-') && m.adj(i) && m.adj(i-1) {
		if a, ok := m.isNum(i - 2); ok && a.ndig == 4 {
			if y2, k := m.yearRange(i-2, a.num); y2 == t.num && !m.afterName(i-2, k) && !m.spanNounAfter(k) && !m.punct(i-3, '$') {
				return match{i + 1, valueSem(annals.TimeDate, itoa(t.num))}, true
			}
			// The end of a span of years whose start was not a year
			// ("$1990-2000", "2028-2021"): never an expression alone.
			return match{}, false
		}
	}
	if m.adj(i+1) && (m.punct(i+1, '.') || m.punct(i+1, ',') || m.punct(i+1, ':') || m.punct(i+1, '/')) {
		if _, ok := m.isNum(i + 2); ok && m.adj(i+2) {
			return match{}, false
		}
	}
	if m.punct(i+1, '%') || m.lit(i+1, "pct") || m.lit(i+1, "percent") {
		return match{}, false
	}
	if m.adj(i+1) && (m.lit(i+1, "s") || (m.punct(i+1, '\'') && m.lit(i+2, "s"))) {
		if m.punct(i+1, '\'') && t.num%10 != 0 {
			// "2012's results": a possessive; the year alone is the
			// expression. ("the 1990's" is a decade.)
			return match{i + 1, valueSem(annals.TimeDate, itoa(t.num))}, true
		}
		end := i + 2
		if m.punct(i+1, '\'') {
			end = i + 3
		}
		if t.num%100 == 0 && t.num < 2000 {
			// "the 1800s" is the hundred years 1800-1899, a century
			// (TIMEX3 value "18"); "the 2000s" is read as the decade.
			return match{end, valueSem(annals.TimeDate, itoa(t.num/100))}, true
		}
		return match{end, valueSem(annals.TimeDate, itoa(t.num/10))}, true
	}
	if m.adj(i+1) && m.toks[i+1].kind == kWord {
		return match{}, false // "1990x", a code
	}
	if m.afterName(i, i+1) && !m.titleLine(i) {
		// "Windows 2000", "Orion 1980": part of a name. A year before
		// the noun of a recurring event ("the London 2012 Olympics",
		// "the Rio 2016 Games") dates the event, and TimeML marks it.
		// In a headline set in title case ("Senate Passes 2015
		// Budget") every word is capitalised, so the capital before
		// the year names nothing, and the year is one.
		return match{}, false
	}
	if t.num < 1800 && !m.misc(i-1, "in") && !m.misc(i-1, "since") {
		return match{}, false
	}
	if m.streetNumber(i) {
		return match{}, false
	}
	return match{i + 1, valueSem(annals.TimeDate, itoa(t.num))}, true
}

// titleLine reports whether token i stands on a short line of its own
// set in title case, as headlines are ("USA Votes 2012", "Senate Passes
// 2015 Budget, Bill Goes to House"): every word on the line is
// capitalised but short function words ("to", "of", "in"), and there are
// at least two capitalised words.
func (m *matcher) titleLine(i int) bool {
	const maxLine = 24
	b := i
	for b > 0 && m.toks[b].nlGap == 0 {
		if b--; i-b > maxLine {
			return false
		}
	}
	e := i + 1
	for e < len(m.toks) && m.toks[e].nlGap == 0 {
		if e++; e-i > maxLine {
			return false
		}
	}
	caps := 0
	for k := b; k < e; k++ {
		t := &m.toks[k]
		if t.kind != kWord {
			continue
		}
		if !t.upper {
			if t.e-t.b >= 4 || !m.inSet(k, titleLower) {
				return false
			}
			continue
		}
		caps++
	}
	return caps >= 2
}

// titleLower are the short words a headline in title case leaves in lower
// case.
var titleLower = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "nor": true, "but": true,
	"to": true, "of": true, "in": true, "on": true, "at": true, "for": true, "by": true,
	"as": true, "vs": true, "v": true, "s": true, "t": true,
}

// streetNumber reports whether the number at i begins a street address:
// one to three capitalised words or letters, then a street word ("1800 G
// Street NW", "1600 Pennsylvania Avenue", "2020 Main St.").
func (m *matcher) streetNumber(i int) bool {
	for k := i + 1; k <= i+4 && k < len(m.toks); k++ {
		t := &m.toks[k]
		if t.kind != kWord || !t.upper {
			return false
		}
		if k > i+1 && m.inSet(k, streetWords) {
			return true
		}
	}
	return false
}

// streetWords end the name of a street in an address.
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true,
	"boulevard": true, "blvd": true, "lane": true, "drive": true, "parkway": true,
	"highway": true, "plaza": true, "terrace": true, "pike": true,
}

// yearIntro are the words that put a bare year in words ("two thousand")
// after them: the noun "year" and the prepositions of time.
var yearIntro = map[string]bool{"year": true, "in": true, "since": true, "by": true, "until": true, "till": true, "of": true, "from": true, "to": true, "before": true, "after": true, "through": true, "during": true}

// spelledYear reads a year in words, as broadcast transcripts write them:
// "nineteen ninety-six", "nineteen eighty", "two thousand", "two thousand
// and three", "twenty twelve".
func (m *matcher) spelledYear(i int) (y int, j int, ok bool) {
	w := m.has(i, cNum)
	if w == nil || m.lit(i, "a") || m.lit(i, "an") {
		return 0, i, false
	}
	if w.num == 2 && m.lit(i+1, "thousand") {
		j = i + 2
		k := j
		if m.misc(k, "and") {
			k++
		}
		if _, n, k2, ok := m.number(k); ok && m.toks[k].kind == kWord && n >= 1 && n <= 99 && !m.lit(k, "a") && !m.lit(k, "an") {
			if m.has(k2, cUnit) != nil {
				return 0, i, false // "two thousand and five years": an amount
			}
			return 2000 + n, k2, true
		}
		if m.has(j, cUnit) != nil {
			return 0, i, false // "two thousand years"
		}
		if j < len(m.toks) && m.toks[j].kind == kWord && !m.toks[j].upper && m.toks[j].w == nil && !m.inSet(i-1, yearIntro) {
			// "Two thousand employees", "some two thousand troops": a
			// count before its noun, not the year; "the year two
			// thousand has passed", "in two thousand the law" name it.
			return 0, i, false
		}
		return 2000, j, true
	}
	if w.num != 18 && w.num != 19 && w.num != 20 {
		return 0, i, false
	}
	_, n, k, ok := m.number(i + 1)
	if !ok || m.toks[i+1].kind != kWord || n < 10 || n > 99 || m.has(k, cUnit) != nil {
		return 0, i, false
	}
	return w.num*100 + n, k, true
}

// splitYear returns the end of a split year that begins with the year y at
// token i, "2008-09", "2012/13" (a season or fiscal year that spans two
// calendar years: one DATE valued by its first year, as TimeBank labels
// fiscal years), or i+1 when the year stands alone. The second part must be
// the next year's last two digits, written close up, and no further number
// may follow it ("2010-11-05" is a day).
func (m *matcher) splitYear(i, y int) int {
	if !(m.punct(i+1, '-') || m.punct(i+1, '/')) || !m.adj(i+1) || !m.adj(i+2) {
		return i + 1
	}
	t, ok := m.isNum(i + 2)
	if !ok || t.ndig != 2 || t.num != (y+1)%100 {
		return i + 1
	}
	if m.adj(i+3) && (m.toks[i+3].kind != kPunct || m.adj(i+4) && m.toks[i+4].kind != kPunct) {
		return i + 1 // "2010-11-05", "2012-13x"
	}
	return i + 3
}

// afterName reports whether the year at i, whose expression would end at
// k, follows a capitalised word that is no time word and does not start
// the sentence ("Windows 2000"), unless the noun of a recurring event
// follows it ("the London 2012 Olympics").
func (m *matcher) afterName(i, k int) bool {
	return i > 0 && m.toks[i-1].kind == kWord && m.upper(i-1) && m.w(i-1) == nil && !m.sentenceStart(i-1) && !m.inSet(k, eventNouns)
}

// yearRange returns the last year and the end of a span of years written
// close up with a hyphen or dash from the year y at token i ("2021-2028",
// "1914–1918"), or 0 when none: the last year is later than y, at most a
// century on, and no number or word follows it close up ("2021-2028-05").
func (m *matcher) yearRange(i, y int) (int, int) {
	if !m.punct(i+1, '-') || !m.adj(i+1) || !m.adj(i+2) {
		return 0, i + 1
	}
	t, ok := m.isNum(i + 2)
	if !ok || t.ndig != 4 || t.num <= y || t.num > 2099 || t.num-y > 100 {
		return 0, i + 1
	}
	if m.adj(i+3) && (m.toks[i+3].kind != kPunct || m.adj(i+4) && m.toks[i+4].kind != kPunct) {
		return 0, i + 1 // "2021-2028-05", "2021-2028x"
	}
	return t.num, i + 3
}

// spanNounAfter reports whether a noun of a split season or term follows
// the span of years ending before token k within three words ("the
// 2014-2015 NBA season", "the 2013-2014 school year"): such a span is one
// season, one DATE valued by its first year, as the modern sets tag it.
func (m *matcher) spanNounAfter(k int) bool {
	for d := 0; d < 3 && k+d < len(m.toks) && m.toks[k+d].kind == kWord; d++ {
		if m.inSet(k+d, spanNouns) {
			return true
		}
	}
	return false
}

// spanNouns name a season, school, fiscal or legislative year or term that
// runs across two calendar years.
var spanNouns = map[string]bool{
	"season": true, "seasons": true, "school": true, "academic": true, "fiscal": true,
	"financial": true, "term": true, "session": true, "winter": true,
}

// eventNouns name recurring events that a year in their name dates
// ("London 2012 Olympics", "Expo 2010 Fair").
var eventNouns = map[string]bool{
	"olympics": true, "olympic": true, "paralympics": true, "games": true, "cup": true,
	"championship": true, "championships": true, "expo": true, "festival": true,
	"summit": true, "election": true, "elections": true, "conference": true, "world": true,
}

// nineEleven reports whether tokens i..i+2 are "9/11" standing alone (no
// year or further figure joined to it, not the first word of a name) in a
// text dated after 2001.
func (m *matcher) nineEleven(i int) bool {
	if m.dctYear <= 2001 || !m.punct(i+1, '/') || !m.adj(i+1) || !m.adj(i+2) || m.punct(i-1, '/') && m.adj(i) {
		return false
	}
	a, ok := m.isNum(i)
	b, ok2 := m.isNum(i + 2)
	if !ok || !ok2 || a.ndig != 1 || a.num != 9 || b.ndig != 2 || b.num != 11 {
		return false
	}
	if i+3 < len(m.toks) && m.toks[i+3].kind == kWord && m.upper(i+3) && !m.sentenceBreak(i+3) {
		// "the 9/11 Memorial", "the 9/11 Commission": the date is part
		// of a name, which dates no event of the story.
		return false
	}
	return !(i+3 < len(m.toks) && m.adj(i+3) && (m.punct(i+3, '/') || m.punct(i+3, '-') || m.punct(i+3, '.') && m.adj(i+4) || m.toks[i+3].kind != kPunct))
}

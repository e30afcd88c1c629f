package timex

import (
	"github.com/annals-project/annals"
)

// quarter matches quarters and halves of a (fiscal) year: "the third
// quarter", "third-quarter", "the fiscal first quarter", "the fourth
// quarter of 1989", "1989's first half", "the first half", and the
// earnings-report phrases "the quarter", "the latest quarter", "the
// year-earlier quarter".
func (m *matcher) quarter(i int) (match, bool) {
	j := i
	the := m.misc(j, "the")
	if the {
		j++
	}
	y := 0
	relYear, hasRel := 0, false
	if yy, k, ok := m.year(j); ok && m.punct(k, '\'') && m.lit(k+1, "s") {
		y, j = yy, k+2 // "1989's third quarter"
	} else if yy, k, ok := m.year(j); ok && the && (m.has(k, cOrd) != nil || m.lit(k, "quarter") || m.misc(k, "period") || m.misc(k, "fiscal")) {
		y, j = yy, k // "the 1988 second quarter"
		if m.lit(j, "quarter") || m.misc(j, "period") {
			return match{j + 1, sem{typ: annals.TimeDate, anchor: aValueYearQuarter, n: y}}, true
		}
	} else if r := m.has(j, cRel); r != nil && m.lit(j+1, "year") && m.punct(j+2, '\'') && m.lit(j+3, "s") {
		relYear, hasRel, j = r.rel, true, j+4 // "this year's third quarter"
	}
	yearAgo, same := false, false
	if m.lit(j, "year") && m.punct(j+1, '-') && m.adj(j+1) && (m.lit(j+2, "earlier") || m.lit(j+2, "ago")) {
		yearAgo, j = true, j+3 // "the year-earlier quarter"
	}
	if m.misc(j, "fiscal") {
		j = m.hyphen(j + 1)
	}
	var s sem
	s.typ = annals.TimeDate
	hyphenated := false
	switch o := m.has(j, cOrd); {
	case (m.lit(j, "last") || m.lit(j, "latter")) && m.misc(j+1, "half"):
		s.anchor, s.n = aQuarter, 2
		j++
	case o != nil && o.ord <= 4:
		if !the {
			if mm, ok := m.elidedQuarter(j, o.ord); ok {
				return mm, true
			}
		}
		s.anchor, s.n = aQuarter, o.ord
		k := m.hyphen(j + 1)
		hyphenated = k > j+1
		j = k
	case the && m.lit(j, "final") && m.lit(j+1, "quarter") && !m.compound(j+2) && (!m.misc(j+2, "of") || m.yearAfterOf(j+3)):
		// "the final quarter", "the final quarter of 2012": the fourth
		// quarter of the year under discussion (timeml marks it as "the
		// fourth quarter"); "the final quarter of the match" is a game's.
		s.anchor, s.n = aQuarter, 4
		j++
	case m.misc(j, "latest") || m.lit(j, "recent") || m.lit(j, "just") && m.lit(j+1, "ended"):
		// The latest quarter is the last one completed by the DCT.
		s.anchor, s.unit, s.n = aOffset, "Q", -1
		if m.lit(j, "just") {
			j++
		}
		j++
	case m.lit(j, "current"):
		s.anchor, s.unit = aOffset, "Q"
		j++
	case m.misc(j, "same"):
		s.anchor = aLastQuarter
		same = true
		j++
	case j > i:
		s.anchor = aLastQuarter // "the quarter"
	default:
		return match{}, false
	}
	if yearAgo && (s.anchor == aLastQuarter || s.anchor == aOffset) {
		s.anchor = aYearAgoQuarter
	}
	if hasRel && relYear < 0 && s.anchor == aLastQuarter {
		s.anchor = aYearAgoQuarter // "last year's quarter": the one under discussion, a year before
	}
	if m.misc(j, "fiscal") {
		j = m.hyphen(j + 1)
	}
	unit := ""
	elided := !the && j == i+1 && (m.misc(i-1, "and") || m.misc(i-1, "or")) && m.has(i-2, cOrd) != nil
	switch {
	case m.lit(j, "quarter") || elided && m.lit(j, "quarters"):
		unit = "Q"
	case (m.misc(j, "half") || elided && m.lit(j, "halves")) && s.anchor == aQuarter && s.n <= 2:
		unit = "H"
	case m.misc(j, "period") && s.anchor != aQuarter && (the || yearAgo) && !m.periodNamed(j+1):
		unit = "Q"
	case s.anchor == aOffset && (m.misc(j, "half") || m.lit(j, "year") || m.lit(j, "month") || m.lit(j, "week")):
		return match{}, false
	default:
		return match{}, false
	}
	j++
	if hyphenated && the && y == 0 && !hasRel && !yearAgo && j < len(m.toks) && m.toks[j].kind == kWord {
		// "the third-quarter profit": the adjective alone is the
		// expression (TimeML leaves out the article of the noun phrase);
		// the match starting at the ordinal will take it.
		return match{}, false
	}
	if s.anchor == aOffset {
		return match{j, s}, true
	}
	if same {
		// "the same period last year", "the same quarter a year
		// earlier": the quarter under discussion a year before, one
		// expression (TimeML takes the whole phrase).
		switch {
		case m.lit(j, "last") && m.lit(j+1, "year"):
			return match{j + 2, sem{typ: annals.TimeDate, anchor: aYearAgoQuarter}}, true
		case (m.lit(j, "a") || m.lit(j, "one")) && m.lit(j+1, "year") && (m.lit(j+2, "earlier") || m.lit(j+2, "ago") || m.lit(j+2, "before")):
			return match{j + 3, sem{typ: annals.TimeDate, anchor: aYearAgoQuarter}}, true
		}
	}
	if s.anchor != aQuarter {
		return match{j, s}, true
	}
	s.unit = unit
	if unit == "H" && m.misc(j, "of") {
		// "the second half of May": a half of a month is the month with
		// the mod of its half (ISO 8601 has no half-month).
		if mm, ok := m.monthFirst(j + 1); ok && mm.s.month2 == 0 && (mm.s.anchor == aMonthDay && mm.s.day == 0 || mm.s.anchor == aValue && len(mm.s.val) == 7) {
			mm.s.mod = annals.ModStart
			if s.n == 2 {
				mm.s.mod = annals.ModEnd
			}
			return mm, true
		}
	}
	k := j
	if m.misc(k, "of") || m.punct(k, ',') {
		k++
	}
	if yy, k2, ok := m.year(k); ok {
		y, j = yy, k2
	} else if m.misc(k, "fiscal") {
		if yy, k2, ok := m.year(k + 1); ok {
			y, j = yy, k2
		}
	}
	if y == 0 && m.misc(j, "of") {
		// "the second half of next year", "the first quarter of last year".
		if r := m.has(j+1, cRel); r != nil && m.lit(j+2, "year") {
			s.anchor, s.dir = aYearQuarter, r.rel
			return match{j + 3, s}, true
		}
	}
	if y > 0 {
		if unit == "H" {
			return match{j, valueSem(annals.TimeDate, itoa4(y)+"-H"+itoa(s.n))}, true
		}
		return match{j, valueSem(annals.TimeDate, itoa4(y)+"-Q"+itoa(s.n))}, true
	}
	if y == 0 && !hasRel && !yearAgo && m.misc(j, "of") && m.misc(j+1, "the") && m.lit(j+2, "year") && !m.compound(j+3) {
		// "the first half of the year": "of the year" names the year
		// the bare "the first half" already means (TimeML marks the
		// whole phrase, as it does "the first half of 2012").
		j += 3
	}
	if hasRel || yearAgo {
		s.anchor = aYearQuarter
		s.dir = relYear
		if yearAgo {
			s.dir = -1
		}
	} else if s.anchor == aQuarter {
		s.month = m.endedMonth(j)
	}
	return match{j, s}, true
}

// endedMonth returns the month of the date that tokens from k give as the
// end of a quarter or half ("ended Feb. 28", ", which ended in March",
// "ending June 30"), or 0 when none follows. A fiscal quarter is dated by
// the year of its last day (TimeBank: "the fiscal-first quarter ended
// Sept. 30" is 1989-Q1; "its fiscal third quarter ended Feb. 28", told
// in March, is this year's, not last year's third quarter).
func (m *matcher) endedMonth(k int) int {
	if m.punct(k, ',') {
		k++
	}
	if m.lit(k, "that") || m.lit(k, "which") {
		k++
	}
	if !m.lit(k, "ended") {
		return 0
	}
	k++
	if m.misc(k, "in") || m.misc(k, "on") {
		k++
	}
	if mo := m.has(k, cMonth); mo != nil && m.upper(k) {
		return mo.month
	}
	return 0
}

// weekOfMonth matches "the first week of May", "the last week of June
// 2012": the ISO week holding the week's first day (day 1, 8, 15 or 22;
// for "the last week", the month's last day), a week value like the one
// "the week of April 15" gets.
func (m *matcher) weekOfMonth(i int) (match, bool) {
	j := i + 1
	n := 0
	if o := m.has(j, cOrd); o != nil && o.ord >= 1 && o.ord <= 4 {
		n = o.ord
	} else if !m.lit(j, "last") {
		return match{}, false
	}
	if !m.lit(j+1, "week") || !m.misc(j+2, "of") {
		return match{}, false
	}
	mm, ok := m.monthFirst(j + 3)
	if !ok || mm.s.month2 != 0 {
		return match{}, false
	}
	switch {
	case mm.s.anchor == aMonthDay && mm.s.day == 0:
		mm.s.day, mm.s.lastDay = 1+7*(n-1), n == 0
	case mm.s.anchor == aValue && len(mm.s.val) == 7:
		y, _ := atoi4(mm.s.val)
		mon := int(mm.s.val[5]-'0')*10 + int(mm.s.val[6]-'0')
		d := 1 + 7*(n-1)
		if n == 0 {
			d = annals.DaysIn(y, monthOf(mon))
		}
		mm.s.val = dayValue(y, mon, d)
	default:
		return match{}, false
	}
	mm.s.weekOf = true
	return mm, true
}

// quarterCode matches the analysts' shorthand for quarters, "Q1" to "Q4"
// and "1Q" to "4Q", optionally with a year ("Q3 2013", "Q3 of 2013"); the
// quarter of the year the tense picks when none is given.
func (m *matcher) quarterCode(i int) (match, bool) {
	var t *token
	j := i + 1
	letter := func(k int) bool {
		return (m.misc(k, "q") || m.misc(k, "h")) && m.upper(k) && m.toks[k].e-m.toks[k].b == 1
	}
	half := false
	switch {
	case letter(i) && m.adj(j):
		t, _ = m.isNum(j)
		half = m.misc(i, "h")
		j++
	case letter(j) && m.adj(j):
		t, _ = m.isNum(i)
		half = m.misc(j, "h")
		j++
	}
	top := 4
	if half {
		top = 2 // "H1 2013", "2H": a half year
	}
	if t == nil || t.ndig != 1 || t.num < 1 || t.num > top || j < len(m.toks) && m.adj(j) && m.toks[j].kind != kPunct {
		return match{}, false
	}
	k := j
	if m.misc(k, "of") || m.punct(k, ',') {
		k++
	}
	code, unit := "-Q", ""
	if half {
		code, unit = "-H", "H"
	}
	if y, k2, ok := m.year(k); ok {
		return match{k2, valueSem(annals.TimeDate, itoa4(y)+code+itoa(t.num))}, true
	}
	return match{j, sem{typ: annals.TimeDate, anchor: aQuarter, n: t.num, unit: unit}}, true
}

// periodNamed reports that the words from i name the period a "the
// period" before them refers to ("for the period May 14 through May 16",
// "the period from May to July", "the period between the two votes", "for
// the period 2021-2022"): the noun is then no earnings quarter.
func (m *matcher) periodNamed(i int) bool {
	if _, _, ok := m.month(i); ok {
		return true
	}
	if _, _, ok := m.year(i); ok {
		return true
	}
	if m.misc(i, "of") {
		// "the period of June 28 to July 4", "the period of 2010-2012":
		// the dates after "of" are the expressions (TimeML marks each);
		// the noun does not stand for a reported quarter.
		if _, _, ok := m.month(i + 1); ok {
			return true
		}
		if _, _, ok := m.year(i + 1); ok {
			return true
		}
	}
	return m.lit(i, "from") || m.lit(i, "between")
}

// quarterMonths matches a quarter or half told in months: "the first
// three months of the year", "the last three months of 2014", "the
// first six months of last year", and the "three-month" of VOA Learning
// English ("the first three-month of the year"). The year must be told
// ("of the year", "of this year", "of last year", "of 2014"): "the first
// three months of the war" is no quarter, and without it the phrase is a
// length counted from some start.
func (m *matcher) quarterMonths(i int) (match, bool) {
	j := i + 1
	first := true
	switch o := m.has(j, cOrd); {
	case o != nil && o.ord == 1:
	case m.lit(j, "last") || m.lit(j, "final"):
		first = false
	default:
		return match{}, false
	}
	unit, n := "Q", 1
	switch {
	case m.lit(j+1, "three"):
	case m.lit(j+1, "six"):
		unit = "H"
	default:
		return match{}, false
	}
	k := m.hyphen(j + 2)
	if !(m.lit(k, "months") || k > j+2 && m.lit(k, "month")) || !m.misc(k+1, "of") {
		return match{}, false
	}
	if !first {
		n = 4
		if unit == "H" {
			n = 2
		}
	}
	k += 2
	s := sem{typ: annals.TimeDate, anchor: aYearQuarter, unit: unit, n: n}
	switch {
	case m.misc(k, "the") && m.lit(k+1, "year"):
		return match{k + 2, s}, true
	case m.has(k, cRel) != nil && m.lit(k+1, "year"):
		s.dir = m.has(k, cRel).rel
		return match{k + 2, s}, true
	}
	if y, k2, ok := m.year(k); ok {
		return match{k2, valueSem(annals.TimeDate, itoa4(y)+"-"+unit+itoa(n))}, true
	}
	return match{}, false
}

// monthsQuarter matches a calendar quarter or half told by its first and
// last months, as economic news names them: "the April-June quarter",
// "the July-December period", "the January-June half". It is the quarter
// (half) of that number, in the year a bare "the second quarter" would
// take; a span that is no calendar quarter or half ("the March-May
// period") is left to the months.
func (m *matcher) monthsQuarter(i int) (match, bool) {
	j := i
	if m.misc(j, "the") {
		j++
	}
	m1, k, ok := m.month(j)
	if !ok || !m.punct(k, '-') || !m.adj(k) || !m.adj(k+1) {
		return match{}, false
	}
	m2, k2, ok := m.month(k + 1)
	if !ok || !(m.lit(k2, "quarter") || m.lit(k2, "period") || m.lit(k2, "half")) || m.compound(k2+1) {
		return match{}, false
	}
	s := sem{typ: annals.TimeDate, anchor: aQuarter}
	switch {
	case m2-m1 == 2 && m1%3 == 1 && !m.lit(k2, "half"):
		s.unit, s.n = "Q", (m1-1)/3+1
	case m2-m1 == 5 && (m1 == 1 || m1 == 7) && !m.lit(k2, "quarter"):
		s.unit, s.n = "H", (m1-1)/6+1
	default:
		return match{}, false
	}
	return match{k2 + 1, s}, true
}

// yearAfterOf reports whether a year follows "of" (which ends before k):
// a year ("of 2012", "of fiscal 2012"), a year counted from the DCT ("of
// last year", "of this year") or "of the year".
func (m *matcher) yearAfterOf(k int) bool {
	if _, _, ok := m.year(k); ok {
		return true
	}
	if m.misc(k, "fiscal") {
		_, _, ok := m.year(k + 1)
		return ok
	}
	return (m.has(k, cRel) != nil || m.misc(k, "the")) && m.lit(k+1, "year")
}

// elidedQuarter matches the first of two ordinals joined before one plural
// noun: "second" in "the second and fourth quarters", "first" in "the
// first and second halves of 2012". The noun and any year after it belong
// to both, so the first ordinal is a quarter (or half) of its own, dated
// as the second is; TimeBank marks the two apart ("the <TIMEX3>second
// </TIMEX3> and <TIMEX3>fourth quarters</TIMEX3>"). j is the ordinal's
// token and n its value.
func (m *matcher) elidedQuarter(j, n int) (match, bool) {
	if !m.misc(j+1, "and") && !m.misc(j+1, "or") {
		return match{}, false
	}
	if o := m.has(j+2, cOrd); o == nil || o.ord > 4 || o.ord <= n {
		return match{}, false
	}
	mm, ok := m.quarter(j + 2)
	if !ok || mm.s.typ != annals.TimeDate {
		return match{}, false
	}
	switch v := mm.s.val; {
	case mm.s.anchor == aQuarter && v == "":
		mm.s.n = n
	case len(v) == 7 && (v[5] == 'Q' || v[5] == 'H'):
		mm.s.val = v[:6] + itoa(n) // "the first and second quarters of 2012"
	default:
		return match{}, false
	}
	mm.end = j + 1
	return mm, true
}

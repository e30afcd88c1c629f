package timex

import (
	"fmt"
	"strings"

	"github.com/annals-project/annals"
)

var zones = map[string]bool{"et": true, "gmt": true, "utc": true, "est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true, "bst": true, "cet": true, "cest": true}

// clock reads a time of day at i: "2 p.m.", "10:30 a.m.", "14:00 GMT",
// "noon", "midnight". A bare "00:02:14" (a video length, a score) is not a
// time: it needs a.m./p.m., a time zone, or "at" before it.
func (m *matcher) clock(i int) (tod string, j int, ok bool) {
	if (m.misc(i, "noon") || m.misc(i, "midnight")) && m.punct(i-1, '-') && m.adj(i) && m.adj(i-1) && (m.lit(i-2, "pre") || m.lit(i-2, "post")) {
		// "a post-midnight vote", "pre-noon trading": a prefixed
		// adjective that places its noun before or after an unnamed
		// day's noon or midnight, not a time of day (AQUAINT leaves
		// "pre-dawn" out the same way).
		return "", i, false
	}
	if m.misc(i, "noon") {
		return "T12:00", m.zoneAfter(i + 1), true
	}
	if m.misc(i, "midnight") {
		return "T24:00", m.zoneAfter(i + 1), true
	}
	h, ok := m.isNum(i)
	if ok && h.ndig == 4 && h.num/100 <= 23 && h.num%100 <= 59 {
		if z := m.zoneAfter(i + 1); z > i+1 {
			// Wire copy's 24-hour times: "0735 GMT", "1400 EDT", "1500
			// local time".
			return fmt.Sprintf("T%02d:%02d", h.num/100, h.num%100), z, true
		}
	}
	if ok && h.ndig == 4 && (m.lit(i+1, "hours") || m.lit(i+1, "hrs")) && (m.text[h.b] == '0' || m.misc(i-1, "at")) && h.num/100 <= 23 && h.num%100 <= 59 {
		// Military style: "0900 hours", "at 1430 hrs" (after "at" or with
		// a leading zero; "1000 hours of work" is a duration).
		return fmt.Sprintf("T%02d:%02d", h.num/100, h.num%100), i + 2, true
	}
	if !ok || h.ndig > 2 || h.num > 24 {
		return "", i, false
	}
	if m.punct(i-1, ':') && m.adj(i) && m.adj(i-1) && m.toks[i-2].kind == kNum {
		// The minutes or seconds of a longer figure ("14:05:12"), not
		// an hour of their own.
		return "", i, false
	}
	j = i + 1
	mi := 0
	hasMin := false
	sec := ""
	if m.punct(j, ':') && m.adj(j) && m.adj(j+1) {
		mt, ok := m.isNum(j + 1)
		if !ok || mt.ndig != 2 || mt.num > 59 {
			return "", i, false
		}
		if m.punct(j+2, ':') && m.adj(j+2) {
			// h:mm:ss is a duration or a timestamp ("00:02:14", a race
			// time) unless a.m./p.m. or a zone follows, which makes it a
			// time of day to the second ("Released: 10/31/2011 7:57:41
			// AM", "14:05:12 UTC"; TIMEX3 values keep the seconds).
			st, ok := m.isNum(j + 3)
			if !ok || !m.adj(j+3) || st.ndig != 2 || st.num > 59 || !m.meridianOrZone(j+4) {
				return "", i, false
			}
			mi, hasMin, j = mt.num, true, j+4
			sec = fmt.Sprintf(":%02d", st.num)
		} else {
			mi, hasMin, j = mt.num, true, j+2
		}
	}
	dotted := false
	if !hasMin && m.punct(j, '.') && m.adj(j) && m.adj(j+1) && !(m.punct(i-1, '.') && m.adj(i)) {
		// "7.30pm", "10.15 a.m.", "19.30 GMT": British style writes the
		// minutes after a full stop. Prices and scores look the same
		// ("closed at 7.49"), so only a.m./p.m. or a zone makes it a time.
		if mt, ok := m.isNum(j + 1); ok && mt.ndig == 2 && mt.num <= 59 && !(m.punct(j+2, '.') && m.adj(j+2) && m.adj(j+3) && m.toks[j+3].kind == kNum) {
			if k := j + 2; m.lit(k, "am") || m.lit(k, "pm") || (m.lit(k, "a") || m.lit(k, "p")) && m.punct(k+1, '.') && m.adj(k+1) && m.lit(k+2, "m") || m.isZone(k) {
				mi, hasMin, dotted, j = mt.num, true, true, k
			}
		}
	}
	hour := h.num
	switch {
	case (m.lit(j, "a") || m.lit(j, "p")) && m.punct(j+1, '.') && m.adj(j+1) && m.lit(j+2, "m") && m.adj(j+2):
		if hour < 1 || hour > 12 {
			return "", i, false
		}
		if m.lit(j, "p") && hour < 12 {
			hour += 12
		} else if m.lit(j, "a") && hour == 12 {
			hour = 0
		}
		j += 3
		if m.punct(j, '.') && m.adj(j) {
			j++
		}
	case m.lit(j, "am") || m.lit(j, "pm"):
		if hour < 1 || hour > 12 {
			return "", i, false
		}
		if m.lit(j, "pm") && hour < 12 {
			hour += 12
		} else if m.lit(j, "am") && hour == 12 {
			hour = 0
		}
		j++
	case !hasMin && m.lit(j, "o") && m.punct(j+1, '\'') && m.lit(j+2, "clock") && hour >= 1 && hour <= 12:
		j += 3 // "3 o'clock"
	case m.misc(j, "in") && m.misc(j+1, "the") && m.has(j+2, cPart) != nil && hour >= 1 && hour <= 12 && !m.lit(j+2, "night") && !m.nounAfter(j+3):
		// "4 in the morning", "6 in the evening": the part of day says
		// a.m. or p.m.
		if p := m.has(j+2, cPart).part; p != "MO" && hour < 12 {
			hour += 12
		} else if p == "MO" && hour == 12 {
			hour = 0
		}
		j += 3
	case hasMin && (m.misc(i-1, "at") && !dotted || m.zoneAfter(j) > j):
	case hasMin && !dotted && h.ndig == 2 && m.stampAfterComma(i):
		// "Apr 2nd 2012, 21:40": a byline's bare 24-hour clock, listed
		// after a dated stamp's year and a comma, is its own TIME.
	case hasMin && !dotted && m.has(j, cWeekday) != nil && m.has(j+1, cPart) != nil:
		// "6:30 Tuesday evening": the day and its part make the
		// figure a time of day; clockTime reads a.m. or p.m. from the
		// part.
	default:
		return "", i, false
	}
	return fmt.Sprintf("T%02d:%02d", hour, mi) + sec, m.zoneAfter(j), true
}

// meridianOrZone reports whether a.m./p.m. ("am", "PM", "a.m.") or a time
// zone starts at token k.
func (m *matcher) meridianOrZone(k int) bool {
	return m.lit(k, "am") || m.lit(k, "pm") || (m.lit(k, "a") || m.lit(k, "p")) && m.punct(k+1, '.') && m.adj(k+1) && m.lit(k+2, "m") || m.zoneAfter(k) > k
}

// zoneAfter returns the end of the time zone that follows a clock time at
// token j, or j when none does: an abbreviation ("GMT", "EDT"), "local
// time", a zone said in words ("Eastern time", "Moscow time", "Eastern
// Standard Time"). TimeML keeps the zone in the clock's extent ("5 p.m.
// EST"), and a zone makes "8:45" or "1500" a time of day.
func (m *matcher) zoneAfter(j int) int {
	switch {
	case m.isZone(j):
		return m.zoneOffset(j + 1)
	case m.punct(j, '(') && m.isZone(j+1) && m.punct(j+2, ')'):
		return j + 3 // "8:30 a.m. (EST)": the zone alone in brackets is still the clock's
	case m.punct(j, '(') && m.lit(j+1, "local") && m.lit(j+2, "time") && m.punct(j+3, ')'):
		return j + 4 // "9 a.m. (local time)"
	case (m.lit(j, "local") || m.inSet(j, zoneNames)) && m.lit(j+1, "time") && !(m.punct(j+2, '-') && m.adj(j+2)):
		return j + 2 // "local time", "Eastern time"
	case m.inSet(j, zoneNames) && (m.lit(j+1, "standard") || m.lit(j+1, "daylight")) && m.lit(j+2, "time") && !(m.punct(j+3, '-') && m.adj(j+3)):
		return j + 3 // "Eastern Standard Time"
	case m.placeTime(j) && !(m.punct(j+2, '-') && m.adj(j+2)):
		return j + 2 // "Kabul time"
	case m.punct(j, ',') && m.placeTime(j+1) && (j+3 >= len(m.toks) || m.punct(j+3, ',') || m.sentenceBreak(j+3)):
		return j + 3 // "6 a.m., Kabul time, on Friday": the zone set off by commas
	}
	return j
}

// zoneOffset returns the end of the offset written right after a zone
// abbreviation that ends at token k ("UTC+0", "GMT-5", "UTC+05:30"), or k
// when none follows.
func (m *matcher) zoneOffset(k int) int {
	if !(m.punct(k, '+') || m.punct(k, '-')) || !m.adj(k) || !m.adj(k+1) {
		return k
	}
	n, ok := m.isNum(k + 1)
	if !ok || n.ndig > 4 || n.num > 1400 {
		return k
	}
	if n.ndig <= 2 && m.punct(k+2, ':') && m.adj(k+2) && m.adj(k+3) {
		if mm, ok := m.isNum(k + 3); ok && mm.ndig == 2 {
			return k + 4
		}
	}
	return k + 2
}

// placeTime reports whether tokens j, j+1 are a capitalised name that is
// not a time word followed by "time": a place's local time ("Baghdad
// time", "Jakarta time"), which zoneNames cannot list in full.
func (m *matcher) placeTime(j int) bool {
	return m.upper(j) && m.w(j) == nil && j+1 < len(m.toks) && m.toks[j].kind == kWord && m.lit(j+1, "time") && !m.upper(j+1)
}

// nounAfter reports whether token i is a lower-case word the lexicon does
// not know, which makes the word before it an adjective ("the morning
// session").
func (m *matcher) nounAfter(i int) bool {
	return i < len(m.toks) && m.toks[i].kind == kWord && !m.toks[i].upper && m.w(i) == nil && !m.compound(i)
}

// zoneNames name the time zones said in words before "time" ("Eastern
// time", "Pacific Daylight Time").
var zoneNames = map[string]bool{"eastern": true, "central": true, "mountain": true, "pacific": true, "atlantic": true, "greenwich": true, "british": true, "european": true, "moscow": true, "beijing": true, "tokyo": true, "india": true, "summer": true}

func (m *matcher) isZone(i int) bool {
	if i >= len(m.toks) || m.toks[i].kind != kWord {
		return false
	}
	t := &m.toks[i]
	if t.e-t.b > 4 {
		return false
	}
	var buf [4]byte
	for k := t.b; k < t.e; k++ {
		c := m.text[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k-t.b] = c
	}
	return zones[string(buf[:t.e-t.b])]
}

// clockAfter reads "2 p.m." right after a day expression ("Friday 2
// p.m."). A clock after "at" is an expression of its own ("Monday at
// noon" is a DATE and a TIME, as "Jan. 5 at 3 p.m." is: TimeML leaves the
// preposition outside; the dev sets mark each such pair so), which the
// clock pattern dates by the day before it (the reference day).
func (m *matcher) clockAfter(i int) (string, int, bool) {
	if tod, j, ok := m.clock(i); ok {
		return tod, j, true
	}
	return "", i, false
}

// clockTime matches a time of day on its own, resolved on the reference
// day, or followed by the day it falls on ("2 p.m. Friday", "noon today").
func (m *matcher) clockTime(i int) (match, bool) {
	tod, j, ok := m.clock(i)
	if !ok {
		return match{}, false
	}
	k := j
	paren := false
	if m.punct(k, '(') {
		// "8:30 a.m. (0030 GMT) Tuesday": the day after a parenthetical
		// clock in another zone dates the clock, but each is an
		// expression of its own (TimeML marks "8:30 a.m." and "Tuesday").
		for x := k + 1; x < len(m.toks) && x <= k+5; x++ {
			if m.punct(x, ')') {
				k, paren = x+1, true
				break
			}
		}
	}
	if m.punct(k, ',') && m.misc(k+1, "on") {
		k++
	}
	on := false
	if m.punct(k, ',') {
		k++
	} else if m.misc(k, "on") {
		// "6 a.m. on Thursday", "5 p.m. on Nov. 9": the day dates the
		// clock, but TimeML leaves the preposition outside an extent,
		// so the clock and the day are two expressions (as "Jan. 5 at
		// 3 p.m." is; the dev sets mark "midmorning on April 2" so).
		k++
		on = true
	}
	split := func(mm match) (match, bool) {
		if paren || on {
			mm.end = j
		}
		if on {
			mm.s.dayAt = k
		}
		return mm, true
	}
	if mm, ok := m.weekday(k); ok && mm.s.anchor == aWeekday && mm.s.tod == "" {
		mm.s.typ, mm.s.tod = annals.TimeTime, tod
		return split(mm)
	}
	if mm, ok := m.weekday(k); ok && mm.s.anchor == aWeekday && len(mm.s.tod) == 3 && !paren && !on {
		// "9:45 Tuesday morning", "10 a.m. Friday night": one TIME, as
		// "9 a.m. Tuesday" is; the clock is the finer reading, and the
		// part of the day tells a.m. from p.m. when the clock does not.
		mm.s.typ, mm.s.tod = annals.TimeTime, partClock(tod, mm.s.tod, m.meridian(i, j))
		return mm, true
	}
	if mm, ok := m.deictic(k); ok && mm.s.tod == "" && (paren || m.punct(k-1, ')') && m.inParen(i)) {
		// "at 0557 EDT (0957 UTC) yesterday": the day word after the
		// parenthesis dates the clock before it and the one inside it.
		mm.s.typ, mm.s.tod = annals.TimeTime, tod
		mm.end = j
		return mm, true
	}
	if paren {
		k = j
	}
	if mm, ok := m.deictic(k); ok && mm.s.tod == "" {
		mm.s.typ, mm.s.tod = annals.TimeTime, tod
		return split(mm)
	}
	// "5 p.m. EST Nov. 9": the clock on an explicit date; so too with
	// the weekday before the date ("8:30 a.m. EST Friday, Feb. 1,
	// 2013"), one TIME as "9 a.m. EST Tuesday" is in TimeBank.
	mm, ok := m.monthFirst(k)
	if !ok && m.has(k, cWeekday) != nil {
		mm, ok = m.weekday(k)
		ok = ok && mm.s.named > 0
	}
	if ok && mm.s.month2 == 0 && mm.s.tod == "" && (mm.s.anchor == aMonthDay && mm.s.day > 0 || mm.s.anchor == aValue && len(mm.s.val) == 10) {
		mm.s.typ, mm.s.tod = annals.TimeTime, tod
		if mm.s.anchor == aValue {
			mm.s.val += tod
		}
		return split(mm)
	}
	// A clock time alone falls on the reference day, the last day the
	// text gave ("Police arrived on Oct. 23 ... at 10 p.m. shots were
	// heard"), else on the DCT (TimeML guidelines §2.2.2: anchored to
	// the reference time).
	return match{j, sem{typ: annals.TimeTime, anchor: aReference, unit: "D", tod: tod, stamp: j == i+3 && m.stampAfterComma(i)}}, true
}

// dateClock extends a calendar day to the clock time written right after
// it, with or without a comma: "April 3, 2020 09:11 PM", "July 15, 12:25
// pm", "3 March 2021 14:00 GMT". TimeML marks the pair as one TIME whose
// value is the day with the time of day (TimeBank marks the clock-first
// order so: "5 p.m. EST, Nov. 6"). A clock after "at" stays an expression
// of its own, since TimeML leaves the preposition outside ("Jan. 5 at 3
// p.m." is a DATE and a TIME); so does a clock after a full stop.
func (m *matcher) dateClock(mm match, ok bool) (match, bool) {
	if !ok || mm.s.month2 != 0 || mm.s.tod != "" || mm.s.mod != "" || !(mm.s.anchor == aMonthDay && mm.s.day > 0 || mm.s.anchor == aValue && len(mm.s.val) == 10) {
		return match{}, false
	}
	k := mm.end
	if m.punct(k, ',') {
		k++
	}
	if _, ok := m.isNum(k); !ok {
		return match{}, false
	}
	tod, j, ok := m.clock(k)
	if ok && j == k+3 && k > mm.end && m.stampAfterComma(k) {
		return match{}, false // "Apr 2nd 2012, 21:40": two expressions (stampAfterComma)
	}
	if !ok && k == mm.end && k > 0 && !strings.ContainsRune(m.text[m.toks[k-1].e:m.toks[k].b], '\n') {
		// "March 3, 2012 21:40": a bare 24-hour clock (two-digit
		// hour) written right after the day, on its line, is the
		// stamp's time.
		tod, j, ok = m.bareClock(k)
	}
	if !ok {
		return match{}, false
	}
	mm.end = j
	mm.s.typ, mm.s.tod = annals.TimeTime, tod
	if mm.s.anchor == aValue {
		mm.s.val += tod
	}
	return mm, true
}

// bareClock reads a bare 24-hour clock at k: a two-digit hour, a colon
// and two-digit minutes ("08:52", "21:40"), not a longer h:mm:ss figure.
func (m *matcher) bareClock(k int) (string, int, bool) {
	h, ok := m.isNum(k)
	if !ok || h.ndig != 2 || h.num > 23 || !m.punct(k+1, ':') || !m.adj(k+1) || !m.adj(k+2) {
		return "", k, false
	}
	mt, ok := m.isNum(k + 2)
	if !ok || mt.ndig != 2 || mt.num > 59 || m.punct(k+3, ':') && m.adj(k+3) || m.punct(k+3, '.') && m.adj(k+3) && m.adj(k+4) {
		return "", k, false
	}
	return fmt.Sprintf("T%02d:%02d", h.num, mt.num), k + 3, true
}

// stampAfterComma reports whether the figure at i follows a calendar date
// that ends in a four-digit year and a comma ("Apr 2nd 2012, 21:40",
// "5 June 2013, 07:15"): a dated stamp whose clock the comma sets apart,
// so a bare 24-hour figure there is a time of day and an expression of
// its own. A month must come within the four tokens before the year.
func (m *matcher) stampAfterComma(i int) bool {
	if i < 3 || !m.punct(i-1, ',') {
		return false
	}
	y, ok := m.isNum(i - 2)
	if !ok || y.ndig != 4 || y.num < 1900 || y.num > 2099 {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-6; k-- {
		if m.has(k, cMonth) != nil {
			return true
		}
	}
	return false
}

// inParen reports whether token i is the first inside a parenthesis.
func (m *matcher) inParen(i int) bool { return m.punct(i-1, '(') }

// meridian reports whether tokens [i, j) of a clock time say a.m. or p.m.
// ("10 a.m.", "7pm") or hold a 24-hour figure ("14:30").
func (m *matcher) meridian(i, j int) bool {
	for k := i; k < j; k++ {
		if m.lit(k, "am") || m.lit(k, "pm") || (m.lit(k, "a") || m.lit(k, "p")) && m.punct(k+1, '.') {
			return true
		}
	}
	return false
}

// partClock returns the clock value tod ("T06:30") read in the part of
// the day part ("TEV"): without a.m. or p.m. (meridian false) an hour
// from 1 to 11 in the afternoon or evening, or from 6 to 11 at night, is
// the afternoon's ("6:30 Tuesday evening" is T18:30).
func partClock(tod, part string, meridian bool) string {
	if meridian || len(tod) != 6 || tod[3] != ':' {
		return tod
	}
	h := int(tod[1]-'0')*10 + int(tod[2]-'0')
	if h >= 1 && h <= 11 && (part == "TAF" || part == "TEV" || part == "TNI" && h >= 6) {
		return fmt.Sprintf("T%02d%s", h+12, tod[3:])
	}
	return tod
}

// unknownDayClock reports whether the bare clock time tod at tokens [i, j)
// (one with no day of its own, which would fall on the reference day)
// falls on no day the text gives: TimeML writes such a clock
// XXXX-XX-XXT06:00 ("Operators are available from 6 a.m. to 9 p.m. seven
// days a week", "The ferry usually leaves at 7:15 a.m."). That is so when
// its sentence tells what recurs (recurringClock), or, in a clause not in
// the past, when the last day-like time of the paragraph was a recurring
// day ("Every Friday the show airs ... It can be heard at 1645 UTC"):
// nothing since has named the day the clock is on.
func (m *matcher) unknownDayClock(i, j int, tod string, tense int8, st *state) bool {
	if len(tod) != 6 || tod[0] != 'T' || tod[3] != ':' {
		return false
	}
	if m.recurringClock(i, j) {
		return true
	}
	r := st.recurAt - 1
	return r >= 0 && r < i && i-r <= maxRecurDistance && tense >= 0 && !m.paragraphInside(r, i)
}

// maxRecurDistance bounds, in tokens, how far back a recurring day may lie
// and still stand for the day of a clock time (a few sentences).
const maxRecurDistance = 120

// recurringClock reports whether the sentence around a clock time at
// tokens [i, j) says it recurs, looking at most 24 tokens either way: a
// frequency word ("daily", "nightly", "weekly"), "every" or "each" before
// a unit or a day ("every day", "each morning", "every Friday"), plural
// weekdays ("on Sundays"), a rate ("seven days a week", "twice a day") or
// an adverb of frequency ("usually", "normally"). A yearly word ("annual",
// "annually") does not: "the annual parade began at 10 a.m." happened on
// one day.
//
// The cue governs every clock of its clause with no day of its own ("opens
// at 7 a.m. and shuts at 10 p.m. seven days a week"), but not across a
// semicolon, which ends the clause ("The polls closed at 8 p.m.; the
// office opens at 9 a.m. daily"), nor across a day named between the two
// ("attacked at 3 a.m. on Friday, as they often do"): that day dates the
// clock.
func (m *matcher) recurringClock(i, j int) bool {
	for k, d := i-1, 1; k >= 0 && d <= 24 && !m.sentenceBreak(k+1); k, d = k-1, d+1 {
		if m.recurCue(k) {
			return true
		}
		if m.punct(k, ';') || m.namedDay(k) {
			break
		}
	}
	for k, d := j, 1; k < len(m.toks) && d <= 24 && !(k > j && m.sentenceBreak(k)); k, d = k+1, d+1 {
		if m.recurCue(k) {
			return true
		}
		if m.punct(k, ';') || m.namedDay(k) {
			break
		}
	}
	return false
}

// namedDay reports whether token k names one day: a weekday neither plural
// nor after "every" or "each" (those recur), or today, tonight, tomorrow,
// yesterday.
func (m *matcher) namedDay(k int) bool {
	if k < 0 || k >= len(m.toks) || m.toks[k].kind != kWord {
		return false
	}
	if m.has(k, cDeictic) != nil {
		return true
	}
	return m.has(k, cWeekday) != nil && !m.recurCue(k) && !m.misc(k-1, "every") && !m.misc(k-1, "each")
}

// recurCue reports whether token k is one of the cues recurringClock
// reads.
func (m *matcher) recurCue(k int) bool {
	if k < 0 || k >= len(m.toks) || m.toks[k].kind != kWord {
		return false
	}
	if f := m.has(k, cFreq); f != nil {
		return f.freq != "Y" && !m.inSet(k+1, periodicals)
	}
	if m.misc(k, "every") || m.misc(k, "each") {
		_, num := m.isNum(k + 1)
		return m.has(k+1, cUnit|cWeekday|cPart) != nil || num || m.has(k+1, cNum) != nil && m.has(k+2, cUnit) != nil || m.lit(k+1, "weekday")
	}
	if m.lit(k, "weekends") || m.lit(k, "weekdays") {
		// "open weekdays from 9 a.m.", "closes at 6 p.m. on weekends".
		return m.recurringPlural(k)
	}
	if w := m.has(k, cWeekday); w != nil {
		t := &m.toks[k]
		return m.upper(k) && t.e-t.b == len(weekdayNames[w.wd])+1 // "on Sundays"
	}
	if (m.lit(k, "a") || m.lit(k, "an") || m.misc(k, "per")) && m.has(k+1, cUnit) != nil {
		// "seven days a week", "24 hours a day", "twice a day".
		return m.has(k-1, cUnit) != nil || m.lit(k-1, "twice") || m.lit(k-1, "once") || m.lit(k-1, "times")
	}
	return m.inSet(k, frequencyAdverbs)
}

// recurringPlural reports whether the plural "weekends" or "weekdays" at k
// stands for every such day ("works weekends", "on weekdays") rather than
// for days counted or picked out ("two weekends", "the past weekends",
// "those weekends"): TimeML marks the first a SET.
func (m *matcher) recurringPlural(k int) bool {
	if _, num := m.isNum(k - 1); num || m.has(k-1, cNum) != nil {
		return false
	}
	return !m.inSet(k-1, pickedPlural)
}

// pickedPlural are the words that before a plural weekend pick out
// particular ones.
var pickedPlural = map[string]bool{
	"the": true, "these": true, "those": true, "past": true, "last": true, "recent": true,
	"next": true, "coming": true, "following": true, "previous": true, "consecutive": true,
	"successive": true, "straight": true, "several": true, "few": true, "both": true,
	"many": true, "some": true, "his": true, "her": true, "their": true, "our": true,
	"my": true, "your": true, "its": true, "holiday": true, "long": true, "first": true,
}

// frequencyAdverbs say that what a clause tells recurs.
var frequencyAdverbs = map[string]bool{
	"usually": true, "typically": true, "normally": true, "generally": true, "often": true,
	"always": true, "regularly": true, "routinely": true, "customarily": true,
}

package timex

import (
	"time"

	"github.com/annals-project/annals"
)

// holiday is a named day: a fixed month and day, or the nth weekday of a
// month (n = -1 for the last), as the US and international calendars
// define them.
type holiday struct {
	month  time.Month
	day    int // fixed day, 0 for a weekday rule
	wd     time.Weekday
	nth    int
	easter bool // Easter Sunday moved by offset days
	offset int
	week   bool // the ISO week holding the day ("Holy Week")
}

var holidays = map[string]holiday{
	"christmas":    {month: time.December, day: 25},
	"xmas":         {month: time.December, day: 25},
	"halloween":    {month: time.October, day: 31},
	"thanksgiving": {month: time.November, wd: time.Thursday, nth: 4}, // fourth Thursday
	"labor":        {month: time.September, wd: time.Monday, nth: 1},  // "Labor Day", first Monday
	"memorial":     {month: time.May, wd: time.Monday, nth: -1},       // "Memorial Day", last Monday
	"independence": {month: time.July, day: 4},                        // "Independence Day" (US)
	"valentine":    {month: time.February, day: 14},
	// Named days of other English-speaking news: each needs "Day".
	"boxing":      {month: time.December, day: 26},
	"anzac":       {month: time.April, day: 25},
	"remembrance": {month: time.November, day: 11},
	"armistice":   {month: time.November, day: 11},
	"veterans":    {month: time.November, day: 11},
	"bastille":    {month: time.July, day: 14},
	"columbus":    {month: time.October, wd: time.Monday, nth: 2}, // second Monday
	// More US and international observances that news dates events by.
	"earth":        {month: time.April, day: 22},
	"flag":         {month: time.June, day: 14},
	"groundhog":    {month: time.February, day: 2},
	"inauguration": {month: time.January, day: 20},                  // US presidential, since 1937
	"presidents":   {month: time.February, wd: time.Monday, nth: 3}, // "Presidents' Day", third Monday
	"president":    {month: time.February, wd: time.Monday, nth: 3}, // "President's Day"
	"mother":       {month: time.May, wd: time.Sunday, nth: 2},      // "Mother's Day" (US), second Sunday
	"father":       {month: time.June, wd: time.Sunday, nth: 3},     // "Father's Day" (US), third Sunday
	"patrick":      {month: time.March, day: 17},                    // "(St.) Patrick's Day"
}

// needsDay holds the holidays whose name alone is a common word or name
// ("Labor", "Boxing", "Columbus"): only "... Day" makes them a date.
var needsDay = map[string]bool{"labor": true, "memorial": true, "independence": true, "valentine": true,
	"boxing": true, "anzac": true, "remembrance": true, "armistice": true, "veterans": true, "bastille": true, "columbus": true,
	"earth": true, "flag": true, "groundhog": true, "inauguration": true, "presidents": true, "president": true,
	"mother": true, "father": true, "patrick": true}

// possessiveHoliday holds the names written with a possessive before
// "Day": "Mother's Day", "Presidents' Day", "St. Patrick's Day".
var possessiveHoliday = map[string]bool{"mother": true, "father": true, "presidents": true, "president": true, "patrick": true}

// value is the TIMEX value of the holiday in year y: its day, or its ISO
// week for a week-long feast.
func (h holiday) value(y int) string {
	if h.week {
		return string(annals.ISOWeekValue(h.date(y)))
	}
	return h.date(y).String()
}

// date returns the holiday in year y.
func (h holiday) date(y int) annals.Date {
	if h.easter {
		return easterSunday(y).AddDays(h.offset)
	}
	if h.offset != 0 {
		base := h
		base.offset = 0
		return base.date(y).AddDays(h.offset)
	}
	if h.day > 0 {
		return annals.Date{Year: y, Month: h.month, Day: h.day}
	}
	if h.nth == -2 {
		mon := holiday{month: h.month, wd: time.Monday, nth: 1}.date(y)
		return mon.AddDays(1)
	}
	if h.nth < 0 {
		last := annals.Date{Year: y, Month: h.month, Day: annals.DaysIn(y, h.month)}
		return last.AddDays(-((int(last.Weekday()) - int(h.wd) + 7) % 7))
	}
	first := annals.Date{Year: y, Month: h.month, Day: 1}
	return first.AddDays((int(h.wd)-int(first.Weekday())+7)%7 + 7*(h.nth-1))
}

// holidayExpr matches "Christmas", "Christmas Day", "Thanksgiving Day",
// "Labor Day", "New Year's Day", "New Year's Eve", with an optional year
// ("Christmas 1998"). The names in needsDay need "Day".
func (m *matcher) holidayExpr(i int) (match, bool) {
	if !m.upper(i) || m.has(i, cHoliday) == nil {
		return match{}, false
	}
	t := &m.toks[i]
	name := lowerASCII(m.text[t.b:t.e])
	j := i + 1
	var h holiday
	switch {
	case name == "new" && m.lit(j, "year") && m.punct(j+1, '\'') && m.lit(j+2, "s") && (m.lit(j+3, "day") || m.lit(j+3, "eve")):
		h = holiday{month: time.January, day: 1}
		if m.lit(j+3, "eve") {
			h = holiday{month: time.December, day: 31}
		}
		j += 4
	case name == "easter" || name == "good" && m.lit(j, "friday"):
		// Easter Sunday by the Gregorian computus; Good Friday two days
		// before it.
		h = holiday{easter: true}
		if name == "good" {
			h.offset, j = -2, j+1
		} else if m.lit(j, "sunday") {
			j++
		} else if m.lit(j, "monday") {
			h.offset, j = 1, j+1 // Easter Monday
		} else if m.lit(j, "week") && !m.compound(j+1) {
			h.week, j = true, j+1 // "Easter week", as "Holy Week"
		}
	case easterDays[name] != (easterDay{}):
		// The other movable feasts dated from Easter: "Palm Sunday",
		// "Ash Wednesday", "Holy Week", "Pentecost". Each needs its
		// second word, capitalised ("palm" or "holy" alone is no day).
		e := easterDays[name]
		if name == "holy" && (m.lit(j, "thursday") || m.lit(j, "saturday")) {
			e = easterDay{"thursday", -3}
			if m.lit(j, "saturday") {
				e = easterDay{"saturday", -1}
			}
		}
		if e.next != "" {
			if j >= len(m.toks) || m.toks[j].kind != kWord || !m.upper(j) || lowerASCII(m.text[m.toks[j].b:m.toks[j].e]) != e.next {
				return match{}, false
			}
			j++
		}
		h = holiday{easter: true, offset: e.offset, week: e.next == "week"}
	case name == "black" && m.lit(j, "friday") && m.upper(j) || name == "cyber" && m.lit(j, "monday") && m.upper(j):
		// The shopping days after Thanksgiving: Black Friday the day
		// after it, Cyber Monday the Monday after it.
		h, j = holidays["thanksgiving"], j+1
		h.offset = 1
		if name == "cyber" {
			h.offset = 4
		}
	case name == "election" && m.lit(j, "day"):
		// US Election Day: the Tuesday after the first Monday of November.
		h, j = holiday{month: time.November, wd: time.Tuesday, nth: -2}, j+1
	case name == "valentine" && m.punct(j, '\'') && m.lit(j+1, "s") && m.lit(j+2, "day"):
		h, j = holidays[name], j+3
	default:
		var ok bool
		if h, ok = holidays[name]; !ok {
			return match{}, false
		}
		if possessiveHoliday[name] && m.punct(j, '\'') && m.adj(j) {
			switch {
			case m.lit(j+1, "s") && m.adj(j+1) && m.lit(j+2, "day"):
				j += 2 // "Mother's Day"
			case m.lit(j+1, "day"):
				j++ // "Presidents' Day"
			}
		}
		if (name == "mother" || name == "father" || name == "president" || name == "patrick") && m.lit(j, "day") && !m.punct(j-1, '\'') && !m.punct(j-2, '\'') {
			return match{}, false // "Mother Day", "Patrick Day": a name, no such day
		}
		if m.lit(j, "day") || m.lit(j, "eve") && h.day > 0 {
			if m.lit(j, "eve") {
				h.day--
			}
			j++
		} else if needsDay[name] {
			return match{}, false
		}
	}
	k := j
	if m.punct(k, ',') || m.misc(k, "of") {
		// "Christmas 1998", "Christmas, 1998", "Christmas of 1972": the
		// year is part of the one expression, as in "the summer of 1972".
		k++
	}
	if y, k2, ok := m.year(k); ok {
		return match{k2, valueSem(annals.TimeDate, h.value(y))}, true
	}
	return match{j, sem{typ: annals.TimeDate, anchor: aHoliday, hol: h}}, true
}

// saintDay matches "St. Patrick's Day", "St Patrick's Day" and "Saint
// Patrick's Day" at the title: the holiday with its title in the extent.
func (m *matcher) saintDay(i int) (match, bool) {
	if !m.upper(i) {
		return match{}, false
	}
	k := i + 1
	switch {
	case m.lit(i, "st") && m.punct(k, '.') && m.adj(k):
		k++
	case m.lit(i, "st") || m.lit(i, "saint"):
	default:
		return match{}, false
	}
	if !m.lit(k, "patrick") {
		return match{}, false
	}
	mm, ok := m.holidayExpr(k)
	if !ok {
		return match{}, false
	}
	return mm, true
}

// mayDay matches "May Day" (and "May Day 2012"): May 1, the labour
// holiday, not the month of May. "Day" must be capitalised ("May day" of
// a headline-less text is rare; "in May days passed" has no capital).
func (m *matcher) mayDay(i int) (match, bool) {
	if !m.lit(i, "may") || !m.upper(i) || !m.lit(i+1, "day") || !m.upper(i+1) || m.compound(i+2) || m.punct(i+2, '\'') {
		return match{}, false
	}
	h := holiday{month: time.May, day: 1}
	k := i + 2
	if m.punct(k, ',') || m.misc(k, "of") {
		k++
	}
	if y, k2, ok := m.year(k); ok {
		return match{k2, valueSem(annals.TimeDate, h.date(y).String())}, true
	}
	return match{i + 2, sem{typ: annals.TimeDate, anchor: aHoliday, hol: h}}, true
}

// theNewYear matches "the New Year", the holiday of January 1 ("to
// celebrate the New Year", timeml marks it so, with the article); the
// Lunar or Chinese New Year has a word between and is left alone, and so
// is the lower-case "the new year", which names a year.
func (m *matcher) theNewYear(i int) (match, bool) {
	if !m.upper(i+1) || !m.lit(i+2, "year") || !m.upper(i+2) || m.compound(i+3) || m.punct(i+3, '\'') {
		return match{}, false
	}
	return match{i + 3, sem{typ: annals.TimeDate, anchor: aHoliday, hol: holiday{month: time.January, day: 1}}}, true
}

// easterDay is a movable feast: the word after its name ("" for none) and
// its distance in days from Easter Sunday.
type easterDay struct {
	next   string
	offset int
}

// easterDays are the movable feasts of the Western churches by their first
// word. "Holy" is read with "Week" (the ISO week of Easter Sunday, which
// runs from the Monday after Palm Sunday; AQUAINT marks "Easter week" so),
// "Thursday" or "Saturday".
var easterDays = map[string]easterDay{
	"palm":      {"sunday", -7},
	"ash":       {"wednesday", -46},
	"maundy":    {"thursday", -3},
	"holy":      {"week", 0},
	"pentecost": {"", 49},
	"whit":      {"sunday", 49},
	"ascension": {"day", 39},
}

// easterSunday returns Easter Sunday of year y (Gregorian calendar), by the
// anonymous Gregorian algorithm (Meeus/Jones/Butcher).
func easterSunday(y int) annals.Date {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return annals.Date{Year: y, Month: time.Month(month), Day: day}
}

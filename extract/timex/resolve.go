package timex

import (
	"fmt"
	"strconv"
	"time"

	"github.com/annals-project/annals"
)

// anchor says how a matched expression gets its value.
type anchor uint8

const (
	aValue            anchor = iota // val is final (absolute dates, durations, sets, vague references)
	aOffset                         // the DCT moved by n units, stated at the unit's granularity
	aMonthDay                       // month (and day when day > 0) in the year the tense picks
	aWeekday                        // the weekday wd nearest the DCT in the direction dir or the tense
	aSeason                         // season in the year dir or the tense picks
	aQuarter                        // quarter q (half when unit is "H") of the year the tense picks
	aLastQuarter                    // "the quarter", "the latest quarter": the quarter under discussion
	aYearAgoQuarter                 // "a year earlier" in an earnings story: that quarter a year before
	aYearQuarter                    // quarter n of the DCT's year moved by dir years ("this year's third quarter")
	aWeekend                        // "the weekend": the nearest weekend in the tense's direction
	aHoliday                        // a named day (hol) in the year the tense picks
	aValueYearQuarter               // "the 1988 quarter": the quarter under discussion, in year n
	aReference                      // "that year": the unit holding the last absolute date given
	aMonthOfYear                    // "June last year": month in the DCT's year moved by n
	aSeasonOfYear                   // "the spring of last year": season in the DCT's year moved by n
	aQuarterFrom                    // "the previous quarter": n quarters from the one under discussion
)

// sem is what a pattern recognised, before resolution against the DCT.
type sem struct {
	typ    annals.TimeType
	mod    annals.Mod
	val    string // aValue: the final value
	anchor anchor
	unit   string // aOffset, aQuarter: a unit code of the lexicon (Y, M, W, D, Q, DE, CE, WE, H)
	n      int    // aOffset: units from the DCT; aQuarter: the quarter or half number
	month  int
	day    int
	wd     int
	season string
	dir    int     // -1 before the DCT, +1 after, 0 by the tense of the sentence
	tod    string  // time of day appended to a day value: "T14:00", "TMO"
	hol    holiday // aHoliday
	// month2 > 0 makes a month range ("late January or February"): the
	// value is the first month, the interval runs to the end of month2.
	month2 int
	// year2 > 0 makes a span of years ("2021-2028"): the value is the
	// first year, the interval runs to the end of year2.
	year2 int
	// inUnits is the duration value of "in three days": the expression is
	// a date (the DCT plus the length) in future context, else this
	// duration.
	inUnits string
	weekOf  bool // "the week of April 15": the ISO week of the day
	lastDay bool // aMonthDay: the month's last day ("the last week of June")
	// periodEnd: aMonthDay, the month ends a period ("the 12 months to
	// March", "the year through June"): told in that month it is the
	// current one, the period running up to now.
	periodEnd bool
	// named is 1 + the weekday a year-less date was given with ("Saturday,
	// Sept. 21"), 0 when none: the date falls in a year where that day is
	// that weekday.
	named   int8
	fromRef bool // aWeekday: counted from the reference day, not the DCT ("the previous Friday")
	// generic: aReference, "at night": a part of any day unless a past
	// verb tells of one night ("comes out at night" is XXXX-XX-XXTNI).
	generic bool
	// ordDay: aReference, "the second day" of something: the DCT in the
	// present ("today is the eighth day"), the reference day in the past.
	ordDay bool
	// stamp: aReference, the bare clock of a dated stamp ("Apr 2nd
	// 2012, 21:40"): on the stamp's day, whatever the tense.
	stamp bool
	// yearEnd: "year-end", "year end", the close of a year (aOffset).
	yearEnd bool
	midYear bool // "midyear": in the past before July, the last year's middle
	// this: aSeason, "this summer": a season of the DCT's year that has
	// not begun lies ahead in it, whatever the tense.
	this bool
	// sameDay: aOffset "this time next year", the DCT's day n units
	// away, valued as a day.
	sameDay bool
	// dayAt > 0: a clock dated by the day named after "on" ("6 a.m. on
	// Thursday"), which is an expression of its own starting at token
	// dayAt and takes the day the clock was given.
	dayAt int
	// nextRef: aOffset "the next year/month/week/day", which a past
	// clause counts from the reference time (TimeML guidelines §2.2.2:
	// an anaphoric expression takes the time the text last gave), as
	// aReference with n = 1 does.
	nextRef bool
	// yearNow: aOffset "this past year", the year just lived through,
	// which a story told in December means its own (the year now
	// closing); earlier in the year it is the year before.
	yearNow bool
	// theUnit: aOffset "the year" (theUnit), which takes the year the
	// text has just named when it tells of that year in the past.
	theUnit bool
}

// state is what resolution carries from one expression to the next within
// a document: the last quarter mentioned, which earnings stories refer back
// to with "the quarter" and "a year earlier".
type state struct {
	lastQuarter string
	lastAbs     string // the last absolute DATE value (day to year)
	// lastPast is the last day the text gave (absolute or resolved, to
	// the day or finer) not after the DCT: the day a past narrative has
	// reached ("arrived on Thursday ... The following morning, ..."),
	// which a past "that evening" or "the following day" counts from when
	// the last date named is one still ahead ("discussed the upcoming 25
	// September meeting").
	lastPast string
	// rangeFrom is the day a weekday or month range starts from ("Monday to
	// Friday"): the weekday after "to" is never before it.
	rangeFrom annals.Date
	// rangeTo is the end of a range named before its start ("extended
	// to Jan. 15 from Dec. 1"): the start after "from" is never after it.
	rangeTo annals.Date
	// dayAt, dayVal: the day expression at token dayAt takes the day
	// dayVal (YYYY-MM-DD) of the clock before it ("6 a.m. on Thursday").
	dayAt  int
	dayVal string
	// yearAt, yearEnd: the tokens [yearAt, yearEnd) of the last time
	// expression that wrote out its year (a year, a month or a day with
	// its year), and year that year; yearEnd is 0 when none was given.
	yearAt, yearEnd, year int
	yearBare              bool // the expression was the year alone
	// recurAt is 1 + the token of the last recurring day given ("every
	// Friday", XXXX-WXX-5), 0 when none or when a day has been named
	// since: a bare clock time after it may have no day of its own.
	recurAt int
}

// aheadOf reports a reference value whose interval starts after the DCT.
func aheadOf(ref string, dct annals.Date) bool {
	iv, ok := annals.TimeValue(ref).Interval()
	return ok && !dct.IsZero() && dct.Before(iv.Start)
}

// resolve computes the value of s against dct; tense is the tense of the
// sentence (+1 future, -1 past, 0 unknown). It returns "" when the value
// cannot be known (a relative expression without a DCT).
func resolve(s sem, dct annals.Date, tense int8, st *state) string {
	if s.anchor == aValue {
		return s.val
	}
	if s.nextRef && (tense < 0 || s.unit == "D" && aheadOf(st.lastAbs, dct) && referenceValue(st.lastAbs, "D") != "") {
		// Told in the past, or after a day still ahead ("will visit
		// troops on May 2. The next day he will fly to Rome"), "the next
		// day" counts from the day the text last gave.
		s.anchor = aReference
	}
	if s.anchor == aReference {
		if s.n != 0 {
			// "the following year": one unit after the reference time,
			// or after the DCT when the text gave none.
			// The reference counts only when it is as precise as the
			// unit: after "in 2012", "the previous week" is the DCT's.
			ref := st.lastAbs
			if tense < 0 && s.unit == "D" && st.lastPast != "" && aheadOf(ref, dct) {
				// "The following morning, she met ...", told after
				// an upcoming date: counted from the narrative's day.
				ref = st.lastPast
			}
			if v := annals.TimeValue(ref); v.Valid() && v.Granularity() <= unitGranularity(s.unit) {
				if iv, ok := v.Interval(); ok {
					return offsetValue(iv.Start, s.unit, s.n) + s.tod
				}
			}
			if dct.IsZero() {
				return ""
			}
			if tense < 0 && s.n > 0 && s.unit == "D" {
				// "were released the day after the rally", "left the
				// next day", with no day in the text before: the day
				// after a past event the text does not date is no day
				// after the DCT, which would put a past event ahead;
				// its day is unknown.
				return "XXXX-XX-XX" + s.tod
			}
			return offsetValue(dct, s.unit, s.n) + s.tod
		}
		ref := st.lastAbs
		if tense < 0 && s.unit == "D" && !dct.IsZero() && !s.stamp {
			// A past event does not fall on a day still ahead that the
			// text last named ("results are due Tuesday ... queues
			// formed from early morning"): the day the narrative has
			// reached, else the DCT's day, is its day.
			if aheadOf(ref, dct) {
				ref = st.lastPast
			}
		}
		if s.ordDay && (tense >= 0 || referenceValue(ref, "D") == "") {
			if dct.IsZero() {
				return ""
			}
			return dct.String()
		}
		v := referenceValue(ref, s.unit)
		if s.unit == "M" && s.day > 0 && s.month == 0 {
			// "left on the 5th": that day of the month the text last
			// named, else of the DCT's month.
			if v == "" && !dct.IsZero() {
				v = ym(dct.Year, int(dct.Month))
			}
			y, ok1 := atoi4(v)
			mon, ok2 := 0, false
			if len(v) == 7 {
				mon, ok2 = atoi2(v[5:7])
			}
			if !ok1 || !ok2 {
				return ""
			}
			return dayValue(y, mon, s.day)
		}
		if s.month > 0 {
			// "December of that year": the month in the reference year.
			if len(v) != 4 {
				return ""
			}
			y, err := strconv.Atoi(v)
			if err != nil {
				return ""
			}
			return monthInYear(y, s.month, s.day)
		}
		if v == "" && s.unit == "D" && s.tod != "" && !dct.IsZero() {
			v = dct.String() // "the morning" with no day given yet
		}
		if v != "" {
			v += s.tod
		}
		return v
	}
	if dct.IsZero() {
		return ""
	}
	dir := s.dir
	if dir == 0 {
		dir = -1
		if tense > 0 {
			dir = 1
		}
	}
	switch s.anchor {
	case aOffset:
		if s.sameDay {
			switch s.unit {
			case "Y":
				return dct.AddMonths(12 * s.n).String()
			case "M":
				return dct.AddMonths(s.n).String()
			case "W":
				return dct.AddDays(7 * s.n).String()
			}
		}
		if s.yearNow && dct.Month == time.December {
			return offsetValue(dct, s.unit, 0)
		}
		if s.yearEnd && s.n == 0 && tense == -2 && dct.Month < time.December {
			// "up 5% since year-end", "rose at year end": the close of
			// the year is still to come before December, so a past one
			// is the last year's.
			return offsetValue(dct, s.unit, -1)
		}
		if s.unit == "Y" && s.n == 0 && s.mod == annals.ModStart && !s.yearEnd && !s.midYear && tense > 0 && dct.Month >= time.July {
			// "prices will rise until the beginning of the year", told
			// in December: this year's start is long gone, so a start
			// still to come is next year's (as "year-end" past is last
			// year's, above).
			return offsetValue(dct, s.unit, 1)
		}
		if s.midYear && tense < 0 && dct.Month < time.July {
			// "orders slowed in mid-year" told in February: the middle
			// of this year is still to come, so a past one is last
			// year's (as with "year-end" above).
			return offsetValue(dct, s.unit, -1)
		}
		return offsetValue(dct, s.unit, s.n) + s.tod
	case aMonthDay:
		y := monthYear(dct, s.month, s.dir, tense)
		if s.day == 0 && s.month2 == 0 && s.dir == 0 && s.mod == "" && s.month == int(dct.Month) && tense < 0 && dct.Day <= 15 && st.rangeFrom.IsZero() && st.rangeTo.IsZero() && !s.periodEnd {
			// "committed in December" told on December 13: the news
			// tells what was done earlier in its own month as "this
			// month" or "earlier this month"; the month named alone in
			// the past is the one a year before. Once most of the month
			// has passed, the month named alone is the one just lived
			// through ("confidence had its biggest jump in May", told on
			// May 28: a monthly figure reported as the month closes).
			y--
		}
		if s.month2 > 0 && s.dir == 0 && tense < 0 {
			// A range told in the past ("lasted from November to
			// January") ends by the DCT's month, so its start may lie a
			// year further back than the month alone would.
			y2 := y
			if s.month2 < s.month {
				y2++
			}
			if y2 > dct.Year || y2 == dct.Year && s.month2 > int(dct.Month) {
				y--
			}
		}
		if s.dir == 0 && s.named == 0 && !st.rangeFrom.IsZero() {
			// The end of a range ("from June 1 to November 30") falls in
			// the year after its start's if its month comes earlier.
			y = st.rangeFrom.Year
			if s.month < int(st.rangeFrom.Month) || s.month == int(st.rangeFrom.Month) && s.day > 0 && s.day < st.rangeFrom.Day {
				y++
			}
		}
		if s.dir == 0 && s.named == 0 && !st.rangeTo.IsZero() {
			// The start of a range named after its end ("to Jan. 15
			// from Dec. 1") falls in the year before the end's if its
			// month comes later: the two ends share one direction.
			y = st.rangeTo.Year
			if s.month > int(st.rangeTo.Month) || s.month == int(st.rangeTo.Month) && s.day > st.rangeTo.Day {
				y--
			}
		}
		if s.named > 0 && s.day > 0 {
			y = weekdayYear(y, s.month, s.day, int(s.named)-1)
		}
		if s.lastDay {
			s.day = annals.DaysIn(y, time.Month(s.month))
		}
		if s.day == 0 {
			return ym(y, s.month)
		}
		if s.day > annals.DaysIn(y, time.Month(s.month)) {
			return ""
		}
		return ymd(y, s.month, s.day) + s.tod
	case aWeekday:
		base := dct
		if s.fromRef {
			if v := annals.TimeValue(st.lastAbs); v.Granularity() == annals.GranularityDay || v.Granularity() == annals.GranularityTime {
				if iv, ok := v.Interval(); ok {
					base = iv.Start
				}
			}
		}
		d := weekdayDate(base, s.wd, s.dir, dir)
		if s.dir == 0 && d.Before(st.rangeFrom) {
			d = weekdayDate(st.rangeFrom, s.wd, 0, 1) // a range runs forward
		}
		return d.String() + s.tod
	case aSeason:
		if s.this && s.season != "WI" && dct.Before(annals.Date{Year: dct.Year, Month: seasonStart[s.season], Day: 1}) {
			// "goes on sale in Europe this summer", told in January:
			// "this" names the season of the DCT's year (TimeML
			// guidelines: "this" picks the unit holding the DCT), and
			// one yet to begin cannot be last year's. Winter, which
			// straddles the new year, keeps the tense's reading.
			return yearText2(dct.Year, "-", s.season)
		}
		return seasonValue(dct, s.season, s.dir, dir)
	case aQuarter:
		per := 4
		if s.unit == "H" {
			per = 2
		}
		cur := (int(dct.Month)-1)/(12/per) + 1
		y := dct.Year
		if s.month > 0 {
			// "its fiscal third quarter ended Feb. 28": the year of
			// the last day, a past month (see endedMonth).
			y = monthYear(dct, s.month, 0, -2)
		} else if s.n > cur && dir < 0 {
			y-- // "the fourth quarter" said in February is last year's
		}
		if per == 2 {
			return yearNum(y, "-H", s.n)
		}
		v := yearNum(y, "-Q", s.n)
		return v
	case aMonthOfYear:
		return monthInYear(dct.Year+s.n, s.month, s.day)
	case aSeasonOfYear:
		return yearText2(dct.Year+s.n, "-", s.season)
	case aYearQuarter:
		y := dct.Year + s.dir
		if s.unit == "H" {
			return yearNum(y, "-H", s.n)
		}
		return yearNum(y, "-Q", s.n)
	case aValueYearQuarter:
		q := st.lastQuarter
		if len(q) != 7 {
			q = offsetValue(dct, "Q", -1)
		}
		if len(q) == 7 && s.n >= 1000 && s.n <= 9999 {
			return yearText(s.n, q[4:])
		}
		return ""
	case aHoliday:
		// The nearest occurrence in the tense's direction; without a
		// tense, the one in the DCT's year.
		d := s.hol.date(dct.Year)
		start := d
		if s.hol.week {
			// A week-long feast has begun by Palm Sunday, a week before
			// the Easter Sunday that dates it ("as Easter week began").
			start = d.AddDays(-7)
		}
		switch {
		case tense < 0 && start.After(dct):
			d = s.hol.date(dct.Year - 1)
		case tense > 0 && d.Before(dct):
			d = s.hol.date(dct.Year + 1)
		case tense == 0 && d.After(dct.AddDays(183)):
			// "strikes over Christmas" told in February: the one
			// nearest the DCT, as for a month without a year.
			d = s.hol.date(dct.Year - 1)
		case tense == 0 && d.Before(dct.AddDays(-183)):
			d = s.hol.date(dct.Year + 1)
		}
		if s.hol.week {
			return string(annals.ISOWeekValue(d))
		}
		return d.String()
	case aWeekend:
		// Past: the last weekend that has begun by the DCT; future: the
		// DCT's own week's weekend (ISO weeks end on Sunday).
		wd := int(dct.Weekday())
		if s.n == 1 && tense == 0 {
			dir = 1 // "this weekend" with no tense: the DCT's week's
		}
		if tense == 0 && (wd == 4 || wd == 5) {
			// "the weekend forecast calls for heat", told on a Thursday
			// or Friday: with no tense to tell, the nearest weekend,
			// which is the coming one.
			dir = 1
		}
		if dir < 0 && wd != 6 && wd != 0 {
			return string(annals.ISOWeekValue(dct.AddDays(-7))) + "-WE"
		}
		return string(annals.ISOWeekValue(dct)) + "-WE"
	case aLastQuarter:
		if st.lastQuarter != "" {
			return st.lastQuarter
		}
		// Earnings reports speak of the last completed quarter.
		return offsetValue(dct, "Q", -1)
	case aQuarterFrom:
		if q := annals.TimeValue(st.lastQuarter); q.Valid() {
			if iv, ok := q.Interval(); ok {
				return offsetValue(iv.Start, "Q", s.n)
			}
		}
		return offsetValue(dct, "Q", s.n)
	case aYearAgoQuarter:
		if q := st.lastQuarter; q != "" {
			if y, ok := atoi4(q); ok && y > 0 {
				return yearText(y-1, q[4:])
			}
		}
		return offsetValue(dct, "Y", -1)
	}
	return ""
}

// monthYear picks the year of a month named without one ("March",
// "Nov. 6") from the DCT, the explicit direction dir ("last July") and
// the tense of the sentence.
//
// News style (AP Stylebook, "dates": give the year only when it is not the
// current year) makes the DCT's year the default, so a month within one
// month of the DCT's is the nearest one unless a strong tense marker says
// otherwise ("extended to Nov. 16" in late October is this November, "was
// taken in December" last year's). Farther months follow the tense as HeidelTime
// does (Strötgen & Gertz 2010): past -> on or before the DCT's month,
// future -> on or after it. Without a tense the nearest such month is taken
// only across a year boundary four months away or less ("through January" in October is the
// coming one), else the DCT's year ("in March" in October is this March).
// weekdayYear returns the year next to y (y itself, the one before or the
// one after) in which month/day falls on weekday wd (0 = Sunday), or y
// when none does: a date written with its weekday ("Saturday, Sept. 21")
// names the year as surely as a year would, and at most one of three
// consecutive years fits because a date's weekday moves forward by one or
// two days a year.
func weekdayYear(y, month, day, wd int) int {
	for _, c := range [3]int{y, y - 1, y + 1} {
		if day <= annals.DaysIn(c, time.Month(month)) && int(time.Date(c, time.Month(month), day, 12, 0, 0, 0, time.UTC).Weekday()) == wd {
			return c
		}
	}
	return y
}

func monthYear(dct annals.Date, month, dir int, tense int8) int {
	y := dct.Year
	cur := int(dct.Month)
	if dir != 0 {
		// "last July" / "next July": strictly before / after the DCT's
		// month, and a year away for the month next to it, which would
		// otherwise be "last month" ("last February" said in March is a
		// year ago).
		if dir < 0 && (month >= cur || month == cur-1) {
			y--
		} else if dir > 0 && (month <= cur || month == cur+1) {
			y++
		}
		return y
	}
	// c is the signed distance to the nearest such month, in [-6, 5].
	c := ((month-cur)%12+18)%12 - 6
	nearest := y
	switch {
	case cur+c > 12:
		nearest++
	case cur+c < 1:
		nearest--
	}
	switch {
	case c >= -1 && c <= 1 && tense > -2 && tense < 2:
		return nearest
	case tense < 0:
		if month > cur {
			y--
		}
	case tense > 0:
		if month < cur {
			y++
		}
	case c >= -4 && c <= 4:
		return nearest
	}
	return y
}

// offsetValue returns the value of the unit-sized period n units from dct,
// stated at that unit's granularity ("last week" -> the ISO week before the
// DCT's, TimeML guidelines §2.2.1).
func offsetValue(dct annals.Date, unit string, n int) string {
	switch unit {
	case "Y":
		return yearOf(dct.Year + n)
	case "M":
		d := dct.AddMonths(n)
		return ym(d.Year, int(d.Month))
	case "W", "F":
		return string(annals.ISOWeekValue(dct.AddDays(7 * n)))
	case "WE":
		return string(annals.ISOWeekValue(dct.AddDays(7*n))) + "-WE"
	case "D":
		return dct.AddDays(n).String()
	case "H":
		// "three hours ago": the DCT has no time of day, so the day it
		// falls on is the DCT's, give or take whole days ("48 hours ago"
		// is two days back).
		return dct.AddDays(n / 24).String()
	case "TM", "S":
		return dct.String() // "30 minutes ago"
	case "Q":
		q := (int(dct.Month)-1)/3 + n
		y := dct.Year + floorDiv(q, 4)
		return yearNum(y, "-Q", q-4*floorDiv(q, 4)+1)
	case "DE":
		return fmt.Sprintf("%03d", floorDiv(dct.Year, 10)+n)
	case "CE":
		return fmt.Sprintf("%02d", floorDiv(dct.Year, 100)+n)
	}
	return ""
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// weekdayDate resolves a weekday. With an explicit direction ("last
// Friday", "next Friday") it is the nearest such day strictly before or
// after the DCT; by tense, past context takes the latest such day on or
// before the DCT ("met on Friday") and future context the first on or after
// it ("are scheduled for Saturday").
func weekdayDate(dct annals.Date, wd, explicit, dir int) annals.Date {
	cur := int(dct.Weekday())
	if dir < 0 {
		back := (cur - wd + 7) % 7
		if explicit != 0 && back == 0 {
			back = 7
		}
		return dct.AddDays(-back)
	}
	fwd := (wd - cur + 7) % 7
	if explicit != 0 && fwd == 0 {
		fwd = 7
	}
	return dct.AddDays(fwd)
}

var seasonStart = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

// seasonValue resolves a season without a year. By the spec of issue 3, a
// future context takes the next such season (the first that has not begun
// by the DCT) and any other context the season of the DCT's year; "last"
// takes the latest that began before the season holding the DCT, "next" the
// first that begins after the DCT.
func seasonValue(dct annals.Date, season string, explicit, dir int) string {
	startOf := func(y int) annals.Date { return annals.Date{Year: y, Month: seasonStart[season], Day: 1} }
	y := dct.Year
	if season == "WI" && dct.Month <= time.February {
		y-- // January and February belong to the winter that began in December
	}
	switch {
	case explicit < 0:
		for !startOf(y).Before(currentSeasonStart(dct)) {
			y--
		}
	case explicit > 0:
		for !startOf(y).After(dct) {
			y++
		}
	case dir < 0:
		// "the plant closed in the winter" said in November: the last
		// winter that has begun.
		for startOf(y).After(dct) {
			y--
		}
	case dir > 0:
		// "the council meets this fall" said in October: the season
		// under way still lies ahead in part, so it is this year's.
		for startOf(y).Before(currentSeasonStart(dct)) {
			y++
		}
	}
	return yearText2(y, "-", season)
}

// currentSeasonStart returns the first day of the season holding dct
// (seasons start in March, June, September and December).
func currentSeasonStart(dct annals.Date) annals.Date {
	m := int(dct.Month)
	start := ((m/3)*3 + 12) % 12 // Mar, Jun, Sep, Dec
	if start == 0 {
		start = 12
	}
	y := dct.Year
	if start == 12 && m < 12 {
		y--
	}
	return annals.Date{Year: y, Month: time.Month(start), Day: 1}
}

func atoi4(s string) (int, bool) {
	if len(s) < 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func monthOf(m int) time.Month { return time.Month(m) }

// referenceValue states the reference date ref (a TIMEX3 value) at unit's
// granularity: "that year" after "March 3, 1987" is 1987. It returns ""
// when ref is not precise enough.
// unitGranularity is the granularity of a value one unit long: "D" a
// day, "W" a week, "M" a month, "Y" (and anything else) a year.
func unitGranularity(unit string) annals.Granularity {
	switch unit {
	case "D":
		return annals.GranularityDay
	case "W":
		return annals.GranularityWeek
	case "M":
		return annals.GranularityMonth
	}
	return annals.GranularityYear
}

func referenceValue(ref, unit string) string {
	v := annals.TimeValue(ref)
	iv, ok := v.Interval()
	if !ok {
		return ""
	}
	g := v.Granularity()
	switch unit {
	case "Y":
		return yearOf(iv.Start.Year)
	case "M":
		if g <= annals.GranularityMonth {
			return ym(iv.Start.Year, int(iv.Start.Month))
		}
	case "W":
		if g <= annals.GranularityWeek {
			return string(annals.ISOWeekValue(iv.Start))
		}
	case "D":
		if g <= annals.GranularityDay {
			return iv.Start.String()
		}
	}
	return ""
}

// monthInYear is the value of month mon (and day, when not 0) of year y, ""
// when the day does not exist in that month.
func monthInYear(y, mon, day int) string {
	if day == 0 {
		return ym(y, mon)
	}
	return dayValue(y, mon, day)
}

package timex

import (
	"github.com/annals-project/annals"
)

// durationValue writes an ISO 8601 duration as TimeML does: P3Y, P2W, PT4H,
// PXY for an unspecified amount. Decades and centuries are written in
// years (P20Y for "two decades"), as the TimeBank annotators did;
// fortnights in weeks.
func durationValue(amount, unit string) string {
	mul := func(k int) string {
		if amount == "X" {
			return "X"
		}
		n := 0
		for i := 0; i < len(amount); i++ {
			if amount[i] < '0' || amount[i] > '9' {
				return amount // decimal amounts are kept as written
			}
			n = n*10 + int(amount[i]-'0')
			if n > 1<<20 {
				return "X"
			}
		}
		return itoa(n * k)
	}
	if v, ok := halfInSmallerUnit(amount, unit); ok {
		return v
	}
	switch unit {
	case "S":
		return "PT" + amount + "S"
	case "TM":
		return "PT" + amount + "M"
	case "H":
		return "PT" + amount + "H"
	case "D", "M", "W", "Y", "Q":
		return "P" + amount + unit
	case "F":
		return "P" + mul(2) + "W"
	case "DE":
		return "P" + mul(10) + "Y"
	case "CE":
		return "P" + mul(100) + "Y"
	case "WE":
		return "P" + mul(2) + "D"
	}
	return ""
}

// andAHalf reads "and a half" at k, its words joined by spaces or by
// hyphens ("three-and-a-half"), and returns the index after "half", or -1.
func (m *matcher) andAHalf(k int) int {
	next := func(i int) int {
		if m.punct(i, '-') && m.adj(i) && m.adj(i+1) {
			return i + 1
		}
		return i
	}
	k = next(k)
	if !m.misc(k, "and") {
		return -1
	}
	k = next(k + 1)
	if !m.lit(k, "a") {
		return -1
	}
	k = next(k + 1)
	if !m.misc(k, "half") {
		return -1
	}
	return k + 1
}

// halfInSmallerUnit writes "n and a half" units (amount "n.5") with the
// half in the next smaller unit, as the TimeBank annotators did and ISO
// 8601 prefers to fractions: "5 1/2 hours" is PT5H30M, "2 1/2 years"
// P2Y6M, "a minute and a half" PT1M30S. Units whose half is not a whole
// number of a smaller unit (weeks, months, quarters) keep the decimal.
func halfInSmallerUnit(amount, unit string) (string, bool) {
	n := len(amount)
	if n < 3 || amount[n-2:] != ".5" {
		return "", false
	}
	whole := amount[:n-2]
	for i := 0; i < len(whole); i++ {
		if whole[i] < '0' || whole[i] > '9' {
			return "", false
		}
	}
	if whole == "0" {
		switch unit {
		case "Y":
			return "P6M", true
		case "D":
			return "PT12H", true
		case "H":
			return "PT30M", true
		case "TM":
			return "PT30S", true
		}
		return "", false
	}
	switch unit {
	case "Y":
		if whole == "1" {
			return "P18M", true // "1 1/2 years", as oneAndAHalf
		}
		return "P" + whole + "Y6M", true
	case "D":
		return "P" + whole + "DT12H", true
	case "H":
		return "PT" + whole + "H30M", true
	case "TM":
		return "PT" + whole + "M30S", true
	}
	return "", false
}

// oneAndAHalf writes "a year and a half" in months (P18M), as the modern
// news annotations do and as news itself counts it ("18 months"); other
// units and larger amounts go to halfDuration ("two and a half years" is
// P2Y6M, as TimeBank writes it).
func oneAndAHalf(unit string, n int) string {
	if unit == "Y" && n == 1 {
		return "P18M"
	}
	return halfDuration(unit, n)
}

// halfDuration writes n and a half units ("P1Y6M", "P1.5W"); half an hour
// is PT30M as TimeBank writes it.
func halfDuration(unit string, n int) string {
	if n < 0 || n > 1<<20 {
		return ""
	}
	switch unit {
	case "H":
		if n == 0 {
			return "PT30M"
		}
	case "DE":
		return "P" + itoa(10*n+5) + "Y" // "half a decade" is P5Y
	case "CE":
		return "P" + itoa(100*n+50) + "Y"
	case "F":
		return "P" + itoa(2*n+1) + "W"
	case "WE":
		return ""
	}
	return durationValue(itoa(n)+".5", unit)
}

// quantBefore returns the mod of a quantifier just before token i
// ("about", "more than", "at least").
func (m *matcher) quantBefore(i int) annals.Mod {
	for k := i - 2; k < i; k++ {
		if k < 0 {
			continue
		}
		if mod, end := m.quantMod(k); mod != "" && end == i {
			return mod
		}
	}
	return ""
}

// quantMod reads a quantifier before an amount ("about", "more than", "at
// least", "nearly", "up to") and returns its TIMEX3 mod and the index
// after it. TimeML includes these words in the extent.
func (m *matcher) quantMod(i int) (annals.Mod, int) {
	if m.misc(i, "at") && (m.lit(i+1, "least") || m.lit(i+1, "most")) {
		return annals.Mod(m.w(i + 1).quant), i + 2
	}
	w := m.has(i, cQuant)
	if w == nil {
		return "", i
	}
	switch {
	case m.lit(i, "more") || m.lit(i, "less") || m.lit(i, "fewer"):
		if m.misc(i+1, "than") {
			return annals.Mod(w.quant), i + 2
		}
	case m.lit(i, "least") || m.lit(i, "most"):
		if m.misc(i-1, "at") {
			return annals.Mod(w.quant), i + 1
		}
	case m.lit(i, "up"):
		if m.misc(i+1, "to") {
			return annals.Mod(w.quant), i + 2
		}
	default:
		return annals.Mod(w.quant), i + 1
	}
	return "", i
}

// duration matches lengths of time and the dates they point to: "three
// years", "two-week", "a year", "several months", "the nine months", "the
// first nine months", "about a decade", "at least 72 hours", "weeks"; and
// with "ago", "from now", "hence" a date ("two weeks ago" -> the ISO week
// two weeks before the DCT, TimeML guidelines); before "later" and
// "earlier" the length alone ("three days later" -> "three days", P3D),
// except "a year earlier" in earnings copy.
func (m *matcher) duration(i int) (match, bool) {
	artI := m.lit(i, "a") || m.lit(i, "an") // asked often below; the tokens do not change
	if artI && m.lit(i+1, "weekend") && m.nounAfterWeekend(i+2) {
		// "a weekend attack": the weekend before a noun dates it (a
		// DATE, matched at "weekend"), and the article is the noun's.
		return match{}, false
	}
	if artI && m.has(i+1, cUnit) != nil && m.punct(i+2, '-') && m.adj(i+2) && m.adj(i+3) && m.lit(i+3, "long") {
		// "a year-long campaign": the article belongs to the noun the
		// adjective qualifies, not to the length ("a two-day visit"
		// is tagged "two-day", TimeBank); the adjective is matched
		// from the next token.
		return match{}, false
	}
	if m.lit(i, "as") && m.lit(i+1, "many") {
		return m.asMany(i)
	}
	j := i
	// Quantifiers give the mod. TimeBank and AQUAINT keep "nearly", "more
	// than", "less than", "at least", "up to" and "around" inside the
	// extent (TimeML: mod EQUAL_OR_LESS for "up to"), but
	// leave "over" and "about" outside (33 of 35 and 9 of 11 cases), so
	// those are read from before the match.
	mod := annals.Mod("")
	if !m.misc(i, "the") {
		// "over three years", but "over the first three quarters": the
		// quantifier before an article is a preposition.
		mod = m.quantBefore(i)
	}
	// "under" before a count ("in under 24 hours") can only mean less
	// than, unlike "over" (also "during"), so it is kept inside as
	// "less than" is (TimeML guidelines: quantifiers in the extent).
	underCount := m.lit(j, "under") && j+1 < len(m.toks) && (m.toks[j+1].kind == kNum || m.has(j+1, cNum) != nil)
	if q, k := m.quantMod(j); q != "" && !m.lit(j, "over") && !m.lit(j, "about") && !m.lit(j, "some") && (!m.lit(j, "under") || underCount) {
		mod, j = q, k
	}
	the, final := false, false
	if mod == "" && m.misc(j, "the") {
		the = true
		j++
		if o := m.has(j, cOrd); o != nil && o.ord == 1 || m.misc(j, "latest") || m.lit(j, "same") || m.lit(j, "full") {
			j++
		} else if m.lit(j, "final") {
			if _, _, _, ok := m.number(j + 1); ok && !m.lit(j+1, "a") && !m.lit(j+1, "an") {
				j++ // "the final eight weeks", as "the first eight weeks"
				final = true
			}
		}
	}
	if !the && m.misc(j, "another") && (m.misc(j+1, "few") || m.misc(j+1, "several") || m.has(j+1, cNum) != nil && !m.lit(j+1, "a") && !m.lit(j+1, "an")) {
		j++ // "another few months", "another two weeks": the determiner is in the extent
	} else if !the && m.misc(j, "another") {
		if _, ok := m.isNum(j + 1); !ok {
			return match{}, false
		}
		j++ // "another 10 days"
	}
	if !the {
		if k, unit, n, dir := m.fractionAgo(j); k > j {
			// "half a century ago", "a quarter-century ago": a date,
			// stated at the granularity of the smaller unit.
			return match{k, sem{typ: annals.TimeDate, anchor: aOffset, unit: unit, n: dir * n, mod: mod}}, true
		}
	}
	amount := ""
	n := 0
	artJ := m.lit(j, "a") || m.lit(j, "an") // for the cases below, all read at this j
	switch {
	case m.misc(j, "few") || m.misc(j, "several") || m.misc(j, "many") || (m.misc(j, "couple") && m.misc(j+1, "of")):
		amount = "X"
		if m.misc(j, "couple") {
			amount, n = "2", 2 // "couple of weeks ago": two weeks back
			j++
		}
		j++
		if m.misc(j-1, "many") && !m.lit(j-1, "many") && m.misc(j, "of") {
			// "hundreds of years", "dozens of days": an unspecified
			// amount, like "many years" (the lexicon files these words
			// under "many").
			j++
		}
	case artJ && (m.lit(j+1, "number") || m.lit(j+1, "handful")) && m.misc(j+2, "of"):
		amount = "X" // "a number of years", "a handful of days"
		j += 3
	case artJ && (m.misc(j+1, "few") || m.misc(j+1, "couple")):
		amount = "X"
		if m.misc(j+1, "couple") {
			amount, n = "2", 2
			if m.misc(j+2, "of") {
				j++
			}
		}
		j += 2
	case artJ && m.lit(j+1, "quarter") && m.quarterHour(j+2) > 0:
		// "a quarter hour", "a quarter-hour", "a quarter of an hour": 15
		// minutes, not a business quarter.
		return match{m.quarterHour(j + 2), sem{typ: annals.TimeDuration, val: "PT15M", mod: mod}}, true
	case m.lit(j, "three") && m.lit(j+1, "quarters") && m.quarterHour(j+2) > 0 && m.lit(j+2, "of"):
		// "three quarters of an hour": 45 minutes.
		return match{m.quarterHour(j + 2), sem{typ: annals.TimeDuration, val: "PT45M", mod: mod}}, true
	case artJ && m.lit(j+1, "quarter") && m.quarterCentury(j+2) > 0:
		// "a quarter century", "a quarter-century", "a quarter of a
		// century": 25 years.
		return match{m.quarterCentury(j + 2), sem{typ: annals.TimeDuration, val: "P25Y", mod: mod}}, true
	case m.misc(j, "half") && m.lit(j+1, "a") && m.lit(j+2, "dozen") && m.has(j+3, cUnit) != nil:
		// "half a dozen years": six.
		amount, n = "6", 6
		j += 3
	case artJ && m.misc(j+1, "half") && m.has(j+2, cUnit) != nil && !m.compound(j+3) && !(m.punct(j+2, '-') && m.adj(j+2)):
		// "a half hour", "a half day": half the unit.
		if v := halfDuration(m.has(j+2, cUnit).unit, 0); v != "" {
			return match{j + 3, sem{typ: annals.TimeDuration, val: v, mod: mod}}, true
		}
		return match{}, false
	case m.misc(j, "half") && (m.lit(j+1, "a") || m.lit(j+1, "an")):
		// "half an hour", "half a year".
		if u := m.has(j+2, cUnit); u != nil && !m.compound(j+3) {
			if v := halfDuration(u.unit, 0); v != "" {
				return match{j + 3, sem{typ: annals.TimeDuration, val: v, mod: mod}}, true
			}
		}
		return match{}, false
	default:
		a, v, k, ok := m.number(j)
		if !ok {
			return match{}, false
		}
		// "two and a half years", "three-and-a-half years": the half
		// goes into the amount.
		if h := m.andAHalf(k); h > 0 {
			hyphened := m.hyphen(h) > h
			if hyphened {
				// "a two-and-a-half-year inquiry": the adjective,
				// without the article (as "the five-year plan"); an
				// age ("two-and-a-half-year-old") is no length.
				if the || m.compound(h+2) {
					return match{}, false
				}
				h++
			}
			if u := m.has(h, cUnit); u != nil {
				if hv := oneAndAHalf(u.unit, v); hv != "" {
					return match{h + 1, sem{typ: annals.TimeDuration, val: hv, mod: mod}}, true
				}
			}
		}
		if the && (m.lit(j, "a") || m.lit(j, "an") || m.lit(j, "one")) {
			return match{}, false
		}
		if t, ok := m.isNum(j); ok && t.ndig >= 4 && (t.num >= 1000 && t.num <= 2099 || m.lit(k, "second")) {
			// "the 1988 second quarter": a year, not an amount.
			return match{}, false
		}
		amount, n, j = a, v, k
		// "two to three weeks", "12 to 18 months", "two or three days": a
		// range of amounts is one expression; the value takes the first
		// (as TimeBank does, "within two to three weeks" P2W); after "the
		// next", "the past" it is left open (relative.go).
		if m.misc(j, "to") || m.misc(j, "or") || m.punct(j, '-') && m.adj(j) && m.adj(j+1) {
			if _, _, k2, ok := m.number(j + 1); ok && m.has(k2, cUnit) != nil {
				j = k2
			}
		}
	}
	if amount != "" && (m.lit(j, "consecutive") || m.lit(j, "straight") || m.lit(j, "successive") || m.lit(j, "full") || m.lit(j, "whole") || m.lit(j, "entire") || m.lit(j, "long") && !m.lit(j-1, "a") && !m.lit(j-1, "an")) && m.has(j+1, cUnit) != nil {
		j++ // "186 consecutive weeks", "three straight days", "two full days", "27 long years": one length
	}
	if m.lit(j, "more") || m.lit(j, "additional") || m.lit(j, "extra") || m.lit(j, "further") {
		if m.has(j+1, cUnit) != nil && !m.misc(j+2, "than") {
			j++ // "two more weeks", "an additional year"
		}
	}
	if k := m.hyphen(j); k > j {
		if the {
			return match{}, false // "the five-year plan": the adjective alone
		}
		j = k
	}
	if !the && amount != "" && m.lit(j, "nights") && !m.compound(j+1) {
		// "spent two nights in the open", "several nights": a length
		// counted in nights, which ISO 8601 counts in days (as the
		// modern news annotations value it, P2D).
		if v := durationValue(amount, "D"); v != "" {
			return match{j + 1, sem{typ: annals.TimeDuration, val: v, mod: mod}}, true
		}
	}
	u := m.has(j, cUnit)
	if u == nil {
		return match{}, false
	}
	if u.unit == "Q" && m.misc(j+1, "of") && (amount == "1" || amount == "3") {
		// "a quarter of the shares", "three quarters of": a fraction;
		// "two quarters of growth" and "several quarters of" are times.
		return match{}, false
	}
	if j == i+1 && artI && m.speed(i, u.unit) {
		return match{}, false // "12 miles an hour": a speed, no length
	}
	if u.unit == "S" && m.lit(j, "second") && (m.lit(j-1, "a") || m.lit(j-1, "the")) {
		return match{}, false // "a second term": the ordinal
	}
	if m.upper(j) && !m.upper(j-1) && m.toks[j-1].kind == kNum && !m.titleLine(j) {
		// "60 Minutes", a title; in a headline set in title case
		// ("Talks Resume After 48 Hours") every word is capitalised, so
		// the capital names nothing.
		return match{}, false
	}
	t := &m.toks[j]
	plural := m.text[t.e-1] == 's' || m.text[t.e-1] == 'S'
	if plural && m.punct(j-1, '-') {
		return match{}, false // "three-quarters" is a fraction
	}
	j++
	if m.misc(j, "or") && (m.lit(j+1, "more") || m.lit(j+1, "longer")) && mod == "" && amount != "X" && m.has(j+2, cUnit) == nil {
		// "27 weeks or more": the bound after the count, in the extent
		// as "at least" before it is (TimeML mod EQUAL_OR_MORE).
		j += 2
		mod = annals.Mod("EQUAL_OR_MORE")
	} else if m.misc(j, "or") && m.lit(j+1, "so") {
		j += 2 // "a year or so"
	} else if m.misc(j, "or") && (m.lit(j+1, "two") || m.lit(j+1, "three")) && amount == "1" {
		j += 2 // "a year or two"
	}
	if h := m.andAHalf(j); h > 0 && m.punct(j, '-') && amount != "X" {
		// "a year-and-a-half".
		if hv := oneAndAHalf(u.unit, n); hv != "" {
			return match{h, sem{typ: annals.TimeDuration, val: hv, mod: mod}}, true
		}
	}
	if m.punct(j, '-') && m.adj(j) && m.adj(j+1) && m.toks[j+1].kind == kWord {
		if !m.lit(j+1, "long") {
			// "a five-year-old" is an age; "a year-earlier" or "year-end"
			// another expression.
			return match{}, false
		}
		j += 2 // "decades-long", "two-week-long"
		if plural && amount == "1" && artI {
			amount = "X" // "a decades-long feud": an article, not a count
		}
	}
	if (m.lit(j, "old") || m.misc(j, "of") && m.lit(j+1, "age") && !m.compound(j+2)) && (u.unit == "Y" || u.unit == "M" || u.unit == "W" || u.unit == "D") {
		// "52 years old", "eight months old", "until 26 years of age":
		// an age, which TimeBank and AQUAINT never mark, any more than
		// "a 52-year-old".
		return match{}, false
	}
	// "a year and a half".
	if m.misc(j, "and") && (m.lit(j+1, "a") || m.lit(j+1, "one")) && m.misc(j+2, "half") && amount != "X" {
		if hv := oneAndAHalf(u.unit, n); hv != "" {
			return match{j + 3, sem{typ: annals.TimeDuration, val: hv, mod: mod}}, true
		}
	}
	// Anchored forms: "two years ago", "a year earlier", "three days later".
	switch {
	case m.misc(j, "ago") || m.misc(j, "earlier") || m.misc(j, "later") || m.misc(j, "hence") || (m.misc(j, "from") && m.lit(j+1, "now")):
		if final {
			return match{}, false // "the final 24 years ago" is no phrase; "24 years ago" starts later
		}
		dir := -1
		if m.misc(j, "later") || m.misc(j, "hence") || m.misc(j, "from") {
			dir = 1
		}
		end := j + 1
		if m.misc(j, "from") {
			end = j + 2
		}
		if (m.misc(j, "later") || m.misc(j, "earlier")) && !(u.unit == "Y" && n == 1 && dir < 0) {
			// "three days later", "a day earlier": TimeML makes "later" and
			// "earlier" a SIGNAL and the length before it a DURATION (the
			// narrative anchor is another event, not the DCT); TimeBank and
			// AQUAINT mark 5 of 6 this way. "a year earlier" stays a date
			// for earnings copy (below).
			if v := durationValue(amount, u.unit); v != "" {
				return match{j, sem{typ: annals.TimeDuration, val: v, mod: mod}}, true
			}
			return match{}, false
		}
		if amount == "X" {
			ref := "PAST_REF"
			if dir > 0 {
				ref = "FUTURE_REF"
			}
			return match{end, sem{typ: annals.TimeDate, val: ref, mod: mod}}, true
		}
		if u.unit == "Y" && n == 1 && dir < 0 {
			// "a year earlier" in an earnings story means the same quarter a
			// year before when a quarter is under discussion.
			return match{end, sem{typ: annals.TimeDate, anchor: aYearAgoQuarter, mod: mod}}, true
		}
		if n > 0 && n < 10000 {
			return match{end, sem{typ: annals.TimeDate, anchor: aOffset, unit: u.unit, n: dir * n, mod: mod}}, true
		}
		return match{}, false
	}
	// "in three days", "in two weeks": the date that far after the DCT
	// (issue 3; TimeML's "in" + length points to a future date).
	if m.misc(i-1, "in") && !the && amount != "X" && n > 0 && n < 10000 && mod == "" && (u.unit == "D" || u.unit == "W" || u.unit == "M" || u.unit == "Y") && !m.superlativeBefore(i-1) {
		t := &m.toks[j-1]
		if m.text[t.e-1] == 's' || n == 1 {
			// A date unless the sentence is in the past: "was the first time in
			// 20 years" stays a duration (see Tag's use of sem.inUnits).
			return match{j, sem{typ: annals.TimeDate, anchor: aOffset, unit: u.unit, n: n, inUnits: durationValue(amount, u.unit)}}, true
		}
	}
	if k, per := m.perLargerUnit(j, u.unit); k > j && amount != "X" && !the && mod == "" {
		// "seven days a week", "two hours a day": a count of a smaller
		// unit in each larger one recurs, a SET with the larger unit's
		// period, as "twice a week" (TimeML guidelines: P1W).
		return match{k, valueSem(annals.TimeSet, per)}, true
	}
	v := durationValue(amount, u.unit)
	if v == "" {
		return match{}, false
	}
	return match{j, sem{typ: annals.TimeDuration, val: v, mod: mod}}, true
}

// fractionAgo reads a fraction of a long unit at j followed by "ago",
// "hence" or "from now" ("half a century ago", "a half-century ago", "a
// half century ago", "a quarter-century ago", "half a decade ago", "half a
// year ago") and returns the index after it, the length in a whole smaller
// unit (five decades, 25 years, six months) and the direction; k is j when
// none is there.
func (m *matcher) fractionAgo(j int) (k int, unit string, n, dir int) {
	k, unit, n = j, "", 0
	// Every form opens with "half" or an article; this is asked at most
	// tokens, so the rest is read only after one.
	half := m.misc(j, "half")
	art := m.lit(j, "a") || m.lit(j, "an")
	if !half && !art {
		return j, "", 0, 0
	}
	switch {
	case half && (m.lit(j+1, "a") || m.lit(j+1, "an")) && m.has(j+2, cUnit) != nil:
		unit, n = halfUnit(m.has(j+2, cUnit).unit)
		k = j + 3
	case art && m.misc(j+1, "half") && m.has(j+2, cUnit) != nil:
		unit, n = halfUnit(m.has(j+2, cUnit).unit) // "a half century ago"
		k = j + 3
	case art && m.misc(j+1, "half") && m.punct(j+2, '-') && m.adj(j+2) && m.adj(j+3) && m.has(j+3, cUnit) != nil:
		unit, n = halfUnit(m.has(j+3, cUnit).unit) // "a half-century ago"
		k = j + 4
	case art && m.lit(j+1, "quarter") && m.quarterCentury(j+2) > 0:
		unit, n, k = "Y", 25, m.quarterCentury(j+2)
	}
	if n == 0 || m.compound(k) {
		return j, "", 0, 0
	}
	switch {
	case m.misc(k, "ago"):
		return k + 1, unit, n, -1
	case m.misc(k, "hence"):
		return k + 1, unit, n, 1
	case m.misc(k, "from") && m.lit(k+1, "now"):
		return k + 2, unit, n, 1
	}
	return j, "", 0, 0
}

// halfUnit gives half of a long unit as a whole count of a smaller one:
// half a century is five decades, half a decade five years, half a year six
// months; n is 0 for a unit it does not halve so.
func halfUnit(u string) (unit string, n int) {
	switch u {
	case "CE":
		return "DE", 5
	case "DE":
		return "Y", 5
	case "Y":
		return "M", 6
	}
	return "", 0
}

// unitRank orders the units of a length from the smallest.
var unitRank = map[string]int{"S": 1, "TM": 2, "H": 3, "D": 4, "W": 5, "M": 6, "Q": 7, "Y": 8}

// perLargerUnit reads "a week", "per day", "each year" at j after a length
// in unit, when the rate's unit is larger ("seven days a week"), and
// returns the index after it and the SET value of one larger unit, or j. A
// rate followed by "ago", "earlier" or "later" ("ten days a year ago") is
// a length and a date.
func (m *matcher) perLargerUnit(j int, unit string) (int, string) {
	if !(m.lit(j, "a") || m.misc(j, "per") || m.misc(j, "each")) {
		return j, ""
	}
	u := m.has(j+1, cUnit)
	if u == nil || unitRank[u.unit] <= unitRank[unit] || unitRank[unit] == 0 || m.compound(j+2) {
		return j, ""
	}
	t := &m.toks[j+1]
	if m.text[t.e-1] == 's' || m.misc(j+2, "ago") || m.misc(j+2, "earlier") || m.misc(j+2, "later") || m.misc(j+2, "before") || m.misc(j+2, "after") {
		return j, ""
	}
	v := durationValue("1", u.unit)
	if v == "" {
		return j, ""
	}
	return j + 2, v
}

// quarterCentury reads what follows "a quarter" in "a quarter century",
// "a quarter-century" and "a quarter of a century", and returns the index
// after "century", or -1.
func (m *matcher) quarterCentury(k int) int {
	switch {
	case m.punct(k, '-') && m.adj(k) && m.adj(k+1) && m.lit(k+1, "century"):
		return k + 2
	case m.lit(k, "century"):
		return k + 1
	case m.lit(k, "of") && m.lit(k+1, "a") && m.lit(k+2, "century"):
		return k + 3
	}
	return -1
}

// quarterHour returns the index after the hour that a "quarter" ending
// before k is part of ("quarter hour", "quarter-hour", "quarter of an
// hour", "quarters of an hour"), or -1: fifteen minutes, where "quarter"
// alone is a business quarter (P1Q).
func (m *matcher) quarterHour(k int) int {
	switch {
	case m.punct(k, '-') && m.adj(k) && m.adj(k+1) && m.lit(k+1, "hour") && !m.compound(k+2):
		return k + 2
	case m.lit(k, "hour") && !m.compound(k+1):
		return k + 1
	case m.lit(k, "of") && m.lit(k+1, "an") && m.lit(k+2, "hour"):
		return k + 3
	}
	return -1
}

// barePlural matches a unit in the plural after a preposition ("for
// years", "in months", "within weeks"): an unspecified duration, PXY.
func (m *matcher) barePlural(i int) (match, bool) {
	u := m.has(i, cUnit)
	if u == nil || u.unit == "WE" || u.unit == "S" && !m.misc(i-1, "within") {
		// "seconds" alone is often a second helping or a second place
		// ("went back for seconds"); after "within" it is only a length
		// of time ("within seconds of the blast", PTXS).
		return match{}, false
	}
	t := &m.toks[i]
	if m.text[t.e-1] != 's' {
		return match{}, false
	}
	if m.misc(i+1, "ago") {
		return match{i + 2, valueSem(annals.TimeDate, "PAST_REF")}, true // "years ago"
	}
	if m.misc(i+1, "of") && m.lit(i+2, "age") && !m.compound(i+3) {
		return match{}, false // "21 years of age": an age (see duration)
	}
	p := m.w(i - 1)
	prep := p.is(cMisc) && (p.misc == "for" || p.misc == "in" || p.misc == "within" || p.misc == "after" || p.misc == "during")
	if !prep && m.inSet(i-1, durationVerbs) && !m.upper(i) {
		// "could take months to repair", "spent years in exile",
		// "the talks lasted hours": the object of a verb that measures
		// time is a length of time, as after "for".
		prep = true
	}
	if !prep && m.has(i-1, cNum|cQuant|cRel) != nil {
		return match{}, false // "two hours", "recent years": other patterns
	}
	j := i + 1
	if (m.misc(j, "or") || m.misc(j, "and")) && m.has(j+1, cUnit) != nil {
		j += 2 // "weeks or months"
	}
	if !prep {
		// "hours after the vote", "minutes later": the plural alone is
		// the length of time. So is "years of war", "the heady days of
		// the boom" (a length that measures what follows), but not "the
		// days of the week" or a possessive's "hours of business".
		after := m.misc(j, "after") || m.misc(j, "before") || m.misc(j, "later") || m.misc(j, "earlier") ||
			m.misc(j, "ahead") && m.misc(j+1, "of") // "just hours ahead of the deadline", as "hours before"
		of := m.misc(j, "of") && j == i+1 && (u.unit == "D" || u.unit == "W" || u.unit == "M" || u.unit == "Y" || u.unit == "DE") &&
			!(p.is(cMisc) && (p.misc == "the" || p.misc == "of" || p.misc == "these" || p.misc == "those" || p.misc == "s")) && !m.punct(i-1, '\'')
		if !after && !of {
			return match{}, false
		}
	}
	v := durationValue("X", u.unit)
	if u.unit == "DE" && j == i+1 {
		// "for decades": a vague count of decades keeps its unit (PXDE,
		// TimeML's decade unit, as the modern news annotations write
		// it); a counted one is written in years (P20Y).
		v = "PXDE"
	}
	return match{j, valueSem(annals.TimeDuration, v)}, true
}

// durationVerbs take a length of time as their object ("take days",
// "spent months", "lasted hours"). "last" itself is left out: "last days"
// is the relative "last", not the verb.
var durationVerbs = map[string]bool{
	"take": true, "takes": true, "took": true, "taken": true, "taking": true,
	"lasts": true, "lasted": true, "lasting": true,
	"spend": true, "spends": true, "spent": true, "spending": true,
	"wait": true, "waits": true, "waited": true, "waiting": true,
}

// periodicals are the nouns that "daily" or "weekly" classifies as a
// kind of publication.
var periodicals = map[string]bool{
	"newspaper": true, "newspapers": true, "paper": true, "papers": true, "magazine": true,
	"magazines": true, "newsletter": true, "newsletters": true, "tabloid": true, "tabloids": true,
	"publication": true, "publications": true, "periodical": true, "periodicals": true,
}

// set matches recurring times: "every week", "each year", "every other
// month", "every Monday", "daily", "weekly", "twice a week" is left out.
func (m *matcher) set(i int) (match, bool) {
	if f := m.has(i, cFreq); f != nil {
		if m.lit(i, "annual") {
			return match{}, false // an adjective: "the annual meeting"
		}
		if m.lit(i, "fortnightly") && (m.nounAfter(i+1) || m.has(i+1, cUnit) != nil) {
			// "a fortnightly column": an adjective, which TimeBank leaves
			// unmarked like "annual". ("quarterly" is not a SET word at
			// all: TimeBank marks neither "its quarterly dividend" nor
			// "adjusted quarterly".)
			return match{}, false
		}
		if m.upper(i) && m.upper(i+1) && !m.sentenceBreak(i) && i > 0 {
			return match{}, false // "the Daily Telegraph": a title
		}
		if m.inSet(i+1, periodicals) {
			// "a daily newspaper", "40 weekly newspapers": a kind of
			// periodical, not a time at which an event recurs.
			return match{}, false
		}
		amount, unit := "1", f.freq
		if unit == "2W" {
			amount, unit = "2", "W" // "biweekly"
		}
		if v := durationValue(amount, unit); v != "" {
			return match{i + 1, valueSem(annals.TimeSet, v)}, true // "hourly" is PT1H
		}
		return match{}, false
	}
	if k, ok := m.timesCount(i); ok && (m.misc(k, "per") || m.lit(k, "a") || m.lit(k, "an")) {
		// "twice a week", "three times a year", "once a month": the
		// count is part of the SET's extent (TimeML guidelines: "twice a
		// week" is value P1W with freq 2X).
		if u := m.has(k+1, cUnit); u != nil && !m.compound(k+2) {
			if v := durationValue("1", u.unit); v != "" {
				return match{k + 2, valueSem(annals.TimeSet, v)}, true
			}
		}
	}
	if m.misc(i, "per") || (m.lit(i, "a") || m.lit(i, "an")) && m.rateBefore(i) {
		// "$5 a year", "twice a week", "per day": a rate.
		if m.misc(i, "per") && m.lit(i+1, "annum") {
			return match{i + 2, valueSem(annals.TimeSet, "P1Y")}, true // Latin: "per annum"
		}
		if u := m.has(i+1, cUnit); u != nil && !m.compound(i+2) {
			if m.speed(i, u.unit) {
				return match{}, false
			}
			if !m.misc(i, "per") && (m.misc(i+2, "ago") || m.misc(i+2, "earlier") || m.misc(i+2, "later")) {
				// "300 tonnes a month later", "$9 million a year
				// ago": the length counts back or on from a time,
				// so it is no rate (as in perLargerUnit) and the
				// duration matcher reads it.
				return match{}, false
			}
			if v := durationValue("1", u.unit); v != "" {
				return match{i + 2, valueSem(annals.TimeSet, v)}, true
			}
		}
		return match{}, false
	}
	if m.lit(i, "weekends") && !m.compound(i+1) && m.recurringPlural(i) {
		// "works weekends", "closed on weekends": every weekend, which
		// TimeML writes XXXX-WXX-WE like "every weekend".
		return match{i + 1, valueSem(annals.TimeSet, "XXXX-WXX-WE")}, true
	}
	if !m.misc(i, "every") && !m.misc(i, "each") {
		return match{}, false
	}
	j := i + 1
	amount := "1"
	if m.lit(j, "other") {
		amount = "2"
		j++
	} else if m.misc(j, "few") || m.misc(j, "several") || m.misc(j, "couple") && m.misc(j+1, "of") {
		// "every few years": a set of unspecified period.
		amount = "X"
		if m.misc(j, "couple") {
			amount, j = "2", j+1
		}
		j++
	} else if a, _, k, ok := m.number(j); ok && !m.lit(j, "a") && !m.lit(j, "an") {
		amount, j = a, k
	}
	if amount == "1" && m.lit(j, "quarter") && m.quarterHour(j+1) > 0 {
		// "every quarter hour", "every quarter-hour": each 15 minutes.
		return match{m.quarterHour(j + 1), valueSem(annals.TimeSet, "PT15M")}, true
	}
	if u := m.has(j, cUnit); u != nil && u.unit == "WE" && amount == "1" && m.lit(j, "weekend") {
		// "every weekend": TimeML writes the recurring weekend XXXX-WXX-WE.
		return match{j + 1, valueSem(annals.TimeSet, "XXXX-WXX-WE")}, true
	}
	if u := m.has(j, cUnit); u != nil {
		if v := durationValue(amount, u.unit); v != "" {
			return match{j + 1, valueSem(annals.TimeSet, v)}, true
		}
	}
	if w := m.has(j, cWeekday); w != nil && m.upper(j) {
		// "every Monday", "each Sunday morning": XXXX-WXX-1, XXXX-WXX-7TMO.
		v := "XXXX-WXX-" + itoa(isoWeekday(w.wd))
		if p, ok := m.partOfDayWord(j + 1); ok {
			return match{j + 2, valueSem(annals.TimeSet, v+"T"+p)}, true
		}
		return match{j + 1, valueSem(annals.TimeSet, v)}, true
	}
	if p, ok := m.partOfDayWord(j); ok {
		// "every morning": the morning of every day, XXXX-XX-XXTMO (TimeML).
		return match{j + 1, valueSem(annals.TimeSet, "XXXX-XX-XXT"+p)}, true
	}
	if mon, k, ok := m.month(j); ok {
		// "each July": that month of every year (TimeML XXXX-07).
		return match{k, valueSem(annals.TimeSet, "XXXX-"+twoDigit(mon))}, true
	}
	if se := m.has(j, cSeason); se != nil {
		return match{j + 1, valueSem(annals.TimeSet, "XXXX-"+se.season)}, true
	}
	return match{}, false
}

func twoDigit(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

// rateBefore reports whether the token before i makes "a year" a rate:
// an amount ("5 a year", "$5 million a year") or a count of times ("twice a
// week").
func (m *matcher) rateBefore(i int) bool {
	if i == 0 {
		return false
	}
	if m.sentenceBreak(i) {
		return false // "It opened in 1913. A century later": no amount before
	}
	t := &m.toks[i-1]
	if t.kind == kNum || t.kind == kPunct && t.punct == '%' {
		return true
	}
	return m.lit(i-1, "once") || m.lit(i-1, "twice") || m.lit(i-1, "times") || m.lit(i-1, "million") || m.lit(i-1, "billion") || m.lit(i-1, "dollars") || m.lit(i-1, "dlrs") || m.lit(i-1, "cents") || m.lit(i-1, "pct") || m.lit(i-1, "percent") || m.inSet(i-1, measureWords)
}

// speed reports whether "per hour" or "an hour" at i, its unit given, ends
// a speed ("winds of 120 miles per hour", "320 kilometers an hour", "300
// meters a second"): a distance over an hour, minute or second is a unit
// of measure, not a recurrence, and TimeML marks no SET there (the TimeML
// sets of this repository leave such speeds untagged).
func (m *matcher) speed(i int, unit string) bool {
	if unit != "H" && unit != "TM" && unit != "S" {
		return false
	}
	return m.inSet(i-1, distanceWords)
}

// distanceWords are units of length, which over an hour, minute or second
// make a speed.
var distanceWords = map[string]bool{
	"meters": true, "metres": true, "kilometers": true, "kilometres": true, "km": true,
	"centimeters": true, "centimetres": true, "millimeters": true, "millimetres": true,
	"miles": true, "inches": true, "feet": true, "yards": true,
}

// measureWords are units of measure and counted goods that make "a week"
// after them a rate ("a few centimeters a week", "40,000 barrels a day",
// "300 tonnes a year").
var measureWords = map[string]bool{
	"meters": true, "metres": true, "kilometers": true, "kilometres": true, "centimeters": true,
	"centimetres": true, "millimeters": true, "millimetres": true, "miles": true, "inches": true,
	"feet": true, "yards": true, "pounds": true, "kilograms": true, "kilos": true, "grams": true,
	"tons": true, "tonnes": true, "barrels": true, "bpd": true, "gallons": true, "liters": true,
	"litres": true, "euros": true, "yuan": true, "rupees": true, "calories": true, "trillion": true,
}

// timesCount reads a count of occurrences at i, "once", "twice" or "N
// times" ("three times", "10 times"), and returns the index after it.
func (m *matcher) timesCount(i int) (int, bool) {
	if m.lit(i, "once") || m.lit(i, "twice") || m.lit(i, "thrice") {
		return i + 1, true
	}
	if _, _, j, ok := m.number(i); ok && !m.lit(i, "a") && !m.lit(i, "an") && m.lit(j, "times") {
		return j + 1, true
	}
	return 0, false
}

// partOfDayWord reads a part of day at j, singular or plural ("morning",
// "nights"), and returns its TIMEX3 code (MO, AF, EV, NI).
func (m *matcher) partOfDayWord(j int) (string, bool) {
	if p := m.has(j, cPart); p != nil {
		return p.part, true
	}
	switch {
	case m.lit(j, "mornings"):
		return "MO", true
	case m.lit(j, "afternoons"):
		return "AF", true
	case m.lit(j, "evenings"):
		return "EV", true
	case m.lit(j, "nights"):
		return "NI", true
	}
	return "", false
}

// thePlural matches a unit in the plural after "the": "over the years",
// "in the months that followed", "the days of the blockade". TimeBank
// marks it, the article included, as an unspecified duration (PXY). Before
// "after", "before", "later" and "earlier" the plural alone is matched by
// barePlural, as AQUAINT marks "in the weeks before the vote"; before
// "ahead" by vague.
func (m *matcher) thePlural(i int) (match, bool) {
	j := i + 1
	u := m.has(j, cUnit)
	if u == nil || u.unit == "WE" || u.unit == "S" || u.unit == "TM" || u.unit == "Q" || u.unit == "F" {
		return match{}, false
	}
	t := &m.toks[j]
	if m.text[t.e-1] != 's' || m.upper(j) && !m.upper(i) {
		return match{}, false
	}
	k := j + 1
	if m.misc(k, "after") || m.misc(k, "before") || m.misc(k, "later") || m.misc(k, "earlier") || m.misc(k, "ahead") || m.misc(k, "ago") {
		return match{}, false
	}
	if m.punct(k, '\'') || m.punct(k, '-') && m.adj(k) {
		return match{}, false // "the years' toll", "the days-long siege"
	}
	if _, ok := m.isNum(k); ok {
		return match{}, false // "the years 1990 to 1995"
	}
	if m.misc(k, "of") && m.misc(k+1, "the") && m.has(k+2, cUnit) != nil {
		return match{}, false // "the days of the week": their names
	}
	if v := durationValue("X", u.unit); v != "" {
		return match{k, valueSem(annals.TimeDuration, v)}, true
	}
	return match{}, false
}

// aWhile matches "a while" and "some time" as lengths of time ("for a
// while", "after some time", "took some time"), an unspecified duration
// of unspecified unit (TimeBank: PXX), and "a while ago", "some time ago"
// (PAST_REF). "A long time" is left out, as TimeBank and AQUAINT leave
// it; so is "some time" as a determiner ("some time next year").
func (m *matcher) aWhile(i int) (match, bool) {
	if !(m.lit(i, "a") && m.lit(i+1, "while") || m.lit(i, "some") && m.lit(i+1, "time")) {
		return match{}, false
	}
	if m.misc(i+2, "ago") {
		return match{i + 3, valueSem(annals.TimeDate, "PAST_REF")}, true
	}
	p := m.w(i - 1)
	prep := p.is(cMisc) && (p.misc == "for" || p.misc == "in" || p.misc == "within" || p.misc == "after")
	if !prep && !m.lit(i-1, "take") && !m.lit(i-1, "takes") && !m.lit(i-1, "took") && !m.lit(i-1, "taken") && !m.lit(i-1, "taking") {
		return match{}, false
	}
	if m.misc(i+2, "before") || m.misc(i+2, "after") || m.has(i+2, cRel) != nil || m.has(i+2, cMonth) != nil {
		return match{}, false // "in some time before the vote", "for some time next year"
	}
	return match{i + 2, valueSem(annals.TimeDuration, "PXX")}, true
}

// superlativeBefore reports whether the phrase that ends before token k
// holds "first", "last" or a superlative ("the first time in 30 years",
// "the smallest gain in a year", "its highest level in five years", the
// irregular "the worst in 50 years", "the best in a decade"): the
// length after "in" then measures back to the time spoken of, it names no
// date ahead ("the first species to be found in 35 years"). It looks back
// at most twelve tokens, within the clause; a "will" between makes the
// length a date ahead again ("the first plant will open in five years").
func (m *matcher) superlativeBefore(k int) bool {
	for x := k - 1; x >= 0 && x >= k-12; x-- {
		if m.sentenceBreak(x+1) || m.punct(x, ',') || m.punct(x, ';') {
			return false
		}
		t := &m.toks[x]
		if t.kind != kWord {
			continue
		}
		n := t.e - t.b
		w := m.text[t.b:t.e]
		if m.lit(x, "will") || m.lit(x, "shall") || m.lit(x, "ll") {
			return false // "the first plant will open in five years": a date ahead
		}
		if m.lit(x, "first") || m.lit(x, "last") || m.lit(x, "most") || m.lit(x, "least") || m.lit(x, "only") || m.lit(x, "worst") || m.lit(x, "best") {
			return true
		}
		if n > 4 && (w[n-3:] == "est" || w[n-3:] == "EST") && !m.lit(x, "interest") && !m.lit(x, "protest") && !m.lit(x, "arrest") && !m.lit(x, "request") && !m.lit(x, "contest") && !m.lit(x, "harvest") && !m.lit(x, "forest") && !m.lit(x, "suggest") && !m.lit(x, "invest") {
			return true
		}
	}
	return false
}

// nounAfterWeekend reports whether token k is a lower-case word that the
// time lexicon does not hold and that is no preposition, conjunction or
// relative word: the noun "weekend" modifies in "a weekend attack" (not
// "a weekend in Paris", "a weekend of talks", "a weekend away").
func (m *matcher) nounAfterWeekend(k int) bool {
	if k >= len(m.toks) {
		return false
	}
	t := &m.toks[k]
	if t.kind != kWord || t.upper || t.w != nil {
		return false
	}
	return !m.inSet(k, weekendNotNoun)
}

var weekendNotNoun = map[string]bool{
	"in": true, "at": true, "on": true, "of": true, "with": true, "away": true, "for": true, "to": true,
	"when": true, "that": true, "which": true, "where": true, "before": true, "after": true, "during": true,
	"by": true, "from": true, "as": true, "and": true, "or": true, "but": true, "is": true, "was": true,
	"off": true, "without": true, "than": true, "into": true, "ago": true, "later": true, "earlier": true,
	"long": true, "will": true, "would": true, "could": true, "has": true, "had": true, "he": true, "she": true,
	"they": true, "we": true, "it": true, "i": true, "you": true, "there": true, "here": true, "so": true,
	"while": true, "because": true, "if": true, "since": true, "until": true, "through": true, "spent": true,
}

// asMany matches "as many days" in "three wins in as many days", "the
// third time in as many weeks": a length as long as the count or ordinal
// shortly before it (P3D, P3W), with "as" in the extent (TimeML).
func (m *matcher) asMany(i int) (match, bool) {
	u := m.has(i+2, cUnit)
	if u == nil || m.compound(i+3) {
		return match{}, false
	}
	t := &m.toks[i+2]
	if m.text[t.e-1] != 's' {
		return match{}, false
	}
	amount := "X"
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if m.punct(k, '.') && !m.adj(k) {
			break
		}
		if n, ok := m.isNum(k); ok && n.ndig <= 2 && n.num > 1 {
			amount = itoa(n.num)
			break
		}
		if w := m.has(k, cNum); w != nil && w.num > 1 && w.num < 100 && !m.lit(k, "a") && !m.lit(k, "an") {
			amount = itoa(w.num)
			break
		}
		if w := m.has(k, cOrd); w != nil && w.ord > 1 && w.ord < 100 && m.toks[k].kind == kWord {
			amount = itoa(w.ord)
			break
		}
	}
	v := durationValue(amount, u.unit)
	if v == "" {
		return match{}, false
	}
	return match{i + 3, valueSem(annals.TimeDuration, v)}, true
}

// yearToDate matches "year-to-date" (or "year to date"): the length of
// the DCT's year so far, a DURATION in whole months. A report's figures
// run through the latest past month of the year the text has named ("the
// September trade data ... year-to-date exports" in November is P9M);
// with none, through the month before the DCT's ("year-to-date exports"
// in an August report are P7M), or in January its days (P20D on January
// 20); PXM without a DCT.
// With the article ("for the year to date") the article is part of the
// expression, which outruns "the year".
func (m *matcher) yearToDate(i int) (match, bool) {
	y := i
	if m.misc(i, "the") {
		y++
	}
	if !m.lit(y, "year") {
		return match{}, false
	}
	j := y + 1
	hyph := m.punct(j, '-') && m.adj(j) && m.adj(j+1)
	if hyph {
		j++
	}
	if !m.misc(j, "to") {
		return match{}, false
	}
	j++
	if hyph {
		if !(m.punct(j, '-') && m.adj(j) && m.adj(j+1)) {
			return match{}, false
		}
		j++
	}
	if !m.lit(j, "date") || m.punct(j+1, '-') && m.adj(j+1) {
		return match{}, false
	}
	v := "PXM"
	switch {
	case m.dataMonth > 0:
		v = "P" + itoa(m.dataMonth) + "M"
	case m.dctMonth > 1:
		v = "P" + itoa(m.dctMonth-1) + "M"
	case m.dctMonth == 1:
		v = "P" + itoa(m.dctDay) + "D"
	}
	return match{j + 1, valueSem(annals.TimeDuration, v)}, true
}

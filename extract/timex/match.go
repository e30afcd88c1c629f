package timex

import (
	"strings"

	"github.com/annals-project/annals"
)

// matcher walks the tokens of one text. Its helpers answer "is token i a
// word of class c", "is it this punctuation", and so on, returning false
// past the end, so patterns never index out of range.
type matcher struct {
	text string
	toks []token
	// dctYear is the year of the document's creation time, 0 when none:
	// a two-digit year ("'11") is the one of the hundred years up to ten
	// after it.
	dctYear int
	// dctMonth and dctDay are the month (1-12) and day of the DCT, 0
	// when none.
	dctMonth, dctDay int
	// dataMonth is the latest month of the DCT's year before the DCT's
	// month that the text has named so far, 0 when none (see
	// yearToDate).
	dataMonth int
	// tenses remembers tenseOf per token (see there); nil until the
	// first call.
	tenses []int8
	// inPartOfDate is set while partOfDate reads the day after "of".
	inPartOfDate bool
	// timeAt remembers per token whether longest finds a time there, for
	// dayBeforeEvent (0 not yet asked, 1 no, 2 yes), as of dataMonth
	// timeAtMonth; nil until the first call.
	timeAt      []int8
	timeAtMonth int
}

func (m *matcher) w(i int) *word {
	if i >= 0 && i < len(m.toks) && m.toks[i].kind == kWord {
		return m.toks[i].w
	}
	return nil
}

// has returns the entry of token i when it is a word of class c.
func (m *matcher) has(i int, c uint32) *word {
	if w := m.w(i); w.is(c) {
		return w
	}
	return nil
}

func (m *matcher) misc(i int, s string) bool {
	w := m.w(i)
	return w.is(cMisc) && w.misc == s
}

func (m *matcher) punct(i int, c byte) bool {
	return i >= 0 && i < len(m.toks) && m.toks[i].kind == kPunct && m.toks[i].punct == c
}

// adj reports whether token i touches token i-1 (no space between).
func (m *matcher) adj(i int) bool {
	return i > 0 && i < len(m.toks) && m.toks[i].b == m.toks[i-1].e
}

// paragraphBefore reports whether a blank line (two line breaks) separates
// token i from the token before it: the two stand in different paragraphs
// or page lines, so they do not make one expression ("By Staff 3", a blank
// line, then "Mar 2, 2021" is no "3 Mar").
func (m *matcher) paragraphBefore(i int) bool {
	if i <= 0 || i >= len(m.toks) {
		return false
	}
	return strings.Count(m.text[m.toks[i-1].e:m.toks[i].b], "\n") >= 2
}

// lit reports whether token i is the word s, ignoring case; for words the
// lexicon does not hold ("st", "gmt", "p").
func (m *matcher) lit(i int, s string) bool {
	if i < 0 || i >= len(m.toks) || m.toks[i].kind != kWord {
		return false
	}
	t := &m.toks[i] // a pointer: copying the whole token costs more than the test
	if t.e-t.b != len(s) {
		return false
	}
	// s is lower-case ASCII; fold only ASCII upper case, which is all a
	// word token holds.
	for k := 0; k < len(s); k++ {
		c := m.text[t.b+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[k] {
			return false
		}
	}
	return true
}

func (m *matcher) upper(i int) bool {
	return i >= 0 && i < len(m.toks) && m.toks[i].upper
}

func (m *matcher) isNum(i int) (*token, bool) {
	if i >= 0 && i < len(m.toks) && m.toks[i].kind == kNum {
		return &m.toks[i], true
	}
	return nil, false
}

// compound reports whether token i is a hyphen or apostrophe touching the
// word before it, which makes that word part of a compound ("year-end",
// "year's"); a full stop or comma does not.
func (m *matcher) compound(i int) bool {
	return m.adj(i) && (m.punct(i, '-') || m.punct(i, '\''))
}

// hyphen skips an optional hyphen touching both neighbours ("third-quarter",
// "mid-March") and returns the next index.
func (m *matcher) hyphen(i int) int {
	if m.punct(i, '-') && m.adj(i) && m.adj(i+1) {
		return i + 1
	}
	return i
}

// number reads an amount at i: digits ("3", "1.5"), a number word
// ("three", "twenty-five", "a"), and returns its text form for a duration
// value and the index after it.
func (m *matcher) number(i int) (amount string, n int, j int, ok bool) {
	if t, ok := m.isNum(i); ok {
		if t.ndig > 4 || t.ndig > 1 && m.text[t.b] == '0' {
			// "0900 hours" is a clock time: amounts have no leading zero.
			return "", 0, i, false
		}
		// A decimal amount: "1.5 years".
		if m.punct(i+1, '.') && m.adj(i+1) {
			if u, ok := m.isNum(i + 2); ok && m.adj(i+2) && u.ndig <= 2 {
				return m.text[t.b:u.e], t.num, i + 3, true
			}
		}
		// "5 1/2 hours": a whole amount and a half or a quarter.
		if f, ok := m.isNum(i + 1); ok && f.ndig == 1 && !m.adj(i+1) && m.punct(i+2, '/') && m.adj(i+2) && m.adj(i+3) {
			if d, ok := m.isNum(i + 3); ok && d.ndig == 1 && f.num < d.num && (d.num == 2 || d.num == 4) {
				frac := map[int]string{2: ".5", 4: ".25"}[d.num]
				if f.num == 3 && d.num == 4 {
					frac = ".75"
				}
				return m.text[t.b:t.e] + frac, t.num, i + 4, true
			}
		}
		// "2½ years", "2 ½ years", "1¼ hours": the vulgar fraction signs
		// (U+00BD, U+00BC, U+00BE) as "2 1/2" is read.
		if i+1 < len(m.toks) && m.toks[i+1].kind == kOther {
			f := m.toks[i+1]
			if frac := vulgarFractions[m.text[f.b:f.e]]; frac != "" {
				return m.text[t.b:t.e] + frac, t.num, i + 2, true
			}
		}
		if m.groupTail(i) {
			// "500" of "3,500": the end of a larger number, never an
			// amount of its own.
			return "", 0, i, false
		}
		if m.punct(i+1, ',') && m.adj(i+1) {
			if _, ok := m.isNum(i + 2); ok && m.adj(i+2) {
				// "3,500 hours": digits grouped by thousands make one
				// amount; a malformed grouping ("3,50", "1,000,0") is
				// not an amount at all.
				if a, n, j, ok := m.grouped(i); ok {
					return a, n, j, true
				}
				return "", 0, i, false
			}
		}
		return m.text[t.b:t.e], t.num, i + 1, true
	}
	w := m.has(i, cNum)
	if w == nil {
		return "", 0, i, false
	}
	v := w.num
	j = i + 1
	if v >= 20 && v%10 == 0 {
		k := m.hyphen(j)
		if u := m.has(k, cNum); u != nil && u.num < 10 && u.num > 0 && !m.lit(k, "a") && !m.lit(k, "an") {
			v += u.num
			j = k + 1
		}
	}
	// "a dozen", "two dozen": twelve each.
	if v < 100 && m.lit(j, "dozen") && !m.compound(j+1) {
		return itoa(v * 12), v * 12, j + 1, true
	}
	// "two hundred", "two thousand": multiply by the scale word.
	if v < 100 && (m.lit(j, "hundred") || m.lit(j, "thousand")) {
		if m.lit(j, "hundred") {
			v *= 100
		} else {
			v *= 1000
		}
		j++
		// "one hundred and sixty five years": the rest of the amount.
		k := j
		if m.misc(k, "and") {
			k++
		}
		if u := m.has(k, cNum); u != nil && !m.lit(k, "a") && !m.lit(k, "an") {
			if _, r, k2, ok := m.number(k); ok && r > 0 && r < 100 {
				v, j = v+r, k2
			}
		}
	}
	return itoa(v), v, j, true
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// match is a recognised expression: tokens [i, end), with its meaning.
type match struct {
	end int
	s   sem
}

func valueSem(typ annals.TimeType, v string) sem { return sem{typ: typ, val: v} }

// groupTail reports whether the number at i continues a number grouped by
// thousands: a comma close up between it and digits before ("3,500").
func (m *matcher) groupTail(i int) bool {
	if !m.adj(i) || !m.punct(i-1, ',') || !m.adj(i-1) {
		return false
	}
	_, ok := m.isNum(i - 2)
	return ok
}

// grouped reads a number grouped by thousands at i ("3,500", "1,250,000"):
// one to three digits without a leading zero, then groups of a comma and
// three digits, all close up. It returns the digits without commas, the
// value (capped like a token's) and the index after the number.
func (m *matcher) grouped(i int) (amount string, n int, j int, ok bool) {
	t, _ := m.isNum(i)
	if t.ndig > 3 || t.ndig > 1 && m.text[t.b] == '0' {
		return "", 0, i, false
	}
	digits := []byte(m.text[t.b:t.e])
	n = t.num
	j = i + 1
	for m.punct(j, ',') && m.adj(j) && m.adj(j+1) {
		g, ok := m.isNum(j + 1)
		if !ok || g.ndig != 3 {
			return "", 0, i, false
		}
		digits = append(digits, m.text[g.b:g.e]...)
		if n < 1<<30 {
			n = min(n*1000+g.num, 1<<30)
		}
		j += 2
	}
	if j == i+1 || m.adj(j) && m.toks[j].kind == kNum {
		return "", 0, i, false
	}
	if m.punct(j, '.') && m.adj(j) && m.adj(j+1) && m.toks[j+1].kind == kNum {
		return "", 0, i, false // "1,500.5": a decimal count
	}
	return string(digits), n, j, true
}

// vulgarFractions are the fraction signs an amount may carry, as the
// decimal that "5 1/2" is read as.
var vulgarFractions = map[string]string{"\u00bd": ".5", "\u00bc": ".25", "\u00be": ".75"}

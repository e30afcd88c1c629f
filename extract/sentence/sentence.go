// Package sentence splits English news text into sentence spans.
//
// The splitter is rule-based, in the tradition of the Punkt and Stanford
// tokenizers' abbreviation lists: a full stop, question or exclamation mark
// ends a sentence when white space and a capital, digit or opening quote
// follow, unless the word before it is a known abbreviation ("Mr.", "Nov.",
// "Gen."), a single initial ("J."), or a dotted abbreviation ("U.S.") or
// one closing a name ("Inc.", "Jr.") not followed by a typical sentence
// opener or by a one-word subject and its verb. Line breaks matter too, because
// scraped pages and wire copy use them differently: a blank line always
// ends a sentence; a single line break ends one after sentence-final
// punctuation, after a short line (headlines, datelines, captions), after a
// paragraph's first line in headline title case, or before a list item
// ("2. SOUNDBITE"), and is otherwise a soft wrap (Reuters-style
// fixed-width copy).
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// shortLine is the length under which a line without final punctuation is
// taken as a unit of its own (headline, dateline, caption) rather than as
// part of a wrapped paragraph; wire copy wraps at 60 to 80 columns.
const shortLine = 45

// MaxLen is the longest sentence Split returns, in bytes. News sentences
// stay well under 1,000 bytes; a longer run with no sentence end (a list,
// a table, a scraped blob, hostile input) is cut at its last clause
// boundary (", " or "; ") past half the limit, else at a space, so that
// the per-sentence work of the extractor stays bounded and a long run
// costs linear time. A run with no space at all is cut at twice the limit.
const MaxLen = 2000

// Split returns the sentences of text[region[0]:region[1]] as spans into
// text, trimmed of surrounding white space. The spans are in bounds,
// ordered and non-overlapping; empty sentences are dropped. A region out of
// bounds is clipped to the text.
func Split(text string, region annals.Span) []annals.Span {
	b, e := region[0], region[1]
	if b < 0 {
		b = 0
	}
	if e > len(text) {
		e = len(text)
	}
	if b >= e {
		return nil
	}
	var out []annals.Span
	start := b
	emit := func(end int) {
		if s, ok := trim(text, start, end); ok {
			out = append(out, s)
		}
		start = end
	}
	lineStart := b
	soft := -1 // the end of the last clause boundary in this sentence
	for i := b; i < e; i++ {
		// Most bytes are no boundary and make no cut: run over them in
		// a tight loop, up to the byte where the sentence grows too long.
		for lim := min(e, start+MaxLen); i < lim && !boundaryByte[text[i]]; {
			i++
		}
		if i >= e {
			break
		}
		c := text[i] // a boundary, or the sentence is too long
		if i-start >= MaxLen && isSpace(c) || i-start >= 2*MaxLen && c < utf8.RuneSelf {
			// Too long: cut (with no space for twice the limit, at any
			// ASCII byte, which is never inside a UTF-8 sequence).
			if soft > start+MaxLen/2 {
				emit(soft)
			} else {
				emit(i)
			}
		}
		switch c {
		case ',', ';':
			if i+1 < e && text[i+1] == ' ' {
				soft = i + 1
			}
		case '\n':
			if hardBreak(text, lineStart, i, e) {
				emit(i)
			}
			lineStart = i + 1
		case '.', '!', '?':
			j := i + 1
			for j < e && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			j = skipClosers(text, j, e)
			if j >= e {
				continue
			}
			if !isSpace(text[j]) {
				continue
			}
			k := j
			for k < e && isSpace(text[k]) && text[k] != '\n' {
				k++
			}
			if k >= e || text[k] == '\n' {
				continue // the line-break rule decides
			}
			if c == '.' && !endsAtPeriod(text, b, start, i, k, e) {
				continue
			}
			if !opensSentence(text, k, e) {
				continue
			}
			emit(j)
			i = j - 1
		}
	}
	emit(e)
	return out
}

// boundaryByte marks the bytes Split's loop acts on: clause and sentence
// punctuation and line breaks.
var boundaryByte = [256]bool{',': true, ';': true, '\n': true, '.': true, '!': true, '?': true}

// hardBreak reports whether the line break at nl, ending the line that
// starts at ls, ends a sentence.
func hardBreak(text string, ls, nl, e int) bool {
	// Next line: blank, list item?
	k := nl + 1
	for k < e && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
		k++
	}
	if k >= e {
		return true
	}
	if text[k] == '\n' {
		return !danglingWrap(text, ls, nl, k, e)
	}
	if isListItem(text, k, e) {
		return true
	}
	// This line: trimmed length and last character.
	i, j := trimLine(text, ls, nl)
	if i == j {
		// A blank line (one of a run): it ends the sentence unless the
		// text line before the run dangles.
		pe := ls
		for pe > 0 && isSpace(text[pe-1]) {
			pe--
		}
		ps := strings.LastIndexByte(text[:pe], '\n') + 1
		return pe == 0 || !danglingWrap(text, ps, pe, nl, e)
	}
	if j > i && text[j-1] == '.' && opensSentence(text, k, e) && !commonOpener(text, k, e) && nameRunsOn(text[i:j-1]) {
		return false
	}
	if j-i < shortLine {
		return !shortWrap(text[i:j], text[k])
	}
	// A long headline: title case, first of its paragraph, and the next
	// line opens a sentence. (A wrapped line of names, "President Ronald
	// Reagan and Prime Minister Yasuhiro Nakasone", continues in lower case.)
	// When the next line opens with a capitalised word that is no common
	// sentence opener, a name may run on across the break ("Assistant
	// Treasury Secretary David\nMulford said"), so the line is no headline.
	if paragraphStart(text, ls) && opensSentence(text, k, e) && titleCase(text[i:j]) && !datelineOpens(text[i:j]) && commonOpener(text, k, e) {
		return true
	}
	if opensSentence(text, k, e) && unwrappedNext(text, i, j, k, e) {
		return true
	}
	last := text[j-1]
	for (last == '"' || last == '\'' || last == ')') && j-1 > i {
		j--
		last = text[j-1]
	}
	if last == '.' || last == '!' || last == '?' || last == ':' || last == '|' {
		return true
	}
	if j >= i+3 && text[j-3:j] == "”" {
		return true
	}
	return false
}

// wireWidth is the widest column fixed-width wire copy wraps at (60 to
// 80 columns in practice): a line longer than this was not wrapped.
const wireWidth = 100

// unwrappedNext reports whether the line [i, j), which has no sentence
// end, stands before a next line (from k) that shows the text is not
// hard-wrapped there: the next line runs past any wire column, and the
// next line's first word would have fitted on this line, which greedy
// wrapping never leaves for the next line. The line is then a unit of its
// own, a headline in sentence case ("Russia expels Estonian diplomat amid
// spying row") above the story's first paragraph, unless it ends in a
// comma or in a word that takes what follows ("..., the minister of").
func unwrappedNext(text string, i, j, k, e int) bool {
	ne := k
	for ne < e && text[ne] != '\n' {
		ne++
	}
	for ne > k && isSpace(text[ne-1]) {
		ne--
	}
	w := k
	for w < ne && !isSpace(text[w]) {
		w++
	}
	if ne-k <= wireWidth || ne-k < (j-i)+1+(w-k) {
		return false
	}
	if c := text[j-1]; c == ',' || c == ';' || c == '-' || c == '(' {
		return false
	}
	last := text[i:j]
	if p := strings.LastIndexAny(last, " \t"); p >= 0 {
		last = last[p+1:]
	}
	return !danglingWords[last] && !shortWrapWords[last] && !headlineLower[last]
}

// trimLine returns the line [ls, nl) without its leading and trailing
// spaces, as [i, j); i == j for a blank line.
func trimLine(text string, ls, nl int) (i, j int) {
	j = nl
	for j > ls && isSpace(text[j-1]) {
		j--
	}
	i = ls
	for i < j && isSpace(text[i]) {
		i++
	}
	return i, j
}

// danglingWrap reports whether a blank line after the line [ls, nl)
// splits a sentence rather than ending one: copy hard-wrapped with a blank
// line after every line ("spoke today with\n\n Defense Ministers from
// Canada, ... and\n\n the United Kingdom"). The line is a long one (no
// headline or menu item) that ends in a preposition, article or
// conjunction, which no sentence or headline ends with, or ends in a
// word or comma before a line that opens in lower case; and a line
// follows the blank ones. k is the first byte of the blank line.
func danglingWrap(text string, ls, nl, k, e int) bool {
	// The line itself first: a short or blank line decides without the
	// lines after it, so that each blank line of a long run of them
	// does not scan the rest of the run (which made Split quadratic in
	// the run's length).
	i, j := trimLine(text, ls, nl)
	if j-i < shortLine {
		return false
	}
	for k < e && isSpace(text[k]) {
		k++
	}
	if k >= e {
		return false
	}
	w := j
	for w > i && text[w-1] != ' ' && text[w-1] != '\t' {
		w--
	}
	if danglingWords[text[w:j]] {
		return true
	}
	// A long line with no closing punctuation before a line that opens
	// in lower case ("... Secretary Austin\n\n also reiterated").
	last := text[j-1]
	return text[k] >= 'a' && text[k] <= 'z' && (last >= 'a' && last <= 'z' || last >= 'A' && last <= 'Z' || last == ',')
}

// danglingWords close no sentence: prepositions that take an object,
// articles and conjunctions ("in", "on" and "up" end menu items such as
// "Log in" and are left out).
var danglingWords = map[string]bool{
	"with": true, "and": true, "the": true, "The": true, "of": true, "to": true, "from": true,
	"for": true, "a": true, "an": true, "by": true, "or": true, "between": true, "about": true,
}

// shortWrap reports whether a short line (no sentence end) is the head of a
// sentence hard-wrapped with a deep indent rather than a unit of its own:
// it ends in a lower-case article, preposition or conjunction that takes
// what follows ("On January 4, the\n Secretary visits"; "On May 6,
// after\n talks in Rome"), or in a month name before a line that opens
// with its day ("Later on January\n 5, the minister flies"). A headline,
// dateline or caption ends in none of these (a menu item's "Log in" is
// why "in" and "on" are left out). next is the next line's first byte.
func shortWrap(line string, next byte) bool {
	w := line
	if p := strings.LastIndexAny(line, " \t"); p >= 0 {
		w = line[p+1:]
	} else {
		return false // a one-word line is a unit of its own
	}
	if shortWrapWords[w] {
		return true
	}
	return next >= '0' && next <= '9' && monthNames[w]
}

// shortWrapWords end a short line that runs on into the next: the
// lower-case danglingWords and "after", which takes a clause or an object.
var shortWrapWords = map[string]bool{
	"with": true, "and": true, "the": true, "of": true, "to": true, "from": true,
	"for": true, "a": true, "an": true, "by": true, "or": true, "between": true,
	"about": true, "after": true,
}

// monthNames are the full month names, which a day number may follow on the
// next line of wrapped copy.
var monthNames = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true,
	"June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true,
}

// nameRunsOn reports whether a line that ends, before its full stop, as
// line does ends in a title abbreviation ("former Texas Sen.") or in a
// given name's initial ("John F."), so that the capitalised name on the
// next line continues it: wire copy wraps wherever the column ends, and a
// title or an initial never closes a sentence before a name.
func nameRunsOn(line string) bool {
	w := line
	if p := strings.LastIndexAny(line, " \t(\"“"); p >= 0 {
		w = line[p+1:]
	}
	if titleAbbreviations[w] {
		return true
	}
	if len(w) != 1 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	// An initial follows a capitalised given name ("John F."), not a
	// lower-case word ("plan B.").
	f := strings.Fields(line)
	if len(f) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[len(f)-2])
	return unicode.IsUpper(r)
}

// titleAbbreviations are the abbreviated titles and honorifics that stand
// before a name (AP Stylebook): a member never ends a sentence (unlike
// "Inc." or "Jr.") and, at the end of a wrapped line, runs on into the
// name on the next (nameRunsOn). Every member is also in abbreviations,
// which is built from this list.
var titleAbbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true,
	"Lt": true, "Col": true, "Maj": true, "Capt": true, "Sgt": true, "Adm": true,
	"Cmdr": true, "Gov": true, "Sen": true, "Rep": true, "Rev": true, "Hon": true,
	"Pres": true, "Messrs": true, "Mme": true, "Brig": true, "Supt": true,
	"Insp": true, "Cpl": true, "Pvt": true, "Amb": true, "Atty": true, "Sens": true,
	"Reps": true, "Govs": true, "Lieut": true, "Cdr": true,
}

// paragraphStart reports whether the line starting at ls is the first of
// its paragraph: at the start of the text or after a blank line.
func paragraphStart(text string, ls int) bool {
	n := 0
	for p := ls - 1; p >= 0; p-- {
		switch text[p] {
		case ' ', '\t', '\r':
		case '\n':
			if n++; n == 2 {
				return true
			}
		default:
			return false
		}
	}
	return true
}

// datelineOpens reports whether line opens with a wire dateline, a place
// in capitals and a dash ("WASHINGTON, March 3 - Assistant Treasury
// Secretary David"): the story's first sentence, wrapped, whose
// capitalised title and name run on into the next line; no headline.
func datelineOpens(line string) bool {
	f := strings.Fields(line)
	if len(f) == 0 {
		return false
	}
	place := strings.TrimRight(f[0], ",")
	if len(place) < 2 || strings.ToUpper(place) != place || strings.ToLower(place) == place {
		return false
	}
	return strings.Contains(line, " - ") || strings.Contains(line, " -- ") || strings.Contains(line, " — ") || strings.Contains(line, " – ")
}

// titleCase reports whether line is written in headline style: at least
// three words, and every word that starts with a letter capitalised except
// short function words ("Iran Presses Ahead With Launch of New Rocket").
// Running prose always has lower-case content words, so a wrapped line of
// body text never looks like this, while a long headline without a full
// stop is a unit of its own (AP and Reuters headline style).
func titleCase(line string) bool {
	words, caps := 0, 0
	for _, w := range strings.Fields(line) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		switch {
		case unicode.IsUpper(r):
			caps++
		case !headlineLower[strings.ToLower(strings.Trim(w, ",:;'\"’"))]:
			return false
		}
	}
	return words >= 3 && caps >= 3
}

// headlineLower are the short words headline style leaves in lower case
// (AP and Chicago title-case rules).
var headlineLower = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true,
	"nor": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "by": true, "as": true, "from": true, "with": true, "into": true,
	"over": true, "vs": true, "via": true, "per": true, "up": true,
}

func isListItem(text string, k, e int) bool {
	if k < e && (text[k] == '-' || text[k] == '*') {
		return true
	}
	if k+2 < e && text[k:k+3] == "•" {
		return true
	}
	d := k
	for d < e && d-k < 3 && text[d] >= '0' && text[d] <= '9' {
		d++
	}
	return d > k && d+1 < e && (text[d] == '.' || text[d] == ')') && text[d+1] == ' '
}

// skipClosers skips closing quotes and brackets after final punctuation.
func skipClosers(text string, j, e int) int {
	for j < e {
		switch {
		case text[j] == '"' || text[j] == '\'' || text[j] == ')':
			j++
		case j+2 < e && (text[j:j+3] == "”" || text[j:j+3] == "’"):
			j += 3
		default:
			return j
		}
	}
	return j
}

// opensSentence reports whether a sentence may start at k: an upper-case
// letter, a digit or an opening quote or bracket.
func opensSentence(text string, k, e int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:e])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '(' || r == '\'' || r == '‘'
}

// endsAtPeriod decides a full stop at i with the next sentence starting at
// k, in a sentence that started at s: false after abbreviations and
// initials.
func endsAtPeriod(text string, b, s, i, k, e int) bool {
	w := i
	for w > b {
		r, n := utf8.DecodeLastRuneInString(text[b:w])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		w -= n
	}
	word := text[w:i]
	if word == "" {
		return !listMarker(text, b, i) && !spacedDecimal(text, b, i, k, e)
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return !unicode.IsUpper(r) // "J. Smith": an initial
	}
	if containsDot(word) || nameEnders[word] { // "U.S", "U.N", "a.m", "Inc": may end a sentence
		if strings.TrimLeft(text[max(s, b):w], " \t\r\n\"'(“‘") == "" {
			// Opening its sentence, the abbreviation modifies what
			// follows ("U.S. Marshals arrested him"): no sentence of
			// its own.
			return false
		}
		// Initials ("J.D. Smith said") run on before a name; a state's,
		// body's or firm's abbreviation may end a sentence before one.
		return commonOpener(text, k, e) || (nameEnders[word] || placeAbbrevs[word]) && subjectThenVerb(text, k, e)
	}
	if abbreviations[word] || capsTitles[word] {
		return false
	}
	return true
}

// capsTitles are the honorifics and ranks of abbreviations as copy written
// all in capitals spells them ("MR. SMITH SAID"). Other abbreviations are
// left out in capitals: "NO.", "SUN.", "CO." may end a sentence there.
var capsTitles = map[string]bool{
	"MR": true, "MRS": true, "MS": true, "DR": true, "MESSRS": true, "PROF": true, "SEN": true, "REP": true,
	"GOV": true, "GEN": true, "LT": true, "COL": true, "MAJ": true, "CAPT": true, "SGT": true, "ADM": true, "CMDR": true,
}

// listMarker reports whether the full stop at i closes a list number at
// the start of a line or region ("2. SOUNDBITE").
func listMarker(text string, b, i int) bool {
	j := i
	for j > b && text[j-1] >= '0' && text[j-1] <= '9' {
		j--
	}
	if j == i || i-j > 3 {
		return false
	}
	return j == b || text[j-1] == '\n'
}

// spacedDecimal reports whether the full stop at i is the decimal point of
// a figure that some Asian wire copy writes with a space after it, "1. 92
// billion", "80. 92 million": one to three digits before it, one space,
// one or two digits at k and a scale word. A year before the stop ("in
// 2003. 45 billion") has four digits and still ends its sentence.
func spacedDecimal(text string, b, i, k, e int) bool {
	n := 0
	for i-n > b && text[i-n-1] >= '0' && text[i-n-1] <= '9' {
		n++
	}
	if n == 0 || n > 3 || k != i+2 || (i-n > b && (text[i-n-1] == '.' || text[i-n-1] == ',')) {
		return false
	}
	f := 0
	for k+f < e && text[k+f] >= '0' && text[k+f] <= '9' {
		f++
	}
	if f == 0 || f > 2 || k+f >= e || text[k+f] != ' ' {
		return false
	}
	w := k + f + 1
	for _, sc := range [...]string{"billion", "million", "trillion", "bn", "mln", "bln"} {
		if strings.HasPrefix(text[w:e], sc) && (w+len(sc) == e || !isLetterByte(text[w+len(sc)])) {
			return true
		}
	}
	return false
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func containsDot(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return true
		}
	}
	return false
}

// commonOpener reports whether the word at k is one that usually opens a
// sentence, used after dotted abbreviations such as "U.S." which end a
// sentence only sometimes.
func commonOpener(text string, k, e int) bool {
	j := k
	for j < e {
		r, n := utf8.DecodeRuneInString(text[j:e])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return openers[text[k:j]] || (j == k)
}

var openers = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "But": true, "In": true, "On": true,
	"This": true, "That": true, "These": true, "Those": true, "There": true,
	"His": true, "Her": true, "Its": true, "Their": true, "Our": true,
	"However": true, "Meanwhile": true, "Officials": true, "Earlier": true,
	"Later": true, "After": true, "Before": true, "At": true, "As": true,
}

// abbreviations are all the abbreviations that do not end a sentence
// before a capital (endsAtPeriod): the titles and honorifics of
// titleAbbreviations, and the other short forms below, which stand before
// no name and so do not run a wrapped line on: "St." and "Sr.", month and
// weekday abbreviations and common short forms (AP Stylebook
// abbreviations).
var abbreviations = withTitles(map[string]bool{
	"St": true, "Sr": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true,
	"Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Mon": true, "Tue": true, "Tues": true, "Wed": true, "Thu": true, "Thurs": true,
	"Fri": true, "Sat": true, "Sun": true, "No": true, "Nos": true, "vs": true,
	"Fig": true, "approx": true, "Ave": true, "Blvd": true, "Mt": true, "Ft": true,
	"Gov't": true, "Dept": true, "Univ": true,
})

// withTitles adds the members of titleAbbreviations to set and returns it.
func withTitles(set map[string]bool) map[string]bool {
	for w := range titleAbbreviations {
		set[w] = true
	}
	return set
}

// nameEnders are the abbreviations that close a name ("Acme Inc.",
// "Martin Luther King Jr."), so that a sentence may end with them; like a
// dotted abbreviation ("U.S.") they end one only before a word that opens
// a sentence.
var nameEnders = map[string]bool{
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Cie": true, "Bros": true, "Jr": true, "Plc": true, "Llc": true,
}

// placeAbbrevs are the dotted abbreviations of states, bodies and times
// of day, which end sentences ("was extradited to the U.S."), unlike a
// person's initials ("J.D.").
var placeAbbrevs = map[string]bool{
	"U.S": true, "U.K": true, "U.N": true, "E.U": true, "U.A.E": true, "U.S.A": true, "D.C": true, "a.m": true, "p.m": true,
}

// subjectThenVerb reports whether the words at k are a capitalised word
// and a finite verb ("... extradited to the U.S. Avila launched an
// appeal"): after an abbreviation that ends a sentence as often as it
// modifies a noun, a one-word subject with its verb opens a new sentence,
// unless the capitalised word is one that an abbreviated state, body or
// firm modifies ("U.S. Congress passed", "U.N. Women said", "U.S. Senators
// voted"; see abbrevHeads, singular or plural). A capital after it ("U.S. President Biden") or a
// lower-case noun ("U.S. Army soldiers") leaves the sentence whole.
func subjectThenVerb(text string, k, e int) bool {
	j := k
	for j < e && (text[j] >= 'a' && text[j] <= 'z' || j == k && text[j] >= 'A' && text[j] <= 'Z') {
		j++
	}
	head := strings.ToLower(text[k:j])
	if j-k < 2 || j+2 >= e || text[j] != ' ' || abbrevHeads[head] || abbrevHeads[strings.TrimSuffix(head, "s")] {
		return false
	}
	v := j + 1
	w := v
	for w < e && text[w] >= 'a' && text[w] <= 'z' {
		w++
	}
	if w == v || w < e && text[w] >= 'A' && text[w] <= 'Z' {
		return false
	}
	verb := text[v:w]
	return finiteVerbs[verb] || len(verb) > 4 && strings.HasSuffix(verb, "ed") && !strings.HasSuffix(verb, "eed")
}

// finiteVerbs are the common finite verbs and auxiliaries of news copy
// that do not end in "-ed".
var finiteVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "is": true, "was": true, "has": true, "had": true, "will": true,
	"would": true, "could": true, "can": true, "may": true, "might": true, "must": true, "should": true,
	"did": true, "does": true, "made": true, "took": true, "gave": true, "went": true, "came": true,
	"became": true, "began": true, "left": true, "met": true, "spent": true, "won": true, "lost": true,
	"fled": true, "sought": true, "faces": true, "faced": true, "remains": true, "denies": true, "denied": true,
}

// abbrevHeads are the capitalised words (lower-cased here) that follow an
// abbreviated state, body or firm inside one name or phrase: offices,
// institutions, forces and titles ("U.S. Treasury has", "U.K. Parliament
// voted", "Acme Inc. Chairman Lee").
var abbrevHeads = map[string]bool{
	"government": true, "administration": true, "treasury": true, "congress": true, "senate": true, "house": true,
	"parliament": true, "cabinet": true, "court": true, "supreme": true, "justice": true, "army": true, "navy": true,
	"marines": true, "marine": true, "military": true, "forces": true, "troops": true, "coast": true, "guard": true,
	"air": true, "space": true, "command": true, "embassy": true, "embassies": true, "consulate": true, "mission": true,
	"delegation": true, "team": true, "officials": true, "diplomats": true, "authorities": true, "prosecutors": true,
	"department": true, "agency": true, "bureau": true, "census": true, "customs": true, "border": true,
	"federal": true, "fed": true, "reserve": true, "central": true, "commerce": true, "trade": true, "defense": true,
	"defence": true, "state": true, "intelligence": true, "council": true, "chamber": true, "steel": true,
	"dollar": true, "economy": true, "open": true, "women": true, "habitat": true, "president": true, "secretary": true,
	"ambassador": true, "envoy": true, "representative": true, "senator": true, "attorney": true, "general": true,
	"deputy": true, "vice": true, "under": true, "chief": true, "assistant": true, "acting": true, "special": true,
	"chairman": true, "director": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "minister": true,
	"capitol": true, "day": true, "sanctions": true, "shares": true, "stocks": true, "unit": true, "subsidiary": true,
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func trim(text string, b, e int) (annals.Span, bool) {
	for b < e && isSpace(text[b]) {
		b++
	}
	for e > b && isSpace(text[e-1]) {
		e--
	}
	// Also trim non-breaking and other Unicode spaces.
	for b < e {
		r, n := utf8.DecodeRuneInString(text[b:e])
		if r == utf8.RuneError || !unicode.IsSpace(r) {
			break
		}
		b += n
	}
	for e > b {
		r, n := utf8.DecodeLastRuneInString(text[b:e])
		if r == utf8.RuneError || !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return annals.Span{b, e}, b < e
}

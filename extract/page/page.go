// Package page separates the story of a scraped news page from its chrome:
// menus, share links, licensing blurbs, comment boxes, upload dates, photo
// captions and lines written in another script than the story.
//
// It classifies lines rather than parsing markup, because the input is
// text already stripped of HTML (a copy of the visible page). The rules
// follow the usual boilerplate-removal observations (Kohlschütter et al.,
// "Boilerplate Detection using Shallow Text Features", WSDM 2010): chrome
// lines are short, link-heavy, formulaic, and often in the site's language
// rather than the story's. Spans always index the original text; nothing
// is copied or rewritten.
package page

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// Class is the classification of one line.
type Class uint8

// Line classes.
const (
	Blank   Class = iota // only white space
	Content              // part of the story (prose, headline, dateline)
	Chrome               // page furniture: links, menus, captions, other script
)

// Line is one line of the text with its classification. Span excludes the
// line break.
type Line struct {
	Span  annals.Span
	Class Class
}

// Lines splits text at '\n' and classifies every line. The main script of
// the document is the script (Latin, Cyrillic, ...) holding most letters of
// the longer lines; see [Classify] for the rules.
func Lines(text string) []Line {
	out := make([]Line, 0, strings.Count(text, "\n")+1)
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		e := end
		if e > start && text[e-1] == '\r' {
			e--
		}
		out = append(out, Line{Span: annals.Span{start, e}})
		if end == len(text) {
			break
		}
		start = end + 1
	}
	stats := make([]lineStats, len(out))
	for i, l := range out {
		stats[i] = statsOf(text[l.Span[0]:l.Span[1]])
	}
	main := mainScript(text, out, stats)
	for i, l := range out {
		out[i].Class = classify(strings.TrimSpace(text[l.Span[0]:l.Span[1]]), main, &stats[i])
	}
	return out
}

// lineStats are counts of one line that Lines takes in a single pass, so
// that mainScript and classify need not read an ASCII line again.
type lineStats struct {
	words        int  // as countWords counts them
	asciiLetters int  // letters a-z, A-Z
	ascii        bool // no byte above 0x7F
}

func statsOf(s string) lineStats {
	// Eight bytes at a time while they are ASCII (SWAR: every test sets
	// the top bit of each byte it holds for), one table read a byte
	// otherwise: lines are most of a text's bytes.
	words, letters, high := 0, 0, uint8(0)
	prevSpace := uint64(1) // a word starts at a non-space after a space or the start
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			if x&hi8 == 0 {
				// Every byte is below 0x80, so adding to a byte never carries
				// into the next one.
				l := x | 0x2020202020202020                                          // ASCII letters lowered
				letter := (l + 0x1f1f1f1f1f1f1f1f) &^ (l + 0x0505050505050505) & hi8 // 'a' <= l <= 'z'
				space := (x + 0x7777777777777777) &^ (x + 0x7272727272727272) & hi8  // '\t' <= x <= '\r'
				y := x ^ 0x2020202020202020                                          // zero where x is ' '
				space |= ^((y&lo7 + lo7) | y | lo7)
				starts := space<<8 | prevSpace<<7
				words += bits.OnesCount64(starts &^ space & hi8)
				letters += bits.OnesCount64(letter)
				prevSpace = space >> 63
				i += 8
				continue
			}
		}
		// A block with a byte above 0x7F, or the last bytes of the line.
		for end := min(i+8, len(s)); i < end; i++ {
			c := byteClass[s[i]]
			sp := uint64(c & classSpace)
			words += int(prevSpace &^ sp)
			prevSpace = sp
			letters += int(c & classLetter >> 1)
			high |= c & classHigh
		}
	}
	return lineStats{words: words, asciiLetters: letters, ascii: high == 0}
}

// hi8 and lo7 are the top bit and the other seven bits of each byte of a
// word, for statsOf.
const (
	hi8 = 0x8080808080808080
	lo7 = 0x7f7f7f7f7f7f7f7f
)

// byteClass classifies bytes for statsOf: ASCII white space as
// asciiSpace has it, ASCII letters, and bytes of multi-byte characters.
var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case asciiSpace[c]:
			t[c] = classSpace
		case c >= utf8.RuneSelf:
			t[c] = classHigh
		case isASCIILetter(byte(c)):
			t[c] = classLetter
		}
	}
	return t
}()

const (
	classSpace  = 1
	classLetter = 2
	classHigh   = 4
)

// Story returns the spans of the story: maximal runs of content lines,
// where blank lines inside a run are kept (they still separate
// paragraphs) and chrome lines end the run. Spans are ordered and do not
// overlap. Nil when the text has no content line.
func Story(text string) []annals.Span { return StoryOf(Lines(text)) }

// StoryOf is [Story] for lines already classified by [Lines].
func StoryOf(lines []Line) []annals.Span {
	var out []annals.Span
	cur := annals.Span{-1, -1}
	for _, l := range lines {
		switch l.Class {
		case Content:
			if cur[0] < 0 {
				cur = l.Span
			} else {
				cur[1] = l.Span[1]
			}
		case Chrome:
			if cur[0] >= 0 {
				out = append(out, cur)
				cur = annals.Span{-1, -1}
			}
		}
	}
	if cur[0] >= 0 {
		out = append(out, cur)
	}
	return out
}

// Title returns the span of the first headline-like content line: a line
// of 3 to 25 words that does not end like a sentence, found before the
// first prose line. ok is false when the story starts with prose.
func Title(text string) (annals.Span, bool) { return TitleOf(text, Lines(text)) }

// TitleOf is [Title] for lines already classified by [Lines].
func TitleOf(text string, lines []Line) (annals.Span, bool) {
	for _, l := range lines {
		if l.Class != Content {
			continue
		}
		s := strings.TrimSpace(text[l.Span[0]:l.Span[1]])
		n := countWords(s)
		if n >= 3 && n <= 25 && wordy(s) >= 3 && !endsSentence(s) && !startsWithDigit(s) && s[0] != '(' {
			b := l.Span[0] + strings.Index(text[l.Span[0]:l.Span[1]], s)
			return annals.Span{b, b + len(s)}, true
		}
		if n >= 6 {
			return annals.Span{}, false // prose came first
		}
	}
	return annals.Span{}, false
}

// wordy counts the words of s with at least two letters, so that a date
// line ("(30 Jan 2012)", "Date: 4 October 2008") is not a headline.
func wordy(s string) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 2 && !months[strings.ToLower(strings.Trim(w, ".,:()"))] {
			n++
		}
	}
	return n
}

var months = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true,
	"apr": true, "april": true, "may": true, "jun": true, "june": true, "jul": true, "july": true,
	"aug": true, "august": true, "sep": true, "sept": true, "september": true, "oct": true,
	"october": true, "nov": true, "november": true, "dec": true, "december": true, "date": true,
}

// countWords counts white-space separated words without allocating.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := asciiSpace[s[i]]
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// asciiSpace marks the bytes countWords separates words at.
var asciiSpace = [256]bool{' ': true, '\t': true, '\r': true, '\n': true, '\v': true, '\f': true}

// startsWithDigit reports a line that opens with a digit, as date and
// time lines do; a headline that opens with a count of people or things
// ("8 soldiers killed in clashes") does not count.
func startsWithDigit(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	f := strings.Fields(s)
	return len(f) < 2 || len(f[0]) > 3 || strings.Trim(f[0], "0123456789") != "" || !isLowerWord(f[1])
}

// isLowerWord reports a word of lower-case letters ("soldiers", not
// "January" or "15:13").
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’) ")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';', ',':
		return true
	}
	return false
}

// boilerplate are formulaic phrases of page chrome (share, licensing,
// subscription and comment prompts). A line containing one is chrome when
// it is short (see Classify), so a story sentence quoting such words
// survives.
var boilerplate = []string{
	"find out more about", "you can license this", "license this story",
	"subscribe to", "follow us on", "share this", "show more", "show less",
	"read more", "click here", "all rights reserved", "sign up for",
	"related videos", "leave a comment", "add a comment", "no comments",
	"log in", "sign in", "advertisement", "©", "terms of use",
	"privacy policy", "watch video", "download app", "post a comment",
	"no media source currently available", "skip to main content",
	// The banner of U.S. government sites.
	"an official website of", ".gov website", "here's how you know",
	"official websites use", "secure .gov websites",
}

// boilerplateBy lists for each lower-case ASCII byte the boilerplate
// phrases a line opening with it may start with: those opening with that
// byte, in either case, and those opening with a byte above ASCII.
var boilerplateBy = func() (t [utf8.RuneSelf][]string) {
	for c := range t {
		for _, b := range boilerplate {
			if b[0] >= utf8.RuneSelf || lowerASCII(b[0]) == lowerASCII(byte(c)) {
				t[c] = append(t[c], b)
			}
		}
	}
	return t
}()

// signOffs are wire-service sign-off lines ("Reuter" ends every
// Reuters-21578 story): the agency's name, not the story's.
var signOffs = map[string]bool{"Reuter": true, "Reuters": true, "REUTER": true, "AP": true, "AFP": true, "(AP)": true, "-- Reuters": true}

// signOffMax is the length of the longest sign-off: longer lines need no
// lookup.
var signOffMax = func() int {
	n := 0
	for w := range signOffs {
		n = max(n, len(w))
	}
	return n
}()

// Classify classifies one line (without its line break) given the
// document's main script. The rules, in order:
//   - no letters at all ("00:02:14", "----") -> chrome (or blank);
//   - more than 10% of the letters in another script than main, or a
//     headline-like line with any such letter -> chrome, since scraped
//     pages wrap a story in the site's own language;
//   - a URL with fewer than 12 other words, or a short line ending in "|"
//     (captions, menus) -> chrome;
//   - a boilerplate phrase opening a line of fewer than 15 words, or
//     anywhere in a line of fewer than 8 words that does not end like a
//     sentence -> chrome;
//   - a lone news agency sign-off such as "Reuter" -> chrome;
//   - a bulleted line of at most five words without final punctuation or
//     digits (a menu item) -> chrome;
//   - a short site path ("News / Europe", "WORLD > Asia") or a line of
//     only navigation words ("print PRINT", "Breaking News") -> chrome.
func Classify(line string, main *unicode.RangeTable) Class {
	return classify(strings.TrimSpace(line), main, nil)
}

// classify is Classify of the trimmed line s. st, when not nil, are the
// counts of the line before trimming: for an ASCII line they hold for s
// too, since trimming took only ASCII white space, which has no letters
// and ends no word.
func classify(s string, main *unicode.RangeTable, st *lineStats) Class {
	if s == "" {
		return Blank
	}
	var letters, foreign, words int
	if st != nil && st.ascii && (main == nil || main == unicode.Latin) {
		letters, words = st.asciiLetters, st.words // ASCII letters are Latin
	} else {
		letters, foreign = scriptCounts(s, main)
		words = countWords(s)
	}
	if letters == 0 {
		return Chrome
	}
	if foreign*10 > letters || (foreign > 0 && !endsSentence(s)) {
		return Chrome
	}
	if strings.Contains(s, "://") || strings.Contains(s, "www.") {
		urls := 0
		for _, w := range strings.Fields(s) {
			if strings.Contains(w, "://") || strings.HasPrefix(w, "www.") {
				urls++
			}
		}
		if words-urls < 12 {
			return Chrome
		}
	}
	if len(s) <= signOffMax && signOffs[s] {
		return Chrome
	}
	if words <= 5 && !endsSentence(s) && !strings.ContainsAny(s, "0123456789") && (strings.HasPrefix(s, "•") || strings.HasPrefix(s, "·") || strings.HasPrefix(s, "» ")) {
		return Chrome // a menu item: "• Ukraine", "• Trending Japan" (a dated "• May 2, 2017" is not)
	}
	if strings.HasSuffix(s, "|") && words < 20 {
		return Chrome
	}
	if words < 10 && !endsSentence(s) && breadcrumb(s) {
		return Chrome // "INTERNATIONAL > East Asia & Pacific", "News / Europe"
	}
	if words <= 6 && navigation(s) {
		return Chrome // "print PRINT", "Breaking News", "Accessibility links"
	}
	if words < 15 {
		// Two ASCII bytes fold together only as upper and lower case:
		// a line opening with an ASCII byte is compared only with the
		// phrases opening with that letter and those opening with
		// another byte.
		cands := boilerplate
		if c := s[0]; c < utf8.RuneSelf {
			cands = boilerplateBy[lowerASCII(c)]
		}
		for _, b := range cands {
			if len(s) >= len(b) && strings.EqualFold(s[:len(b)], b) {
				return Chrome
			}
		}
		// Anywhere in the line only for short lines, which keeps the cost
		// off the 10-word lines of wrapped wire copy.
		if words < 8 && !endsSentence(s) {
			low := strings.ToLower(s)
			for _, b := range boilerplate {
				if strings.Contains(low, b) {
					return Chrome
				}
			}
		}
	}
	return Content
}

// scriptCounts counts the letters of s and those of them outside the main
// script (none when main is nil).
func scriptCounts(s string, main *unicode.RangeTable) (letters, foreign int) {
	// ASCII bytes, most of an English text, need no decoding, and their
	// letters are all Latin.
	asciiForeign := main != nil && main != unicode.Latin
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if isASCIILetter(c) {
				letters++
				if asciiForeign && !unicode.Is(main, rune(c)) {
					foreign++
				}
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if main != nil && !unicode.Is(main, r) {
			foreign++
		}
	}
	return letters, foreign
}

// breadcrumb reports a site path: sections joined by " > ", " » " or
// " / ".
func breadcrumb(s string) bool {
	return strings.Contains(s, " > ") || strings.Contains(s, " » ") || strings.Contains(s, " / ")
}

// navigation reports a line made only of the words of site navigation
// and page tools, which no story sentence is.
func navigation(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if !navWords[strings.ToLower(strings.Trim(w, ".,:;!|()[]•·»"))] {
			return false
		}
		n++
	}
	return n > 0
}

var navWords = map[string]bool{
	"print": true, "email": true, "e-mail": true, "share": true, "tweet": true, "home": true,
	"menu": true, "search": true, "news": true, "photos": true, "photo": true, "video": true,
	"videos": true, "update": true, "updated": true, "comments": true, "comment": true,
	"related": true, "more": true, "breaking": true, "accessibility": true, "links": true,
	"skip": true, "to": true, "main": true, "content": true, "close": true, "next": true,
	"previous": true, "back": true, "top": true, "login": true, "subscribe": true, "follow": true,
	"listen": true, "watch": true, "audio": true, "latest": true, "stories": true, "top-stories": true,
	"sections": true, "section": true, "print-friendly": true, "version": true, "no": true,
	"please": true, "wait": true, "loading": true, "the": true, "page": true, "story": true,
}

var scripts = []*unicode.RangeTable{
	unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Arabic,
	unicode.Hebrew, unicode.Han, unicode.Hangul, unicode.Devanagari, unicode.Thai,
}

// mainScript returns the script with most letters on lines of at least
// eight words (prose); all lines count when there are none. Han text counts
// Hiragana and Katakana as the same script family is not attempted: such
// pages are out of scope for an English extractor.
func mainScript(text string, lines []Line, stats []lineStats) *unicode.RangeTable {
	counts := make([]int, len(scripts))
	count := func(onlyLong bool) {
		for i, l := range lines {
			s := text[l.Span[0]:l.Span[1]]
			if onlyLong && stats[i].words < 8 {
				continue
			}
			if stats[i].ascii {
				counts[0] += stats[i].asciiLetters // all Latin
				continue
			}
			for i := 0; i < len(s); {
				if c := s[i]; c < utf8.RuneSelf {
					i++
					if isASCIILetter(c) {
						counts[0]++
					}
					continue
				}
				r, n := utf8.DecodeRuneInString(s[i:])
				i += n
				if !unicode.IsLetter(r) {
					continue
				}
				for k, t := range scripts {
					if unicode.Is(t, r) {
						counts[k]++
						break
					}
				}
			}
		}
	}
	count(true)
	best := -1
	for k, c := range counts {
		if c > 0 && (best < 0 || c > counts[best]) {
			best = k
		}
	}
	if best < 0 {
		count(false)
		for k, c := range counts {
			if c > 0 && (best < 0 || c > counts[best]) {
				best = k
			}
		}
	}
	if best < 0 {
		return nil
	}
	return scripts[best]
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

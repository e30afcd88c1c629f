// Package token splits text into word, number and punctuation tokens with
// byte spans into the original text. It is the one tokenizer shared by the
// gazetteer (which tokenizes its entries with it, so phrases match the text
// token for token) and by the extractors of package extract.
//
// The tokenizer is a single forward pass over the bytes without regular
// expressions, because extraction must keep up with several megabytes of
// news text per second. Invalid UTF-8 bytes are skipped, never returned in a
// token, so every token's text is valid UTF-8.
package token

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // letters, with internal apostrophes and abbreviation dots ("U.S.")
	Number                 // digits with internal separators ("33", "5.6", "1,200")
	Punct                  // any other single rune ("-", ",", "$", "€", "(")
)

// Token is one token: its text as written, its lower-case form and its
// half-open byte span [Begin, End) in the text given to [Tokenize].
type Token struct {
	Text  string
	Lower string
	Begin int
	End   int
	Kind  Kind
}

// IsCap reports whether the token starts with an upper-case letter.
// It is kept small enough to inline, the rune path aside (capUpper).
func (t Token) IsCap() bool {
	if t.Text != "" && t.Text[0]-'A' < 26 {
		return true
	}
	return capUpper(t.Text)
}

// capUpper reports whether s starts with an upper-case rune other than
// an ASCII capital (IsCap tests those).
func capUpper(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// IsAllCaps reports whether the token has at least two letters and no
// lower-case letter ("NATO", "U.S.", "KENYA").
// A word that starts with a lower-case ASCII letter, most words, is
// turned down inline; the rest are read by asciiCaps.
func (t Token) IsAllCaps() bool {
	if t.Text != "" && t.Text[0]-'a' < 26 {
		return false
	}
	return asciiCaps(t.Text)
}

// asciiCaps is IsAllCaps for the text of a token, reading ASCII bytes
// until the first non-ASCII one (see allCaps).
func asciiCaps(text string) bool {
	n := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= utf8.RuneSelf:
			return allCaps(text)
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			n++
		}
	}
	return n >= 2
}

// allCaps is IsAllCaps for any text.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// Tokenize splits s into tokens. Spans are offsets into s plus base, so a
// caller tokenizing a slice text[b:e] passes base b and gets spans into
// text.
func Tokenize(s string, base int) []Token {
	return Append(make([]Token, 0, len(s)/5+1), s, base)
}

// Append is [Tokenize] appending the tokens of s to dst: a caller
// tokenizing many sentences of one text can keep them in one array (see
// [Arena]) instead of one allocation per sentence.
func Append(dst []Token, s string, base int) []Token {
	out := dst
	first := len(dst) // the tokens of s start here
	var low lowerer
	i := 0
	for i < len(s) {
		// ASCII, most text, needs no decoding.
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == utf8.RuneError && size <= 1:
			i++ // invalid byte: skip it, it never becomes token text
		case r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r):
			j := scanWord(s, i)
			if k := sectionSeam(s, i, j); k > 0 {
				j = k // "InternationalGreece braces for...": the label is a word of its own
			}
			out = append(out, mk(s, i, j, base, Word, &low))
			i = j
		case unicode.IsDigit(r):
			j := scanNumber(s, i)
			out = append(out, mk(s, i, j, base, Number, &low))
			i = j
		case r == '\'' || r == '’':
			// A possessive or contraction suffix ("'s", "’s") becomes its own
			// word token so "Russia's" yields the name "Russia".
			j := i + size
			k := j
			for k < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[k:])
				if !unicode.IsLetter(r2) {
					break
				}
				k += n2
			}
			if k > j && k-j <= 2 && len(out) > first && out[len(out)-1].End-base == i {
				out = append(out, mk(s, i, k, base, Word, &low))
				i = k
			} else {
				out = append(out, mk(s, i, j, base, Punct, &low))
				i = j
			}
		default:
			out = append(out, mk(s, i, i+size, base, Punct, &low))
			i += size
		}
	}
	return out
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts, for the
// bytes of most text without the call.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func mk(s string, i, j, base int, k Kind, low *lowerer) Token {
	return Token{Text: s[i:j], Lower: low.lower(s, i, j), Begin: base + i, End: base + j, Kind: k}
}

// lowerer gives the lower-case forms of the tokens of one text s. Tokens
// already in lower case are their own lower-case form; in an ASCII text
// the others are slices of the text lowered once, on first need, which
// costs one allocation for the text instead of one for each capitalised
// word. (ASCII lowering keeps every byte in place; Unicode lowering may
// not, so in other texts each such token is lowered by itself.)
type lowerer struct {
	state int8 // 0 not yet looked at, 1 low holds s lowered, -1 s is not ASCII
	low   string
}

func (l *lowerer) lower(s string, i, j int) string {
	if l.state == 1 {
		return l.low[i:j] // the same bytes as s[i:j] where it has no capital
	}
	t := s[i:j]
	for x := 0; x < len(t); x++ {
		c := t[x]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			if l.state == 0 {
				l.state = -1
				if low, ok := lowerASCII(s); ok {
					l.state, l.low = 1, low
				}
			}
			if l.state == 1 {
				return l.low[i:j]
			}
			return strings.ToLower(t)
		}
	}
	return t
}

// lowerASCII returns s in lower case and true when s is all ASCII, else
// false. It is strings.ToLower for ASCII text in one pass over s and one
// copy, without ToLower's byte-at-a-time builder.
func lowerASCII(s string) (string, bool) {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b), true
}

// sectionLabels are the names of news sites' sections that a scraped list
// of related stories glues to each headline's first word when the page's
// line breaks and spaces are lost ("PoliticsSudan govt willing to...",
// "InternationalGreece braces for..."). A closed class of labels, none of
// them the first part of a name written as one word ("World", "Business"
// and "Science" are left out for "WorldCom", "BusinessWeek", "ScienceDaily").
var sectionLabels = map[string]bool{
	"International": true, "Politics": true, "National": true, "Economy": true,
	"Entertainment": true, "Opinion": true, "Technology": true, "Lifestyle": true,
	"Education": true, "Regional": true, "Environment": true, "Diplomacy": true,
	"Trending": true,
}

// sectionSeam returns the end of a section label glued to the capitalised
// word after it in the word s[i:j] ("InternationalGreece" -> the end of
// "International"): a label of sectionLabels, then a capital and a
// lower-case letter. It returns 0 when the word is no such pair.
func sectionSeam(s string, i, j int) int {
	for k := i + 5; k+1 < j; k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' && s[k-1] >= 'a' && s[k-1] <= 'z' {
			if n := s[k+1]; n >= 'a' && n <= 'z' && sectionLabels[s[i:k]] {
				return k
			}
			return 0
		}
		if c >= utf8.RuneSelf {
			return 0
		}
	}
	return 0
}

// scanWord returns the end of the word starting at i: letters, digits and
// marks, an apostrophe between letters ("O'Brien", but see the possessive
// rule in Tokenize), and dots of an abbreviation made of single letters
// ("U.S.", "U.N", "U.S.A.").
func scanWord(s string, i int) int {
	j := i
	letters := 0
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && c != '\'' {
			// ASCII, most text: a letter or digit continues the word,
			// anything else but an apostrophe ends it.
			if !isASCIILetter(c) && (c < '0' || c > '9') {
				break
			}
			j++
			letters++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			letters++
			continue
		}
		if (r == '\'' || r == '’') && j+n < len(s) {
			// Keep O'Brien together; split "'s" off (handled by caller).
			r2, n2 := utf8.DecodeRuneInString(s[j+n:])
			if unicode.IsLetter(r2) && !isPossessive(s, j+n) {
				j += n + n2
				continue
			}
		}
		break
	}
	// Abbreviation of single letters: "U.S.", "U.N".
	if j-i <= 2 && letters == 1 && j < len(s) && s[j] == '.' {
		k := j
		dots := 0
		for k+1 < len(s) && s[k] == '.' && isASCIILetter(s[k+1]) && (k+2 >= len(s) || !isASCIILetter(s[k+2])) {
			k += 2
			dots++
		}
		if dots > 0 {
			if k < len(s) && s[k] == '.' {
				k++
			}
			return k
		}
	}
	return j
}

func isPossessive(s string, j int) bool {
	// "s" followed by a non-letter: the English possessive.
	if j < len(s) && (s[j] == 's' || s[j] == 'S') {
		if j+1 >= len(s) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(s[j+1:])
		return !unicode.IsLetter(r)
	}
	return false
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// scanNumber returns the end of the number starting at i: digits with
// single internal ',' or '.' separators followed by a digit.
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if '0' <= c && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < len(s) && '0' <= s[j+1] && s[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	if j == i { // a non-ASCII digit: take the rune
		_, n := utf8.DecodeRuneInString(s[i:])
		j = i + n
	}
	return j
}

// Arena keeps the tokens of the sentences of one text in shared blocks, so
// tokenizing a document costs a few allocations rather than one or more per
// sentence; with Release the blocks serve the next document. The zero
// Arena is ready to use.
type Arena struct {
	buf  []Token
	held []*[]Token // blocks to give back to blockPool
	used []int      // tokens written to each held block but the last (a.buf's)
}

// blockPool recycles arena blocks between documents. Blocks larger than
// maxPooled tokens (a text of some 5 MB) are left to the collector.
var blockPool sync.Pool

const maxPooled = 1 << 20

// Tokenize returns the tokens of text[b:e], with spans into text: the
// same tokens as Tokenize(text[b:e], b). The result's capacity is its
// length, so appending to it copies and never writes over the tokens of
// another call.
func (a *Arena) Tokenize(text string, b, e int) []Token {
	// A block holds the rest of the text at the average of about five
	// bytes a token of news prose; a sentence that may not fit (one token
	// per three bytes) opens a new block.
	if need := (e-b)/3 + 1; cap(a.buf)-len(a.buf) < need {
		a.buf = a.block(max(need, (len(text)-b)/5+64))
	}
	n := len(a.buf)
	a.buf = Append(a.buf, text[b:e], b)
	return a.buf[n:len(a.buf):len(a.buf)]
}

// block returns an empty block of at least n tokens, from the pool when
// the block there is large enough.
func (a *Arena) block(n int) []Token {
	if len(a.used) < len(a.held) {
		a.used = append(a.used, len(a.buf)) // leaving the last held block
	}
	p, _ := blockPool.Get().(*[]Token)
	if p != nil && cap(*p) < n {
		blockPool.Put(p)
		p = nil
	}
	if p == nil {
		if n > maxPooled {
			return make([]Token, 0, n)
		}
		s := make([]Token, 0, n)
		p = &s
	}
	a.held = append(a.held, p)
	return (*p)[:0]
}

// Release gives the arena's blocks back for reuse by later arenas and
// empties the arena. The caller must not use any token the arena returned
// afterwards: their memory is cleared and reused.
func (a *Arena) Release() {
	for i, p := range a.held {
		// Drop the text the tokens point into. Only the tokens written
		// need clearing: a block is all zero beyond them (new, or cleared
		// so before), and a pooled block may be far larger than the
		// document that used it. A sentence that outgrew its block was
		// appended to a copy, after filling the block to its capacity.
		n := len(a.buf)
		if i < len(a.used) {
			n = a.used[i]
		}
		clear((*p)[:min(n, cap(*p))])
		blockPool.Put(p)
	}
	*a = Arena{}
}

// Filter is a quick test before a lookup in a set of lower-case words: a
// bit for the hash of each word of the set, the hash taken from a word's
// length and its first, middle and last bytes (as the gazetteer's index of
// phrase starts). A word whose bit is clear is not in the set, which spares
// the map lookup for most tokens of running text; a set bit says nothing.
// With 4,096 bits a set of a few hundred words lets some 5 per cent of
// other words through.
type Filter [filterBits / 64]uint64

const filterBits = 1 << 12

// NewFilter returns the filter of the words (keys) of set.
func NewFilter[V any](set map[string]V) *Filter {
	var f Filter
	for w := range set {
		b := filterHash(w)
		f[b>>6] |= 1 << (b & 63)
	}
	return &f
}

// Union returns the filter of the union of the sets of fs.
func Union(fs ...*Filter) *Filter {
	var u Filter
	for _, f := range fs {
		for i := range u {
			u[i] |= f[i]
		}
	}
	return &u
}

// May reports whether w may be in the set: false only when it is not.
func (f *Filter) May(w string) bool {
	b := filterHash(w)
	return f[b>>6]&(1<<(b&63)) != 0
}

// filterHash returns a bit number below filterBits for w.
func filterHash(w string) uint32 {
	h := uint32(len(w))
	if len(w) > 0 {
		h = h<<24 ^ uint32(w[0])<<16 ^ uint32(w[len(w)/2])<<8 ^ uint32(w[len(w)-1])
	}
	return h * 0x9E3779B1 >> (32 - 12)
}

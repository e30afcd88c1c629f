package timex

import tok "github.com/annals-project/annals/extract/token"

// Token kinds.
const (
	kWord  uint8 = iota + 1 // a run of ASCII letters
	kNum                    // a run of ASCII digits
	kPunct                  // one ASCII punctuation byte
	kOther                  // a run of non-ASCII bytes (another script, symbols)
)

// token is one unit of the text. Words carry their lexicon entry (nil when
// the word is not a time word) and numbers their value.
type token struct {
	b, e    int // byte span [b, e)
	kind    uint8
	upper   bool  // word starts with an upper-case letter
	nlGap   uint8 // newlines between the previous token and this one (capped)
	w       *word // lexicon entry of a word
	num     int   // value of a number (capped at 1<<30)
	ndig    int   // digits in a number
	punct   byte  // the byte of a punctuation token
	sentEnd bool  // punctuation that ends a sentence ('.', '!', '?')
}

// tokenize splits text into tokens with byte offsets. It reads bytes, not
// runes, so it accepts any input: non-ASCII bytes (UTF-8 sequences or not)
// form kOther runs and never split inside a multi-byte rune. Only ASCII
// letters make words, which is all the English lexicon needs; the cost is a
// single map lookup per word (the key is built on the stack, see
// lookupLower), which keeps tagging far above the 20 MB/s target.
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	nl := 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\n':
			nl++
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
			continue
		}
		t := token{b: i, nlGap: uint8(min(nl, 3))}
		nl = 0
		switch {
		case isLetter(c):
			j := i + 1
			inner := 0 // the last upper-case letter after the first
			for j < len(text) && isLetter(text[j]) {
				if text[j] <= 'Z' {
					inner = j
				}
				j++
			}
			if inner > 0 && gluedMonth(text, i, inner, j) {
				// "No. 367-PDecember 28, 1995": a month name run into
				// the word before it, as scraped pages lose the space
				// between elements, is a word of its own.
				j = inner
			}
			t.kind = kWord
			t.upper = c >= 'A' && c <= 'Z'
			t.w = lookupLower(text[i:j])
			i = j
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1<<30 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			t.kind, t.num, t.ndig = kNum, n, j-i
			i = j
		case c == 0xC2 && i+1 < len(text) && text[i+1] == 0xA0:
			// A no-break space (U+00A0), which web pages put inside
			// dates ("10&nbsp;May"), separates like a space.
			i += 2
			continue
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && typographic(text[i+2]) != 0:
			// Typographic apostrophes and dashes stand for their ASCII
			// forms ("Monday’s", "the ’90s", "June 10–14"); the token
			// keeps the three bytes it spans.
			t.kind, t.punct = kPunct, typographic(text[i+2])
			i += 3
		case c >= 0x80:
			j := i + 1
			for j < len(text) && text[j] >= 0x80 {
				j++
			}
			t.kind = kOther
			i = j
		default:
			t.kind, t.punct = kPunct, c
			t.sentEnd = c == '.' || c == '!' || c == '?'
			i++
		}
		t.e = i
		toks = append(toks, t)
	}
	return toks
}

// typographic returns the ASCII punctuation that the UTF-8 sequence E2 80 b
// stands for, or 0: U+2018 and U+2019 (single quotes, the apostrophe) are
// '\”, U+2013 and U+2014 (en and em dash) are '-'.
func typographic(b byte) byte {
	switch b {
	case 0x98, 0x99:
		return '\''
	case 0x93, 0x94:
		return '-'
	}
	return 0
}

// gluedMonth reports whether text[k:j], the tail of the run of letters
// text[i:j] from its last upper-case letter on, is a whole month name
// ("December", not "Dec") followed by a space and a day number of one or
// two digits, after a run of capitals or a word of four letters or more:
// a date whose month was glued to the word before it ("367-PDecember 28,
// 1995", "ADVISORYMarch 3, 2001", "UpdatedJune 4, 2010"), not a name
// ("LeMay 4", "McMay").
func gluedMonth(text string, i, k, j int) bool {
	if k-i < 4 && text[k-1] > 'Z' {
		return false
	}
	if j-k < 3 || j-k > 9 || j+1 >= len(text) || text[j] != ' ' || text[j+1] < '0' || text[j+1] > '9' {
		return false
	}
	n := j + 2
	if n < len(text) && text[n] >= '0' && text[n] <= '9' {
		if d := int(text[j+1]-'0')*10 + int(text[n]-'0'); d < 1 || d > 31 {
			return false
		}
		n++
	} else if text[j+1] == '0' {
		return false
	}
	if n < len(text) && text[n] >= '0' && text[n] <= '9' {
		return false
	}
	switch text[k:j] {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December":
		return true
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// lookupLower finds s in the lexicon case-insensitively. Indexing a map
// with string(bytes) does not allocate, so lowering into a stack buffer is
// free; words longer than any lexicon entry are not looked up at all.
func lookupLower(s string) *word {
	if len(s) > 16 {
		return nil
	}
	c0 := s[0] | 0x20 // ASCII lower case
	if c0 < 'a' || c0 > 'z' || !maybeWord[c0-'a'][len(s)] {
		return nil
	}
	var buf [16]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if b := lexiconBit(buf[:len(s)]); lexiconBits[b>>6]&(1<<(b&63)) == 0 {
		return nil
	}
	return lexiconDict.At(string(buf[:len(s)]))
}

// lexiconDict is the lexicon for lookupLower, which asks it of a third of
// a text's words.
var lexiconDict = tok.NewDict(lexicon)

// lexiconBits has a bit set for the lexiconBit of every lexicon word: a
// clear bit spares lookupLower the map lookup for the words maybeWord lets
// through (most words of two to eight letters).
var lexiconBits = func() (t [64]uint64) {
	for w := range lexicon {
		b := lexiconBit([]byte(w))
		t[b>>6] |= 1 << (b & 63)
	}
	return t
}()

// lexiconBit hashes a lower-case word's length and its first, middle and
// last bytes to a bit number below 4,096.
func lexiconBit(w []byte) uint32 {
	h := uint32(len(w))
	if len(w) > 0 {
		h = h<<24 ^ uint32(w[0])<<16 ^ uint32(w[len(w)/2])<<8 ^ uint32(w[len(w)-1])
	}
	return h * 0x9E3779B1 >> 20
}

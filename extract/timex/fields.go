package timex

import (
	"unicode"
	"unicode/utf8"
)

// countFields returns len(strings.Fields(s)) without building the slice:
// the number of runs of non-space runes, where a space is what
// unicode.IsSpace says (the line tests of dct.go count words on every line
// of a page's top).
func countFields(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		c := s[i]
		var sp bool
		if c < utf8.RuneSelf {
			sp = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
			i += size
		}
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

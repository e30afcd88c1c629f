package token

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestASCIITables checks the byte tables Tokenize uses instead of calls:
// asciiSpace is unicode.IsSpace on ASCII, and lowerASCII is
// strings.ToLower on ASCII text and refuses any other.
func TestASCIITables(t *testing.T) {
	for c := range utf8.RuneSelf {
		if asciiSpace[c] != unicode.IsSpace(rune(c)) {
			t.Errorf("asciiSpace[%q] = %v", rune(c), asciiSpace[c])
		}
	}
	for _, s := range []string{"", "Talks In GENEVA, 12 May.", "already lower", "{[@`]}"} {
		if got, ok := lowerASCII(s); !ok || got != strings.ToLower(s) {
			t.Errorf("lowerASCII(%q) = %q, %v", s, got, ok)
		}
	}
	if _, ok := lowerASCII("Zürich talks"); ok {
		t.Error("lowerASCII accepted a text with a non-ASCII letter")
	}
}

// TestUnion checks that the union of filters lets through every word of
// each set and turns away a word none of them lets through.
func TestUnion(t *testing.T) {
	a := map[string]bool{"talks": true, "visit": true}
	b := map[string]int{"embargo": 1, "froze": 2}
	fa, fb := NewFilter(a), NewFilter(b)
	u := Union(fa, fb)
	for _, w := range []string{"talks", "visit", "embargo", "froze"} {
		if !u.May(w) {
			t.Errorf("Union lost %q", w)
		}
	}
	n := 0
	for _, w := range strings.Fields("the harbour was quiet on a grey morning while fishermen mended nets") {
		if !fa.May(w) && !fb.May(w) {
			n++
			if u.May(w) {
				t.Errorf("Union lets through %q, which neither filter does", w)
			}
		}
	}
	if n == 0 {
		t.Fatal("no word outside both filters to test with")
	}
}

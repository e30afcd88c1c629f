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

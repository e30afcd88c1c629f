package timex

import (
	"strings"
	"testing"
)

func TestCountFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "one", "  two words  ", "tab\tand\nnewline\r\nend",
		"Kampala,\u00a0Uganda", "a\u2003em space", "x\u0085next line", "\u3000ideographic\u3000",
		"bad \xff\xfe bytes", "\xe2\x80", "vertical\vform\ffeed", "\u200bzero width is not a space",
		"Updated 14:02 GMT, Tuesday 3 March", "\u1680ogham", "a \x1c file separator",
	} {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzCountFields(f *testing.F) {
	f.Add("a b\u00a0c \xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
	})
}

package token_test

import (
	"strings"
	"testing"

	"github.com/annals-project/annals/extract/token"
)

func texts(ts []token.Token) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.Text
	}
	return strings.Join(s, "|")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Russia's Itar-Tass news agency", "Russia|'s|Itar|-|Tass|news|agency"},
		{"the U.S. and U.N officials", "the|U.S.|and|U.N|officials"},
		{"33 billion (b) US dollars", "33|billion|(|b|)|US|dollars"},
		{"$1.2bn and €500m", "$|1.2|bn|and|€|500|m"},
		{"1,200 tonnes.", "1,200|tonnes|."},
		{"O'Brien met J. Smith", "O'Brien|met|J|.|Smith"},
		{"Kishida’s visit", "Kishida|’s|visit"},
		{"Москва и Токио", "Москва|и|Токио"},
		{"bad \xff byte", "bad|byte"},
		{"end.", "end|."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := texts(token.Tokenize(tt.in, 0)); got != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeSpans(t *testing.T) {
	text := "xx Japan-Russia trade, \"1.5 trillion yen\""
	for _, tk := range token.Tokenize(text[3:], 3) {
		if text[tk.Begin:tk.End] != tk.Text {
			t.Errorf("token %q has span %d..%d = %q", tk.Text, tk.Begin, tk.End, text[tk.Begin:tk.End])
		}
		if tk.Lower != strings.ToLower(tk.Text) {
			t.Errorf("token %q Lower = %q", tk.Text, tk.Lower)
		}
	}
}

func TestCase(t *testing.T) {
	tests := []struct {
		in           string
		cap, allCaps bool
	}{
		{"Japan", true, false}, {"NATO", true, true}, {"U.S.", true, true}, {"talks", false, false}, {"A", true, false},
	}
	for _, tt := range tests {
		tk := token.Tokenize(tt.in, 0)[0]
		if tk.IsCap() != tt.cap || tk.IsAllCaps() != tt.allCaps {
			t.Errorf("%q: IsCap, IsAllCaps = %v, %v, want %v, %v", tt.in, tk.IsCap(), tk.IsAllCaps(), tt.cap, tt.allCaps)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "U.S.-Japan", "\xff\xfe", "1.2.3,4", "Itar-Tass's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range token.Tokenize(s, 0) {
			if tk.Begin < prev || tk.End <= tk.Begin || tk.End > len(s) || s[tk.Begin:tk.End] != tk.Text {
				t.Fatalf("Tokenize(%q): bad token %+v", s, tk)
			}
			prev = tk.End
		}
	})
}

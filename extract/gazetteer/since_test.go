package gazetteer_test

import (
	"testing"

	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/token"
)

// TestSince checks that the start column of countries.tsv reaches every
// entry of a state (name, ISO short name, adjective, capital) and that
// long-established states and the Yugoslav republics carry none.
func TestSince(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct{ in, want string }{
		{"Kosovo", "2008-02-17"},
		{"Kosovar", "2008-02-17"},
		{"Pristina", "2008-02-17"},
		{"South Sudanese", "2011-07-09"},
		{"Timor-Leste", "2002-05-20"},
		{"Asmara", "1993-05-24"},
		{"Serbia", ""},
		{"Montenegro", ""},
		{"Sudan", ""},
		{"Ethiopia", ""},
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.in, 0)
		n, es := g.Lookup(toks, 0)
		if n != len(toks) || len(es) == 0 {
			t.Errorf("Lookup(%q) matched %d of %d tokens", tt.in, n, len(toks))
			continue
		}
		got := ""
		if !es[0].Since.IsZero() {
			got = es[0].Since.String()
		}
		if got != tt.want {
			t.Errorf("Lookup(%q).Since = %q, want %q", tt.in, got, tt.want)
		}
	}
}

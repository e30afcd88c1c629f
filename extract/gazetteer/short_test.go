package gazetteer_test

import (
	"testing"

	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/token"
)

// TestShortAlias checks that a one-word alias of a longer place name
// matches alone but not as the first word of another name.
func TestShortAlias(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		in   string
		want string // the place found at the first token; "" for none
	}{
		{"Rio on Tuesday", "Rio de Janeiro"},
		{"Rio, where", "Rio de Janeiro"},
		{"Rio de Janeiro police", "Rio de Janeiro"},
		{"Saigon in 1975", "Ho Chi Minh City"},
		{"Baltic waters", "Baltic Sea"},
		// near misses: the alias opens a longer name.
		{"Rio Grande do Sul state", ""},
		{"Rio Carnival organisers", ""},
		{"Baltic States leaders", ""},
		{"Caspian Basin", ""},
	}
	for _, tt := range tests {
		_, es := g.Lookup(token.Tokenize(tt.in, 0), 0)
		got := ""
		for _, e := range es {
			if e.Kind == gazetteer.Place {
				got = e.Name
			}
		}
		if got != tt.want {
			t.Errorf("Lookup(%q) place = %q, want %q", tt.in, got, tt.want)
		}
	}
}

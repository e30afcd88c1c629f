package gazetteer_test

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/token"
)

func TestLookup(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		in      string
		n       int
		kind    gazetteer.Kind
		name    string
		country annals.Country
	}{
		{"Russian officials", 1, gazetteer.Demonym, "Russia", "RUS"},
		{"Japanese counterpart", 1, gazetteer.Demonym, "Japan", "JPN"},
		{"U.S. troops", 1, gazetteer.CountryName, "United States", "USA"},
		{"Britain said", 1, gazetteer.CountryName, "Britain", "GBR"},
		{"Soviet forces", 1, gazetteer.Demonym, "Soviet Union", "SUN"},
		{"North Korea fired", 2, gazetteer.CountryName, "North Korea", "PRK"},
		{"South Korean exports", 2, gazetteer.Demonym, "South Korea", "KOR"},
		{"Japan-Russia relations", 1, gazetteer.CountryName, "Japan", "JPN"},
		{"Tokyo and Moscow", 1, gazetteer.Capital, "Tokyo", "JPN"},
		{"Osaka", 1, gazetteer.Place, "Osaka", "JPN"},
		{"Itar-Tass news agency", 3, gazetteer.Org, "Itar-Tass", "RUS"},
		{"NATO allies", 1, gazetteer.Org, "North Atlantic Treaty Organization", ""},
		{"World Bank loans", 2, gazetteer.Org, "World Bank", ""},
		{"Foreign Minister Sergei", 2, gazetteer.Role, "Foreign Minister", ""},
		{"FM Lavrov", 1, gazetteer.Role, "Foreign Minister", ""},
		{"defense minister", 2, gazetteer.Role, "Defence Minister", ""},
		{"Secretary of State", 3, gazetteer.Role, "Secretary of State", "USA"},
		{"Director General Ana", 2, gazetteer.Role, "Director-General", ""},
		{"director-general of", 3, gazetteer.Role, "Director-General", ""},
		{"Ivory Coast", 2, gazetteer.CountryName, "Ivory Coast", "CIV"},
		{"Indian Ocean", 2, gazetteer.Place, "Indian Ocean", ""},
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.in, 0)
		n, es := g.Lookup(toks, 0)
		if n != tt.n || len(es) == 0 {
			t.Errorf("Lookup(%q) = %d tokens %v, want %d", tt.in, n, es, tt.n)
			continue
		}
		found := false
		for _, e := range es {
			if e.Kind == tt.kind && e.Name == tt.name && e.Country == tt.country {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) = %+v, want %v %q %s", tt.in, es, tt.kind, tt.name, tt.country)
		}
	}
}

func TestLookupCase(t *testing.T) {
	g := gazetteer.Default()
	for _, in := range []string{"us", "turkey dinner", "china plates", "ap", "fm radio", "chad"} {
		if n, es := g.Lookup(token.Tokenize(in, 0), 0); n != 0 {
			t.Errorf("Lookup(%q) = %d %+v, want no match", in, n, es)
		}
	}
}

func TestPluralRole(t *testing.T) {
	g := gazetteer.Default()
	for _, in := range []string{"Foreign Ministers", "defence ministers", "Prime Ministers", "spokesmen"} {
		n, es := g.Lookup(token.Tokenize(in, 0), 0)
		if n == 0 || es[0].Kind != gazetteer.Role || !es[0].Plural {
			t.Errorf("Lookup(%q) = %d %+v, want a plural role", in, n, es)
		}
	}
}

// TestCountriesValid checks every code in the data files is a known ISO code.
func TestCountriesValid(t *testing.T) {
	g := gazetteer.Default()
	for _, in := range []string{"France", "Germany", "Brazil", "Kenya", "Uganda", "Pakistan", "Georgia", "Turkey", "India", "Iran"} {
		n, es := g.Lookup(token.Tokenize(in, 0), 0)
		if n != 1 || !es[0].Country.Valid() {
			t.Errorf("Lookup(%q) = %d %+v, want a valid country", in, n, es)
		}
	}
}

func TestGivenName(t *testing.T) {
	for _, w := range []string{"paul", "andrzej", "stéphane", "stephane", "joe", "aleksey"} {
		if !gazetteer.GivenName(w) {
			t.Errorf("GivenName(%q) = false, want true", w)
		}
	}
	// Common words and words that open names of things are not given
	// names, whatever else they may be.
	for _, w := range []string{"will", "june", "grant", "major", "north", "the", "Paul", "#"} {
		if gazetteer.GivenName(w) {
			t.Errorf("GivenName(%q) = true, want false", w)
		}
	}
}

func TestTown(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		in   string
		i    int
		n    int
		name string
	}{
		{"talks in Springfield on Monday", 2, 1, "Springfield"},
		{"SPRINGFIELD, Illinois", 0, 1, "Springfield"},
		{"officials in Kampong Cham said", 2, 2, "Kampong Cham"},
		// Negative cases: lower case, a word no list has, punctuation,
		// a number, past the end.
		{"the springfield plant", 1, 0, ""},
		{"said Orvald Quigley", 1, 0, ""},
		{"in Springfield, Illinois", 2, 0, ""},
		{"about 1987 or so", 1, 0, ""},
		{"in Springfield", 5, 0, ""},
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.in, 0)
		n, e := g.Town(toks, tt.i)
		if n != tt.n || n > 0 && e.Name != tt.name {
			t.Errorf("Town(%q, %d) = %d, %q; want %d, %q", tt.in, tt.i, n, e.Name, tt.n, tt.name)
		}
	}
}

// TestMayOpenTown checks the cheap gate before Town: it must pass every
// capitalised word (IsCap), since Town needs one, and turn away the rest.
func TestMayOpenTown(t *testing.T) {
	for _, tk := range token.Tokenize("Émile met Zoë and ÖSTERSUND's mayor in Łódź, not lódz or the 3 ports; IBM's", 0) {
		if tk.Kind == token.Word && tk.IsCap() && !gazetteer.MayOpenTown(tk) {
			t.Errorf("MayOpenTown(%q) = false for a capitalised word", tk.Text)
		}
	}
	for _, w := range []string{"the", "ports", ",", "3", "'s", ";"} {
		for _, tk := range token.Tokenize(w, 0) {
			if gazetteer.MayOpenTown(tk) {
				t.Errorf("MayOpenTown(%q) = true, want false", tk.Text)
			}
		}
	}
}

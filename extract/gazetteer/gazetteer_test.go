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

package gazetteer_test

import (
	"testing"

	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/token"
)

// TestOrgForms checks that an organisation is found in the other
// spelling of English and, for an acronym said as a word, in title case;
// the near misses must not match.
func TestOrgForms(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		in   string
		n    int
		name string
	}{
		{"Nato ministers met", 1, "North Atlantic Treaty Organization"},
		{"Ecowas leaders", 1, "Economic Community of West African States"},
		{"Sadc envoys", 1, "Southern African Development Community"},
		{"the Southern African Development Community summit", 0, ""},
		{"Southern African Development Community summit", 4, "Southern African Development Community"},
		{"Organisation for Economic Cooperation and Development report", 6, "Organisation for Economic Co-operation and Development"},
		{"Organization for Economic Co-operation and Development", 8, "Organisation for Economic Co-operation and Development"},
		{"Shanghai Co-operation Organisation", 5, "Shanghai Cooperation Organization"},
		{"United Nations Development Program", 4, "United Nations Development Programme"},
		// near misses: an acronym said by its letters keeps its capitals,
		// a word that is also a name stays out, and lower case is no name.
		{"Imf loans", 0, ""},
		{"Mena said", 0, ""},
		{"nato", 0, ""},
		{"Isis wrote", 0, ""},
	}
	for _, tt := range tests {
		n, es := g.Lookup(token.Tokenize(tt.in, 0), 0)
		if tt.n == 0 {
			for _, e := range es {
				if e.Kind == gazetteer.Org {
					t.Errorf("Lookup(%q) = %d %+v, want no organisation", tt.in, n, es)
				}
			}
			continue
		}
		found := false
		for _, e := range es {
			found = found || e.Kind == gazetteer.Org && e.Name == tt.name
		}
		if n != tt.n || !found {
			t.Errorf("Lookup(%q) = %d %+v, want %d %q", tt.in, n, es, tt.n, tt.name)
		}
	}
}

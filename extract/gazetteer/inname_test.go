package gazetteer_test

import (
	"testing"

	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/token"
)

// TestLookupInName checks that an organisation's name with a lower-case
// "in" in it is found whole, and that "in" after a name in lower-case
// words, or after a name that ends before it, is no part of a name.
func TestLookupInName(t *testing.T) {
	g := gazetteer.Default()
	for _, tt := range []struct {
		in   string
		n    int
		name string
	}{
		{"UN Interim Force in Lebanon patrols", 5, "United Nations Interim Force in Lebanon"},
		{"Organisation for Security and Co-operation in Europe monitors", 9, "Organization for Security and Cooperation in Europe"},
		{"United Nations Mission in South Sudan said", 6, "United Nations Mission in South Sudan"},
		// near misses: the name ends before "in"; lower case is no name.
		{"African Union in Addis Ababa", 2, "African Union"},
		{"UN Interim Force in the region", 0, ""},
		{"UN interim force in Lebanon", 1, "United Nations"},
	} {
		n, es := g.Lookup(token.Tokenize(tt.in, 0), 0)
		found := false
		for _, e := range es {
			found = found || e.Kind == gazetteer.Org && e.Name == tt.name
		}
		if tt.n == 0 {
			if found || n >= 4 {
				t.Errorf("Lookup(%q) = %d %+v, want no long name", tt.in, n, es)
			}
			continue
		}
		if n != tt.n || !found {
			t.Errorf("Lookup(%q) = %d %+v, want %d %q", tt.in, n, es, tt.n, tt.name)
		}
	}
}

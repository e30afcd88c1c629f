package person_test

import (
	"strings"
	"testing"

	"github.com/annals-project/annals/extract/person"
)

// An administration or regime named for its leader ("the Hale
// Administration") is a body of the document, but the leader's own name
// before it is no firm's: "President Hale" is a person. A firm whose name
// the run opens ("Marlow Holdings") still hides it.
func TestAdministrationPrefix(t *testing.T) {
	for _, tt := range []struct {
		in   string
		orgs []string
		want string
	}{
		{"Envoys met the Hale Administration. She and President Hale signed an accord.", []string{"Hale Administration"}, "Hale/President"},
		{"The Ortiz Regime fell. Later, President Ortiz fled the capital.", []string{"Ortiz Regime"}, "Ortiz/President"},
		// near miss: a firm named for its founder
		{"Marlow Holdings said profits rose. Marlow said it would pay.", []string{"Marlow Holdings"}, ""},
	} {
		var got []string
		for _, p := range person.Find(tt.in, sentences(tt.in), tt.orgs, "") {
			if p != nil {
				got = append(got, personRole(p))
			}
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("Find(%q, %q) = %q, want %q", tt.in, tt.orgs, g, tt.want)
		}
	}
}

package extract_test

import (
	"strings"
	"testing"
)

// A seat of government named for the institution it houses ("the Kremlin
// said", "a White House aide") is an organisation; named as a location
// ("at the White House") it is a place and no organisation.
func TestSeatAsBody(t *testing.T) {
	for _, tt := range []struct{ in, orgs, places string }{
		{"The Kremlin said on Tuesday the talks with Oslo had stalled.", "Kremlin/RUS", ""},
		{"A White House spokeswoman said the visit would go ahead.", "White House/USA", ""},
		{"The senator left without informing the White House.", "White House/USA", ""},
		{"The prime minister met the president at the White House on Monday.", "", "White House"},
	} {
		doc := extractText(t, tt.in)
		var orgs, places []string
		for _, o := range doc.Organizations {
			orgs = append(orgs, o.Name+"/"+string(o.Country))
		}
		for _, p := range doc.Places {
			places = append(places, p.Name)
		}
		if got := strings.Join(orgs, ", "); got != tt.orgs {
			t.Errorf("organisations of %q = %q, want %q", tt.in, got, tt.orgs)
		}
		if got := strings.Join(places, ", "); got != tt.places {
			t.Errorf("places of %q = %q, want %q", tt.in, got, tt.places)
		}
	}
}

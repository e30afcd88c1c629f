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

// A seat named by its street address after a preposition of place
// ("outside 10 Downing Street") is a location, not the body it houses;
// the bare name saying something is the body.
func TestSeatAddressIsNoBody(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Protesters gathered outside 10 Downing Street on Monday.", false},
		{"Downing Street said on Monday the talks would resume.", true},
	} {
		doc := extractText(t, tt.in)
		got := false
		for _, o := range doc.Organizations {
			got = got || o.Name == "Downing Street"
		}
		if got != tt.want {
			t.Errorf("%q: Downing Street an organisation = %v, want %v", tt.in, got, tt.want)
		}
	}
}

package person

import (
	"strings"
	"testing"
)

// TestDropNickname checks the nickname rule and that its quick path for
// names without quotes gives what splitting at white space and joining
// with single spaces gives.
func TestDropNickname(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tomasz “Tom” Wilkowski", "Tomasz Wilkowski"},
		{`Harriet "Hattie" Lindqvist`, "Harriet Lindqvist"},
		{"Orla Byrne", "Orla Byrne"},
		{"Ramón “El Flaco” Ibarra", "Ramón Ibarra"},
		{"Ramón “The Big Fish” Ibarra", "Ramón Ibarra"},
		{"Ramón “El Flaco Ibarra", "Ramón “El Flaco Ibarra"},
		{"Orla  Byrne", "Orla Byrne"},
		{"Orla\nByrne", "Orla Byrne"},
		{"Orla\u00a0Byrne", "Orla Byrne"},
		{" Orla Byrne", "Orla Byrne"},
		{"Orla Byrne ", "Orla Byrne"},
		{"O'Byrne", "O'Byrne"},
		{"Zoë Ångström", "Zoë Ångström"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := dropNickname(tt.in); got != tt.want {
			t.Errorf("dropNickname(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got, want := singleSpaced(tt.in), strings.Join(strings.Fields(tt.in), " ") == tt.in; got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", tt.in, got, want)
		}
	}
}

package person_test

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/person"
)

// findFiled is find for a story filed from the state filed.
func findFiled(text string, filed annals.Country) []*person.Person {
	return person.Find(text, sentences(text), nil, filed)
}

// lastFiled is the name, role and country of the last person found in a
// story filed from the state filed, "" when none is.
func lastFiled(text string, filed annals.Country) string {
	got := ""
	for _, p := range findFiled(text, filed) {
		if p != nil {
			got = personRoleCountry(p)
		}
	}
	return got
}

// A spokesperson the story gives no state speaks for the government of
// the state the story is filed from, unless the sentence naming them
// names another state or a place in one; a story with no dateline gives
// no state, and neither does the dateline give one to titles that are
// not a government office of the state (an ambassador serves abroad).
func TestSpokespersonOfDatelineState(t *testing.T) {
	tests := []struct {
		in    string
		filed annals.Country
		want  string
	}{
		{"Foreign Ministry spokesman Tomas Ardent said the talks would resume.", "PER", "Tomas Ardent/Spokesperson/PER"},
		{"The statement is attributable to Spokesperson Nora Vale.", "USA", "Nora Vale/Spokesperson/USA"},
		{"Foreign Ministry spokesman Tomas Ardent said the talks would resume.", "", "Tomas Ardent/Spokesperson/"},
		{"Spokesman Tomas Ardent said the rebels in Bolivia had agreed.", "PER", "Tomas Ardent/Spokesperson/"},
		{"Chilean spokesman Tomas Ardent said the talks would resume.", "PER", "Tomas Ardent/Spokesperson/CHL"},
		{"Professor Tomas Ardent said the talks would resume.", "PER", "Tomas Ardent/Professor/"},
		{"Ambassador Tomas Ardent said the talks would resume.", "PER", "Tomas Ardent/Ambassador/"},
	}
	for _, tt := range tests {
		if got := lastFiled(tt.in, tt.filed); got != tt.want {
			t.Errorf("Find(%q, filed %q) = %q, want %q", tt.in, tt.filed, got, tt.want)
		}
	}
}

// A minister, president, prime minister or monarch the story gives no
// state holds office in the state the story is filed from, as a
// spokesperson does: "LIMA - Foreign Minister Tomas Ardent said".
func TestOfficeOfDatelineState(t *testing.T) {
	tests := []struct {
		in    string
		filed annals.Country
		want  string
	}{
		{"Foreign Minister Tomas Ardent said the talks would resume.", "PER", "Tomas Ardent/Foreign Minister/PER"},
		{"Prime Minister Tomas Ardent left for the summit on Monday.", "NOR", "Tomas Ardent/Prime Minister/NOR"},
		{"President Tomas Ardent signed the decree on Monday.", "CHL", "Tomas Ardent/President/CHL"},
		{"Minister Tomas Ardent said the talks would resume.", "PER", "Tomas Ardent/Minister/PER"},
		{"President Tomas Ardent signed the decree on Monday.", "", "Tomas Ardent/President/"},
		{"President Tomas Ardent of Bolivia signed the decree on Monday.", "CHL", "Tomas Ardent/President/BOL"},
		{"Foreign Minister Tomas Ardent will fly to Bolivia on Monday.", "PER", "Tomas Ardent/Foreign Minister/"},
	}
	for _, tt := range tests {
		if got := lastFiled(tt.in, tt.filed); got != tt.want {
			t.Errorf("Find(%q, filed %q) = %q, want %q", tt.in, tt.filed, got, tt.want)
		}
	}
}

// A story filed from a correspondent's base about a neighbour names the
// neighbour throughout and the base only in its dateline: an office it
// names without a state is then not the base's. A story that names the
// dateline's state about as often as another keeps the dateline's state
// for its offices, and a spokesperson keeps it either way (the briefing
// is where the story is filed).
func TestOfficeOfStoryAboutAnotherState(t *testing.T) {
	tests := []struct {
		in, name string
		filed    annals.Country
		want     string
	}{
		{"In Bolivia, protesters blocked roads on Monday. Bolivian police cleared a road near La Paz. Bolivia has seen weeks of unrest. President Tomas Ardent called for calm.",
			"Tomas Ardent", "PER", "Tomas Ardent/President/"},
		{"In Bolivia, protesters blocked roads on Monday. Bolivian police cleared a road near La Paz. Bolivia has seen weeks of unrest. Spokesman Tomas Ardent called for calm.",
			"Tomas Ardent", "PER", "Tomas Ardent/Spokesperson/PER"},
		{"Peru and Bolivia signed a trade deal on Monday. Bolivia will ship gas to Peru. Peru will build a port for Bolivia. President Tomas Ardent called it historic.",
			"Tomas Ardent", "PER", "Tomas Ardent/President/PER"},
		{"Lima will host the summit on Monday. Bolivia and Chile will send envoys. Prime Minister Tomas Ardent will open it.",
			"Tomas Ardent", "PER", "Tomas Ardent/Prime Minister/PER"},
	}
	for _, tt := range tests {
		got := ""
		for _, p := range findFiled(tt.in, tt.filed) {
			if p != nil && p.Name == tt.name {
				got = personRoleCountry(p)
			}
		}
		if got != tt.want {
			t.Errorf("Find(%q, filed %q): %s = %q, want %q", tt.in, tt.filed, tt.name, got, tt.want)
		}
	}
}

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
		got := ""
		for _, p := range findFiled(tt.in, tt.filed) {
			if p != nil {
				got = personRoleCountry(p)
			}
		}
		if got != tt.want {
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
		got := ""
		for _, p := range findFiled(tt.in, tt.filed) {
			if p != nil {
				got = personRoleCountry(p)
			}
		}
		if got != tt.want {
			t.Errorf("Find(%q, filed %q) = %q, want %q", tt.in, tt.filed, got, tt.want)
		}
	}
}

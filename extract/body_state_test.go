package extract_test

import "testing"

// A ministry named with a state's adjective or name, right before a
// title, gives the title's holder that state; an unnamed ministry gives
// none.
func TestBodyStateBeforeTitle(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Peruvian Foreign Ministry spokesman Inia Quispe told reporters the plan had failed.", "Inia Quispe/PER/Foreign Ministry spokesman"},
		{"Chile Trade Ministry spokesman Tomas Rojas told reporters the plan had failed.", "Tomas Rojas/CHL/Trade Ministry spokesman"},
		{"Trade Ministry spokesman Tomas Rojas told reporters the plan had failed.", "Tomas Rojas//Trade Ministry spokesman"},
	} {
		doc := extractText(t, tt.in)
		if got := personString(doc.Persons); got != tt.want {
			t.Errorf("persons of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A government body named with its state between the article and the
// title of an apposition gives the holder that state; a firm gives none.
func TestBodyStateInApposition(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Inia Quispe, the Peruvian Foreign Ministry spokesman, told reporters the plan had failed.", "Inia Quispe/PER/Foreign Ministry spokesman"},
		{"Inia Quispe, the Reuters correspondent, told reporters the plan had failed.", "Inia Quispe//Correspondent"},
	} {
		doc := extractText(t, tt.in)
		if got := personString(doc.Persons); got != tt.want {
			t.Errorf("persons of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

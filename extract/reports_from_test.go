package extract_test

import "testing"

// TestReportsFrom checks that a name followed by "reports from" a place,
// or by "reports" closing the sentence, names a correspondent, while a
// name reporting that something happened, or reporting to someone, gets
// no role from it.
func TestReportsFrom(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Marta Lindgren reports from Bamako.", "Marta Lindgren//Correspondent"},
		{"The floods spread overnight. Tobias Renner reports.", "Tobias Renner//Correspondent"},
		{"VOA's Dalia Serrano reports.", "Dalia Serrano//Correspondent"},
		{"VOA's Dalia Serrano reports from Lagos.", "Dalia Serrano//Correspondent"},
		// negatives
		{"Marta Lindgren reports that the bridge has fallen.", "Marta Lindgren//"},
		{"Marta Lindgren reports to the board each month.", "Marta Lindgren//"},
		{"The Lindgren Group reports from its Oslo office.", ""},
	}
	for _, tt := range tests {
		doc := extractText(t, tt.in)
		if got := personString(doc.Persons); got != tt.want {
			t.Errorf("persons of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

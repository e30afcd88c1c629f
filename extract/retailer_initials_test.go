package extract_test

import "testing"

// TestRetailerInitials checks that the retailer W.H. Smith, written with
// initials and a surname like a person, is no person, while a person
// named with initials and the same surname still is.
func TestRetailerInitials(t *testing.T) {
	tests := []struct{ in, want string }{
		{"W.H. Smith said its station shops sold more papers in May.", ""},
		{"Shoppers queued outside WH Smith at the airport.", ""},
		{"R.T. Smith said the station would reopen.", "R.T. Smith//"},
	}
	for _, tt := range tests {
		doc := extractText(t, tt.in)
		if got := personString(doc.Persons); got != tt.want {
			t.Errorf("persons of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

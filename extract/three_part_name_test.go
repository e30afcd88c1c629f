package extract_test

import "testing"

// TestThreePartChineseName checks that a Chinese, Singaporean or
// Malaysian name of three parts, family name first, opening a sentence
// with no title, is a person, and that "Tan Sri" stays a style.
func TestThreePartChineseName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tan Kok Leong signed the contract on Friday.", "Tan Kok Leong//"},
		{"Lim Mei Ling opened the new port terminal.", "Lim Mei Ling//"},
		{"Tan Sri Rahim Osman opened the new port terminal.", "Rahim Osman//"},
		// negatives
		{"Tan Tock Seng Hospital opened a new ward.", ""},
		{"Sun Life Group raised its dividend.", ""},
		{"Wong Kar Bridge was closed for repairs.", ""},
	}
	for _, tt := range tests {
		doc := extractText(t, tt.in)
		if got := personString(doc.Persons); got != tt.want {
			t.Errorf("persons of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

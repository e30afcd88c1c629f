package extract_test

import "testing"

// TestPortugueseParticles checks that the Portuguese particles "do" and
// "das" inside a name keep it whole ("Paulo do Couto Ferreira", "Ana das Neves
// Rocha"), as "da" and "dos" do, while the English verb "do" between
// capitalised words joins nothing into a name.
func TestPortugueseParticles(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Brazilian Foreign Minister Paulo do Couto Ferreira met reporters in Lisbon.",
			"Paulo do Couto Ferreira/BRA/Foreign Minister"},
		{"Angolan envoy Ana das Neves Rocha arrived in Luanda.",
			"Ana das Neves Rocha/AGO/Envoy"},
		{"Why do Americans Care about the vote in Brazil?", ""},
	}
	for _, tc := range tests {
		if got := personString(extractText(t, tc.in).Persons); got != tc.want {
			t.Errorf("%q: persons = %q, want %q", tc.in, got, tc.want)
		}
	}
}

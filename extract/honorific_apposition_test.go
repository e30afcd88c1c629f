package extract_test

import "testing"

// An honorific before a name does not hide the office an apposition
// gives it; an apposition that names no office gives no role.
func TestHonorificApposition(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Ms Ana Luza, Minister of Finance of Peru, will sign the accord on Monday.", "Ana Luza/PER/Finance Minister"},
		{"Mr. Tomas Rojas, the governor of the Central Bank of Chile, signed the accord on Monday.", "Tomas Rojas/CHL/Governor"},
		{"Dr Ana Luza, who led the talks, said the accord was fair.", "Ana Luza//"},
		{"Mr Tomas Rojas, a lawyer in Lima, said the accord was fair.", "Tomas Rojas//"},
	} {
		doc := extractText(t, tt.in)
		if got := personString(doc.Persons); got != tt.want {
			t.Errorf("persons of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

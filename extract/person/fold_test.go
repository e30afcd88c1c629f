package person

import (
	"strings"
	"testing"
)

// TestFoldAccents checks that the ASCII fast path and the normalising
// path agree on what folding means: ASCII names come back unchanged,
// accented ones lose their marks, letters that do not decompose are
// mapped.
func TestFoldAccents(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Marta Velasco", "Marta Velasco"},
		{"O'Reilly-Ames", "O'Reilly-Ames"},
		{"Zoë Brändli", "Zoe Brandli"},
		{"Jørgen Łukasz", "Jorgen Lukasz"},
		{"Yıldız Đorđe", "Yildiz Dorde"},
	} {
		if got := foldAccents(c.in); got != c.want {
			t.Errorf("foldAccents(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestLastWords checks lastWords against the suffix test it replaces.
func TestLastWords(t *testing.T) {
	for _, c := range []struct {
		full, name string
		want       bool
	}{
		{"Andres Manuel Lopez Obrador", "Lopez Obrador", true},
		{"Andres Manuel Lopez Obrador", "Obrador", true},
		{"Andres Manuel Lopez Obrador", "pez Obrador", false},
		{"Obrador", "Obrador", false},
		{" Obrador", "Obrador", true},
		{"Kim", "Kim Jong", false},
		{"Kim Jong", "", false},
		{"Kim Jong ", "", true},
	} {
		if got := lastWords(c.full, c.name); got != c.want || got != strings.HasSuffix(c.full, " "+c.name) {
			t.Errorf("lastWords(%q, %q) = %v, want %v", c.full, c.name, got, c.want)
		}
	}
}

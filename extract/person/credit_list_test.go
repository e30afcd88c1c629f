package person_test

import "testing"

// The names listed after a by-line's, after a comma or "and", are
// credited as it is; a post on the paper's staff in apposition is no
// name, and a list that no by-line opens credits nobody.
func TestByLineList(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"By Ilse Varga, Tomas Lindqvist and Ana Obiora\nThe talks resumed on Monday.",
			"Ilse Varga/Reporter; Tomas Lindqvist/Reporter; Ana Obiora/Reporter"},
		{"The talks resumed on Monday.\n(Reporting by Ilse Varga and Tomas Lindqvist; editing by Ana Obiora and Kofi Mensah)",
			"Ilse Varga/Reporter; Tomas Lindqvist/Reporter; Ana Obiora/Editor; Kofi Mensah/Editor"},
		// Near misses: a staff post, a list with no by-line.
		{"By Ilse Varga, Herald Staff Writer\nThe talks resumed on Monday.",
			"Ilse Varga/Reporter"},
		{"The plan was backed by Ilse Varga, Tomas Lindqvist and Ana Obiora.",
			"Ilse Varga/; Tomas Lindqvist/; Ana Obiora/"},
	}, personRole)
}

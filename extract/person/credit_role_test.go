package person_test

import "testing"

// A by-line or credit gives its person the part the page credits them
// with, and no state: a plain "By" opening a line is the reporter's,
// "Photo by" and an agency credit the photographer's, "Editing by" the
// editor's, a possessive news agency the correspondent's. "by" in a
// sentence gives no role, and a title in the story is kept.
func TestCreditRole(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Talks resumed.\nBy Tomas Verhoek\n\nThe envoys met in Oslo.", "Tomas Verhoek//Reporter/Tomas Verhoek"},
		{"Talks resumed in Oslo. Photo by Ingrid Solvang", "Ingrid Solvang//Photographer/Ingrid Solvang"},
		{"Talks resumed in Oslo. (Reuters/Ingrid Solvang)", "Ingrid Solvang//Photographer/Ingrid Solvang"},
		{"Talks resumed in Oslo.\nReporting by Tomas Verhoek; Editing by Ingrid Solvang", "Tomas Verhoek//Reporter/Tomas Verhoek; Ingrid Solvang//Editor/Ingrid Solvang"},
		{"Talks resumed in Oslo, Norway, as Reuters's Ingrid Solvang reported.", "Ingrid Solvang//Correspondent/Ingrid Solvang"},
		{"Talks resumed.\nBY TOMAS VERHOEK\n\nThe envoys met in Oslo.", "TOMAS VERHOEK//Reporter/TOMAS VERHOEK"},
		// negatives: "by" inside a sentence, and a title before the name
		{"The plan was backed by Ingrid Solvang and other members in Oslo.", "Ingrid Solvang///Ingrid Solvang"},
		{"The plan was announced by Foreign Minister Ingrid Solvang of Norway.", "Ingrid Solvang/NOR/Foreign Minister/Ingrid Solvang"},
	}, personFull)
}

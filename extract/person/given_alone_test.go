package person_test

import "testing"

// A Samoan chief's title comes first in the name and names the holder
// alone, as a Malay given name does; the first word of a name of a state
// that writes the family name last is another person.
func TestSamoanTitleAlone(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Samoan Prime Minister Tuala Iosefo Ponifasio arrived in Suva. Tuala on Tuesday met his Fijian counterpart.", "Tuala Iosefo Ponifasio: Tuala Iosefo Ponifasio,Tuala (2)"},
		// near miss: not of Samoa
		{"Peruvian Prime Minister Tuala Ponifasio arrived in Suva. Tuala said the talks went well.", "Tuala Ponifasio: Tuala Ponifasio (1)"},
	}, personCount)
}

// A given name the writer adds in brackets between a title and the name
// he writes ("Prime Minister (Ana) Ruiz") leaves the title the name's.
func TestBracketGivenName(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"\"I will engage with Prime Minister (Tomas) Berg early in his term,\" he said.", "Berg/Prime Minister"},
		{"She met Foreign Minister (Maria) Lund on Monday.", "Lund/Foreign Minister"},
		// near misses: a bracket that holds no given name
		{"She met the Foreign Minister (FM) Lund on Monday.", ""},
	}, personRole)
}

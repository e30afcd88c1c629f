package person_test

import "testing"

// A lower-case noun of candidacy, faith, trade or art right before a
// capitalised pair names a person; a state's possessive before a given
// name and a surname does too. After an article straight before the noun,
// or with a firm's noun, no name is taken.
func TestNamingNouns(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Polls favour opposition candidate Ruarc Delaney in the run-off.", "Ruarc Delaney"},
		{"Police detained the Buddhist monk Tenzin Dorjee Lhamo on Friday.", "Tenzin Dorjee Lhamo"},
		{"Shares rose after tycoon Oswin Markle bought a stake.", "Oswin Markle"},
		{"Officials vowed to contain Iraq's Saddam Qasimi in the region.", "Saddam Qasimi"},
		// Negative: an article right before the noun.
		{"Polls favour the candidate Ruarc Delaney in the run-off.", ""},
		// Negative: a one-word name after the noun.
		{"Shares rose after tycoon Markle bought a stake.", ""},
	}, personName)
}

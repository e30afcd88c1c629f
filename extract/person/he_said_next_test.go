package person_test

import "testing"

// A single unknown capitalised word that opens a sentence as the subject
// of a verb of saying is a surname when the next sentence takes it up
// with "he" or "she"; without that pronoun, or when the word is a common
// subject of news copy, no person is found.
func TestHeSaidNext(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Fighting resumed near the port on Monday. Okonkwo said the ceasefire had collapsed. He said both sides were to blame.", "Okonkwo"},
		{"Fighting resumed near the port on Monday. Brandvold told reporters the ceasefire had collapsed. She said talks would go on.", "Brandvold"},
		// Negative: no pronoun takes it up.
		{"Fighting resumed near the port on Monday. Okonkwo said the ceasefire had collapsed. Both sides blamed each other.", ""},
		// Negative: a plural or pronoun-like subject, an acronym, "it".
		{"Fighting resumed near the port on Monday. Officials said the ceasefire had collapsed. He said both sides were to blame.", ""},
		{"Fighting resumed near the port on Monday. Witnesses said the ceasefire had collapsed. He said both sides were to blame.", ""},
		{"Fighting resumed near the port on Monday. Police said the ceasefire had collapsed. He said both sides were to blame.", ""},
		{"Fighting resumed near the port on Monday. Nobody said the ceasefire had collapsed. He said both sides were to blame.", ""},
		{"Fighting resumed near the port on Monday. SLMM said the ceasefire had collapsed. He said both sides were to blame.", ""},
		{"Fighting resumed near the port on Monday. Gazprom said the pipeline had shut. It said repairs would take a week.", ""},
	}, personName)
}

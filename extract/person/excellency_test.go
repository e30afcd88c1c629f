package person_test

import "testing"

// The diplomatic and parliamentary styles "His Excellency", "Her
// Excellency", "Excellency", "H.E." and "Hon." mark a person and are
// stripped from the name; a style alone names no one.
func TestExcellencyStyle(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"His Excellency Omar Haddad arrived in the capital on Tuesday.", "Omar Haddad"},
		{"Her Excellency Anita Berglund said the forum was useful.", "Anita Berglund"},
		{"The dinner was hosted by Excellency Sergio Pinheiro.", "Sergio Pinheiro"},
		{"The forum was opened by H.E. Leila Morsund on Monday.", "Leila Morsund"},
		{"The guests were greeted by the Honourable Mary Lopez.", "Mary Lopez"},
		{"The envoy met Hon. Tomas Valdivia in the morning.", "Tomas Valdivia"},
		// Negative: the style with no name after it.
		{"His Excellency arrived in the capital on Tuesday.", ""},
		{"The Honourable Members voted on Tuesday.", ""},
	}, personName)
}

// Page chrome and feed headlines that have the form of a name are not
// persons: a word said twice ("Long live, long live") and a possessive
// whose apostrophe a feed dropped before the exchange it names.
func TestChromeNotName(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Hurra Hurra,\nOur Site!\n", ""},
		{"Secretary Blinkens Call with Peruvian Foreign Minister Ana Ruiz\n", "Ana Ruiz"},
		{"Minister Okafors Remarks at the Trade Forum\n", ""},
		// Negative: a real name in the same places is kept.
		{"Secretary Antony Blinken spoke with Ana Ruiz on Sunday, the department said.", "Antony Blinken; Ana Ruiz"},
	}, personName)
}

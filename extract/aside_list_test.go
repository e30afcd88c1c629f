package extract_test

import "testing"

// TestAsideList checks that a list of names each followed by its state in
// brackets ("Juan Soto (Uruguay), Ana Ruiz (Paraguay) and ...") stays one
// subject, with or without a serial comma before "and", so every name
// takes part; an aside followed
// by a relative clause opens no list. Article date Wednesday 2021-03-03.
func TestAsideList(t *testing.T) {
	checkEvents(t, []eventCase{
		{"presidents with their states in brackets",
			"Presidents Juan Soto (Uruguay), Ana Ruiz (Paraguay), and Pedro Gomez (Bolivia) will meet in Asuncion next week to discuss trade.",
			"meet planned 2021-03-08..2021-03-14 [Juan Soto Ana Ruiz Pedro Gomez] [URY PRY BOL] @Asuncion"},
		{"ministers with their states in brackets, no serial comma",
			"Foreign ministers Juan Soto (Uruguay), Ana Ruiz (Paraguay) and Pedro Gomez (Bolivia) met in Asuncion on Monday.",
			"meet occurred 2021-03-01 [Juan Soto Ana Ruiz Pedro Gomez] [URY PRY BOL] @Asuncion"},
		{"an aside then a relative clause",
			"Juan Soto (Uruguay), who chairs the bloc, met Bolivian President Pedro Gomez in Asuncion on Monday.",
			"meet occurred 2021-03-01 [Juan Soto Pedro Gomez] [URY BOL] @Asuncion"},
	})
}

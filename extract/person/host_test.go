package person_test

import "testing"

// An office holder met on a visit holds office in the state visited when
// the story gives no other state; the traveller, a body's office, a
// sentence with two destinations and a state told elsewhere keep theirs.
func TestHostState(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"In Peru, Secretary Ana Berg will meet with President Tomas Rojas and Foreign Minister Inia Quispe.",
			"Ana Berg//Secretary/Ana Berg; Tomas Rojas/PER/President/Tomas Rojas; Inia Quispe/PER/Foreign Minister/Inia Quispe"},
		{"The envoy will travel to Chile to meet Prime Minister Tomas Rojas.", "Tomas Rojas/CHL/Prime Minister/Tomas Rojas"},
		{"During his visit to Bolivia, Foreign Minister Ana Berg will be received by President Tomas Rojas.",
			"Ana Berg//Foreign Minister/Ana Berg; Tomas Rojas/BOL/President/Tomas Rojas"},
		{"She will fly to Lima, where she will hold talks with Defense Minister Tomas Rojas.", "Tomas Rojas/PER/Defence Minister/Tomas Rojas"},
		// Negative cases.
		{"In Brussels, the Secretary will meet with European Commission President Tomas Rojas.", "Tomas Rojas//President/Tomas Rojas"},
		{"After stops in Peru and Chile, she will meet with President Tomas Rojas.", "Tomas Rojas//President/Tomas Rojas"},
		{"In Paris, Ana Berg will meet with Foreign Minister Ivan Sorokin. Russian Foreign Minister Ivan Sorokin said he was ready.",
			"Ana Berg///Ana Berg; Ivan Sorokin/RUS/Foreign Minister/Ivan Sorokin"},
		{"In Peru, Foreign Minister Ana Berg met reporters.", "Ana Berg//Foreign Minister/Ana Berg"},
		{"In Peru, the envoy will meet with Ambassador Tomas Rojas.", "Tomas Rojas//Ambassador/Tomas Rojas"},
	}, personFull)
}

// A state opening the sentence is no place of travel and reads safely.
func TestHostStateSentenceStart(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Peru will meet with President Tomas Rojas.", "Tomas Rojas//President/Tomas Rojas"},
	}, personFull)
}

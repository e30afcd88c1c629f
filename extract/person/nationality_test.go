package person_test

import "testing"

// A nationality told beside a name without a title gives the person's
// state: a state's adjective right before the name, before a noun for a
// person ("a Chilean farmer"), in a fronted apposition or after the name
// ("Tomas Rojas, an Argentine diplomat,"). A plural noun gives it to each
// name of its list.
func TestNationality(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The ban names Ukrainian Viktor Hrytsenko among others.", "Viktor Hrytsenko/UKR//Viktor Hrytsenko"},
		{"The court jailed senior Kenyan official Amina Wanjiru on Monday.", "Amina Wanjiru/KEN//Amina Wanjiru"},
		{"A Chilean farmer Tomas Rojas lost his crop to the floods.", "Tomas Rojas/CHL//Tomas Rojas"},
		{"A Peruvian diplomat, Inia Quispe, was expelled on Monday.", "Inia Quispe/PER//Inia Quispe"},
		{"Tomas Rojas, an Argentine diplomat, said the border was calm.", "Tomas Rojas/ARG//Tomas Rojas"},
		{"Tomas Rojas, a senior Bolivian official, said the border was calm.", "Tomas Rojas/BOL//Tomas Rojas"},
		{"Talks began, said Ecuadoran Foreign Minister Inia Quispe.", "Inia Quispe/ECU/Foreign Minister/Inia Quispe"},
		{"Minsk must free American citizens John Ortner and Ruth Kessel at once.",
			"John Ortner/USA//John Ortner; Ruth Kessel/USA//Ruth Kessel"},
		{"The court jailed US official Amina Wanjiru on Monday.", "Amina Wanjiru/USA//Amina Wanjiru"},
		// Negative cases: the adjective qualifies something else, or the
		// noun is no person's nationality.
		{"The deal stalled, the Japanese side told Tomas Rojas on Monday.", "Tomas Rojas///Tomas Rojas"},
		{"Tomas Rojas, a Japan expert, said the talks were stuck.", "Tomas Rojas///Tomas Rojas"},
		{"Leading Japan expert Tomas Rojas said the talks were stuck.", "Tomas Rojas///Tomas Rojas"},
		{"Tomas Rojas, a Russian-speaking lawyer, said the talks were stuck.", "Tomas Rojas///Tomas Rojas"},
		{"The Russian-born Tomas Rojas said the talks were stuck.", "Tomas Rojas///Tomas Rojas"},
		{"Kenya's Ugandan farmer Tomas Rojas said the talks were stuck.", "Tomas Rojas///Tomas Rojas"},
	}, personFull)
}

// A seat of government read as a place before a title (a capital, the
// White House, the Pentagon) gives the holder its state; a posting's
// title and a place after a locative preposition give none.
func TestSeatState(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"\"The call went well,\" White House spokesman Tomas Rojas said.", "Tomas Rojas/USA/Spokesperson/Tomas Rojas"},
		{"Pentagon Press Secretary Inia Quispe said the visit mattered.", "Inia Quispe/USA/Spokesperson/Inia Quispe"},
		{"\"We are ready,\" Kremlin spokesman Ivan Sorokin told reporters.", "Ivan Sorokin/RUS/Spokesperson/Ivan Sorokin"},
		{"Tomas Rojas, a Pentagon press secretary, said the call went well.", "Tomas Rojas/USA/Spokesperson/Tomas Rojas"},
		// Negative cases: a posting named after its city.
		{"The Moscow correspondent Tomas Rojas said the mood was grim.", "Tomas Rojas//Correspondent/Tomas Rojas"},
		{"He will fly to Moscow, spokesman Tomas Rojas said.", "Tomas Rojas//Spokesperson/Tomas Rojas"},
	}, personFull)
}

package person_test

import "testing"

// An abbreviated style before a name ("Hon.") is no name of its own; a
// plural title's list goes on past "of STATE" after each name, which
// gives that person's state; a surname in a headline in capitals is the
// person the text names in full; "Prince" and a given name is the person
// named in full with a family name or patronymic.
func TestNameForms(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"She met the Minister for Trade, Hon. Mere Tuilagi on Monday.", "Mere Tuilagi//Minister for Trade/Mere Tuilagi"},
		{"Foreign Ministers Ana Obi of Ghana and Tom Berg of Norway signed the accord.",
			"Ana Obi/GHA/Foreign Minister/Ana Obi; Tom Berg/NOR/Foreign Minister/Tom Berg"},
		{"UN ENVOY MEETS PRESIDENT ABERNATHY, SENATOR GARRISON BEFORE LEAVING WASHINGTON\n\nThe envoy met President Marcus Abernathy on Monday.",
			"Marcus Abernathy//President/Marcus Abernathy,ABERNATHY"},
		{"Kuwaiti Foreign Minister Sabah al-Khalid met the envoy. Sheikh Sabah said the talks went well.",
			"Sabah al-Khalid/KWT/Foreign Minister/Sabah al-Khalid,Sabah"},
		// negatives: a name with "Hon" in it, a state after "of" that
		// opens a firm's name, a surname in capitals of no one named, a
		// given name alone that no one's full name opens
		{"Foreign Ministers Ana Obi of Ghana Airways and Tom Berg spoke.", "Ana Obi//Foreign Minister/Ana Obi; Tom Berg///Tom Berg"},
		{"UN ENVOY MEETS PRESIDENT ABERNATHY, SENATOR GARRISON BEFORE LEAVING WASHINGTON\n\nThe envoy met President Marcus Reed on Monday.",
			"ABERNATHY//President/ABERNATHY; Marcus Reed//President/Marcus Reed"},
		{"Kuwaiti Foreign Minister Sabah al-Khalid met the envoy. Sheikh Nasser said the talks went well.",
			"Sabah al-Khalid/KWT/Foreign Minister/Sabah al-Khalid; Nasser///Nasser"},
	}, personFull)
}

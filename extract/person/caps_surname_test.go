package person_test

import "testing"

// A surname in capitals after a given name in ordinary case, as
// communiqués write heads of state, is a person's when a title in
// apposition marks it; a capitalised word before an
// acronym with no such cue is not.
func TestCapsSurname(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The visit was hosted by Tomasz Wielkopolski KOWALCZYK, President of the Republic of Poland.", "Tomasz Wielkopolski KOWALCZYK"},
		{"Talks opened after Amara OKONJO, Minister of Trade of Nigeria, arrived.", "Amara OKONJO"},
		{"Talks opened after Amara OKONJO arrived.", ""},
		{"The Trade Committee of ASEAN met in Jakarta on Monday.", ""},
		{"Officials of Kenya and the IGAD, the regional bloc, met on Monday.", ""},
	}, personName)
}

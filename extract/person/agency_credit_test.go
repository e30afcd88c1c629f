package person_test

import "testing"

// A photographer named after a news or picture agency and a slash in a
// credit in parentheses is a person; the same shape without the agency
// (a route between two places) is not.
func TestAgencyCredit(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The minister speaks at a trade fair in Suva on May 4, 2018. (Xinhua/Liu Wenbo)", "Liu Wenbo"},
		{"Crowds gather outside the parliament in Accra on Tuesday. (AP Photo/Kwame Osei)", "Kwame Osei"},
		{"The new ferry service (Dover/Calais) opened on Tuesday.", ""},
		// a caption's credit that ends its line, with no parentheses
		{"Envoys attend a meeting in Apia, Samoa, March 2, 2016. REUTERS/Kadri Vanu\n\nThe talks went on.", "Kadri Vanu"},
		// near misses: the agency apart from the slash, the name going on in prose
		{"Envoys attend a meeting in Apia. REUTERS / Kadri Vanu\n\nThe talks went on.", ""},
		{"Envoys met. REUTERS/Kadri Vanu building stands here\n\nThe talks went on.", ""},
	}, personName)
}

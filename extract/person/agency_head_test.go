package person_test

import "testing"

// "administrator" and "mission director" are titles of an agency's head
// and of its head in one state ("NASA Administrator", "USAID Mission
// Director"); the agency's state is the holder's, and a state named
// between the agency and the title is the post's field, not the holder's
// state. Without an agency of a state the title gives no state.
func TestAgencyHeadTitle(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"USAID Administrator Nora Vale announced new funding for the clinics.", "Nora Vale/Administrator/USA"},
		{"The grant was signed by USAID Peru Mission Director Tomas Ardent on Friday.", "Tomas Ardent/Mission Director/USA"},
		{"The grant was signed by USAID Mission Director Tomas Ardent on Friday.", "Tomas Ardent/Mission Director/USA"},
		{"Administrator Nora Vale said the clinics would reopen.", "Nora Vale/Administrator/"},
		// A state's own name before the title still gives its state.
		{"Peruvian Foreign Minister Tomas Ardent met the delegation.", "Tomas Ardent/Foreign Minister/PER"},
		{"Kenya Foreign Minister Tomas Ardent met the delegation.", "Tomas Ardent/Foreign Minister/KEN"},
	}, personRoleCountry)
}

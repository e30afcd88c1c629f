package extract_test

import "testing"

// A stay for a purpose told in the present ("is in Lima, Peru, to meet
// with ...") is a visit on the day of the report, and what the traveller
// does there, in that sentence or told later in the present progressive,
// is dated like it.
func TestTripStayForPurpose(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "purpose after the place list dates the stay and its meetings",
			in:   "The new tariffs come as Foreign Minister Anna Keller is in Lima, Peru, to meet with opposition leader Rosa Campos. Keller is also meeting with Peruvian President Pedro Castillo.",
			want: "meet occurred 2021-03-03 [Anna Keller Rosa Campos] [] @Lima\n" +
				"meet occurred 2021-03-03 [Anna Keller Pedro Castillo] [PER] @Lima\n" +
				"visit occurred 2021-03-03 [Anna Keller] [PER] @Lima",
		},
		{
			name: "a person at home makes no visit",
			in:   "Peruvian President Pedro Castillo is in Lima, Peru, to meet with opposition leader Rosa Campos.",
			want: "meet occurred  [Pedro Castillo Rosa Campos] [PER]",
		},
		{
			name: "a purpose that names no event makes no visit",
			in:   "Foreign Minister Anna Keller is in Lima, Peru, to stay.",
			want: "",
		},
	})
}

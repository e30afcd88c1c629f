package extract_test

import "testing"

// TestDuringHisVisit checks that "during his visit" after a dated visit
// of a named traveller is that visit: the noun makes no visit of the
// persons the sentence names, and what is planned in the sentence is
// done on the visit's days by its traveller. With no visit told before,
// the noun is a visit of its own. Article date Wednesday 2021-03-03.
func TestDuringHisVisit(t *testing.T) {
	checkEvents(t, []eventCase{
		{"planned meetings during his visit take the visit",
			"Kenyan President William Ruto arrived in Accra on Tuesday. The Kenyan leader is scheduled to hold meetings with Ghanaian President Kofi Mensah and other officials during his two-day visit to Ghana.",
			"meet planned 2021-03-02 [William Ruto Kofi Mensah] [KEN GHA]\n" +
				"visit occurred 2021-03-02 [William Ruto] [KEN GHA] @Accra"},
		{"with no visit told before, during his visit is a visit",
			"The Kenyan leader is scheduled to hold meetings with Ghanaian President Kofi Mensah during his visit to Ghana next week.",
			"meet planned 2021-03-08..2021-03-14 [Kofi Mensah] [KEN GHA]\n" +
				"visit planned 2021-03-08..2021-03-14 [Kofi Mensah] [GHA]"},
	})
}

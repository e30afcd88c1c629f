package extract_test

import "testing"

// TestPairAfterVisit covers a meeting of "the two ministers" told in the
// clause after a visit: the two are the visitor and the host's minister,
// and the meeting keeps the visit's states. Article date Wednesday
// 2021-03-03.
func TestPairAfterVisit(t *testing.T) {
	checkEvents(t, []eventCase{
		{"visitor without a stated country",
			"Foreign Minister Tomas Lindqvist visited Chile in February and the two foreign ministers met again in Geneva on Monday.",
			"visit occurred 2021-02-01..2021-02-28 [Tomas Lindqvist] [CHL]\nmeet occurred 2021-03-01 [Tomas Lindqvist] [CHL] @Geneva"},
		{"visitor with a country",
			"Chilean Foreign Minister Antonia Urrejola visited Peru in January and the two ministers met again in Quito on Monday.",
			"visit occurred 2021-01-01..2021-01-31 [Antonia Urrejola] [CHL PER]\nmeet occurred 2021-03-01 [Antonia Urrejola] [CHL PER] @Quito"},
		{"both leaders after a visit",
			"Kenyan President William Ruto visited Ghana last month, and both leaders then met in Accra on Monday.",
			"visit occurred 2021-02-01..2021-02-28 [William Ruto] [KEN GHA]\nmeet occurred 2021-03-01 [William Ruto] [KEN GHA] @Accra"},
	})
}

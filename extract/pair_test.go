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

// TestAlsoMet covers "He also met X" after a meeting with others: a
// meeting with a counterpart the earlier one lacks is one more meeting,
// and "they" in the next clause are the two who met. Article date
// Wednesday 2021-03-03.
func TestAlsoMet(t *testing.T) {
	checkEvents(t, []eventCase{
		{"also met a new counterpart, and they agreed",
			"Kenyan Foreign Minister Raychelle Omamo met Ugandan President Yoweri Museveni on Tuesday. Omamo also met the Peruvian foreign minister, and they agreed to expand flower exports.",
			"agree occurred 2021-03-02 [Raychelle Omamo] [KEN PER]\nmeet occurred 2021-03-02 [Raychelle Omamo Yoweri Museveni] [KEN UGA]\nmeet occurred 2021-03-02 [Raychelle Omamo] [KEN PER]"},
		{"also met the same counterpart retells the meeting",
			"Kenyan Foreign Minister Raychelle Omamo met Ugandan President Yoweri Museveni on Tuesday. Omamo also met Museveni at a dinner.",
			"meet occurred 2021-03-02 [Raychelle Omamo Yoweri Museveni] [KEN UGA]"},
	})
}

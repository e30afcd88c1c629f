package extract_test

import "testing"

// TestCutStoryLastLine covers a story cut short at its end, as stored
// pages are: its last line, prose without a full stop, is no headline
// whose event the body tells again, so its visit stays; a headline-shaped
// last line in title case still joins the body's event. Article date
// Wednesday 2021-03-03.
func TestCutStoryLastLine(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a cut last paragraph keeps its visit",
			"3 March 2021\n\nKenyan Foreign Minister Wanjiru Otieno arrived in Kampala on Friday, 26 February.\n\n" +
				"On Monday, Wanjiru Otieno left on an official visit to Rwanda, returning to Nair",
			"visit occurred 2021-02-26 [Wanjiru Otieno] [KEN UGA] @Kampala\nvisit occurred 2021-03-01 [Wanjiru Otieno] [KEN RWA]"},
		{"a title-case last line joins the body's visit",
			"3 March 2021\n\nKenyan Foreign Minister Wanjiru Otieno arrived in Kampala on Friday, 26 February.\n\n" +
				"Kenyan Minister Otieno Visits Uganda",
			"visit occurred 2021-02-26 [Wanjiru Otieno] [KEN UGA] @Kampala"},
	})
}

package extract_test

import "testing"

// TestHeadlineCopies covers headline-shaped lines that are not the page's
// title: the title copied under itself, or a headline after menu lines
// taken for the title. The body tells the same happening, so the
// headline's event is that one, not a second; a headline event the body
// does not tell stays, and a body paragraph is no headline. Article date
// Wednesday 2021-03-03.
func TestHeadlineCopies(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a copied title joins the body's visit",
			"Kenyan minister visits Uganda amid border row\n\nKenyan minister visits Uganda amid border row\n\n" +
				"Kenyan Foreign Minister Wanjiru Otieno will visit Uganda on Friday for talks on the border.",
			"meet planned 2021-03-05 [Wanjiru Otieno] [KEN UGA]\nvisit planned 2021-03-05 [Wanjiru Otieno] [KEN UGA]"},
		{"a headline after a menu line joins the body's visit",
			"Home News World Business\n\nUgandan president to tour Kenya next month\n\n" +
				"Ugandan President Moses Kato will travel to Kenya on April 12, his office said on Tuesday.",
			"visit planned 2021-04-12 [Moses Kato] [UGA KEN]"},
		{"a headline after a menu line joins the body's attack",
			"Home News World Business\n\nPolice attack protesters outside Chilean embassy in Lima\n\n" +
				"Peruvian police attacked protesters outside the Chilean embassy in Lima on Monday, witnesses said.",
			"conflict occurred 2021-03-01 [] [PER CHL] @Lima"},
		{"a headline event the body does not tell stays",
			"Kenya and Uganda sign border pact\n\nKenya and Uganda sign border pact\n\n" +
				"Kenyan Foreign Minister Wanjiru Otieno arrived in Kampala on Monday.",
			"visit occurred 2021-03-01 [Wanjiru Otieno] [KEN UGA] @Kampala\nagree occurred  [] [KEN UGA]"},
		{"a body paragraph that ends like a sentence is no headline",
			"Kenyan minister visits Uganda\n\nKenyan Foreign Minister Wanjiru Otieno visited Uganda on Monday.\n\n" +
				"Kenya's Foreign Minister Wanjiru Otieno will visit Uganda again in July.",
			"visit occurred 2021-03-01 [Wanjiru Otieno] [KEN UGA]\nvisit planned 2021-07-01..2021-07-31 [Wanjiru Otieno] [KEN UGA]"},
	})
}

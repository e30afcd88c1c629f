package extract_test

import "testing"

// TestRelativeAnchor covers happenings dated from another time told
// around them rather than from the article's date (Wednesday
// 2021-03-03): a length before "after" or "before", and a fronted "After
// the meeting".
func TestRelativeAnchor(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a day after counts back from the day told before",
			"The Kenyan foreign ministry said on Monday that a summit would be held in April. The statement came a day after Kenyan Foreign Minister Raychelle Omamo met Ugandan Foreign Minister Sam Kutesa in Mombasa.",
			"meet occurred 2021-02-28 [Raychelle Omamo Sam Kutesa] [KEN UGA] @Mombasa"},
		{"two days after counts back from the sentence's own day",
			"Kenya and Uganda signed a fisheries accord on Monday, two days after Kenyan Foreign Minister Raychelle Omamo met Ugandan Foreign Minister Sam Kutesa in Mombasa.",
			"meet occurred 2021-02-27 [Raychelle Omamo Sam Kutesa] [KEN UGA] @Mombasa\nagree occurred 2021-03-01 [] [KEN UGA]"},
		{"what follows the meeting takes its day",
			"On Monday, Kenyan Foreign Minister Raychelle Omamo met President Yoweri Museveni in Kampala. After the meeting with President Museveni, Omamo signed a trade accord with Uganda.",
			"agree occurred 2021-03-01 [Yoweri Museveni Raychelle Omamo] [KEN UGA]\nmeet occurred 2021-03-01 [Raychelle Omamo Yoweri Museveni] [KEN] @Kampala"},
	})
}

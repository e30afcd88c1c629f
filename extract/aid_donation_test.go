package extract_test

import "testing"

// TestAidDonation covers a donation of money as aid with its figure, and
// money told as being mobilised, the act of the story's day (Wednesday
// 2021-03-03); a donation to a party or a campaign is no aid.
func TestAidDonation(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a donation received on a day",
			"A donation of NZD$45,000 from Canada towards Samoa's recovery from the floods was received on February 12.",
			"cooperate occurred 2021-02-12 [] [CAN WSM] 45000 NZD aid"},
		{"a donation made on a weekday",
			"Japan made a donation of $2 million to Nepal on Monday for flood relief.",
			"cooperate occurred 2021-03-01 [] [JPN NPL] 2000000 USD aid"},
		{"money being mobilised",
			"The Commission is mobilising an additional €8 million in humanitarian assistance for Chad.",
			"cooperate occurred 2021-03-03 [] [TCD] 8000000 EUR aid"},
		{"a campaign donation is no aid",
			"A Kenyan businessman made campaign donations of $2 million to the ruling party.", ""},
		{"a party donation is no aid",
			"The tycoon gave a £500,000 donation to the British Conservative Party.", ""},
		{"troops mobilised are no aid",
			"Japan is mobilising 5,000 troops near the border with Russia.", ""},
	})
}

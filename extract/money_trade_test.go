package extract_test

import "testing"

// TestTradeNotations checks trade figures written in the notations of
// wire copy outside the US: a decimal comma, the rand's glued "R", a
// space after the decimal point. Article date Wednesday 2021-03-03.
func TestTradeNotations(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a decimal comma before a hyphenated scale",
			"Kenya's trade with India reached $2,45-billion in 2019.",
			"trade occurred 2019-01-01..2019-12-31 [] [KEN IND] 2450000000 USD trade volume"},
		{"three digits after the comma are thousands",
			"Kenya's trade with India reached $2,450 million in 2019.",
			"trade occurred 2019-01-01..2019-12-31 [] [KEN IND] 2450000000 USD trade volume"},
		{"the rand's glued R with a decimal comma, from one year to another",
			"Zambia and South Africa held talks on Tuesday. Their bilateral trade showed a strong increase, from R4,1-billion in 1998 to R12,8-billion in 2019.",
			"trade occurred 1998-01-01..1998-12-31 [] [ZMB ZAF] 4100000000 ZAR trade volume\ntrade occurred 2019-01-01..2019-12-31 [] [ZMB ZAF] 12800000000 ZAR trade volume\nmeet occurred 2021-03-02 [] [ZMB ZAF]"},
		{"a spaced decimal point",
			"Trade between Laos and Thailand reached 4. 35 billion US dollars in 2019, the ministry said.",
			"trade occurred 2019-01-01..2019-12-31 [] [LAO THA] 4350000000 USD trade volume"},
		{"investment in a country amounted to",
			"South Africa and Zambia held talks on Tuesday. He said investments by South African firms in Zambia currently amounted to R6-billion.",
			"meet occurred 2021-03-02 [] [ZAF ZMB]\ntrade occurred  [] [ZAF ZMB] 6000000000 ZAR investment"},
		{"a road number is no rand",
			"Kenya's trade with India grew along the R4 highway in 2019.",
			""},
	})
}

// TestTradeQuoted checks that a speaker's quoted trade figure is a trade
// event, with the period and status it would have in narrative. Article
// date Wednesday 2021-03-03.
func TestTradeQuoted(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a quoted figure with its year",
			"Zambia and Kenya held talks on Tuesday. \"Our bilateral trade exceeded $3 billion in 2020,\" the minister said.",
			"trade occurred 2020-01-01..2020-12-31 [] [ZMB KEN] 3000000000 USD trade volume\nmeet occurred 2021-03-02 [] [ZMB KEN]"},
		{"a quoted figure with a decimal comma, from one year to another",
			"Zambia and South Africa held talks on Tuesday. \"Our bilateral trade is showing a strong increase, from R4,1-billion in 1998 to R12,8-billion in 2019.\"",
			"trade occurred 1998-01-01..1998-12-31 [] [ZMB ZAF] 4100000000 ZAR trade volume\ntrade occurred 2019-01-01..2019-12-31 [] [ZMB ZAF] 12800000000 ZAR trade volume\nmeet occurred 2021-03-02 [] [ZMB ZAF]"},
		{"a quoted goal is planned",
			"Zambia and Kenya held talks on Tuesday. \"We want our trade to reach $5 billion by 2025,\" the minister said.",
			"meet occurred 2021-03-02 [] [ZMB KEN]\ntrade planned 2025-01-01..2025-12-31 [] [ZMB KEN] 5000000000 USD trade volume"},
		{"a quoted remark with no figure is no trade event",
			"Zambia and Kenya held talks on Tuesday. \"Our trade is growing fast,\" the minister said.",
			"meet occurred 2021-03-02 [] [ZMB KEN]"},
	})
}

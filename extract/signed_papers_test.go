package extract_test

import "testing"

// A signing's value stated on the papers signed, not on an "agreement"
// noun ("contracts worth", "memorandums of understanding worth", "MoUs
// worth", "cooperation documents worth"), is the agreement's amount
// (SCHEMA.md; issue 4). Papers with a value in a clause or sentence with
// no signing give no agreement its figure. Article date Wednesday
// 2021-03-03.
func TestSignedPapers(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "contracts worth",
			in:   "Kenyan and Turkish firms signed contracts worth $3 billion on Monday.",
			want: "agree occurred 2021-03-01 [] [KEN TUR] 3000000000 USD agreement",
		},
		{
			name: "memorandums of understanding worth",
			in:   "Kenya and Turkey signed seven memorandums of understanding worth $500 million on Monday.",
			want: "agree occurred 2021-03-01 [] [KEN TUR] 500000000 USD agreement",
		},
		{
			name: "MoUs worth",
			in:   "Kenya and Turkey signed seven MoUs worth $500 million on Monday.",
			want: "agree occurred 2021-03-01 [] [KEN TUR] 500000000 USD agreement",
		},
		{
			name: "documents worth, signed after the noun",
			in:   "The fair closed in Nairobi on Monday with 40 cooperation documents worth $2.5 billion signed between Kenyan firms and their Turkish partners.",
			want: "agree occurred 2021-03-01 [] [KEN TUR] @Nairobi 2500000000 USD agreement",
		},
		// negatives: papers with a value that no one signs there
		{
			name: "documents checked in another clause",
			in:   "Kenya and Turkey signed a trade agreement on Monday, and their documents worth $3 billion were checked.",
			want: "agree occurred 2021-03-01 [] [KEN TUR]",
		},
		{
			name: "contracts under review in the next sentence",
			in:   "Kenya and Turkey signed a trade agreement on Monday. Contracts worth $3 billion are under review in Nairobi.",
			want: "agree occurred 2021-03-01 [] [KEN TUR]",
		},
	})
}

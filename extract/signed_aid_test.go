package extract_test

import "testing"

// TestSignedAid checks that an aid figure a signing governs is the
// signing's amount (a signed aid agreement is an agree event with the
// amount, docs/annotating.md section 14), while a figure told before the
// signing verb, or aid with no signing, keeps its own aid event. Article
// date Wednesday 2021-03-03.
func TestSignedAid(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a signed aid programme carries its amount",
			"France signed a EUR 50 million assistance programme with Mali on Tuesday.",
			"agree occurred 2021-03-02 [] [FRA MLI] 50000000 EUR aid"},
		{"a signing to come of a programme worth a sum",
			"The Danish minister will today sign documents for a new assistance programme worth EUR 200 million with Chad.",
			"agree planned 2021-03-03 [] [DNK TCD] 200000000 EUR aid"},
		{"signing agreements for support worth a sum",
			"Today we are signing agreements for Canadian support to health and humanitarian assistance in Ghana and its northern regions totaling $90 million.",
			"agree occurred 2021-03-03 [] [CAN GHA] 90000000 USD aid"},
		{"aid with no signing stays aid",
			"France will provide EUR 50 million in assistance to Mali.",
			"cooperate planned  [] [FRA MLI] 50000000 EUR aid"},
		{"a figure before the signing is not its object",
			"Having given EUR 50 million in assistance to Mali last year, France signed a border accord with Niger on Tuesday.",
			"cooperate occurred 2020-01-01..2020-12-31 [] [MLI FRA] 50000000 EUR aid\nagree occurred 2021-03-02 [] [FRA NER]"},
	})
}

package extract_test

import "testing"

// TestAidListItems covers aid told as the items of a bulleted list
// whose introduction names announcements or aid: each item that opens
// with an amount is aid given on the story's day. A list of other
// figures, an item that does not open with its amount and an amount
// opening a sentence outside a list give no aid. Article date
// Wednesday 2021-03-03.
func TestAidListItems(t *testing.T) {
	checkEvents(t, []eventCase{
		{"items of a list of announcements",
			"Announcements made during the visit to Malawi included:\n\n  • $4 million to charities working across Malawi with people affected by cholera.\n  • $300,000 package to help develop cricket in Malawi.\n",
			"cooperate occurred 2021-03-03 [] [MWI] 4000000 USD aid\ncooperate occurred 2021-03-03 [] [MWI] 300000 USD aid"},
		{"an item opened by up to, with a dash bullet",
			"Further assistance for Malawi:\n- Up to $6 million in extra funding for rural clinics.\n",
			"cooperate occurred 2021-03-03 [] [MWI] 6000000 USD aid"},
		{"a list of figures of another kind is no aid",
			"Key figures for Malawi:\n  • $5 million in tobacco sales to Chile.\n  • $2 million of tea bought by Kenya.\n", ""},
		{"an item that does not open with its amount is no aid",
			"Announcements made during the visit to Malawi included:\n  • A new embassy building worth $4 million.\n", ""},
		{"an introduction without a colon makes no list",
			"Malawi welcomed the announcements.\n  • $4 million to charities working across Malawi.\n", ""},
		{"an amount opening a sentence outside a list is no aid",
			"Announcements made during the visit to Malawi included:\n\n$4 million to charities working across Malawi was raised by a lottery.\n", ""},
	})
}

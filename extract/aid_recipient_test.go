package extract_test

import "testing"

// TestAidRecipientPurpose covers money granted to a named recipient for a
// purpose of help, and a donor's humanitarian budget, whose "for 2021" is
// the year the money covers while a day told first dates the act (article
// date Wednesday 2021-03-03). Money for other ends, or a state's own
// emergency budget, is no aid.
func TestAidRecipientPurpose(t *testing.T) {
	checkEvents(t, []eventCase{
		{"granted to a recipient to help",
			"Sweden granted 12 million dollars to UNICEF on Tuesday to address malnutrition in Chad.",
			"cooperate occurred 2021-03-02 [UNICEF] [SWE TCD] 12000000 USD aid"},
		{"granted to a recipient with an acronym in brackets",
			"Canada granted $6 million to the World Food Programme (WFP) on Monday to combat hunger in Haiti.",
			"cooperate occurred 2021-03-01 [World Food Programme] [CAN HTI] 6000000 USD aid"},
		{"money for legal costs is no aid",
			"The court granted $2 million to the Kenyan plaintiff to cover legal costs.", ""},
		{"a humanitarian budget dated by its day",
			"On Monday 1 March, the European Commission adopted its annual humanitarian budget for 2021 worth €950 million.",
			"cooperate occurred 2021-03-01 [European Commission] [] 950000000 EUR aid"},
		{"an emergency budget is a state's own spending",
			"The Italian government adopted an emergency budget worth €9 billion for 2021.", ""},
	})
}

package extract_test

import "testing"

// TestAidRelief checks money given for relief without the words "aid" or
// "assistance": funding or an appeal named humanitarian or emergency, and
// money released or approved for a purpose of help, while money raised or
// approved with no such purpose is no aid. An appeal "for" a year covers
// that year; launching it is the story's act. Article date Wednesday
// 2021-03-03.
func TestAidRelief(t *testing.T) {
	checkEvents(t, []eventCase{
		{"humanitarian funding announced",
			"The World Bank has announced $40 million in emergency funding to help flood victims in Malawi.",
			"cooperate occurred 2021-03-03 [World Bank] [MWI] 40000000 USD aid"},
		{"money released to support relief",
			"The African Development Bank has released $5 million to support relief work in Chad.",
			"cooperate occurred 2021-03-03 [African Development Bank] [TCD] 5000000 USD aid"},
		{"appeal launched for next year",
			"The United Nations is launching a $3 billion humanitarian appeal for 2022 to help people in Sudan.",
			"cooperate occurred 2021-03-03 [United Nations] [SDN] 3000000000 USD aid"},
		{"appeal to be launched",
			"The United Nations will launch a $3 billion humanitarian appeal for 2022 to help people in Sudan.",
			"cooperate planned 2022-01-01..2022-12-31 [United Nations] [SDN] 3000000000 USD aid"},
		{"venture funding is no aid",
			"The Kenyan start-up has raised $40 million in venture funding from investors in Nigeria.",
			""},
		{"approved money with no purpose of help is no aid",
			"The Ghanaian parliament approved $60 million for the new stadium in Accra.",
			""},
	})
}

// TestUndatedReportTakesDefault checks that an undated report of aid
// (a present-tense line before the story) joins the dated report of the
// same figure and takes its date, the article's, rather than leaving the
// event undated. Article date Wednesday 2021-03-03.
func TestUndatedReportTakesDefault(t *testing.T) {
	checkEvents(t, []eventCase{
		{"present-tense line then dated report",
			"The Red Cross releases $5 million to support relief in Chad and Niger. The Red Cross has released $5 million to support relief work in Chad and Niger, its spokesman said.",
			"cooperate occurred 2021-03-03 [International Committee of the Red Cross] [TCD NER] 5000000 USD aid"},
	})
}

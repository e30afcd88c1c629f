package extract_test

import "testing"

// TestQuotedReport covers a quotation that opens a sentence and a plain
// speech tag closes (issue #4): a spokesman's or a press release's
// account of a meeting or visit is read like its reported-speech form,
// with the speaker of the tag no party. Rhetoric stays quoted: a tag of
// stance ("warned"), a quoted aim to agree, a quotation inside a
// sentence. Article date Wednesday 2021-03-03.
func TestQuotedReport(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a ministry's statement of talks",
			"\"Foreign Minister Ines Duarte will hold talks with her Chilean counterpart Pedro Soto in Santiago on Friday,\" the ministry said in a statement.",
			"meet planned 2021-03-05 [Ines Duarte Pedro Soto] [CHL] @Santiago"},
		{"after a dateline",
			"LISBON, March 3 - \"Foreign Minister Ines Duarte will hold talks with her Chilean counterpart Pedro Soto in Santiago on Friday,\" the ministry said.",
			"meet planned 2021-03-05 [Ines Duarte Pedro Soto] [CHL] @Santiago"},
		{"the speaker's own visit",
			"\"I will visit Moscow next week,\" Portuguese Foreign Minister Ines Duarte told reporters.",
			"visit planned 2021-03-08..2021-03-14 [Ines Duarte] [PRT RUS] @Moscow"},
		{"a stance verb keeps the quotation rhetoric",
			"\"We will meet them in Lisbon,\" Portuguese Foreign Minister Ines Duarte warned.",
			"statement occurred 2021-03-03 [Ines Duarte] [PRT]"},
		{"a quoted aim to agree is no agreement",
			"\"We are working to reach an agreement with Chile,\" Portuguese Foreign Minister Ines Duarte said.",
			""},
		{"a quotation inside the sentence stays quoted",
			"Portuguese Foreign Minister Ines Duarte said she \"will meet anyone in Lisbon\" this week.",
			""},
	})
}

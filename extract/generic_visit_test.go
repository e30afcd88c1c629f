package extract_test

import "testing"

// TestGenericVisitsAndMeetings checks that plural meeting and visit nouns
// naming the kind ("meetings are important") or private trips ("visits by
// tourists", "tourist visits") are no events, while a dated or named
// plural still is. The sentences are invented; article date Wednesday
// 2021-03-03.
func TestGenericVisitsAndMeetings(t *testing.T) {
	checkEvents(t, []eventCase{
		{"meetings judged as a kind are none",
			"Kenyan President Amos Wekesa said meetings are very important for Kenya.", ""},
		{"visits by tourists are none",
			"Visits by tourists to Kenya rose last year, Kenyan President Amos Wekesa said.", ""},
		{"tourist visits are none",
			"Tourist visits to Kenya fell in 2020, Kenyan President Amos Wekesa said.", ""},
		{"visits by a president are a visit",
			"Visits by Brazilian President Paulo Ribeiro to Kenya in 2019 opened a new chapter.",
			"visit occurred 2019-01-01..2019-12-31 [Paulo Ribeiro] [BRA KEN]"},
		{"the meetings of named leaders are a meeting",
			"The meetings of Brazilian President Paulo Ribeiro and Kenyan President Amos Wekesa on Monday are important for both countries.",
			"meet occurred 2021-03-01 [Paulo Ribeiro Amos Wekesa] [BRA KEN]"},
	})
}

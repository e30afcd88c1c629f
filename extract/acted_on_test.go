package extract_test

import "testing"

// TestActedOn covers concrete acts of cooperation (arms sales,
// exercises, aid) told by a past verb of their named subject with no time
// of their own: the day's news, on the article's date or on the day of
// the attribution that closes the sentence. Intentions, habits, trends
// and bare nouns are no event. Article date Wednesday 2021-03-03.
func TestActedOn(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an approved arms sale",
			"Canada approved weapons sales to Chile.",
			"cooperate occurred 2021-03-03 [] [CAN CHL]"},
		{"a perfect tense and a potential sale with its figure",
			"Germany has approved $2 billion of potential weapons sales to Chile.",
			"cooperate occurred 2021-03-03 [] [DEU CHL] 2000000000 USD arms sale"},
		{"the day of a closing attribution",
			"Norway has cleared the sale of fighter jets to Peru, according to a defence agency on Monday.",
			"cooperate occurred 2021-03-01 [] [NOR PER]"},
		{"an exercise held",
			"The navies of India and France held a joint exercise.",
			"cooperate occurred 2021-03-03 [] [IND FRA]"},
		{"an intention is no act",
			"Canada may approve weapons sales to Chile.", ""},
		{"a plan to hold exercises is no act",
			"India and France plan to hold a joint exercise.", ""},
		{"a generic statement about sales",
			"Sales of arms are a concern for Chile.", ""},
		{"a trend of cooperation stays out",
			"The United States has stepped up cooperation with Chile.", ""},
	})
}

// TestAttributedDay covers an undated past report closed by an
// attribution with a day ("..., the ministry said on Monday"): the act
// takes that day rather than the article's. Article date Wednesday
// 2021-03-03.
func TestAttributedDay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"said on Monday",
			"Brazil imposed sanctions on Peru, the ministry said on Monday.",
			"conflict occurred 2021-03-01 [] [BRA PER]"},
		{"an attribution with no day keeps the article date",
			"Brazil imposed sanctions on Peru, the ministry said.",
			"conflict occurred 2021-03-03 [] [BRA PER]"},
		{"a time of the act's own stays",
			"Brazil imposed sanctions on Peru in January, the ministry said on Monday.",
			"conflict occurred 2021-01-01..2021-01-31 [] [BRA PER]"},
	})
}

package extract_test

import "testing"

// TestNounPhraseVisits checks meetings and visits told as noun phrases: a
// visit thanked for has taken place and its traveller is the one thanked;
// a possessed trip with a relative clause telling when it began or runs is
// a visit of its own, dated by that clause; what a dated act comes "ahead
// of" or "prior to" is still to come and takes only a time of its own
// phrase. Near misses name no such happening. The sentences are invented;
// article date Wednesday 2021-03-03.
func TestNounPhraseVisits(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a visit thanked for took place, made by the one thanked",
			"Brazilian Foreign Minister Paulo Ribeiro thanked Kenyan President Amos Wekesa for her visit to Brasilia.",
			"visit occurred 2021-03-03 [Amos Wekesa] [BRA KEN] @Brasilia"},
		{"a visit thanked for takes the day of the thanks",
			"Brazilian Foreign Minister Paulo Ribeiro on Monday thanked Kenyan President Amos Wekesa for his visit to Brazil.",
			"visit occurred 2021-03-01 [Amos Wekesa] [BRA KEN]"},
		{"thanks for support during talks name no visit",
			"Brazilian Foreign Minister Paulo Ribeiro thanked Kenyan President Amos Wekesa for his support during the talks.",
			""},
		{"a trip whose relative clause says it began is dated by it",
			"Brazilian Foreign Minister Paulo Ribeiro phoned Kenyan President Amos Wekesa on Saturday. The conversation focused on his trip to Kenya and Uganda, which began on Friday.",
			"visit occurred 2021-02-26 [] [KEN UGA]\n" +
				"meet occurred 2021-02-27 [Paulo Ribeiro Amos Wekesa] [BRA KEN]"},
		{"a trip whose relative clause says it will begin is planned",
			"Brazilian Foreign Minister Paulo Ribeiro phoned Kenyan President Amos Wekesa on Saturday. They discussed his trip to Kenya and Uganda, which will begin on Friday.",
			"meet occurred 2021-02-27 [Paulo Ribeiro Amos Wekesa] [BRA KEN]\n" +
				"visit planned 2021-03-05 [] [KEN BRA UGA]"},
		{"a possessed policy with a relative clause is no visit",
			"Brazilian Foreign Minister Paulo Ribeiro met Kenyan President Amos Wekesa on Saturday. They discussed his policy on Kenya and Uganda, which began in 2019.",
			"meet occurred 2021-02-27 [Paulo Ribeiro Amos Wekesa] [BRA KEN]"},
		{"talks ahead of which one arrived are planned, undated",
			"Brazilian Foreign Minister Paulo Ribeiro arrived in Nairobi on Monday ahead of talks with Kenyan President Amos Wekesa.",
			"visit occurred 2021-03-01 [Paulo Ribeiro] [BRA KEN] @Nairobi\n" +
				"meet planned  [Paulo Ribeiro Amos Wekesa] [BRA KEN]"},
		{"talks ahead of which one arrived take their own day",
			"Brazilian Foreign Minister Paulo Ribeiro arrived in Nairobi on Monday ahead of talks with Kenyan President Amos Wekesa on Friday.",
			"visit occurred 2021-03-01 [Paulo Ribeiro] [BRA KEN] @Nairobi\n" +
				"meet planned 2021-03-05 [Paulo Ribeiro Amos Wekesa] [BRA KEN]"},
		{"a state visit prior to which officials met is planned",
			"Brazilian and Kenyan officials met on Monday prior to the state visit of Brazilian President Paulo Ribeiro to Kenya next week.",
			"meet occurred 2021-03-01 [] [BRA KEN]\n" +
				"visit planned 2021-03-08..2021-03-14 [Paulo Ribeiro] [BRA KEN]"},
		{"a visit ahead of which talks were held, dated before the article, took place",
			"Kenyan officials held talks in February ahead of Brazilian President Paulo Ribeiro's visit to Nairobi in late February.",
			"meet occurred 2021-02-01..2021-02-28 [] [KEN]\n" +
				"visit occurred 2021-02-21..2021-02-28 [Paulo Ribeiro] [BRA KEN] @Nairobi"},
		{"ahead of in a ranking is no event", "Kenya is ahead of Brazil in the talks.", ""},
		{"a meeting room and a visitor centre are no events",
			"Kenyan President Amos Wekesa opened a meeting room at the visitor centre in Nairobi.", ""},
	})
}

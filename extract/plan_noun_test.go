package extract_test

import "testing"

// TestPlanNounInfinitive covers a happening named by the infinitive of a
// plan noun ("decision to hold talks", "plan to visit") in a sentence
// whose main verb follows the noun phrase (issue #4): the happening is
// planned and dated ahead, whatever the tense of the main verb, and a
// place after that verb is where the plan was judged or told, not where
// the happening is. Article date Wednesday 2021-03-03.
func TestPlanNounInfinitive(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a decision to meet told in the past looks ahead",
			"Chile's decision to meet Peru on Friday was welcomed by diplomats.",
			"meet planned 2021-03-05 [] [CHL PER]"},
		{"a proposal to visit keeps its own place, not the main verb's",
			"Chile's plan to visit Peru on Friday was praised in Quito.",
			"visit planned 2021-03-05 [] [CHL PER]"},
		{"an infinitive after a verb keeps its place",
			"Chile and Peru agreed to meet in Lima on Friday.",
			"meet planned 2021-03-05 [] [CHL PER] @Lima"},
		{"a relative clause after the infinitive keeps its place",
			"Chile and Peru agreed to hold talks that will take place in Lima.",
			"meet planned  [] [CHL PER] @Lima"},
		{"near miss: a past meeting the sentence calls a decision stays past",
			"Chile met Peru on Friday, a decision welcomed in Quito.",
			"meet occurred 2021-02-26 [] [CHL PER]"},
		{"near miss: a past meeting with a place of its own",
			"Chile and Peru met in Lima on Friday.",
			"meet occurred 2021-02-26 [] [CHL PER] @Lima"},
	})
}

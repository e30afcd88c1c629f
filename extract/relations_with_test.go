package extract_test

import "testing"

// TestRelationsWith checks that a state or organisation named after
// "with" on a noun of relations in what was discussed ("cooperation with
// NATO", "relations with China") is the other side of those relations,
// not a party to the talks; a person there, or after "discussed ... with"
// with no such noun, still takes part. Article date Wednesday 2021-03-03.
func TestRelationsWith(t *testing.T) {
	checkEvents(t, []eventCase{
		{"cooperation with an organisation is a topic",
			"Lithuanian Foreign Minister Ona Petraite met her Polish counterpart Marek Nowak in Vilnius on Tuesday. " +
				"\"We also discussed energy security and cooperation with NATO, as well as the situation in Belarus,\" Petraite said.",
			"meet occurred 2021-03-02 [Ona Petraite Marek Nowak] [LTU POL] @Vilnius"},
		{"relations with a state is a topic",
			"Lithuanian Foreign Minister Ona Petraite met her Polish counterpart Marek Nowak in Vilnius on Tuesday. " +
				"Nowak said the two sides discussed relations with China.",
			"meet occurred 2021-03-02 [Ona Petraite Marek Nowak] [LTU POL] @Vilnius"},
		{"a person after relations with takes part",
			"Lithuanian Foreign Minister Ona Petraite discussed bilateral relations with Polish Foreign Minister Marek Nowak on Tuesday.",
			"meet occurred 2021-03-02 [Ona Petraite Marek Nowak] [LTU POL]"},
		{"discussed trade with a state takes part",
			"Lithuanian Foreign Minister Ona Petraite discussed trade with Poland on Tuesday.",
			"meet occurred 2021-03-02 [Ona Petraite] [LTU POL]"},
	})
}

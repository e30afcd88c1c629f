package extract_test

import "testing"

// TestPossessorVisit checks that a named person's possessed visit noun
// ("Y's visit") is made by that person, not by the clause's subject who
// speaks of it; a subject's own possessed visit keeps its traveller. The
// sentences are invented; article date Wednesday 2021-03-03.
func TestPossessorVisit(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the possessor travels, the praising host does not",
			"Brazilian Foreign Minister Paulo Ribeiro praised Kenyan President Amos Wekesa's two-day state visit to Brazil last week.",
			"visit occurred 2021-02-22..2021-02-28 [Amos Wekesa] [BRA KEN]"},
		{"the subject's own visit keeps its traveller",
			"Brazilian Foreign Minister Paulo Ribeiro's visit to Kenya last week was a success, officials said.",
			"visit occurred 2021-02-22..2021-02-28 [Paulo Ribeiro] [BRA KEN]"},
	})
}

package extract_test

import "testing"

// TestTitleAsSubject covers a title used as a name ("the Secretary"
// after "Secretary of State Ines Duarte", "the minister" after "Foreign
// Minister Ines Duarte", issue #4): it stands for its one holder, as a
// party and as the subject a later "she" refers to, rather than a
// person named in passing in between. Where two persons hold the title
// it stands for neither. Article date Wednesday 2021-03-03.
func TestTitleAsSubject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the head of an office and a later pronoun",
			"Secretary of State Ines Duarte will travel to Lisbon on Monday. There the Secretary will receive a prize named after Ambassador Tomas Hale. The Secretary will continue to Rome on Thursday. She will meet Italian Prime Minister Paolo Serra.",
			"meet planned 2021-03-04 [Ines Duarte Paolo Serra] [USA ITA] @Rome\nvisit planned 2021-03-04 [Ines Duarte] [USA ITA] @Rome\nvisit planned 2021-03-08 [Ines Duarte] [USA PRT] @Lisbon"},
		{"the last word of an office",
			"Foreign Minister Ines Duarte will travel to Lisbon on Monday. In Lisbon, the minister will attend a memorial for Ambassador Tomas Hale. She will meet Portuguese Prime Minister Rui Gomes.",
			"meet planned 2021-03-08 [Ines Duarte Rui Gomes] [PRT] @Lisbon\nvisit planned 2021-03-08 [Ines Duarte] [PRT] @Lisbon"},
		{"a title two persons hold stands for neither",
			"Foreign Minister Ines Duarte and Interior Minister Ana Ruiz will travel to Lisbon on Monday. In Lisbon, the minister will attend a memorial for Ambassador Tomas Hale. He will meet Portuguese Prime Minister Rui Gomes.",
			"visit planned 2021-03-08 [Ines Duarte Ana Ruiz] [PRT] @Lisbon\nmeet planned  [Tomas Hale Rui Gomes] [PRT]"},
	})
}

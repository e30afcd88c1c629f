package extract_test

import "testing"

// TestAgreedThat covers what an agreement told by "agreed that" is about
// (issue #4): two agreements of one day told a sentence apart, one by
// "agreed that" and one by "agreed to", are two; told twice the same
// way they are one. Article date Wednesday 2021-03-03.
func TestAgreedThat(t *testing.T) {
	checkEvents(t, []eventCase{
		{"agreed that and agreed to a sentence apart are two agreements",
			"Polish Foreign Minister Marta Kowalska and Peruvian Foreign Minister Ana Cecilia Gervasi agreed that they must support Ecuador. Kowalska and Gervasi also spoke by phone. They agreed to involve Brazil in the talks.",
			"agree occurred 2021-03-03 [] [POL PER BRA]\nagree occurred 2021-03-03 [Marta Kowalska Ana Cecilia Gervasi] [POL PER ECU]\nmeet occurred 2021-03-03 [Marta Kowalska Ana Cecilia Gervasi] [POL PER]"},
		{"one agreement told twice is one",
			"Polish Foreign Minister Marta Kowalska and Peruvian Foreign Minister Ana Cecilia Gervasi agreed that they must support Ecuador. Kowalska and Gervasi also spoke by phone. They agreed that they must support Ecuador.",
			"agree occurred 2021-03-03 [Marta Kowalska Ana Cecilia Gervasi] [POL PER ECU]\nmeet occurred 2021-03-03 [Marta Kowalska Ana Cecilia Gervasi] [POL PER]"},
	})
}

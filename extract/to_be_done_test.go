package extract_test

import "testing"

// TestToBeDone checks that a passive infinitive ("an accord to be signed
// when ...") is still to be done, and that a visit told in the present
// with a future time keeps its plan though such a participle stands
// before it; a passive that ranks a done accord ("the first ... to be
// signed") and a plain past passive are done. Article date Wednesday
// 2021-03-03.
func TestToBeDone(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an accord to be signed when a leader visits later this year",
			"The minister said that Peru and Chile were close to a new fishing accord to be signed when Chilean President Sebastian Pinera visits Lima later this year.",
			"visit planned 2021-01-01..2021-12-31 [Sebastian Pinera] [CHL PER] @Lima\nagree planned  [] [PER CHL]"},
		{"the first accord to be signed ranks one done",
			"It was the first fishing accord to be signed by Peru and Chile.",
			"agree occurred 2021-03-03 [] [PER CHL]"},
		{"a past passive is done",
			"The fishing accord between Peru and Chile was signed on Monday.",
			"agree occurred 2021-03-01 [] [PER CHL]"},
	})
}

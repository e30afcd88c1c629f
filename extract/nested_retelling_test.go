package extract_test

import "testing"

// TestNestedRetelling covers one planned meeting told twice in
// neighbouring sentences, once loosely (the weekend of a trip) and once on
// its day (issue #4): the two are one meeting on the day. A meeting with
// a person the loose telling does not name, a meeting told far from the
// other, and two travellers' visits stay apart. Article date Wednesday
// 2021-03-03.
func TestNestedRetelling(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a trip's talks told again on their day are one meeting",
			"Foreign Minister Ana Lindqvist hopes to travel to Norway this weekend to discuss fishing quotas. " +
				"Oslo is arranging a meeting for Lindqvist with Norwegian Foreign Minister Per Halvorsen on Saturday, officials said.",
			"meet planned 2021-03-06 [Ana Lindqvist Per Halvorsen] [NOR]\n" +
				"visit planned 2021-03-06..2021-03-07 [Ana Lindqvist] [NOR]"},
		{"two meetings with different people on two days stay two",
			"Foreign Minister Ana Lindqvist will meet Norwegian Foreign Minister Per Halvorsen on Saturday. " +
				"She will meet Danish Foreign Minister Jens Holm on Sunday.",
			"meet planned 2021-03-06 [Ana Lindqvist Per Halvorsen] [NOR]\n" +
				"meet planned 2021-03-07 [Ana Lindqvist Jens Holm] [DNK]"},
		{"the same loose telling far from the day's meeting stays apart",
			"Foreign Minister Ana Lindqvist hopes to travel to Norway this weekend to discuss fishing quotas. " +
				"The quotas have been cut twice. Fishermen protested in January. Prices rose. " +
				"Oslo is arranging a meeting for Lindqvist with Norwegian Foreign Minister Per Halvorsen on Saturday, officials said.",
			"meet planned 2021-03-06..2021-03-07 [Ana Lindqvist] [NOR]\n" +
				"meet planned 2021-03-06 [Per Halvorsen Ana Lindqvist] [NOR]\n" +
				"visit planned 2021-03-06..2021-03-07 [Ana Lindqvist] [NOR]"},
	})
}

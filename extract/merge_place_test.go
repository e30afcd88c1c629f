package extract_test

import "testing"

// TestMergePlaces covers merging across sentences by place: one happening
// told twice joins, but meetings in two named places, visits to two
// states, and a visit without its traveller to another state stay apart.
// Article date Wednesday 2021-03-03.
func TestMergePlaces(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a visit told again with more detail is one visit",
			"Kenyan President Uhuru Kenyatta arrived in Doha on Monday for a visit to Qatar. The visit to Qatar on Monday was his first.",
			"visit occurred 2021-03-01 [Uhuru Kenyatta] [KEN QAT] @Doha"},
		{"a meeting told again in the same place is one meeting",
			"Kenyan President Uhuru Kenyatta met Qatari officials in Doha on Monday. The talks with Qatari officials in Doha on Monday covered trade.",
			"meet occurred 2021-03-01 [Uhuru Kenyatta] [KEN QAT] @Doha"},
		{"meetings in two named cities on one day are two",
			"Kenyan President Uhuru Kenyatta met Qatari officials in Doha on Monday. Kenyatta met Omani officials in Muscat on Monday.",
			"meet occurred 2021-03-01 [Uhuru Kenyatta] [KEN QAT] @Doha\nmeet occurred 2021-03-01 [Uhuru Kenyatta] [KEN OMN] @Muscat"},
		{"two stops on one day are two visits and two meetings",
			"Kenyan President Uhuru Kenyatta arrived in Doha on Monday. In Doha he met the emir of Qatar. He then flew to Muscat, Oman. In Muscat he met Omani officials on Monday.",
			"meet occurred 2021-03-01 [Uhuru Kenyatta] [KEN QAT] @Doha\nmeet occurred 2021-03-01 [Uhuru Kenyatta] [KEN OMN] @Muscat\n" +
				"visit occurred 2021-03-01 [Uhuru Kenyatta] [KEN QAT] @Doha\nvisit occurred 2021-03-01 [Uhuru Kenyatta] [KEN OMN] @Muscat"},
		{"a visit without a traveller to another state stays apart",
			"Kenyan President Uhuru Kenyatta arrived in Doha on Monday for a visit to Qatar. A German delegation arrived in Mombasa, Kenya on Monday.",
			"visit occurred 2021-03-01 [] [DEU KEN] @Mombasa\nvisit occurred 2021-03-01 [Uhuru Kenyatta] [KEN QAT] @Doha"},
		{"a visit without a traveller to a state the other visit lacks stays apart",
			"Kenyan President Uhuru Kenyatta visited Qatar on Monday. A Qatari delegation arrived in Muscat, Oman on Monday.",
			"visit occurred 2021-03-01 [] [QAT OMN] @Muscat\nvisit occurred 2021-03-01 [Uhuru Kenyatta] [KEN QAT]"},
		{"a visit without a traveller to the same state joins",
			"Kenyan President Uhuru Kenyatta arrived in Doha on Monday for a visit to Qatar. The presidential plane landed in Doha on Monday.",
			"visit occurred 2021-03-01 [Uhuru Kenyatta] [KEN QAT] @Doha"},
	})
}

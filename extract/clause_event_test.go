package extract_test

import "testing"

// TestClauseEvents covers events read clause by clause: coordinated
// predicates with their own tense, relative and complement clauses that
// speak of another subject, and photo captions. Article date Wednesday
// 2021-03-03 for every case.
func TestClauseEvents(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"coordinated predicates keep their own status and time",
			"Serbia and envoys of the European Union met in Brussels this week to discuss trade and are set to meet again on Friday in Belgrade.",
			"meet occurred 2021-03-01..2021-03-07 [European Union] [SRB] @Brussels\nmeet planned 2021-03-05 [European Union] [SRB] @Belgrade"},
		{"relative clause on a noun naming no one",
			"Italian voters rejected parties that agreed to pension cuts.", ""},
		{"noun complement is not the subject's event",
			"Officials say diplomats discussed fears that Iran may enrich more uranium.", ""},
		{"relative clause takes its named antecedent",
			"The delegation was led by Kenyan Foreign Minister Raychelle Omamo, who met Ugandan officials on Monday.",
			"meet occurred 2021-03-01 [Raychelle Omamo] [KEN UGA]"},
		{"caption positions and a trailing date",
			"Kenyan President Uhuru Kenyatta, left, and Tanzanian President Samia Suluhu Hassan, right, pose for photographers before a bilateral meeting in Nairobi, Kenya, March 2, 2021.",
			"meet occurred 2021-03-02 [Uhuru Kenyatta Samia Suluhu Hassan] [KEN TZA] @Nairobi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			if got := eventString(doc.Events); got != tt.want {
				t.Errorf("Document(%q).Events =\n%s\nwant\n%s", tt.in, got, tt.want)
			}
		})
	}
}

package extract_test

import (
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// TestCommissionShortName covers "the Commission" in a story that names
// the European Union: the Commission by its short name, an organisation
// and a party. Without the EU in the story, or in a longer name ("the
// Commission on Human Rights"), it is none.
func TestCommissionShortName(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an EU release",
			"The EU will help Chad. On Monday 1 March, the Commission adopted a humanitarian budget for Chad worth €40 million.",
			"cooperate occurred 2021-03-01 [Commission] [TCD] 40000000 EUR aid"},
	})
	for _, tt := range []struct {
		name, in string
		want     bool
	}{
		{"an EU release", "The European Union sent aid to Chad. The Commission's envoy arrived on Monday.", true},
		{"no EU in the story", "Kenya's electoral body met on Monday. The Commission said the vote was fair.", false},
		{"a longer name", "The EU sent aid to Chad. The Commission on Human Rights met on Monday.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := extract.Document("Some Title\n\n"+tt.in+"\n", extract.Options{Published: annals.Date{Year: 2021, Month: 3, Day: 3}})
			if err != nil {
				t.Fatal(err)
			}
			got := slices.ContainsFunc(doc.Organizations, func(o annals.Organization) bool { return o.Name == "Commission" })
			if got != tt.want {
				t.Errorf("Document(%q) names the Commission = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

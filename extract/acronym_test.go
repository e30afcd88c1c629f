package extract_test

import (
	"slices"
	"testing"

	"github.com/annals-project/annals/extract"
)

// TestAcronymDefinition checks that a capitalised name defined with an
// acronym in brackets is an organisation and that the acronym alone later
// is the same organisation; that a function word may give the acronym a
// letter; and that a state's name, an agreement, a figure and a run whose
// initials do not spell the acronym are not organisations.
func TestAcronymDefinition(t *testing.T) {
	checkOrgMentions(t, []orgCase{
		{"NAIROBI, May 4, 2022 - The Lake Basin Fisheries Council (LBFC) met on Wednesday. LBFC said catches fell.", "Lake Basin Fisheries Council", "LBFC", ""},
		{"NAIROBI, May 4, 2022 - The Forum on Coastal Shipping (FCS) opened on Wednesday.", "Forum on Coastal Shipping", "FCS", ""},
		{"NAIROBI, May 4, 2022 - Peacekeepers of the UN Observer Mission in Liberia (UNOMIL) left on Wednesday.", "UN Observer Mission in Liberia", "UNOMIL", ""},
		{"NAIROBI, May 4, 2022 - The Regional Trade Agreement (RTA) took effect on Wednesday.", "", "", "Regional Trade Agreement"},
		{"NAIROBI, May 4, 2022 - Gross Domestic Product (GDP) grew on Wednesday.", "", "", "Gross Domestic Product"},
		{"NAIROBI, May 4, 2022 - Envoys of the United Arab Emirates (UAE) arrived on Wednesday.", "", "", "United Arab Emirates"},
		{"NAIROBI, May 4, 2022 - The Harbour Pilots Guild (XYZ) met on Wednesday.", "", "", "Harbour Pilots Guild"},
	})
}

// orgCase is one text and the organisations it must and must not name.
type orgCase struct {
	// text is extracted with no options.
	text string
	// org, when not empty, must be an organisation with mention among its
	// mentions.
	org, mention string
	// not, when not empty, must name no organisation.
	not string
}

// checkOrgMentions extracts each case's text and checks its organisations.
func checkOrgMentions(t *testing.T, cases []orgCase) {
	t.Helper()
	for _, c := range cases {
		doc, err := extract.Document(c.text, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		found := false
		for _, o := range doc.Organizations {
			names = append(names, o.Name)
			if o.Name == c.org && slices.Contains(o.Mentions, c.mention) {
				found = true
			}
		}
		if c.org != "" && !found {
			t.Errorf("%q: organisations %+v, want %q mentioned as %q", c.text, doc.Organizations, c.org, c.mention)
		}
		if c.not != "" && slices.Contains(names, c.not) {
			t.Errorf("%q: organisations %v, do not want %q", c.text, names, c.not)
		}
	}
}

package extract_test

import (
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// TestOrgLexicon checks organisations the gazetteer lists under the names
// news copy gives them: a federal body with its state's prefix, which
// still names the state; a UN mission by its acronym; a news agency in a
// dateline; and a bare word that is not the acronym's case.
func TestOrgLexicon(t *testing.T) {
	for _, c := range []struct {
		text, org string
		country   annals.Country
		not       string
	}{
		{"ACCRA, March 3, 2021 - The U.S. Agency for International Development pledged new funds on Wednesday.", "U.S. Agency for International Development", "USA", ""},
		{"ACCRA, March 3, 2021 - The United States Department of State issued a statement on Wednesday.", "State Department", "USA", ""},
		{"BAMAKO, March 3, 2021 - MINUSMA said two peacekeepers were hurt on Wednesday.", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "", ""},
		{"NEW DELHI, March 3, 2021 (IANS) - Officials met on Wednesday.", "Indo-Asian News Service", "", ""},
		{"BEIJING, March 3, 2021 - Delegates to the National People's Congress voted on Wednesday.", "National People's Congress", "", "Congress"},
		{"BERLIN, March 3, 2021 - The pa system failed and the cdc cable broke on Wednesday.", "", "", "Palestinian Authority"},
	} {
		doc := checkOrgs(t, c.text, c.org, c.not)
		checkCountry(t, c.text, doc, c.country)
	}
}

// TestOrgHeadedOf checks that a capitalised run opened by a body of
// government and "of" or "for" is an organisation, and that a run opened
// by another noun is not.
func TestOrgHeadedOf(t *testing.T) {
	for _, c := range []struct{ text, org, not string }{
		{"LIMA, March 3, 2021 - The Ministry of Fisheries said on Wednesday that catches fell.", "Ministry of Fisheries", ""},
		{"LIMA, March 3, 2021 - A statement from the Bureau for Coastal Affairs followed on Wednesday.", "Bureau for Coastal Affairs", ""},
		{"LIMA, March 3, 2021 - The Festival of Lights opened on Wednesday.", "", "Festival of Lights"},
	} {
		checkOrgs(t, c.text, c.org, c.not)
	}
}

// bodyCase is a text, an organisation it must name with the country it
// must give it, and organisations it must not name.
type bodyCase struct {
	text string
	// org, when not empty, must be an organisation of country ("" for
	// none), a state the text then names too.
	org     string
	country annals.Country
	// absent are names no organisation may have.
	absent []string
}

// checkBodies checks each case's organisations with checkOrgs, then the
// country of its org and the names that must be absent.
func checkBodies(t *testing.T, cases []bodyCase) {
	t.Helper()
	for _, c := range cases {
		doc := checkOrgs(t, c.text, c.org, "")
		var names []string
		for _, o := range doc.Organizations {
			names = append(names, o.Name)
			if c.org != "" && o.Name == c.org && o.Country != c.country {
				t.Errorf("%q: %q has country %q, want %q", c.text, o.Name, o.Country, c.country)
			}
		}
		for _, a := range c.absent {
			if slices.Contains(names, a) {
				t.Errorf("%q: organisations %v hold %q", c.text, names, a)
			}
		}
		checkCountry(t, c.text, doc, c.country)
	}
}

// checkOrgs extracts text and checks that its organisations include org
// and leave out not (either may be empty); it returns the extraction.
func checkOrgs(t *testing.T, text, org, not string) *annals.Document {
	t.Helper()
	doc, err := extract.Document(text, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, o := range doc.Organizations {
		names = append(names, o.Name)
	}
	if org != "" && !slices.Contains(names, org) {
		t.Errorf("%q: organisations %v, want %q", text, names, org)
	}
	if not != "" && slices.Contains(names, not) {
		t.Errorf("%q: organisations %v, do not want %q", text, names, not)
	}
	return doc
}

package extract_test

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestOrgStateName checks that a state's own name before an organisation
// noun opens the organisation and still names the state, while a state
// in a pair joined by a hyphen gives the organisation no state: the
// pair opens the name of the body it joins.
func TestOrgStateName(t *testing.T) {
	for _, c := range []struct {
		text, org string
		country   annals.Country
		not       string
	}{
		{"QUITO, May 4, 2022 - The Peru Foreign Ministry summoned the envoy on Wednesday.", "Peru Foreign Ministry", "PER", "Foreign Ministry"},
		{"QUITO, May 4, 2022 - Troops of the Chile Defense Forces crossed the river on Wednesday.", "Chile Defense Forces", "CHL", "Defense Forces"},
		{"QUITO, May 4, 2022 - The U.S. Marine Corps landed supplies on Wednesday.", "U.S. Marine Corps", "USA", "Marine Corps"},
		{"SANTIAGO, May 4, 2022 - Chile Defense Forces crossed the river on Wednesday.", "Chile Defense Forces", "CHL", "Defense Forces"},
		{"QUITO, May 4, 2022 - The Peru-Chile Trade Council met on Wednesday.", "Peru-Chile Trade Council", "", "Chile Trade Council"},
	} {
		doc := checkOrgs(t, c.text, c.org, c.not)
		checkCountry(t, c.text, doc, c.country)
	}
}

// TestOrgOfThe checks that "of the" links the words of an organisation's
// name, that an office named by the post it serves takes the post, that a
// state's formal name after "of" stays out of the body's name, and that a
// state's formal name alone is no organisation.
func TestOrgOfThe(t *testing.T) {
	for _, c := range []struct{ text, org, not string }{
		{"OSLO, May 4, 2022 - The Council of the Nordic Fisheries issued a statement on Wednesday.", "Council of the Nordic Fisheries", ""},
		{"OSLO, May 4, 2022 - The Office of the Spokesperson released the schedule on Wednesday.", "Office of the Spokesperson", ""},
		{"OSLO, May 4, 2022 - A notice from the Office of the Assistant Secretary of Defense followed on Wednesday.", "Office of the Assistant Secretary of Defense", "Office of the Assistant"},
		{"OSLO, May 4, 2022 - The Ministry of Trade of the Republic of Korea said on Wednesday that exports rose.", "Ministry of Trade", "Ministry of Trade of the Republic"},
		{"OSLO, May 4, 2022 - Envoys of the Federal Democratic Republic of Ethiopia arrived on Wednesday.", "", "Federal Democratic Republic"},
		{"OSLO, May 4, 2022 - Analyst Maria Lund of the Harbor Research Institute said on Wednesday that prices rose.", "Harbor Research Institute", "the Harbor Research Institute"},
		{"OSLO, May 4, 2022 - Analyst Maria Lund of the Heritage Institute said on Wednesday that prices rose.", "Heritage Institute", "the Heritage Institute"},
		{"OSLO, May 4, 2022 - The Festival of the Northern Lights opened on Wednesday.", "", "Festival of the Northern Lights"},
	} {
		checkOrgs(t, c.text, c.org, c.not)
	}
}

package eval_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/eval"
)

// TestGoldScorePersonRolesCountries scores the role and country of persons
// matched by name on an invented article: a role right under another
// wording, one wrong, one missing; a country right and one wrong. Persons
// without a gold role or country, and unmatched persons, are not counted.
func TestGoldScorePersonRolesCountries(t *testing.T) {
	g := &eval.GoldDoc{
		Published: d("2031-05-02"),
		Persons: []eval.GoldPerson{
			{Name: "Tomas Varga", Country: "HUN", Role: "Minister of Foreign Affairs of Hungary"},
			{Name: "Ilse Brandt", Country: "DEU", Role: "Minister of Commerce"},
			{Name: "Oren Lavi", Role: "the Israeli Prime Minister"},
			{Name: "Kaito Mori"}, // neither set: not counted
			{Name: "Nadia Amrani", Country: "DZA", Role: "envoy"}, // not found by the system
		},
	}
	sys := &annals.Document{
		Published: d("2031-05-02"),
		Persons: []annals.Person{
			{Name: "Tomas Varga", Country: "HUN", Role: "FM"},
			{Name: "Ilse Brandt", Country: "AUT", Role: "Minister"},
			{Name: "Lavi"},
			{Name: "Kaito Mori", Country: "JPN", Role: "Mayor"},
		},
	}
	a := eval.GoldScore(g, sys)
	if a.RoleMatched != 3 || a.RoleCorrect != 1 {
		t.Errorf("roles: %d/%d right, want 1/3; errors %+v", a.RoleCorrect, a.RoleMatched, a.RoleErrors)
	}
	if a.PersonCountryMatched != 2 || a.PersonCountryCorrect != 1 {
		t.Errorf("countries: %d/%d right, want 1/2; errors %+v", a.PersonCountryCorrect, a.PersonCountryMatched, a.PersonCountryErrors)
	}
	wantRole := []eval.GoldPersonError{
		{Name: "Ilse Brandt", Gold: "Minister of Commerce", System: "Minister"},
		{Name: "Oren Lavi", Gold: "the Israeli Prime Minister", System: ""},
	}
	if len(a.RoleErrors) != len(wantRole) {
		t.Fatalf("role errors %+v, want %+v", a.RoleErrors, wantRole)
	}
	for i := range wantRole {
		if a.RoleErrors[i] != wantRole[i] {
			t.Errorf("role error %d: %+v, want %+v", i, a.RoleErrors[i], wantRole[i])
		}
	}
	if want := (eval.GoldPersonError{Name: "Ilse Brandt", Gold: "DEU", System: "AUT"}); len(a.PersonCountryErrors) != 1 || a.PersonCountryErrors[0] != want {
		t.Errorf("country errors %+v, want [%+v]", a.PersonCountryErrors, want)
	}

	rep := &eval.GoldReport{Dir: "invented", Articles: []eval.GoldArticle{a}, Total: a.GoldCounts}
	rep.Articles[0].Name = "art"
	var b bytes.Buffer
	if err := rep.Write(&b, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"person roles                          0.333  (1/3 matched persons with a gold role)",
		"person countries                      0.500  (1/2 matched persons with a gold country)",
		`role "Ilse Brandt": gold "Minister of Commerce", got "Minister"`,
		`role "Oren Lavi": gold "the Israeli Prime Minister", got ""`,
		`country "Ilse Brandt": gold DEU, got AUT`,
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	if err := rep.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"role_accuracy": 0.3333`, `"person_country_accuracy": 0.5`, `"role_matched": 3`, `"person_country_correct": 1`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("JSON report lacks %q", want)
		}
	}
}

package names_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/names"
)

func TestFold(t *testing.T) {
	same := [][]string{
		{"Sergei Lavrov", "Sergey Lavrov", "SERGEI LAVROV", "Sergey V. Lavrov"},
		{"Dmitry Medvedev", "Dmitriy Medvedev", "Dmitrii Medvedev", "Dmitri Medvedev"},
		{"Aleksandr Lukashenko", "Alexander Lukashenko", "Aleksander Lukashenko"},
		{"Mikhail Gorbachev", "Mihail Gorbachev"},
		{"Tatyana Golikova", "Tatiana Golikova"},
		{"Yuri Ushakov", "Iuri Ushakov"},
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"},
		{"Jean-Yves Le Drian", "Jean Yves Le Drian"},
	}
	for _, group := range same {
		for _, n := range group[1:] {
			if names.Fold(n) != names.Fold(group[0]) {
				t.Errorf("Fold(%q) = %q, Fold(%q) = %q; want equal", n, names.Fold(n), group[0], names.Fold(group[0]))
			}
		}
	}
	different := [][2]string{
		{"Sergei Lavrov", "Sergei Shoigu"},
		{"Fumio Kishida", "Fumio Kishi"},
		{"Kim Jong Un", "Kim Jong Il"},
	}
	for _, p := range different {
		if names.Fold(p[0]) == names.Fold(p[1]) {
			t.Errorf("Fold(%q) == Fold(%q) = %q; want different", p[0], p[1], names.Fold(p[0]))
		}
	}
}

func doc(persons []annals.Person, actors ...[]string) *annals.Document {
	d := &annals.Document{Source: "t", Persons: persons, Countries: []annals.Country{"RUS"}}
	for _, a := range actors {
		d.Events = append(d.Events, annals.Event{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: a, Countries: []annals.Country{"RUS"}})
	}
	return d
}

func TestApplyAcrossArticles(t *testing.T) {
	r := names.New()
	first := doc([]annals.Person{{Name: "Sergei Lavrov", Role: "Foreign Minister"}}, []string{"Sergei Lavrov"})
	r.Apply(first)
	// A later article spells him differently, and names Shoigu only by surname
	// before anyone called Shoigu is known.
	second := doc([]annals.Person{{Name: "Sergey Lavrov", Country: "RUS"}, {Name: "Shoigu"}}, []string{"Sergey Lavrov", "Shoigu"})
	r.Apply(second)
	if got := second.Persons[0]; got.Name != "Sergei Lavrov" || got.Country != "RUS" || !reflect.DeepEqual(got.Mentions, []string{"Sergey Lavrov"}) {
		t.Errorf("second article's Lavrov = %+v", got)
	}
	if got := second.Events[0].Actors; !reflect.DeepEqual(got, []string{"Sergei Lavrov", "Shoigu"}) {
		t.Errorf("second article's actors = %v", got)
	}
	if err := second.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
	// Once Sergei Shoigu is known, the lone surname resolves to him.
	r.Apply(doc([]annals.Person{{Name: "Sergei Shoigu"}}))
	third := doc([]annals.Person{{Name: "Shoigu"}, {Name: "Lavrov"}}, []string{"Lavrov", "Shoigu"})
	r.Apply(third)
	if got := third.Events[0].Actors; !reflect.DeepEqual(got, []string{"Sergei Lavrov", "Sergei Shoigu"}) {
		t.Errorf("third article's actors = %v", got)
	}
	if err := third.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
}

func TestApplyAmbiguousSurname(t *testing.T) {
	r := names.New()
	r.Learn(annals.KindPerson, "George Bush")
	r.Learn(annals.KindPerson, "Jeb Bush")
	d := doc([]annals.Person{{Name: "Bush"}}, []string{"Bush"})
	r.Apply(d)
	if d.Persons[0].Name != "Bush" {
		t.Errorf("ambiguous surname resolved to %q, want it left alone", d.Persons[0].Name)
	}
}

func TestApplyMergesWithinArticle(t *testing.T) {
	r := names.New()
	d := doc([]annals.Person{{Name: "Dmitry Medvedev", Role: "Prime Minister"}, {Name: "Dmitriy Medvedev", Country: "RUS"}}, []string{"Dmitry Medvedev", "Dmitriy Medvedev"})
	r.Apply(d)
	if len(d.Persons) != 1 || d.Persons[0].Role != "Prime Minister" || d.Persons[0].Country != "RUS" {
		t.Errorf("persons = %+v, want one merged Medvedev", d.Persons)
	}
	if got := d.Events[0].Actors; !reflect.DeepEqual(got, []string{"Dmitry Medvedev"}) {
		t.Errorf("actors = %v, want one", got)
	}
}

func TestAliases(t *testing.T) {
	r := names.New()
	err := r.LoadAliases(strings.NewReader("# aliases\nBibi\tBenjamin Netanyahu\n\nThe Kremlin\tVladimir Putin\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := doc([]annals.Person{{Name: "Bibi"}}, []string{"Bibi"})
	r.Apply(d)
	if d.Persons[0].Name != "Benjamin Netanyahu" || d.Events[0].Actors[0] != "Benjamin Netanyahu" {
		t.Errorf("alias not applied: %+v", d)
	}
	err = r.LoadAliases(strings.NewReader("ok\tfine\nno tab here\n"))
	var pe *annals.ParseError
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("LoadAliases(bad) = %v, want a ParseError naming line 2", err)
	}
}

func TestOrganisations(t *testing.T) {
	r := names.New()
	r.Learn(annals.KindOrganization, "Itar-Tass")
	d := &annals.Document{Source: "t", Organizations: []annals.Organization{{Name: "ITAR-TASS"}, {Name: "U.S."}}}
	r.Apply(d)
	if d.Organizations[0].Name != "Itar-Tass" || d.Organizations[1].Name != "U.S." {
		t.Errorf("organisations = %+v", d.Organizations)
	}
}

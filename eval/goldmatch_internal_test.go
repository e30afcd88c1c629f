package eval

import (
	"math/rand/v2"
	"testing"

	"github.com/annals-project/annals"
)

// matchValue is what GoldMatchEvents maximises, tier by tier.
type matchValue [4]int // required matched, matched, status agreeing, similarity

func (v matchValue) less(o matchValue) bool {
	for k := range v {
		if v[k] != o[k] {
			return v[k] < o[k]
		}
	}
	return false
}

// TestGoldMatchEventsBrute compares GoldMatchEvents with exhaustive search
// over every one-to-one matching of small random articles: its pairs must
// be allowed, one to one, and as good as the best, tier by tier.
func TestGoldMatchEventsBrute(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 2026))
	types := []annals.EventType{annals.EventMeet, annals.EventVisit}
	statuses := []annals.Status{annals.StatusOccurred, annals.StatusPlanned}
	countries := []annals.Country{"AUT", "CHE", "HUN"}
	goldNames := []string{"Anna Berger", "Paul Roth"}
	sysNames := []string{"Berger", "Roth", "Vogel"}
	days := []string{"", "2031-05-01", "2031-05-02", "2031-05-03"}
	pick := func(pool int) []int { // a random subset of 0..pool-1
		var out []int
		for i := range pool {
			if rng.IntN(2) == 0 {
				out = append(out, i)
			}
		}
		return out
	}
	interval := func() (annals.Date, annals.Date) {
		a, b := rng.IntN(len(days)), rng.IntN(len(days))
		if days[a] == "" || days[b] == "" {
			return annals.Date{}, annals.Date{}
		}
		a, b = min(a, b), max(a, b)
		return annals.MustParseDate(days[a]), annals.MustParseDate(days[b])
	}
	for range 2000 {
		g := &GoldDoc{Persons: []GoldPerson{{Name: goldNames[0]}, {Name: goldNames[1]}}}
		sys := &annals.Document{Persons: []annals.Person{{Name: sysNames[0]}, {Name: sysNames[1]}, {Name: sysNames[2]}}}
		for range rng.IntN(5) {
			e := GoldEvent{Type: types[rng.IntN(2)], Status: statuses[rng.IntN(2)], Optional: rng.IntN(3) == 0}
			for _, i := range pick(len(goldNames)) {
				e.Actors = append(e.Actors, goldNames[i])
			}
			for _, i := range pick(len(countries)) {
				e.Countries = append(e.Countries, string(countries[i]))
			}
			e.Start, e.End = interval()
			g.Events = append(g.Events, e)
		}
		for range rng.IntN(5) {
			e := annals.Event{Type: types[rng.IntN(2)], Status: statuses[rng.IntN(2)]}
			for _, i := range pick(len(sysNames)) {
				e.Actors = append(e.Actors, sysNames[i])
			}
			for _, i := range pick(len(countries)) {
				e.Countries = append(e.Countries, countries[i])
			}
			e.Start, e.End = interval()
			sys.Events = append(sys.Events, e)
		}
		persons := map[string]bool{goldNames[0]: true, goldNames[1]: true}
		sysPersons := map[string]bool{sysNames[0]: true, sysNames[1]: true, sysNames[2]: true}
		score := func(gi, si int) *pairScore {
			return scorePair(g.Events[gi], sys.Events[si], persons, sysPersons)
		}
		add := func(v matchValue, p *pairScore) matchValue {
			v[0] += b2i(p.required)
			v[1]++
			v[2] += b2i(p.status)
			v[3] += p.similarity
			return v
		}

		var got matchValue
		goldUsed, sysUsed := map[int]bool{}, map[int]bool{}
		for _, p := range GoldMatchEvents(g, sys) {
			s := score(p[0], p[1])
			if s == nil || goldUsed[p[0]] || sysUsed[p[1]] {
				t.Fatalf("GoldMatchEvents(%+v, %+v) pairs %v: not allowed or not one to one", g.Events, sys.Events, p)
			}
			goldUsed[p[0]], sysUsed[p[1]] = true, true
			got = add(got, s)
		}

		var best matchValue
		used := map[int]bool{}
		var rec func(gi int, v matchValue)
		rec = func(gi int, v matchValue) {
			if gi == len(g.Events) {
				if best.less(v) {
					best = v
				}
				return
			}
			rec(gi+1, v)
			for si := range sys.Events {
				if s := score(gi, si); s != nil && !used[si] {
					used[si] = true
					rec(gi+1, add(v, s))
					used[si] = false
				}
			}
		}
		rec(0, matchValue{})
		if got != best {
			t.Fatalf("GoldMatchEvents(%+v, %+v) reaches %v, the best matching %v", g.Events, sys.Events, got, best)
		}
	}
}

// TestParticipantlessGoldEvent: a gold event that names no participant can
// only be matched by the event told in its own sentence.
func TestParticipantlessGoldEvent(t *testing.T) {
	gold := GoldEvent{Type: annals.EventConflict, Status: annals.StatusOccurred,
		Evidence: "The convoy was struck by a   shell near the river crossing."}
	told := annals.Event{Type: annals.EventConflict, Status: annals.StatusOccurred, Countries: []annals.Country{"FRA"},
		Evidence: "The convoy was struck by a shell near the river crossing."}
	other := told
	other.Evidence = "Rebels shelled the town on Friday."
	if scorePair(gold, told, nil, nil) == nil {
		t.Error("the event told in the gold's own sentence does not match it")
	}
	if scorePair(gold, other, nil, nil) != nil {
		t.Error("an event from another sentence matches a gold event that names no participant")
	}
	gold.Countries = []string{"DEU"}
	if scorePair(gold, told, nil, nil) != nil {
		t.Error("the same sentence stands in for a participant the gold names")
	}
}

func TestSamePlace(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Moscow", "moscow", true},
		{"the Hague", "The Hague", true},
		{"Gaza Strip", "the Gaza Strip", true},
		{"São Paulo", "Sao Paulo", true},
		{"Okinawa Prefecture", "Okinawa", true},
		{"Washington, DC", "Washington", true},
		{"New York City", "New York", true},
		{"North Dakota", "South Dakota", false},
		{"Osaka", "Tokyo", false},
		{"Geneva", "", false},
	} {
		if got := samePlace(c.a, c.b); got != c.want {
			t.Errorf("samePlace(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestMatchNamesOneToOne(t *testing.T) {
	// An exact pair is taken before a looser one, and each name pairs once.
	tally, missed, spurious := matchNames([]string{"Sergei Lavrov", "Lavrov"}, []string{"Lavrov", "Sergey Lavrov", "Putin"}, samePerson)
	if tally.Match != 2 || len(missed) != 0 || len(spurious) != 1 || spurious[0] != "Putin" {
		t.Errorf("matchNames = %+v missed %v spurious %v; want 2 matched, Putin spurious", tally, missed, spurious)
	}
}

func TestScoreOrganizationsAcronymPair(t *testing.T) {
	// The annotation lists one body twice; the system names it once, with
	// the acronym among its mentions.
	g := &GoldDoc{Organizations: []string{"USAID", "U.S. Agency for International Development", "Red Cross"}}
	sys := &annals.Document{Organizations: []annals.Organization{
		{Name: "Agency for International Development", Mentions: []string{"USAID"}},
		{Name: "World Bank"},
	}}
	var a GoldArticle
	a.scoreOrganizations(g, sys)
	if a.Organizations != (GoldTally{Gold: 2, System: 2, Match: 1}) {
		t.Errorf("organisations = %+v, want gold 2 system 2 match 1", a.Organizations)
	}
	if len(a.MissedOrganizations) != 1 || a.MissedOrganizations[0] != "Red Cross" {
		t.Errorf("missed = %v, want Red Cross", a.MissedOrganizations)
	}
}

func TestGoldOrganizationsGroupedBySpellingOnly(t *testing.T) {
	// The gazetteer knows these as one body, but the gold count must not
	// depend on the extractor's lexicon: only spelling groups gold names.
	g := &GoldDoc{Organizations: []string{"ASEAN", "Association of Southeast Asian Nations", "U.N.", "United Nations"}}
	var a GoldArticle
	a.scoreOrganizations(g, &annals.Document{})
	if a.Organizations.Gold != 3 {
		t.Errorf("gold organisations = %d, want 3 (ASEAN and its long name apart; U.N. and United Nations one)", a.Organizations.Gold)
	}
}

package annals_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/annals-project/annals"
)

func validDoc() *annals.Document {
	amount := 33e9
	return &annals.Document{
		Source:    "x.txt",
		Published: annals.MustParseDate("2013-11-01"),
		Persons:   []annals.Person{{Name: "Sergei Lavrov", Country: "RUS", Role: "Foreign Minister"}},
		Countries: []annals.Country{"RUS", "JPN"},
		Events: []annals.Event{
			{Type: annals.EventMeet, CAMEO: "040", Status: annals.StatusOccurred, Actors: []string{"Sergei Lavrov"}, Countries: []annals.Country{"RUS"},
				Start: annals.MustParseDate("2013-11-01"), End: annals.MustParseDate("2013-11-01"), Evidence: "talks", Span: annals.Span{0, 5}},
			{Type: annals.EventTrade, Status: annals.StatusOccurred, Countries: []annals.Country{"RUS", "JPN"}, Amount: &amount, Currency: "USD", Measure: "trade",
				Start: annals.MustParseDate("2012-01-01"), End: annals.MustParseDate("2012-12-31")},
		},
	}
}

func TestDocumentValidate(t *testing.T) {
	if err := validDoc().Validate(); err != nil {
		t.Fatalf("Validate() = %v, want nil", err)
	}
	breakers := map[string]func(d *annals.Document){
		"unknown country":     func(d *annals.Document) { d.Countries = append(d.Countries, "XYZ") },
		"bad event type":      func(d *annals.Document) { d.Events[0].Type = "party" },
		"bad status":          func(d *annals.Document) { d.Events[0].Status = "maybe" },
		"reversed interval":   func(d *annals.Document) { d.Events[0].End = annals.MustParseDate("2013-10-01") },
		"half interval":       func(d *annals.Document) { d.Events[0].End = annals.Date{} },
		"no participants":     func(d *annals.Document) { d.Events[0].Actors, d.Events[0].Countries = nil, nil },
		"unknown actor":       func(d *annals.Document) { d.Events[0].Actors = []string{"Nobody"} },
		"bad time value":      func(d *annals.Document) { d.Times = []annals.TimeExpr{{Text: "x", Value: "2013-13"}} },
		"empty person name":   func(d *annals.Document) { d.Persons = append(d.Persons, annals.Person{}) },
		"bad person country":  func(d *annals.Document) { d.Persons[0].Country = "ZZZ" },
		"negative event span": func(d *annals.Document) { d.Events[0].Span = annals.Span{5, 2} },
	}
	for name, brk := range breakers {
		d := validDoc()
		brk(d)
		if err := d.Validate(); !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("%s: Validate() = %v, want ErrInvalid", name, err)
		}
	}
}

func TestEventJSON(t *testing.T) {
	d := validDoc()
	b, err := json.Marshal(d.Events[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"amount":null`, `"currency":null`, `"measure":null`, `"start":"2013-11-01"`, `"span":[0,5]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("json.Marshal(event) = %s, want it to contain %s", b, want)
		}
	}
	var back annals.Event
	if err := json.Unmarshal(b, &back); err != nil || back.Key() != d.Events[0].Key() || back.Currency != "" {
		t.Errorf("round trip = %+v, %v", back, err)
	}
	b, _ = json.Marshal(d.Events[1])
	if !strings.Contains(string(b), `"currency":"USD"`) || !strings.Contains(string(b), `"amount":33000000000`) {
		t.Errorf("json.Marshal(trade) = %s", b)
	}
	// An event with no actors (a state acting alone) or no countries
	// writes empty lists, never null.
	for _, e := range []annals.Event{
		{Type: annals.EventConflict, Status: annals.StatusOccurred, Countries: []annals.Country{"CHL", "BOL"}},
		{Type: annals.EventMeet, Status: annals.StatusPlanned, Actors: []string{"Red Cross"}},
	} {
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		if e.Actors == nil && !strings.Contains(string(b), `"actors":[]`) || e.Countries == nil && !strings.Contains(string(b), `"countries":[]`) {
			t.Errorf("json.Marshal(%+v) = %s, want the empty list as []", e, b)
		}
	}
	// A gold annotation's event decodes into the same type.
	gold := `{"type":"meet","actors":["A"],"countries":["RUS"],"place":null,"start":null,"end":null,"status":"planned","amount":null,"currency":null,"measure":null,"optional":true,"evidence":"e"}`
	var g annals.Event
	if err := json.Unmarshal([]byte(gold), &g); err != nil || g.Type != annals.EventMeet || !g.Start.IsZero() {
		t.Errorf("decode gold = %+v, %v", g, err)
	}
}

func TestEventKey(t *testing.T) {
	a := annals.Event{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"Fumio Kishida", "Sergei Lavrov"}, Countries: []annals.Country{"RUS", "JPN"}}
	b := a
	b.Actors = []string{"sergei lavrov", "Fumio Kishida"}
	b.Countries = []annals.Country{"JPN", "RUS"}
	b.Evidence = "other words"
	if a.Key() != b.Key() {
		t.Errorf("Key() differs for the same happening: %q vs %q", a.Key(), b.Key())
	}
	b.Status = annals.StatusPlanned
	if a.Key() == b.Key() {
		t.Errorf("Key() equal for different status")
	}
}

func TestCountry(t *testing.T) {
	for _, c := range []annals.Country{"RUS", "JPN", "USA", "PRK", "SUN", "XKX"} {
		if !c.Valid() {
			t.Errorf("Country(%q).Valid() = false", c)
		}
	}
	for _, c := range []annals.Country{"", "rus", "XYZ", "RU"} {
		if c.Valid() {
			t.Errorf("Country(%q).Valid() = true", c)
		}
	}
	if n := annals.Country("JPN").Name(); n != "Japan" {
		t.Errorf("Name() = %q", n)
	}
	if n := len(annals.Countries()); n < 250 {
		t.Errorf("len(Countries()) = %d, want >= 250", n)
	}
}

func TestDate(t *testing.T) {
	d := annals.MustParseDate("2013-01-31")
	if got := d.AddMonths(1).String(); got != "2013-02-28" {
		t.Errorf("AddMonths = %s", got)
	}
	if got := d.AddDays(1).String(); got != "2013-02-01" {
		t.Errorf("AddDays = %s", got)
	}
	for _, s := range []string{"2013-02-29", "2013-1-01", "", "abcd-ef-gh", "2013-00-10"} {
		if _, err := annals.ParseDate(s); !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("ParseDate(%q) = %v, want ErrInvalid", s, err)
		}
	}
	var z annals.Date
	if b, _ := json.Marshal(z); string(b) != "null" {
		t.Errorf("zero Date JSON = %s", b)
	}
}

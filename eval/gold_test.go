package eval_test

import (
	"bytes"
	"errors"
	"flag"
	gf "github.com/annals-project/annals/internal/golden"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/eval"
	"github.com/annals-project/annals/extract"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with the golden file name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	gf.Check(t, filepath.Join("testdata", "gold", "golden", name), got, *update)
}

func d(s string) annals.Date { return annals.MustParseDate(s) }

func amount(x float64) *float64 { return &x }

func persons(names ...string) []annals.Person {
	out := make([]annals.Person, len(names))
	for i, n := range names {
		out[i] = annals.Person{Name: n}
	}
	return out
}

func TestGoldScorePersons(t *testing.T) {
	tests := []struct {
		gold, sys []string
		match     int
	}{
		{[]string{"Sergei Lavrov"}, []string{"Sergei Lavrov"}, 1},
		{[]string{"Sergei Lavrov"}, []string{"sergei  LAVROV"}, 1},
		{[]string{"Sergei Lavrov"}, []string{"Sergey Lavrov"}, 1},
		{[]string{"Sergei Lavrov"}, []string{"Lavrov"}, 1},
		{[]string{"Sergei Lavrov"}, []string{"S. Lavrov"}, 1},
		{[]string{"Aleksandr Grushko"}, []string{"Alexander Grushko"}, 1},
		{[]string{"Mikheil Saakashvili"}, []string{"Mikhail Saakashvili"}, 1},
		{[]string{"José Manuel García-Margallo"}, []string{"Jose Manuel Garcia-Margallo"}, 1},
		{[]string{"Shah Mahmood Qureshi"}, []string{"Mahmood Qureshi"}, 1},
		{[]string{"Sergei Lavrov"}, []string{"Igor Lavrov"}, 0},
		{[]string{"Sergei Lavrov"}, []string{"Sergei Ivanov"}, 0},
		{[]string{"Sergei Lavrov"}, []string{"Lavrova"}, 0},
		// One-to-one: a second mention of the same man is spurious.
		{[]string{"Sergei Lavrov"}, []string{"Sergei Lavrov", "Lavrov"}, 1},
		// Exact names pair first, so the surname alone cannot steal
		// Kim Jong Un's match from the full name.
		{[]string{"Kim Yo Jong", "Kim Jong Un"}, []string{"Kim Jong Un", "Kim Yo Jong"}, 2},
		// Repeated gold or system names count once.
		{[]string{"Fumio Kishida", "Fumio Kishida"}, []string{"Fumio Kishida", "fumio kishida"}, 1},
	}
	for _, tt := range tests {
		g := &eval.GoldDoc{Published: d("2013-11-01")}
		for _, n := range tt.gold {
			g.Persons = append(g.Persons, eval.GoldPerson{Name: n})
		}
		a := eval.GoldScore(g, &annals.Document{Persons: persons(tt.sys...)})
		if a.Persons.Match != tt.match {
			t.Errorf("GoldScore(persons %q, %q) match = %d, want %d", tt.gold, tt.sys, a.Persons.Match, tt.match)
		}
	}
}

func TestGoldScoreCountriesDates(t *testing.T) {
	g := &eval.GoldDoc{
		Published: d("2013-11-01"),
		Countries: []string{"RUS", "JPN", "CHN"},
		Times: []eval.GoldTime{
			{Text: "Friday", Value: "2013-11-01"},
			{Text: "1 Nov 2013", Value: "2013-11-01"},
			{Text: "last year", Value: "2012"},
		},
	}
	sys := &annals.Document{
		Published: d("2013-11-02"),
		Countries: []annals.Country{"RUS", "JPN", "USA", "RUS"},
		Times: []annals.TimeExpr{
			{Text: "Friday", Type: annals.TimeDate, Value: "2013-11-01"},
			{Text: "2014", Type: annals.TimeDate, Value: "2014"},
			{Text: "a year", Type: annals.TimeDuration, Value: "P1Y"},  // not a DATE
			{Text: "Tuesday", Type: annals.TimeDate},                   // no value
			{Text: "at noon", Type: annals.TimeTime, Value: "2013-11"}, // not a DATE
		},
	}
	a := eval.GoldScore(g, sys)
	if want := (eval.GoldTally{Gold: 3, System: 3, Match: 2}); a.Countries != want {
		t.Errorf("GoldScore countries = %+v, want %+v", a.Countries, want)
	}
	if got := strings.Join(a.MissedCountries, " ") + "|" + strings.Join(a.SpuriousCountries, " "); got != "CHN|USA" {
		t.Errorf("GoldScore missed|spurious countries = %q, want %q", got, "CHN|USA")
	}
	if want := (eval.GoldTally{Gold: 3, System: 2, Match: 1}); a.Dates != want {
		t.Errorf("GoldScore dates = %+v, want %+v", a.Dates, want)
	}
	if got := strings.Join(a.MissedDates, " ") + "|" + strings.Join(a.SpuriousDates, " "); got != "2012 2013-11-01|2014" {
		t.Errorf("GoldScore missed|spurious dates = %q, want %q", got, "2012 2013-11-01|2014")
	}
	if a.DateCorrect != 0 || a.Articles != 1 {
		t.Errorf("GoldScore article date: %d correct of %d, want 0 of 1", a.DateCorrect, a.Articles)
	}
}

// goldMeet is a required meeting of Lavrov and Kishida on 2013-11-01.
// checkEventScore compares an article's event tally, optional matches and
// status counts with the wanted ones, and checks that the miss, spurious and
// status-error lists are as long as those counts imply.
func checkEventScore(t *testing.T, a eval.GoldArticle, events eval.GoldTally, optional int, status [2]int) {
	t.Helper()
	if a.Events != events || a.OptionalMatched != optional {
		t.Errorf("GoldScore events = %+v, %d optional, want %+v, %d", a.Events, a.OptionalMatched, events, optional)
	}
	if got := [2]int{a.StatusCorrect, a.StatusMatched}; got != status {
		t.Errorf("GoldScore status = %v, want %v", got, status)
	}
	if got, want := len(a.MissedEvents), events.Gold-events.Match; got != want {
		t.Errorf("GoldScore missed events = %d, want %d", got, want)
	}
	if got, want := len(a.SpuriousEvents), events.System-events.Match; got != want {
		t.Errorf("GoldScore spurious events = %d, want %d", got, want)
	}
	if got, want := len(a.StatusErrors), status[1]-status[0]; got != want {
		t.Errorf("GoldScore status errors = %d, want %d", got, want)
	}
}

func goldMeet() eval.GoldEvent {
	return eval.GoldEvent{Type: annals.EventMeet, Actors: []string{"Sergei Lavrov", "Fumio Kishida"}, Countries: []string{"RUS", "JPN"},
		Place: "Tokyo", Start: d("2013-11-01"), End: d("2013-11-01"), Status: annals.StatusOccurred}
}

func sysEvent(t annals.EventType, st annals.Status, start, end string, actors []string, countries ...annals.Country) annals.Event {
	e := annals.Event{Type: t, Status: st, Actors: actors, Countries: countries}
	if start != "" {
		e.Start, e.End = d(start), d(end)
	}
	return e
}

func TestGoldScoreEvents(t *testing.T) {
	occ, pl := annals.StatusOccurred, annals.StatusPlanned
	meet, trade := annals.EventMeet, annals.EventTrade
	spring := eval.GoldEvent{Type: meet, Actors: []string{"Sergei Lavrov"}, Countries: []string{"RUS", "JPN"},
		Start: d("2014-03-01"), End: d("2014-05-31"), Status: pl}
	undated := eval.GoldEvent{Type: meet, Countries: []string{"RUS", "JPN"}, Status: pl}
	tradeGold := eval.GoldEvent{Type: trade, Countries: []string{"RUS", "JPN"}, Start: d("2012-01-01"), End: d("2012-12-31"),
		Status: occ, Amount: amount(33e9)}
	withAmount := func(e annals.Event, x float64) annals.Event { e.Amount = amount(x); return e }
	opt := func(e eval.GoldEvent) eval.GoldEvent { e.Optional = true; return e }
	un := eval.GoldEvent{Type: annals.EventCooperate, Actors: []string{"United Nations"}, Status: occ}
	nato := eval.GoldEvent{Type: annals.EventCooperate, Actors: []string{"NATO"}, Status: occ}
	asean := eval.GoldEvent{Type: annals.EventCooperate, Actors: []string{"ASEAN"}, Status: occ}

	tests := []struct {
		name     string
		gold     []eval.GoldEvent
		sys      []annals.Event
		events   eval.GoldTally
		optional int
		status   [2]int // correct, matched
	}{
		{"same event", []eval.GoldEvent{goldMeet()},
			[]annals.Event{sysEvent(meet, occ, "2013-11-01", "2013-11-01", []string{"Lavrov"}, "RUS")},
			eval.GoldTally{Gold: 1, System: 1, Match: 1}, 0, [2]int{1, 1}},
		{"type differs", []eval.GoldEvent{goldMeet()},
			[]annals.Event{sysEvent(annals.EventVisit, occ, "2013-11-01", "2013-11-01", []string{"Lavrov"}, "RUS")},
			eval.GoldTally{Gold: 1, System: 1}, 0, [2]int{}},
		{"no shared participant", []eval.GoldEvent{goldMeet()},
			[]annals.Event{sysEvent(meet, occ, "2013-11-01", "2013-11-01", []string{"Ivanov"}, "CHN")},
			eval.GoldTally{Gold: 1, System: 1}, 0, [2]int{}},
		{"shared country only", []eval.GoldEvent{goldMeet()},
			[]annals.Event{sysEvent(meet, occ, "2013-11-01", "2013-11-01", nil, "JPN")},
			eval.GoldTally{Gold: 1, System: 1, Match: 1}, 0, [2]int{1, 1}},
		{"organisation by acronym", []eval.GoldEvent{un},
			[]annals.Event{sysEvent(annals.EventCooperate, occ, "", "", []string{"U.N."})},
			eval.GoldTally{Gold: 1, System: 1, Match: 1}, 0, [2]int{1, 1}},
		{"organisation by a gazetteer alias whose initials differ", []eval.GoldEvent{asean},
			[]annals.Event{sysEvent(annals.EventCooperate, occ, "", "", []string{"Association of Southeast Asian Nations"})},
			eval.GoldTally{Gold: 1, System: 1, Match: 1}, 0, [2]int{1, 1}},
		{"a gazetteer organisation and another one", []eval.GoldEvent{asean},
			[]annals.Event{sysEvent(annals.EventCooperate, occ, "", "", []string{"Organization of American States"})},
			eval.GoldTally{Gold: 1, System: 1}, 0, [2]int{}},
		{"organisations differ", []eval.GoldEvent{nato},
			[]annals.Event{sysEvent(annals.EventCooperate, occ, "", "", []string{"NAFTA"})},
			eval.GoldTally{Gold: 1, System: 1}, 0, [2]int{}},
		{"interval inside a season", []eval.GoldEvent{spring},
			[]annals.Event{sysEvent(meet, pl, "2014-04-10", "2014-04-10", []string{"Lavrov"})},
			eval.GoldTally{Gold: 1, System: 1, Match: 1}, 0, [2]int{1, 1}},
		{"interval overlaps a season", []eval.GoldEvent{spring},
			[]annals.Event{sysEvent(meet, pl, "2014-05-20", "2014-06-10", []string{"Lavrov"})},
			eval.GoldTally{Gold: 1, System: 1, Match: 1}, 0, [2]int{1, 1}},
		{"interval after a season", []eval.GoldEvent{spring},
			[]annals.Event{sysEvent(meet, pl, "2014-06-01", "2014-06-01", []string{"Lavrov"})},
			eval.GoldTally{Gold: 1, System: 1}, 0, [2]int{}},
		{"no interval where gold has one", []eval.GoldEvent{spring},
			[]annals.Event{sysEvent(meet, pl, "", "", []string{"Lavrov"})},
			eval.GoldTally{Gold: 1, System: 1}, 0, [2]int{}},
		{"any interval where gold has none", []eval.GoldEvent{undated},
			[]annals.Event{sysEvent(meet, pl, "2014-06-01", "2014-06-01", nil, "RUS")},
			eval.GoldTally{Gold: 1, System: 1, Match: 1}, 0, [2]int{1, 1}},
		{"amount within 2%", []eval.GoldEvent{tradeGold},
			[]annals.Event{withAmount(sysEvent(trade, occ, "2012-01-01", "2012-12-31", nil, "RUS"), 33.6e9)},
			eval.GoldTally{Gold: 1, System: 1, Match: 1}, 0, [2]int{1, 1}},
		{"amount 2.5% off", []eval.GoldEvent{tradeGold},
			[]annals.Event{withAmount(sysEvent(trade, occ, "2012-01-01", "2012-12-31", nil, "RUS"), 33.825e9)},
			eval.GoldTally{Gold: 1, System: 1}, 0, [2]int{}},
		{"amount missing", []eval.GoldEvent{tradeGold},
			[]annals.Event{sysEvent(trade, occ, "2012-01-01", "2012-12-31", nil, "RUS")},
			eval.GoldTally{Gold: 1, System: 1}, 0, [2]int{}},
		{"wrong status still matches", []eval.GoldEvent{goldMeet()},
			[]annals.Event{sysEvent(meet, pl, "2013-11-01", "2013-11-01", []string{"Kishida"})},
			eval.GoldTally{Gold: 1, System: 1, Match: 1}, 0, [2]int{0, 1}},
		{"optional matched is neither right nor wrong", []eval.GoldEvent{opt(goldMeet())},
			[]annals.Event{sysEvent(meet, occ, "2013-11-01", "2013-11-01", []string{"Lavrov"})},
			eval.GoldTally{}, 1, [2]int{1, 1}},
		{"optional missed is not required", []eval.GoldEvent{opt(goldMeet())}, nil,
			eval.GoldTally{}, 0, [2]int{}},
		{"one to one: a second report is spurious", []eval.GoldEvent{goldMeet()},
			[]annals.Event{
				sysEvent(meet, occ, "2013-11-01", "2013-11-01", []string{"Lavrov"}),
				sysEvent(meet, occ, "2013-11-01", "2013-11-01", []string{"Kishida"}),
			},
			eval.GoldTally{Gold: 1, System: 2, Match: 1}, 0, [2]int{1, 1}},
		{"required gold before an equally good optional one", []eval.GoldEvent{opt(goldMeet()), goldMeet()},
			[]annals.Event{sysEvent(meet, occ, "2013-11-01", "2013-11-01", []string{"Lavrov"})},
			eval.GoldTally{Gold: 1, System: 1, Match: 1}, 0, [2]int{1, 1}},
		// Recall over required events comes first (issue 4): the report
		// counts for the required meeting even though it resembles the
		// optional one more.
		{"required before a more similar optional one", []eval.GoldEvent{spring, opt(eval.GoldEvent{Type: meet, Actors: []string{"Sergei Lavrov", "Fumio Kishida"},
			Countries: []string{"RUS", "JPN"}, Start: d("2014-04-01"), End: d("2014-04-30"), Status: pl})},
			[]annals.Event{sysEvent(meet, pl, "2014-04-10", "2014-04-10", []string{"Lavrov", "Kishida"}, "RUS", "JPN")},
			eval.GoldTally{Gold: 1, System: 1, Match: 1}, 0, [2]int{1, 1}},
		{"best pair first: more shared participants", []eval.GoldEvent{goldMeet(), {Type: meet, Countries: []string{"RUS"}, Start: d("2013-11-01"), End: d("2013-11-01"), Status: occ}},
			[]annals.Event{
				sysEvent(meet, occ, "2013-11-01", "2013-11-01", nil, "RUS"),
				sysEvent(meet, occ, "2013-11-01", "2013-11-01", []string{"Lavrov", "Kishida"}, "JPN"),
			},
			eval.GoldTally{Gold: 2, System: 2, Match: 2}, 0, [2]int{2, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &eval.GoldDoc{Published: d("2013-11-01"), Events: tt.gold,
				Persons: []eval.GoldPerson{{Name: "Sergei Lavrov"}, {Name: "Fumio Kishida"}}}
			sys := &annals.Document{Events: tt.sys, Persons: persons("Lavrov", "Kishida", "Ivanov")}
			checkEventScore(t, eval.GoldScore(g, sys), tt.events, tt.optional, tt.status)
		})
	}
}

// fakeExtractor returns hand-made extractions of the two articles of
// testdata/gold and records the options each call got.
type fakeExtractor struct {
	calls map[string]extract.Options
}

func (f *fakeExtractor) extract(text string, o extract.Options) (*annals.Document, error) {
	f.calls[filepath.Base(o.Source)] = o
	occ, pl := annals.StatusOccurred, annals.StatusPlanned
	switch filepath.Base(o.Source) {
	case "a.txt":
		trade := sysEvent(annals.EventTrade, occ, "2014-01-01", "2014-12-31", nil, "RUS", "JPN")
		trade.Amount = amount(33.5e9) // 1.5% off
		return &annals.Document{
			Published: d("2015-03-03"),
			Persons:   persons("Sergey Lavrov", "Kishida", "Moscow Times"),
			Countries: []annals.Country{"RUS", "JPN", "USA"},
			// Moscow is a place here; Test Wire is missed, Tass is spurious.
			Places:        []annals.Place{{Name: "Moscow", Country: "RUS"}},
			Organizations: []annals.Organization{{Name: "Tass"}},
			Times: []annals.TimeExpr{
				{Text: "March 3", Type: annals.TimeDate, Value: "2015-03-03"},
				{Text: "in the spring", Type: annals.TimeDate, Value: "2015-SP"},
				{Text: "a year", Type: annals.TimeDuration, Value: "P1Y"},
				{Text: "last year", Type: annals.TimeDate, Value: "2013"},
			},
			Events: []annals.Event{
				sysEvent(annals.EventMeet, occ, "2015-03-03", "2015-03-03", []string{"Sergey Lavrov", "Kishida"}, "RUS", "JPN"),
				sysEvent(annals.EventMeet, occ, "", "", []string{"Sergey Lavrov"}),
				trade,
				sysEvent(annals.EventStatement, occ, "2015-03-03", "2015-03-03", []string{"Sergey Lavrov"}),
			},
		}, nil
	case "b.txt":
		return &annals.Document{
			Published: o.Published,
			Countries: []annals.Country{"YEM", "SAU"},
			// The gold's "UN" by its full name.
			Organizations: []annals.Organization{{Name: "United Nations"}},
			Times: []annals.TimeExpr{
				{Text: "on Monday", Type: annals.TimeDate, Value: "2020-06-08"},
				{Text: "next year", Type: annals.TimeDate, Value: "2021"},
			},
			Events: []annals.Event{
				sysEvent(annals.EventCooperate, occ, "2021-01-01", "2021-12-31", []string{"United Nations"}, "YEM"),
				sysEvent(annals.EventConflict, occ, "", "", nil, "SAU", "IRN"),
				sysEvent(annals.EventConflict, pl, "", "", nil, "SAU"),
			},
		}, nil
	}
	return nil, errors.New("unexpected article " + o.Source)
}

func TestGold(t *testing.T) {
	f := &fakeExtractor{calls: map[string]extract.Options{}}
	rep, err := eval.Gold("testdata/gold", eval.GoldOptions{Extract: f.extract})
	if err != nil {
		t.Fatal(err)
	}
	// The date comes from the text unless the gold says it is not there.
	if p := f.calls["a.txt"].Published; !p.IsZero() {
		t.Errorf("Gold(a: dct_in_text true) passed Published %v, want none", p)
	}
	if p := f.calls["b.txt"].Published; p != d("2020-06-10") {
		t.Errorf("Gold(b: dct_in_text false) passed Published %v, want 2020-06-10", p)
	}
	want := eval.GoldCounts{
		Articles:      2,
		Persons:       eval.GoldTally{Gold: 2, System: 3, Match: 2},
		Countries:     eval.GoldTally{Gold: 5, System: 5, Match: 4},
		Places:        eval.GoldTally{Gold: 1, System: 1, Match: 1},
		Organizations: eval.GoldTally{Gold: 2, System: 2, Match: 1},
		Dates:         eval.GoldTally{Gold: 6, System: 5, Match: 4},
		Events:        eval.GoldTally{Gold: 4, System: 5, Match: 3},
		// meet, visit, agree, statement, trade, cooperate, conflict
		EventsByType:    [7]eval.GoldTally{{Gold: 2, System: 2, Match: 1}, {}, {}, {}, {Gold: 1, System: 1, Match: 1}, {Gold: 1, System: 1, Match: 1}, {System: 1}},
		OptionalMatched: 2,
		DateCorrect:     2,
		StatusMatched:   5,
		StatusCorrect:   4,
		// The fake gives its persons no role or country.
		PersonCountryMatched: 2,
		RoleMatched:          2,
	}
	if rep.Total != want {
		t.Errorf("Gold(testdata/gold) total = %+v, want %+v", rep.Total, want)
	}
	if len(rep.Articles) != 2 || rep.Articles[0].Name != "a" || rep.Articles[1].Name != "b" {
		t.Fatalf("Gold(testdata/gold) articles = %d, want a and b", len(rep.Articles))
	}
	var text, verbose, js bytes.Buffer
	if err := rep.Write(&text, false); err != nil {
		t.Fatal(err)
	}
	if err := rep.Write(&verbose, true); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.txt", text.Bytes())
	golden(t, "report-verbose.txt", verbose.Bytes())
	golden(t, "report.json", js.Bytes())
}

func TestGoldErrors(t *testing.T) {
	valid := `{"published": "2015-03-03", "countries": ["RUS"], "events": [{"type": "meet", "status": "occurred", "start": "2015-03-01", "end": "2015-03-02"}]}`
	tests := []struct {
		name, json string
	}{
		{"not JSON", `{"published": `},
		{"no date", `{"countries": ["RUS"]}`},
		{"bad date", `{"published": "2015-02-30"}`},
		{"unknown country", `{"published": "2015-03-03", "countries": ["XXX"]}`},
		{"unknown person country", `{"published": "2015-03-03", "persons": [{"name": "A B", "country": "Russia"}]}`},
		{"bad time value", `{"published": "2015-03-03", "times": [{"text": "soon", "value": "soon"}]}`},
		{"unknown event type", `{"published": "2015-03-03", "events": [{"type": "dance", "status": "occurred"}]}`},
		{"unknown status", `{"published": "2015-03-03", "events": [{"type": "meet", "status": "maybe"}]}`},
		{"interval backwards", `{"published": "2015-03-03", "events": [{"type": "meet", "status": "occurred", "start": "2015-03-02", "end": "2015-03-01"}]}`},
	}
	for _, tt := range tests {
		if _, err := eval.ReadGold(strings.NewReader(tt.json)); !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("ReadGold(%s) error = %v, want ErrInvalid", tt.name, err)
		}
	}
	if _, err := eval.ReadGold(strings.NewReader(valid)); err != nil {
		t.Errorf("ReadGold(valid) error = %v, want nil", err)
	}

	dir := t.TempDir()
	if _, err := eval.Gold(dir, eval.GoldOptions{}); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("Gold(empty dir) error = %v, want ErrNotFound", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "x.json"), []byte(valid), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := eval.Gold(dir, eval.GoldOptions{}); !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "x.json") {
		t.Errorf("Gold(json without text) error = %v, want a missing x.txt", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "x.txt"), []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	fail := func(string, extract.Options) (*annals.Document, error) { return nil, boom }
	if _, err := eval.Gold(dir, eval.GoldOptions{Extract: fail}); !errors.Is(err, boom) {
		t.Errorf("Gold(failing extractor) error = %v, want it wrapped", err)
	}
	none := func(string, extract.Options) (*annals.Document, error) { return nil, nil }
	if _, err := eval.Gold(dir, eval.GoldOptions{Extract: none}); err == nil {
		t.Errorf("Gold(extractor returning nil, nil) error = nil, want one")
	}
	if a := eval.GoldScore(&eval.GoldDoc{Countries: []string{"RUS"}}, nil); a.Countries.Gold != 1 || a.Countries.System != 0 {
		t.Errorf("GoldScore(gold, nil) countries = %+v, want 1 gold, 0 system", a.Countries)
	}
	if err := os.WriteFile(filepath.Join(dir, "y.json"), []byte(`{"published": "nope"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := eval.Gold(dir, eval.GoldOptions{}); err == nil || !strings.Contains(err.Error(), "y.json") {
		t.Errorf("Gold(invalid y.json) error = %v, want one naming y.json", err)
	}
}

// TestGoldFixtures checks the consistency of the project's annotated
// articles (../testdata/gold) without scoring them: every annotation reads,
// has its text, and quotes it faithfully; event actors are annotated
// persons or organisations, and event countries are among the article's.
func TestGoldFixtures(t *testing.T) {
	names, err := filepath.Glob("../testdata/gold/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 15 {
		t.Errorf("../testdata/gold holds %d annotated articles, want at least 15", len(names))
	}
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		g, err := eval.ReadGold(f)
		f.Close()
		if err != nil {
			t.Errorf("ReadGold(%s) = %v", name, err)
			continue
		}
		text, err := os.ReadFile(strings.TrimSuffix(name, ".json") + ".txt")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if g.ID != strings.TrimSuffix(filepath.Base(name), ".json") || g.Source == "" || g.LicenceNote == "" || g.DCTInText == nil {
			t.Errorf("%s: id %q, source, licence_note and dct_in_text must be set", name, g.ID)
		}
		lower := strings.ToLower(string(text))
		actors := map[string]bool{}
		for _, p := range g.Persons {
			actors[p.Name] = true
		}
		for _, o := range g.Organizations {
			actors[o] = true
			if !strings.Contains(lower, strings.ToLower(o)) {
				t.Errorf("%s: organisation %q is not in the text", name, o)
			}
		}
		for _, p := range g.Places {
			if !strings.Contains(lower, strings.ToLower(p)) {
				t.Errorf("%s: place %q is not in the text", name, p)
			}
		}
		countries := map[string]bool{}
		for _, c := range g.Countries {
			countries[c] = true
		}
		for _, tm := range g.Times {
			if !strings.Contains(string(text), tm.Text) {
				t.Errorf("%s: time %q is not in the text", name, tm.Text)
			}
		}
		for i, e := range g.Events {
			if !strings.Contains(string(text), e.Evidence) {
				t.Errorf("%s: event %d: evidence %q is not in the text", name, i, e.Evidence)
			}
			for _, a := range e.Actors {
				if !actors[a] {
					t.Errorf("%s: event %d: actor %q is neither a person nor an organisation of the article", name, i, a)
				}
			}
			for _, c := range e.Countries {
				if !countries[c] {
					t.Errorf("%s: event %d: country %s is not among the article's countries", name, i, c)
				}
			}
		}
	}
}

// FuzzReadGold feeds arbitrary bytes to ReadGold and scores whatever it
// accepts against itself: no panic, and an annotation scored against an
// extraction that repeats its facts finds every person, country and date.
func FuzzReadGold(f *testing.F) {
	f.Add([]byte(`{"published": "2015-03-03", "persons": [{"name": "Sergei Lavrov"}], "countries": ["RUS"], "times": [{"text": "Friday", "value": "2015-02-27"}]}`))
	f.Add([]byte(`{"published": "2015-03-03", "events": [{"type": "trade", "status": "occurred", "amount": 1e9, "start": "2014-01-01", "end": "2014-12-31"}]}`))
	f.Add([]byte(`{"published": "2015-03-03", "persons": [{"name": "\xff\xfe"}, {"name": "O'Neill-Ó Dálaigh"}]}`))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := eval.ReadGold(bytes.NewReader(b))
		if err != nil {
			return
		}
		sys := &annals.Document{Published: g.Published}
		for _, p := range g.Persons {
			sys.Persons = append(sys.Persons, annals.Person{Name: p.Name})
		}
		for _, c := range g.Countries {
			sys.Countries = append(sys.Countries, annals.Country(c))
		}
		for _, tm := range g.Times {
			sys.Times = append(sys.Times, annals.TimeExpr{Text: tm.Text, Type: annals.TimeDate, Value: annals.TimeValue(tm.Value)})
		}
		a := eval.GoldScore(g, sys)
		if a.Persons.Match != a.Persons.Gold || a.Countries.Match != a.Countries.Gold || a.Dates.Match != a.Dates.Gold || a.DateCorrect != 1 {
			t.Errorf("GoldScore(gold, its own facts) = %+v, want every item matched", a.GoldCounts)
		}
	})
}

package store_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/store"
)

// evidences returns the first sentence of each event, which identifies it
// in these fixtures.
func evidences(evs []annals.Event) []string {
	out := []string{}
	for _, e := range evs {
		out = append(out, e.Evidence)
	}
	return out
}

func TestEvents_filters(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	talks, summit := talksDoc(), summitDoc()
	mustSave(t, db, talks, talksAgainDoc(), summit)
	var (
		meet      = talks.Events[0].Evidence
		visit     = talks.Events[1].Evidence
		trade     = talks.Events[2].Evidence
		statement = talks.Events[3].Evidence
		berlin    = summit.Events[0].Evidence
		aid       = summit.Events[1].Evidence
		paris     = summit.Events[2].Evidence
	)
	tests := []struct {
		name   string
		filter annals.EventFilter
		want   []string
	}{
		{"all in timeline order", annals.EventFilter{}, []string{trade, meet, visit, berlin, aid, paris, statement}},
		{"limit", annals.EventFilter{Limit: 2}, []string{trade, meet}},
		{"actor full name", annals.EventFilter{Actor: "Sergei Lavrov"}, []string{meet}},
		{"actor case and accents folded", annals.EventFilter{Actor: "FRANCOIS HOLLANDE"}, []string{berlin}},
		{"actor surname", annals.EventFilter{Actor: "kishida"}, []string{meet}},
		{"actor organisation", annals.EventFilter{Actor: "european union"}, []string{aid}},
		{"actor is a country", annals.EventFilter{Actor: "Ukraine"}, []string{aid}},
		{"actor unknown", annals.EventFilter{Actor: "Nobody Known"}, []string{}},
		{"country", annals.EventFilter{Country: "JPN"}, []string{trade, meet, visit, statement}},
		{"country lower case", annals.EventFilter{Country: "deu"}, []string{berlin}},
		{"country without events", annals.EventFilter{Country: "COD"}, []string{}},
		{"country not stored", annals.EventFilter{Country: "BRA"}, []string{}},
		// 2014-01-31 is the last day of the Berlin meeting (late January):
		// inclusive ends on both sides.
		{"from inclusive", annals.EventFilter{From: date("2014-01-31")}, []string{visit, berlin, aid}},
		{"to inclusive", annals.EventFilter{To: date("2013-11-01")}, []string{trade, meet}},
		{"from after to", annals.EventFilter{From: date("2014-01-01"), To: date("2013-01-01")}, []string{}},
		{"window inside a long interval", annals.EventFilter{From: date("2014-06-01"), To: date("2014-06-30")}, []string{visit}},
		{"types", annals.EventFilter{Types: []annals.EventType{annals.EventAgree, annals.EventStatement}}, []string{aid, statement}},
		{"status", annals.EventFilter{Status: annals.StatusPlanned}, []string{visit}},
		{"combined", annals.EventFilter{Country: "RUS", From: date("2013-01-01"), Status: annals.StatusOccurred}, []string{meet}},
		// A name that looks like SQL is only ever an argument.
		{"injection attempt", annals.EventFilter{Actor: "x' OR 1=1 --"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Events(ctx, tt.filter)
			if err != nil {
				t.Fatalf("Events(%+v) = %v", tt.filter, err)
			}
			if g := evidences(got); !reflect.DeepEqual(g, tt.want) {
				t.Errorf("Events(%+v) =\n%q\nwant\n%q", tt.filter, g, tt.want)
			}
		})
	}
}

func TestEvents_errors(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mustSave(t, db, talksDoc(), summitDoc())
	tests := []struct {
		name   string
		filter annals.EventFilter
		want   error
	}{
		{"unknown country", annals.EventFilter{Country: "XX"}, annals.ErrInvalid},
		{"unknown type", annals.EventFilter{Types: []annals.EventType{"dance"}}, annals.ErrInvalid},
		{"unknown status", annals.EventFilter{Status: "maybe"}, annals.ErrInvalid},
		{"ambiguous actor", annals.EventFilter{Actor: "Abe"}, annals.ErrAmbiguous},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Events(ctx, tt.filter)
			if !errors.Is(err, tt.want) || got != nil {
				t.Errorf("Events(%+v) = %d events, %v, want nil and an error wrapping %v", tt.filter, len(got), err, tt.want)
			}
		})
	}
}

func TestEvents_orderTieBreaks(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	day := date("2015-05-05")
	ev := func(typ annals.EventType, actor, evidence string) annals.Event {
		return annals.Event{Type: typ, Status: annals.StatusOccurred, Actors: []string{actor},
			Start: day, End: day, Evidence: evidence}
	}
	doc := &annals.Document{ID: "ties", Source: "test/ties.txt",
		Persons: []annals.Person{{Name: "Zoe Zed"}, {Name: "Adam Ant"}, {Name: "beth bell"}},
		Events: []annals.Event{
			ev(annals.EventVisit, "Adam Ant", "visit by Ant"),
			ev(annals.EventMeet, "Zoe Zed", "meet by Zed"),
			ev(annals.EventMeet, "beth bell", "meet by bell"),
			ev(annals.EventMeet, "Adam Ant", "meet by Ant"),
			{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"Adam Ant"},
				Start: day, End: day.AddDays(3), Evidence: "longer meet by Ant"},
		},
	}
	mustSave(t, db, doc)
	got, err := db.Events(ctx, annals.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// Same start: type first, then first actor regardless of case, then
	// ID (the two Ant meetings differ only in their end, hence in their
	// ID).
	want := []string{"meet by Ant", "longer meet by Ant", "meet by bell", "meet by Zed", "visit by Ant"}
	if store.EventKey(doc.Events[3]) > store.EventKey(doc.Events[4]) {
		want[0], want[1] = want[1], want[0]
	}
	if g := evidences(got); !reflect.DeepEqual(g, want) {
		t.Errorf("Events() order = %q, want %q", g, want)
	}
}

package timeline_test

import (
	"math"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/timeline"
)

func TestGoldstein(t *testing.T) {
	tests := []struct {
		code string
		want float64
		ok   bool
	}{
		{"040", 1.0, true},   // consult
		{"043", 2.8, true},   // meet at a third location
		{"057", 8.0, true},   // sign formal agreement
		{"190", -10, true},   // use conventional military force
		{"0431", 2.8, true},  // not in the table: its parent 043
		{"04", 1.0, true},    // a root code
		{" 036 ", 4.0, true}, // space around
		{"", 0, false},
		{"9", 0, false},
		{"999", 0, false},
		{"abc", 0, false},
	}
	for _, tt := range tests {
		got, ok := timeline.Goldstein(tt.code)
		if ok != tt.ok || math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Goldstein(%q) = %v, %v, want %v, %v", tt.code, got, ok, tt.want, tt.ok)
		}
	}
}

func sev(start string, typ annals.EventType, cameo string) annals.Event {
	e := annals.Event{Type: typ, CAMEO: cameo, Status: annals.StatusOccurred}
	if start != "" {
		d, err := annals.ParseDate(start)
		if err != nil {
			panic(err)
		}
		e.Start, e.End = d, d
	}
	return e
}

func TestSeries(t *testing.T) {
	events := []annals.Event{
		sev("2013-11-01", annals.EventMeet, "040"),
		sev("2013-11-20", annals.EventAgree, "057"),
		sev("2013-12-02", annals.EventConflict, "190"),
		sev("2014-01-05", annals.EventStatement, ""),
		sev("", annals.EventMeet, "043"),
	}
	got := timeline.Series(events, timeline.BucketMonth)
	want := []timeline.Point{
		{Period: "2013-11", Events: 2, Scored: 2, Goldstein: 9, Cooperative: 2},
		{Period: "2013-12", Events: 1, Scored: 1, Goldstein: -10, Conflictual: 1},
		{Period: "2014-01", Events: 1},
		{Period: timeline.Undated, Events: 1, Scored: 1, Goldstein: 2.8, Cooperative: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("Series(month) = %d periods, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Period != w.Period || g.Events != w.Events || g.Scored != w.Scored || math.Abs(g.Goldstein-w.Goldstein) > 1e-9 ||
			g.Cooperative != w.Cooperative || g.Conflictual != w.Conflictual {
			t.Errorf("Series(month)[%d] = %+v, want %+v", i, g, w)
		}
	}
	if got[0].Types[annals.EventMeet] != 1 || got[0].Types[annals.EventAgree] != 1 {
		t.Errorf("Series(month)[0].Types = %v, want meet 1 and agree 1", got[0].Types)
	}
	years := timeline.Series(events, timeline.BucketYear)
	if len(years) != 3 || years[0].Period != "2013" || years[0].Events != 3 || math.Abs(years[0].Goldstein+1) > 1e-9 {
		t.Errorf("Series(year) = %+v, want 2013 with 3 events and Goldstein -1 first", years)
	}
	if got := timeline.Series(nil, timeline.BucketMonth); got == nil || len(got) != 0 {
		t.Errorf("Series(nil) = %v, want empty", got)
	}
}

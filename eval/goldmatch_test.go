package eval_test

import (
	"fmt"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/eval"
)

// TestGoldMatchOptimal holds invented cases where pairing the most similar
// events first (the greedy order the scorer used to follow) scores worse
// than the optimal one-to-one matching.
func TestGoldMatchOptimal(t *testing.T) {
	occ, pl := annals.StatusOccurred, annals.StatusPlanned
	visit, meet := annals.EventVisit, annals.EventMeet
	// A minister's trip to Austria (1-2 May) and then Hungary (3-4 May).
	austria := eval.GoldEvent{Type: visit, Actors: []string{"Anna Berger"}, Countries: []string{"CHE", "AUT"},
		Place: "Vienna", Start: d("2031-05-01"), End: d("2031-05-02"), Status: occ}
	hungary := eval.GoldEvent{Type: visit, Actors: []string{"Anna Berger"}, Countries: []string{"CHE", "HUN"},
		Place: "Budapest", Start: d("2031-05-03"), End: d("2031-05-04"), Status: occ}
	opt := func(e eval.GoldEvent) eval.GoldEvent { e.Optional = true; return e }
	talks := func(st annals.Status, countries ...string) eval.GoldEvent {
		return eval.GoldEvent{Type: meet, Actors: []string{"Anna Berger"}, Countries: countries, Status: st}
	}

	tests := []struct {
		name     string
		gold     []eval.GoldEvent
		sys      []annals.Event
		events   eval.GoldTally
		optional int
		status   [2]int // correct, matched
		pairs    string // GoldMatchEvents, [gold system] pairs
	}{
		{
			// The trip-wide visit shares three participants with each
			// stop, more than the Austrian stop's own report shares with
			// it; taken first it would leave Hungary unmatched.
			name: "trip-wide visit leaves the stop to the stop's report",
			gold: []eval.GoldEvent{austria, hungary},
			sys: []annals.Event{
				sysEvent(visit, occ, "2031-05-01", "2031-05-04", []string{"Berger"}, "CHE", "AUT", "HUN"),
				sysEvent(visit, occ, "2031-05-01", "2031-05-02", []string{"Berger"}, "AUT"),
			},
			events: eval.GoldTally{Gold: 2, System: 2, Match: 2}, status: [2]int{2, 2},
			pairs: "[[0 1] [1 0]]",
		},
		{
			// Each report shares more with the event of the other
			// status; the matching that gets both statuses right wins.
			name: "status agreement before similarity",
			gold: []eval.GoldEvent{talks(pl, "CHE", "AUT"), talks(occ, "CHE")},
			sys: []annals.Event{
				sysEvent(meet, occ, "", "", []string{"Berger"}, "CHE", "AUT"),
				sysEvent(meet, pl, "", "", []string{"Berger"}, "CHE"),
			},
			events: eval.GoldTally{Gold: 2, System: 2, Match: 2}, status: [2]int{2, 2},
			pairs: "[[0 1] [1 0]]",
		},
		{
			// Either report can take the required talks, the first more
			// similar to them; only the first can take the optional ones,
			// so it goes there and no report is spurious.
			name: "more system events matched",
			gold: []eval.GoldEvent{talks(occ, "CHE", "AUT"), opt(talks(occ, "AUT"))},
			sys: []annals.Event{
				sysEvent(meet, occ, "", "", []string{"Berger"}, "CHE", "AUT"),
				sysEvent(meet, occ, "", "", nil, "CHE"),
			},
			events: eval.GoldTally{Gold: 1, System: 1, Match: 1}, optional: 1, status: [2]int{2, 2},
			pairs: "[[0 1] [1 0]]",
		},
		{
			name: "required before optional whatever the order",
			gold: []eval.GoldEvent{opt(talks(occ, "CHE", "AUT")), talks(pl, "AUT")},
			sys: []annals.Event{
				sysEvent(meet, occ, "", "", []string{"Berger"}, "CHE", "AUT"),
			},
			events: eval.GoldTally{Gold: 1, System: 1, Match: 1}, status: [2]int{0, 1},
			pairs: "[[1 0]]",
		},
		{
			name:   "no system events",
			gold:   []eval.GoldEvent{austria, opt(hungary)},
			events: eval.GoldTally{Gold: 1}, pairs: "[]",
		},
		{
			name:   "no gold events",
			sys:    []annals.Event{sysEvent(visit, occ, "2031-05-01", "2031-05-02", []string{"Berger"}, "AUT")},
			events: eval.GoldTally{System: 1}, pairs: "[]",
		},
		{name: "no events at all", pairs: "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &eval.GoldDoc{Published: d("2031-05-05"), Events: tt.gold, Persons: []eval.GoldPerson{{Name: "Anna Berger"}}}
			sys := &annals.Document{Events: tt.sys, Persons: persons("Berger")}
			if got := fmt.Sprint(eval.GoldMatchEvents(g, sys)); got != tt.pairs {
				t.Errorf("GoldMatchEvents = %s, want %s", got, tt.pairs)
			}
			checkEventScore(t, eval.GoldScore(g, sys), tt.events, tt.optional, tt.status)
		})
	}
}

// TestGoldMatchMany scores an article far larger than real ones, where
// every report could pair with every gold event: the lexicographic weights
// must not overflow, and all pairs must agree on status.
func TestGoldMatchMany(t *testing.T) {
	const n = 300
	g := &eval.GoldDoc{Published: d("2031-05-05")}
	sys := &annals.Document{}
	statuses := []annals.Status{annals.StatusOccurred, annals.StatusPlanned}
	for i := range n {
		g.Events = append(g.Events, eval.GoldEvent{Type: annals.EventMeet, Countries: []string{"AUT"}, Status: statuses[i%2], Optional: i%3 == 0})
		// Planned reports first, then occurred ones: text order pairs
		// none of them with the gold event of their own status.
		sys.Events = append(sys.Events, sysEvent(annals.EventMeet, statuses[(i*2/n+1)%2], "", "", nil, "AUT"))
	}
	a := eval.GoldScore(g, sys)
	required := n - (n+2)/3
	want := eval.GoldTally{Gold: required, System: required, Match: required}
	if a.Events != want || a.OptionalMatched != n-required {
		t.Errorf("GoldScore(%d events) = %+v, %d optional, want %+v, %d", n, a.Events, a.OptionalMatched, want, n-required)
	}
	if a.StatusCorrect != n || a.StatusMatched != n {
		t.Errorf("GoldScore(%d events) status = %d/%d, want %d/%d", n, a.StatusCorrect, a.StatusMatched, n, n)
	}
}

package annals_test

import (
	"strings"
	"testing"

	"github.com/annals-project/annals"
)

func TestEventLabel(t *testing.T) {
	for _, c := range []struct {
		e    annals.Event
		want string
	}{
		{annals.Event{Type: annals.EventMeet, Actors: []string{"Sergei Lavrov", "Fumio Kishida"}}, "meet: Sergei Lavrov, Fumio Kishida"},
		{annals.Event{Type: annals.EventTrade, Countries: []annals.Country{"RUS", "JPN"}}, "trade: RUS, JPN"},
		{annals.Event{Type: annals.EventMeet, Actors: []string{"A", "B", "C", "D", "E", "F"}}, "meet: A, B, C, D +2"},
		{annals.Event{Type: annals.EventVisit}, "visit"},
	} {
		if got := c.e.Label(); got != c.want {
			t.Errorf("Label() = %q, want %q", got, c.want)
		}
	}
}

func TestEventNodeKey(t *testing.T) {
	a := annals.Event{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"Sergei Lavrov", "Fumio Kishida"}}
	b := a
	b.Actors = []string{"Fumio Kishida", "Sergei Lavrov"}
	b.Evidence = "another article's words"
	if a.NodeKey() != b.NodeKey() || !strings.HasPrefix(a.NodeKey(), "event:") || len(a.NodeKey()) != len("event:")+16 {
		t.Errorf("NodeKey() = %q, %q; want one 'event:' key of 16 hex digits for the same happening", a.NodeKey(), b.NodeKey())
	}
	b.Status = annals.StatusPlanned
	if a.NodeKey() == b.NodeKey() {
		t.Errorf("NodeKey() equal for different statuses")
	}
}

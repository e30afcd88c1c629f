package reports_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports"
	"github.com/annals-project/annals/timeline"
)

func pnode(name string) annals.Node {
	return annals.Node{Key: annals.ActorKey(annals.KindPerson, name), Kind: annals.KindPerson, Label: name}
}

// renderAll writes one report in every format into one golden file,
// each format under a header line, and checks that the JSON parses.
func renderAll(t *testing.T, name string, write func(io.Writer, reports.Format) error) {
	t.Helper()
	var all bytes.Buffer
	for _, f := range reports.Formats {
		var b bytes.Buffer
		if err := write(&b, f); err != nil {
			t.Fatalf("%s(%s) = %v", name, f, err)
		}
		if f == reports.FormatJSON && !json.Valid(b.Bytes()) {
			t.Errorf("%s(json) is not valid JSON:\n%s", name, b.Bytes())
		}
		all.WriteString("== " + string(f) + "\n")
		all.Write(b.Bytes())
	}
	golden(t, name+".golden", all.Bytes())
	if err := write(io.Discard, "pdf"); !errors.Is(err, annals.ErrInvalid) {
		t.Errorf("%s(pdf) = %v, want ErrInvalid", name, err)
	}
}

func TestNetworkReports(t *testing.T) {
	meet := annals.Event{ID: "event:1", Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"Ada Quist", "Bo Rask"},
		Countries: []annals.Country{"NOR"}, Start: day("2014-05-02"), End: day("2014-05-02")}
	plan := annals.Event{ID: "event:2", Type: annals.EventVisit, Status: annals.StatusPlanned, Actors: []string{"Bo Rask", "Cy Toft"},
		Start: day("2014-09-01"), End: day("2014-09-30")}
	ada, bo, cy := pnode("Ada Quist"), pnode("Bo Rask"), pnode("Cy Toft")
	renderAll(t, "path", func(w io.Writer, f reports.Format) error {
		return reports.Path(w, f, "Shortest path from Ada Quist to Cy Toft (2 hops)",
			[]reports.PathHop{{From: ada, To: bo, Shared: 3, Events: []annals.Event{meet}}, {From: bo, To: cy, Shared: 1, Events: []annals.Event{plan}}})
	})
	renderAll(t, "path_none", func(w io.Writer, f reports.Format) error {
		return reports.Path(w, f, "No path from Ada Quist to Cy Toft", nil)
	})
	renderAll(t, "ego", func(w io.Writer, f reports.Format) error {
		return reports.Ego(w, f, "Bo Rask within 1 hop", []graph.EgoMember{
			{Node: bo, Hops: 0, Degree: 2}, {Node: ada, Hops: 1, Shared: 3, Degree: 1}, {Node: cy, Hops: 1, Shared: 1, Degree: 1}})
	})
	renderAll(t, "dyad", func(w io.Writer, f reports.Format) error {
		return reports.Dyad(w, f, "Ada Quist and Bo Rask, per month", []timeline.Point{
			{Period: "2014-05", Events: 3, Scored: 2, Goldstein: 9, Cooperative: 2, Types: map[annals.EventType]int{annals.EventMeet: 2, annals.EventAgree: 1}},
			{Period: "2014-06", Events: 1, Scored: 1, Goldstein: -10, Conflictual: 1, Types: map[annals.EventType]int{annals.EventConflict: 1}},
			{Period: timeline.Undated, Events: 1, Types: map[annals.EventType]int{annals.EventStatement: 1}},
		})
	})
	renderAll(t, "communities", func(w io.Writer, f reports.Format) error {
		return reports.Communities(w, f, "2 communities", []graph.Community{
			{Members: []annals.Node{bo, ada}, Internal: 3, Events: []graph.EventRef{{Key: "event:1", Label: "meet: Ada Quist, Bo Rask", Start: day("2014-05-02")}}},
			{Members: []annals.Node{cy}},
		})
	})
	renderAll(t, "windows", func(w io.Writer, f reports.Format) error {
		return reports.Windows(w, f, graph.MetricPageRank, []reports.Window{
			{Period: "2014-05", Scores: []graph.Score{{Node: bo, Value: 0.5}, {Node: ada, Value: 0.25}}},
			{Period: "2014-06", Scores: []graph.Score{{Node: cy, Value: 1}}},
		})
	})
}

func TestBalances(t *testing.T) {
	ada, bo, cy := pnode("Ada Quist"), pnode("Bo Rask"), pnode("Cy Toft")
	renderAll(t, "balance", func(w io.Writer, f reports.Format) error {
		return reports.Balances(w, f, ada, []reports.Balance{
			{Partner: bo, Events: 4, Scored: 3, Goldstein: 11.8, Cooperative: 3},
			{Partner: cy, Events: 2, Scored: 2, Goldstein: -12, Conflictual: 2},
			{Partner: pnode("Di Ulm"), Events: 1},
		})
	})
}

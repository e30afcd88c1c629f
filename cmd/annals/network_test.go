package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports"
	"github.com/annals-project/annals/store"
)

// networkDB stores two invented articles, so that the goldens of the
// network commands depend on the store and the graph code only, not on
// extraction: two envoys meet and sign, quarrel later, and a chain of
// contacts joins one of them to a minister.
func networkDB(t *testing.T) string {
	t.Helper()
	path := tempDB(t)
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	d := annals.MustParseDate
	ev := func(typ annals.EventType, cameo, day string, status annals.Status, actors []string, countries ...annals.Country) annals.Event {
		return annals.Event{Type: typ, CAMEO: cameo, Status: status, Actors: actors, Countries: countries,
			Start: d(day), End: d(day), Time: annals.TimeValue(day)}
	}
	occ, plan := annals.StatusOccurred, annals.StatusPlanned
	docs := []*annals.Document{{
		ID: "net1", Source: "test/net1.txt", Title: "Envoys sign a fisheries deal", Published: d("2015-03-10"), PublishedFrom: "dateline",
		Persons: []annals.Person{{Name: "Anna Berg", Country: "NOR"}, {Name: "Carl Dahl", Country: "DNK"}, {Name: "Eva Fors", Country: "SWE"}},
		Events: []annals.Event{
			ev(annals.EventMeet, "040", "2015-01-12", occ, []string{"Anna Berg", "Carl Dahl"}, "NOR", "DNK"),
			ev(annals.EventMeet, "043", "2015-02-03", occ, []string{"Carl Dahl", "Anna Berg"}),
			ev(annals.EventAgree, "057", "2015-03-09", occ, []string{"Anna Berg", "Carl Dahl"}, "NOR", "DNK"),
			ev(annals.EventMeet, "040", "2015-03-05", occ, []string{"Carl Dahl", "Eva Fors"}),
		},
	}, {
		ID: "net2", Source: "test/net2.txt", Title: "Talks break down", Published: d("2015-06-02"), PublishedFrom: "dateline",
		Persons: []annals.Person{{Name: "Anna Berg", Country: "NOR"}, {Name: "Carl Dahl", Country: "DNK"}, {Name: "Gus Holm", Country: "SWE", Role: "Minister"}, {Name: "Eva Fors", Country: "SWE"}},
		Events: []annals.Event{
			ev(annals.EventConflict, "111", "2015-05-30", occ, []string{"Anna Berg", "Carl Dahl"}),
			ev(annals.EventMeet, "040", "2015-06-01", occ, []string{"Eva Fors", "Gus Holm"}),
			ev(annals.EventVisit, "042", "2015-07-15", plan, []string{"Gus Holm"}, "NOR"),
		},
	}}
	if _, err := db.SaveBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestNetworkCommands(t *testing.T) {
	env := map[string]string{"ANNALS_DB": networkDB(t)}
	for _, c := range []struct {
		golden string
		args   []string
	}{
		{"net.path.txt", []string{"path", "anna berg", "Holm"}},
		{"net.path.json", []string{"path", "Berg", "Holm", "--kind", "strongest", "--events", "1", "--format", "json"}},
		{"net.ego.txt", []string{"ego", "Dahl", "--depth", "2"}},
		{"net.dyad.txt", []string{"dyad", "Berg", "Dahl"}},
		{"net.dyad.year.csv", []string{"dyad", "NOR", "DNK", "--every", "year", "--format", "csv"}},
		{"net.communities.txt", []string{"communities"}},
		{"net.windows.txt", []string{"actors", "--every", "month", "--metric", "degree", "--top", "2"}},
		{"net.graphml", []string{"export", "--format", "graphml"}},
		{"net.edgelist", []string{"export", "--format", "edgelist"}},
		{"net.relations.txt", []string{"relations", "Fors"}},
		{"net.balance.txt", []string{"relations", "Berg", "--balance"}},
		{"net.actors.from.txt", []string{"actors", "--metric", "pagerank", "--from", "2015-03-01", "--top", "0"}},
	} {
		r := runCLI(t, env, "", c.args...)
		if r.code != 0 {
			t.Errorf("annals %v: exit %d: %s", c.args, r.code, r.stderr)
			continue
		}
		golden(t, c.golden, r.stdout)
		if strings.HasSuffix(c.golden, ".json") && !json.Valid([]byte(r.stdout)) {
			t.Errorf("annals %v: invalid JSON", c.args)
		}
	}
	for _, format := range []string{"dot", "gexf", "json"} {
		if r := runCLI(t, env, "", "export", "--format", format, "--metrics", "none"); r.code != 0 || r.stdout == "" {
			t.Errorf("annals export --format %s: exit %d: %s", format, r.code, r.stderr)
		}
	}
	// actors reads the compact network; with a filter it must rank the
	// same actors with the same values as the full graph does.
	db, err := store.Open(context.Background(), env["ANNALS_DB"])
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Load(context.Background(), db, graph.Filter{From: annals.MustParseDate("2015-03-01")})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	scores, _ := g.Scores(graph.MetricPageRank)
	var want strings.Builder
	if err := reports.Scores(&want, reports.FormatText, graph.MetricPageRank, scores); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, env, "", "actors", "--metric", "pagerank", "--from", "2015-03-01", "--top", "0"); r.stdout != want.String() {
		t.Errorf("actors --from 2015-03-01 =\n%s\nwant (graph.Load)\n%s", r.stdout, want.String())
	}
	// The country dyad graph, with and without an event filter.
	for _, gf := range []graph.Filter{{}, {Types: []annals.EventType{annals.EventAgree}}} {
		gf.Kinds = []annals.NodeKind{annals.KindCountry}
		db, err := store.Open(context.Background(), env["ANNALS_DB"])
		if err != nil {
			t.Fatal(err)
		}
		g, err := graph.Load(context.Background(), db, gf)
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		scores, _ := g.Scores(graph.MetricDegree)
		var want strings.Builder
		if err := reports.Scores(&want, reports.FormatText, graph.MetricDegree, scores); err != nil {
			t.Fatal(err)
		}
		args := []string{"actors", "--countries", "--top", "0"}
		if len(gf.Types) > 0 {
			args = append(args, "--type", "agree")
		}
		if r := runCLI(t, env, "", args...); r.stdout != want.String() || !strings.Contains(r.stdout, "Norway") || strings.Contains(r.stdout, "person") {
			t.Errorf("annals %v =\n%s\nwant (graph.Load, countries only)\n%s", args, r.stdout, want.String())
		}
	}
	r := runCLI(t, env, "", "actors", "--metric", "betweenness", "--pivots", "2")
	if r.code != 0 || !strings.Contains(r.stderr, "2 sampled sources") {
		t.Errorf("actors --pivots 2: exit %d, stderr %q; want a note of the sample size", r.code, r.stderr)
	}
}

func TestNetworkUsageErrors(t *testing.T) {
	env := map[string]string{"ANNALS_DB": networkDB(t)}
	for _, args := range [][]string{
		{"path", "Berg"},
		{"path", "Berg", "Holm", "--kind", "longest"},
		{"ego", "Berg", "--depth", "-1"},
		{"dyad", "Berg", "Dahl", "--every", "week"},
		{"export", "--format", "pdf"},
		{"export", "--metrics", "fame"},
		{"actors", "--every", "decade"},
		{"communities", "--top", "-2"},
	} {
		r := runCLI(t, env, "", args...)
		if r.code != exitUsage || r.stderr == "" {
			t.Errorf("annals %v = exit %d, stderr %q; want exit 2 and a message", args, r.code, r.stderr)
		}
	}
	// An unknown name is a failure, not a usage error; an ambiguous one
	// lists the candidates.
	if r := runCLI(t, env, "", "dyad", "Nobody", "Dahl"); r.code != 1 {
		t.Errorf("dyad Nobody Dahl = exit %d, want 1", r.code)
	}
}

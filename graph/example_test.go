package graph_test

import (
	"fmt"
	"os"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
)

// A graph built from one extraction: two ministers meet, one of them later
// speaks with a news agency.
func exampleDoc() *annals.Document {
	day := annals.MustParseDate("2013-11-01")
	return &annals.Document{
		Persons:       []annals.Person{{Name: "Sergei Lavrov", Country: "RUS"}, {Name: "Fumio Kishida", Country: "JPN"}},
		Organizations: []annals.Organization{{Name: "Kyodo"}},
		Events: []annals.Event{
			{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"Sergei Lavrov", "Fumio Kishida"}, Start: day, End: day},
			{Type: annals.EventStatement, Status: annals.StatusOccurred, Actors: []string{"Fumio Kishida", "Kyodo"}, Start: day, End: day},
		},
	}
}

func ExampleGraph_Scores() {
	g := graph.FromDocument(exampleDoc())
	scores, err := g.Scores(graph.MetricBetweenness)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range scores {
		fmt.Printf("%-14s %.4f degree %d\n", s.Node.Label, s.Value, s.Degree)
	}
	// Output:
	// Fumio Kishida  1.0000 degree 2
	// Kyodo          0.0000 degree 1
	// Sergei Lavrov  0.0000 degree 1
}

func ExampleGraph_Relations() {
	g := graph.FromDocument(exampleDoc())
	for _, r := range g.Relations("person:fumio kishida") {
		fmt.Println(r.Actor.Label, r.Count, r.Types, r.First)
	}
	// Output:
	// Kyodo 1 [statement] 2013-11-01
	// Sergei Lavrov 1 [meet] 2013-11-01
}

func ExampleWriteDOT() {
	g := graph.FromDocument(exampleDoc()).Neighbourhood("person:sergei lavrov", 1)
	if err := graph.WriteDOT(os.Stdout, g, graph.DOTOptions{Highlight: "person:sergei lavrov"}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// graph "annals" {
	// 	graph [charset="UTF-8", fontname="Helvetica", overlap=false, splines=true];
	// 	node [style=filled, fontname="Helvetica"];
	// 	edge [color="#555555", fontname="Helvetica"];
	// 	"person:fumio kishida" [label="Fumio Kishida", shape=ellipse, fillcolor="#b3cde3"];
	// 	"person:sergei lavrov" [label="Sergei Lavrov", shape=ellipse, fillcolor="#b3cde3", penwidth=3];
	// 	"person:fumio kishida" -- "person:sergei lavrov" [weight=1, penwidth=1.0];
	// }
}

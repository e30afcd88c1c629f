package store_test

import (
	"context"
	"fmt"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/store"
)

// Two articles report the same meeting; the store keeps one event with two
// sources, found by a surname.
func Example() {
	ctx := context.Background()
	db, err := store.Open(ctx, ":memory:")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()

	day := annals.MustParseDate("2013-11-01")
	for i, sentence := range []string{
		"Sergei Lavrov and Fumio Kishida met in Tokyo on Friday.",
		"Kishida received Lavrov in Tokyo.",
	} {
		doc := &annals.Document{
			ID:      fmt.Sprintf("article-%d", i+1),
			Source:  fmt.Sprintf("example/%d.txt", i+1),
			Persons: []annals.Person{{Name: "Sergei Lavrov", Country: "RUS"}, {Name: "Fumio Kishida", Country: "JPN"}},
			Events: []annals.Event{{
				Type: annals.EventMeet, Status: annals.StatusOccurred,
				Actors: []string{"Sergei Lavrov", "Fumio Kishida"}, Countries: []annals.Country{"RUS", "JPN"},
				Place: "Tokyo", Start: day, End: day, Time: "2013-11-01",
				Evidence: sentence, Span: annals.Span{0, len(sentence)},
			}},
		}
		if _, err := db.Save(ctx, doc); err != nil {
			fmt.Println(err)
			return
		}
	}

	events, err := db.Events(ctx, annals.EventFilter{Actor: "kishida"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range events {
		fmt.Println(e.Start, e.Type, e.Actors, e.Countries, e.Place)
		for _, s := range e.Sources {
			fmt.Printf("  %s: %s\n", s.Source, s.Evidence)
		}
	}
	// Output:
	// 2013-11-01 meet [Sergei Lavrov Fumio Kishida] [RUS JPN] Tokyo
	//   example/1.txt: Sergei Lavrov and Fumio Kishida met in Tokyo on Friday.
	//   example/2.txt: Kishida received Lavrov in Tokyo.
}

package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/store"
)

// FuzzSave stores documents whose names, place and evidence are arbitrary
// text. Properties: Save never panics; it fails only with ErrInvalid (when
// Document.Validate does); what it stores comes back byte for byte; the
// person can be found by name unless the name folds to nothing; the
// database stays consistent.
func FuzzSave(f *testing.F) {
	// Seeds: an ordinary name, accents, Cyrillic, punctuation only, SQL
	// quoting, invalid UTF-8, a very long line, and NUL bytes.
	f.Add("Sergei Lavrov", "Tokyo", "Lavrov met Kishida in Tokyo.")
	f.Add("François Hollande", "Besançon", "Hollande spoke in Besançon.")
	f.Add("Сергей Лавров", "Москва", "Лавров встретился с Кисидой.")
	f.Add("--", "?", "Show more")
	f.Add("O'Neill'); DROP TABLE nodes; --", "x' OR '1'='1", "\"quoted\"")
	f.Add("\xff\xfe", "\xc3", "\x80abc")
	f.Add(string(make([]byte, 5000)), "", "line")
	f.Add("a\x00b", "p\x00", "e\x00")

	f.Fuzz(func(t *testing.T, name, place, evidence string) {
		// A fresh in-memory database per input keeps every run
		// independent of the ones before it, and cheap.
		ctx := context.Background()
		db, err := store.Open(ctx, ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		doc := &annals.Document{
			ID:      "fuzz",
			Source:  "fuzz",
			Persons: []annals.Person{{Name: name, Country: "FRA"}},
			Places:  []annals.Place{{Name: place}},
			Events: []annals.Event{{Type: annals.EventStatement, Status: annals.StatusOccurred,
				Actors: []string{name}, Countries: []annals.Country{"FRA"}, Place: place,
				Evidence: evidence, Span: annals.Span{0, len(evidence)}}},
		}
		saved, err := db.Save(ctx, doc)
		if verr := doc.Validate(); verr != nil {
			if saved || !errors.Is(err, annals.ErrInvalid) {
				t.Fatalf("Save(invalid %q) = %v, %v, want false and ErrInvalid", name, saved, err)
			}
			return
		}
		if err != nil || !saved {
			t.Fatalf("Save(%q, %q, %q) = %v, %v, want true, nil", name, place, evidence, saved, err)
		}
		evs, err := db.Events(ctx, annals.EventFilter{Country: "FRA"})
		if err != nil {
			t.Fatalf("Events() = %v", err)
		}
		found := false
		for _, e := range evs {
			for _, s := range e.Sources {
				if s.Document == doc.ID {
					found = true
					if s.Evidence != evidence || s.Span != doc.Events[0].Span {
						t.Errorf("source evidence = %q %v, want %q %v", s.Evidence, s.Span, evidence, doc.Events[0].Span)
					}
				}
			}
		}
		if !found {
			t.Errorf("Events() lacks the report of %s", doc.ID)
		}
		if _, err := db.FindActor(ctx, name); err != nil && !errors.Is(err, annals.ErrNotFound) && !errors.Is(err, annals.ErrAmbiguous) {
			t.Errorf("FindActor(%q) = %v, want a node, ErrNotFound or ErrAmbiguous", name, err)
		}
		if err := db.Check(ctx); err != nil {
			t.Errorf("Check() = %v", err)
		}
	})
}

package store_test

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
)

// benchEvents is the number of events per benchmark article, about what an
// extracted news article holds.
const benchEvents = 5

func BenchmarkSave(b *testing.B) {
	ctx := context.Background()
	db := MustOpenDB(b)
	docs := make([]*annals.Document, b.N)
	for i := range docs {
		docs[i] = bulkDoc(i, benchEvents)
	}
	b.ResetTimer()
	for i := range b.N {
		if _, err := db.Save(ctx, docs[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkSaveBatch saves under a cancellable context, as the command
// line's ingest does (its context ends on an interrupt).
func BenchmarkSaveBatch(b *testing.B) {
	const batch = 500
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db := MustOpenDB(b)
	docs := make([]*annals.Document, b.N)
	for i := range docs {
		docs[i] = bulkDoc(i, benchEvents)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i += batch {
		if _, err := db.SaveBatch(ctx, docs[i:min(i+batch, b.N)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkEvents(b *testing.B) {
	const articles = 2000 // 10,000 events
	ctx := context.Background()
	db := MustOpenDB(b)
	docs := make([]*annals.Document, articles)
	for i := range docs {
		docs[i] = bulkDoc(i, benchEvents)
	}
	if _, err := db.SaveBatch(ctx, docs); err != nil {
		b.Fatal(err)
	}
	for _, bb := range []struct {
		name string
		f    annals.EventFilter
	}{
		{"all", annals.EventFilter{}},
		{"limit100", annals.EventFilter{Limit: 100}},
		{"actor", annals.EventFilter{Actor: "Person 42"}},
		{"country+year", annals.EventFilter{Country: "FRA", From: date("2011-01-01"), To: date("2011-12-31")}},
		{"type+status", annals.EventFilter{Types: []annals.EventType{annals.EventMeet}, Status: annals.StatusOccurred}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				evs, err := db.Events(ctx, bb.f)
				if err != nil {
					b.Fatal(err)
				}
				n = len(evs)
			}
			b.ReportMetric(float64(n), "events/op")
		})
	}
}

package synth_test

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/synth"
)

func collect(o synth.Options) []*annals.Document {
	var out []*annals.Document
	for d := range synth.Documents(o) {
		out = append(out, d)
	}
	return out
}

func TestDocuments(t *testing.T) {
	o := synth.Options{Events: 1050, Actors: 100, PerDocument: 20, Seed: 7}
	docs := collect(o)
	if len(docs) != 53 {
		t.Fatalf("Documents: %d documents, want 53 (1050 events, 20 each)", len(docs))
	}
	events := 0
	count := map[string]int{}
	ids := map[string]bool{}
	for _, d := range docs {
		if err := d.Validate(); err != nil {
			t.Fatalf("document %s: Validate() = %v", d.ID, err)
		}
		if ids[d.ID] {
			t.Errorf("document ID %s repeated", d.ID)
		}
		ids[d.ID] = true
		for _, e := range d.Events {
			events++
			if len(e.Actors) < 2 || len(e.Actors) > 4 {
				t.Errorf("event with %d actors, want 2 to 4", len(e.Actors))
			}
			if e.Start.Before(annals.NewDate(2000, 1, 1)) || e.Start.After(annals.NewDate(2019, 12, 31)) {
				t.Errorf("event dated %s, outside the default range", e.Start)
			}
			for _, a := range e.Actors {
				count[a]++
			}
		}
	}
	if events != 1050 {
		t.Errorf("Documents: %d events, want 1050", events)
	}
	// Power law: the busiest actor takes part in far more events than
	// the median one.
	var counts []int
	for _, c := range count {
		counts = append(counts, c)
	}
	slices.Sort(counts)
	if top, median := counts[len(counts)-1], counts[len(counts)/2]; top < 10*median {
		t.Errorf("busiest actor in %d events, median %d: want a heavy tail (10x)", top, median)
	}
	if again := collect(o); !reflect.DeepEqual(again, docs) {
		t.Errorf("Documents is not deterministic")
	}
	if other := collect(synth.Options{Events: 1050, Actors: 100, Seed: 8}); reflect.DeepEqual(other, docs) {
		t.Errorf("Documents(seed 8) = Documents(seed 7)")
	}
}

func TestActorNamesUnique(t *testing.T) {
	seen := map[string]int{}
	surnames := map[string]int{}
	for i := range 200000 {
		name, org := synth.Actor(i)
		if j, dup := seen[name]; dup {
			t.Fatalf("Actor(%d) = Actor(%d) = %q", i, j, name)
		}
		seen[name] = i
		if org != (i%10 == 9) {
			t.Errorf("Actor(%d) organisation = %v", i, org)
		}
		f := annals.NormalizeName(name)
		s := lastWord(f)
		if org {
			continue
		}
		if j, dup := surnames[s]; dup {
			t.Fatalf("Actor(%d) and Actor(%d) share the surname %q", i, j, s)
		}
		surnames[s] = i
	}
}

func lastWord(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return s[i+1:]
		}
	}
	return s
}

type fakeSaver struct {
	batches, docs int
	failAt        int
}

func (f *fakeSaver) SaveBatch(_ context.Context, docs []*annals.Document) ([]bool, error) {
	f.batches++
	if f.batches == f.failAt {
		return nil, errors.New("disk full")
	}
	f.docs += len(docs)
	return make([]bool, len(docs)), nil
}

func TestFill(t *testing.T) {
	s := &fakeSaver{}
	docs, events, err := synth.Fill(context.Background(), s, synth.Options{Events: 1000, PerDocument: 10}, 30)
	if err != nil || docs != 100 || events != 1000 || s.batches != 4 {
		t.Errorf("Fill = %d docs, %d events, %v in %d batches; want 100, 1000, nil in 4", docs, events, err, s.batches)
	}
	bad := &fakeSaver{failAt: 2}
	docs, _, err = synth.Fill(context.Background(), bad, synth.Options{Events: 1000, PerDocument: 10}, 30)
	if err == nil || docs != 30 {
		t.Errorf("Fill with a failing saver = %d docs, %v; want 30 and an error", docs, err)
	}
}

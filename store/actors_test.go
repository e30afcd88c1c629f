package store_test

import (
	"context"
	"slices"
	"testing"

	"github.com/annals-project/annals"
)

// TestActors: Actors is Nodes restricted to persons and organisations, in
// the same key order.
func TestActors(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	if got, err := db.Actors(ctx); err != nil || got == nil || len(got) != 0 {
		t.Fatalf("Actors() on an empty database = %v, %v; want an empty slice", got, err)
	}
	mustSave(t, db, talksDoc(), summitDoc())
	nodes, err := db.Nodes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var want []annals.Node
	for _, n := range nodes {
		if n.Kind == annals.KindPerson || n.Kind == annals.KindOrganization {
			want = append(want, n)
		}
	}
	got, err := db.Actors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("Actors() = %v, want %v", got, want)
	}
}

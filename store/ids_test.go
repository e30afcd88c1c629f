package store_test

import (
	"context"
	"reflect"
	"testing"
)

func TestDocumentIDs(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	ids, err := db.DocumentIDs(ctx)
	if err != nil || ids == nil || len(ids) != 0 {
		t.Errorf("DocumentIDs() on an empty database = %v, %v, want an empty map", ids, err)
	}
	mustSave(t, db, talksDoc(), summitDoc())
	ids, err = db.DocumentIDs(ctx)
	if want := map[string]bool{"a1": true, "a3": true}; err != nil || !reflect.DeepEqual(ids, want) {
		t.Errorf("DocumentIDs() = %v, %v, want %v", ids, err, want)
	}
}

package store_test

import (
	"context"
	"os"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/store"
)

func TestScratchMake(t *testing.T) {
	p := os.Getenv("SCRATCH_DB")
	if p == "" {
		t.Skip()
	}
	db, err := store.Open(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	docs := make([]*annals.Document, 2000)
	for i := range docs {
		docs[i] = bulkDoc(i, 5)
	}
	if _, err := db.SaveBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
}

func TestScratchTalks(t *testing.T) {
	p := os.Getenv("SCRATCH_TALKS")
	if p == "" {
		t.Skip()
	}
	db, err := store.Open(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mustSave(t, db, talksDoc(), summitDoc())
}

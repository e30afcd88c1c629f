package examples_test

import (
	"bytes"
	"io/fs"
	"os"
	"testing"

	"github.com/annals-project/annals/examples"
)

func TestArticles(t *testing.T) {
	names, err := fs.Glob(examples.Articles(), "*.txt")
	if err != nil || len(names) < 4 {
		t.Fatalf("Articles() holds %v (%v), want at least 4 .txt files", names, err)
	}
	// The seed among them is byte for byte the test fixture.
	got, err := fs.ReadFile(examples.Articles(), "ap-archive-lavrov-kishida-2013.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../testdata/seed/ap-archive-lavrov-kishida-2013.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the bundled seed differs from testdata/seed")
	}
}

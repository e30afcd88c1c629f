package extract_test

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// TestCreditStatement: a reporter named by a news agency's possessive has
// the credit role "Correspondent", but what a reporter says is no
// official's statement; an official's is.
func TestCreditStatement(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"OSLO, May 4, 2022 - VOA's Anna Kowalska declared on Monday that the border would stay open.", 0},
		{"OSLO, May 4, 2022 - Foreign Minister Anna Kowalska declared on Monday that the border would stay open.", 1},
	} {
		doc, err := extract.Document(c.text, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, e := range doc.Events {
			if e.Type == annals.EventStatement {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d statements (%+v), want %d", c.text, n, doc.Events, c.want)
		}
	}
}

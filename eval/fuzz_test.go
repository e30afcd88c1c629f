package eval_test

import (
	"os"
	"strings"
	"testing"

	"github.com/annals-project/annals/eval"
)

// FuzzReadTimeML checks the TimeML reader on any bytes: no panic, and when
// it succeeds every gold expression's span lies in the text and holds the
// expression's text.
func FuzzReadTimeML(f *testing.F) {
	a, _ := os.ReadFile("testdata/timeml/a.tml")
	f.Add(string(a)) // a whole small document
	f.Add("")        // nothing
	f.Add("<TEXT>x <TIMEX3 tid=\"t1\" value=\"2013\">2013</TIMEX3> &amp;&#xZZ; &#99999999;</TEXT>")
	f.Add("<TEXT><TIMEX3 tid=\"t1\"/><TIMEX3></TEXT>")                 // empty and unclosed tags
	f.Add("<TEXT>\xff\xfe <TIMEX3 type=\"DATE\">\x80</TIMEX3></TEXT>") // invalid UTF-8
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := eval.ReadTimeML(strings.NewReader(s))
		if err != nil {
			return
		}
		for i, g := range doc.Gold {
			if g.Span[0] < 0 || g.Span[1] < g.Span[0] || g.Span[1] > len(doc.Text) {
				t.Fatalf("ReadTimeML(%q).Gold[%d] span %v outside text of %d bytes", s, i, g.Span, len(doc.Text))
			}
			if doc.Text[g.Span[0]:g.Span[1]] != g.Text {
				t.Fatalf("ReadTimeML(%q).Gold[%d] text %q, span holds %q", s, i, g.Text, doc.Text[g.Span[0]:g.Span[1]])
			}
		}
	})
}

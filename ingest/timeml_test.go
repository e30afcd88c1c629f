package ingest_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/ingest"
)

const sampleTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>wire-0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2014-03-07" functionInDocument="CREATION_TIME">March 7, 2014</TIMEX3></DCT>
<TEXT>
Ministers met <TIMEX3 tid="t1" type="DATE" value="2014-03-06">on Thursday</TIMEX3> &amp; agreed to talk <TIMEX3 tid="t2" type="DATE" value="2014-W11">next week</TIMEX3>.
</TEXT>
</TimeML>
`

func TestParseTimeML(t *testing.T) {
	doc, err := ingest.ParseTimeML([]byte(sampleTML))
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "wire-0001" || doc.DCT != date(t, "2014-03-07") {
		t.Errorf("ID %q DCT %v, want wire-0001 2014-03-07", doc.ID, doc.DCT)
	}
	want := "\nMinisters met on Thursday & agreed to talk next week.\n"
	if doc.Text != want {
		t.Errorf("Text = %q, want %q", doc.Text, want)
	}
	if len(doc.Timexes) != 2 {
		t.Fatalf("Timexes = %v, want 2", doc.Timexes)
	}
	for _, x := range doc.Timexes {
		if got := doc.Text[x.Span[0]:x.Span[1]]; got != x.Text {
			t.Errorf("span %v holds %q, want %q", x.Span, got, x.Text)
		}
	}
	if x := doc.Timexes[1]; x.Text != "next week" || x.Value != "2014-W11" || x.Type != "DATE" {
		t.Errorf("second timex = %+v", x)
	}
	if _, err := ingest.ParseTimeML([]byte("<TimeML><DOCID>x</DOCID></TimeML>")); !errors.Is(err, annals.ErrInvalid) {
		t.Errorf("no <TEXT>: err = %v, want ErrInvalid", err)
	}
}

// A .tml file is read as the article its <TEXT> holds, dated by its DCT, not
// as text with tags in it.
func TestReadTimeMLFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.tml")
	bad := filepath.Join(dir, "b.tml")
	if err := os.WriteFile(good, []byte(sampleTML), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("<TimeML><TEXT>open <TIMEX3 type=\"DATE\">Friday</TEXT></TimeML>"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := readAll(t, []string{dir}, ingest.Options{})
	if len(r.arts) != 1 || len(r.errs) != 1 {
		t.Fatalf("articles %v errors %v, want one of each", r.arts, r.errs)
	}
	a := r.arts[0]
	if a.Published != date(t, "2014-03-07") || a.Meta["docid"] != "wire-0001" {
		t.Errorf("article dated %v docid %q", a.Published, a.Meta["docid"])
	}
	if a.Text != "\nMinisters met on Thursday & agreed to talk next week.\n" {
		t.Errorf("text %q still holds markup", a.Text)
	}
	var ie *ingest.InputError
	if !errors.As(r.errs[0], &ie) || ie.Input != bad || !errors.Is(r.errs[0], annals.ErrInvalid) {
		t.Errorf("error %v, want an InputError naming %s", r.errs[0], bad)
	}
}

func date(t *testing.T, s string) annals.Date {
	t.Helper()
	d, err := annals.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// A character reference to a control character is no character: it stays
// text, so no NUL reaches the article.
func TestParseTimeMLControlReference(t *testing.T) {
	doc, err := ingest.ParseTimeML([]byte("<TimeML><TEXT>a&#0;b &#x1F; c&#233;</TEXT></TimeML>"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "a&#0;b &#x1F; cé"; doc.Text != want {
		t.Errorf("Text = %q, want %q", doc.Text, want)
	}
}

package ingest_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/ingest"
)

func TestReadRSS(t *testing.T) {
	r := readAll(t, []string{"testdata/world.rss"}, ingest.Options{})
	if len(r.arts) != 2 {
		t.Fatalf("got %d articles, want 2 (errors %v)", len(r.arts), r.errs)
	}
	a := r.arts[0]
	if a.Source != "testdata/world.rss#1" || a.Published != annals.MustParseDate("2013-11-02") || !strings.Contains(a.Title, "two-plus-two") {
		t.Errorf("first item = %+v", a)
	}
	if !strings.Contains(a.Text, `first "two-plus-two" talks`) || !strings.Contains(a.Text, "next round of consultations") {
		t.Errorf("first item text lacks the story (entities, paragraphs):\n%s", a.Text)
	}
	if strings.Contains(a.Text, "trackView") || strings.Contains(a.Text, "<p>") {
		t.Errorf("first item text keeps markup or scripts:\n%s", a.Text)
	}
	if a.Meta["link"] == "" || a.Meta["guid"] != "example-2013-11-02-0001" {
		t.Errorf("first item meta = %v", a.Meta)
	}
	if b := r.arts[1]; b.Source != "testdata/world.rss#3" || b.Published != annals.MustParseDate("2013-04-29") {
		t.Errorf("third item = %+v", b)
	}
	// The photo gallery has no text: reported by item, the others go on.
	if len(r.errs) != 1 || !strings.Contains(r.errs[0].Error(), "world.rss#2") || !errors.Is(r.errs[0], annals.ErrInvalid) {
		t.Errorf("errors = %v, want one for item 2", r.errs)
	}
}

func TestReadAtom(t *testing.T) {
	r := readAll(t, []string{"testdata/diplomacy.atom"}, ingest.Options{})
	if len(r.arts) != 2 || len(r.errs) != 0 {
		t.Fatalf("got %d articles, errors %v; want 2, none", len(r.arts), r.errs)
	}
	// The entry's own date, in its own time zone (Dec 15 in Japan).
	if got := r.arts[0].Published; got != annals.MustParseDate("2016-12-15") {
		t.Errorf("first entry published = %v, want 2016-12-15", got)
	}
	if !strings.Contains(r.arts[0].Text, "Putin will travel to Tokyo") {
		t.Errorf("first entry text = %q", r.arts[0].Text)
	}
	// No <published>: the updated date is used.
	if got := r.arts[1].Published; got != annals.MustParseDate("2019-03-14") {
		t.Errorf("second entry published = %v, want 2019-03-14", got)
	}
}

func TestReadBrokenFeed(t *testing.T) {
	r := readAll(t, []string{"testdata/broken.rss"}, ingest.Options{})
	if len(r.arts) != 0 || len(r.errs) != 1 || !strings.Contains(r.errs[0].Error(), "broken.rss") {
		t.Errorf("got %v, errors %v; want one error naming the file", r.arts, r.errs)
	}
}

func TestKindOf(t *testing.T) {
	for _, c := range []struct {
		name string
		head string
		want ingest.Kind
	}{
		{"a.txt", "", ingest.KindText},
		{"a.HTML", "", ingest.KindHTML},
		{"a.jsonl", "", ingest.KindJSONL},
		{"a.rss", "", ingest.KindFeed},
		{"a.xml", `<?xml version="1.0"?><rss version="2.0">`, ingest.KindFeed},
		{"a.xml", `<?xml version="1.0"?><svg>`, ingest.KindUnknown},
		{"a.tml", "", ingest.KindTimeML},
		{"a.xml", `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`, ingest.KindTimeML},
		{"noext", `<TimeML>`, ingest.KindTimeML},
		{"noext", "<!DOCTYPE html><html>", ingest.KindHTML},
		{"noext", `{"id":1}`, ingest.KindJSONL},
		{"noext", `<feed xmlns="http://www.w3.org/2005/Atom">`, ingest.KindFeed},
		{"noext", "MOSCOW, Jan 3 - ...", ingest.KindText},
		{"a.pdf", "%PDF-1.4", ingest.KindUnknown},
	} {
		if got := ingest.KindOf(c.name, []byte(c.head)); got != c.want {
			t.Errorf("KindOf(%q, %q) = %v, want %v", c.name, c.head, got, c.want)
		}
	}
}

package extract_test

import (
	"encoding/json"
	"errors"
	"flag"
	gf "github.com/annals-project/annals/internal/golden"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

var update = flag.Bool("update", false, "rewrite golden files")

const seedPath = "testdata/seed/ap-archive-lavrov-kishida-2013.txt"

func readSeed(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", seedPath))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// checkGolden compares got with the golden file at path; with -update it
// rewrites the file.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	gf.Check(t, path, got, *update)
}

func TestDocumentSeedGolden(t *testing.T) {
	doc, err := extract.Document(readSeed(t), extract.Options{Source: seedPath})
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	checkGolden(t, filepath.Join("testdata", "ap-archive-lavrov-kishida-2013.extract.golden.json"), got)
}

// TestDocumentSeed states the seed's expectations (issue 2) directly, so a
// careless -update cannot bless a regression.
func TestDocumentSeed(t *testing.T) {
	text := readSeed(t)
	doc, err := extract.Document(text, extract.Options{Source: seedPath})
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(); err != nil {
		t.Fatalf("Validate() = %v", err)
	}
	if got, want := doc.Published.String(), "2013-11-01"; got != want {
		t.Errorf("Published = %s, want %s", got, want)
	}
	if got, want := countryString(doc.Countries), "RUS JPN USA CHN PRK"; got != want {
		t.Errorf("Countries = %s, want %s", got, want)
	}
	persons := map[string]annals.Person{}
	for _, p := range doc.Persons {
		persons[p.Name] = p
	}
	for _, w := range []annals.Person{
		{Name: "Sergei Lavrov", Country: "RUS", Role: "Foreign Minister"},
		{Name: "Fumio Kishida", Country: "JPN", Role: "Foreign Minister"},
		{Name: "Sergei Shoigu", Role: "Defence Minister"},
		{Name: "Itsunori Onodera", Role: "Defence Minister"},
		{Name: "Vladimir Putin", Country: "RUS", Role: "President"},
	} {
		g, ok := persons[w.Name]
		if !ok {
			t.Errorf("person %q missing", w.Name)
			continue
		}
		if g.Country != w.Country || g.Role != w.Role {
			t.Errorf("person %q = %s/%s, want %s/%s", w.Name, g.Country, g.Role, w.Country, w.Role)
		}
	}
	if len(doc.Persons) != 5 {
		t.Errorf("len(Persons) = %d, want 5: %+v", len(doc.Persons), doc.Persons)
	}
	// "trade ties in Asia": a region named as a location is a place.
	if len(doc.Places) != 2 || doc.Places[0].Name != "Tokyo" || doc.Places[0].Country != "JPN" || doc.Places[1].Name != "Asia" {
		t.Errorf("Places = %+v, want [Tokyo JPN, Asia]", doc.Places)
	}
	chrome := strings.Index(text, "Find out more")
	for _, e := range doc.Events {
		if e.Span[0] >= chrome {
			t.Errorf("event from page chrome: %q", e.Evidence)
		}
	}
	for _, tm := range doc.Times {
		if tm.Span[0] >= chrome {
			t.Errorf("time from page chrome: %q", tm.Text)
		}
	}
	type key struct {
		typ        annals.EventType
		start, end string
		status     annals.Status
	}
	want := []key{
		{"meet", "2013-11-01", "2013-11-01", "occurred"},
		{"agree", "2013-11-01", "2013-11-01", "occurred"},
		{"agree", "2013-11-01", "2013-11-01", "occurred"},
		{"meet", "2014-01-21", "2014-02-28", "planned"},
		{"visit", "2014-03-01", "2014-05-31", "planned"},
		{"meet", "2013-11-02", "2013-11-02", "planned"},
		{"trade", "2012-01-01", "2012-12-31", "occurred"},
	}
	have := map[key]int{}
	for _, e := range doc.Events {
		have[key{e.Type, e.Start.String(), e.End.String(), e.Status}]++
	}
	for _, w := range want {
		if have[w] == 0 {
			t.Errorf("missing event %v", w)
			continue
		}
		have[w]--
	}
	for k, n := range have {
		if n > 0 && k.typ != annals.EventStatement {
			t.Errorf("unexpected event %v", k)
		}
	}
}

func countryString(cs []annals.Country) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, " ")
}

func TestDocumentOptions(t *testing.T) {
	text := "MOSCOW (Reuters) - Russia and China signed a trade deal on Monday, officials said."
	doc, err := extract.Document(text, extract.Options{Source: "x", Title: "T", Published: annals.MustParseDate("2020-03-04")})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Published.String() != "2020-03-04" || doc.PublishedFrom != "option" || doc.Title != "T" {
		t.Errorf("Document(opts) = %s/%s/%q, want 2020-03-04/option/T", doc.Published, doc.PublishedFrom, doc.Title)
	}
	if len(doc.ID) != 64 {
		t.Errorf("ID = %q, want 64 hex digits", doc.ID)
	}
	_, err = extract.Document(text, extract.Options{Published: annals.Date{Year: 2020, Month: 13, Day: 40}})
	if !errors.Is(err, annals.ErrInvalid) {
		t.Errorf("Document(bad date) error = %v, want ErrInvalid", err)
	}
}

// TestArticlesGolden snapshots the extraction of the project's own test
// articles (../testdata/articles), written in the styles the extractor
// meets: a scraped video page, Reuters-1987 wire copy, a VOA web story.
func TestArticlesGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, p := range paths {
		stem := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(stem, func(t *testing.T) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := extract.Document(string(b), extract.Options{Source: "testdata/articles/" + filepath.Base(p)})
			if err != nil {
				t.Fatal(err)
			}
			if err := doc.Validate(); err != nil {
				t.Fatalf("Validate() = %v", err)
			}
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", stem+".extract.golden.json"), append(got, '\n'))
		})
	}
}

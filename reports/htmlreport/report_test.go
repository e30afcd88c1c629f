package htmlreport_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	gf "github.com/annals-project/annals/internal/golden"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports/htmlreport"
	"github.com/annals-project/annals/timeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with the golden file name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	gf.Check(t, filepath.Join("testdata", name), got, *update)
}

func day(s string) annals.Date { return annals.MustParseDate(s) }

// sample is a hand-built document in the style of a wire story: two
// ministers meet, agree on a later summit (a planned range), a trade
// figure for a whole year, and a planned visit "next spring". The
// sentences are ours, not from any fixture.
func sample() *annals.Document {
	amount := 1.25e9
	src := func(ev string) []annals.Source {
		return []annals.Source{{Document: "d1", Source: "https://news.example/articles/42", Title: "Ministers meet in Oslo", Published: day("2021-03-04"), Evidence: ev}}
	}
	return &annals.Document{
		Source: "https://news.example/articles/42", Published: day("2021-03-04"),
		Persons: []annals.Person{
			{Name: "Anna Berg", Country: "NOR", Role: "Foreign Minister"},
			{Name: "Jan Novak", Country: "CZE", Role: "Foreign Minister"},
			{Name: "Eva Lind", Country: "SWE"},
		},
		Countries: []annals.Country{"NOR", "CZE", "SWE"},
		Events: []annals.Event{
			{ID: "e1", Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"Anna Berg", "Jan Novak"}, Countries: []annals.Country{"NOR", "CZE"},
				Place: "Oslo", Start: day("2021-03-04"), End: day("2021-03-04"), Time: "2021-03-04",
				Evidence: "Anna Berg met Jan Novak in Oslo on Thursday.", Sources: src("Anna Berg met Jan Novak in Oslo on Thursday.")},
			{ID: "e2", Type: annals.EventAgree, Status: annals.StatusOccurred, Actors: []string{"Anna Berg", "Jan Novak"}, Countries: []annals.Country{"NOR", "CZE"},
				Start: day("2021-03-04"), End: day("2021-03-04"), Time: "2021-03-04",
				Evidence: "They agreed to hold a summit in late April or May."},
			{ID: "e3", Type: annals.EventMeet, Status: annals.StatusPlanned, Actors: []string{"Anna Berg", "Jan Novak", "Eva Lind"}, Countries: []annals.Country{"NOR", "CZE", "SWE"},
				Start: day("2021-04-21"), End: day("2021-05-31"),
				Evidence: "They agreed to hold a summit in late April or May."},
			{ID: "e4", Type: annals.EventTrade, Status: annals.StatusOccurred, Countries: []annals.Country{"NOR", "CZE"},
				Start: day("2020-01-01"), End: day("2020-12-31"), Time: "2020", Amount: &amount, Currency: "EUR", Measure: "trade",
				Evidence: "Trade between the two countries reached 1.25 billion euros last year."},
			{ID: "e5", Type: annals.EventVisit, Status: annals.StatusPlanned, Actors: []string{"Jan Novak"}, Countries: []annals.Country{"SWE"},
				Start: day("2022-03-01"), End: day("2022-05-31"), Time: "2022-SP",
				Evidence: "Novak will visit Stockholm next spring."},
			{ID: "e6", Type: annals.EventStatement, Status: annals.StatusOccurred, Actors: []string{"Eva Lind"},
				Evidence: "Lind said the talks were useful."},
		},
	}
}

func render(t *testing.T, doc *annals.Document, opts htmlreport.Options) string {
	t.Helper()
	var buf bytes.Buffer
	tl := timeline.Build(doc.Events, timeline.Options{})
	if err := htmlreport.Render(&buf, tl, graph.FromDocument(doc), opts); err != nil {
		t.Fatalf("Render() = %v", err)
	}
	return buf.String()
}

func TestRenderGolden(t *testing.T) {
	for name, opts := range map[string]htmlreport.Options{
		"actor":   {Title: "Sample report", Lanes: htmlreport.LanesActor, Seed: 1},
		"country": {Title: "Sample report", Lanes: htmlreport.LanesCountry, Seed: 1},
		// Few marks and lanes allowed: the aggregated form, merged lanes
		// and a capped network and event table, on a small input.
		"aggregated": {Title: "Sample report", MaxMarks: 3, MaxLanes: 3, MaxNodes: 3, MaxRows: 2, Seed: 1},
	} {
		t.Run(name, func(t *testing.T) {
			got := render(t, sample(), opts)
			golden(t, "sample_"+name+".golden.html", []byte(got))
			// Rendering is deterministic: a second run gives the same bytes.
			if again := render(t, sample(), opts); again != got {
				t.Errorf("Render() differs between two runs")
			}
		})
	}
}

func TestRenderContent(t *testing.T) {
	out := render(t, sample(), htmlreport.Options{})
	for _, want := range []string{
		`<title>annals report</title>`,
		`id="ev-1"`, `id="ev-6"`, // every event has a row; e6 is undated and last
		`class="mark planned"`, // planned events are drawn hollow and dashed
		`<a href="https://news.example/articles/42" rel="noopener noreferrer">Ministers meet in Oslo</a>`, // source link
		`1,250,000,000`, `EUR`, // trade table
		`data-label="Anna Berg"`, `data-label="Jan Novak"`, `data-label="Eva Lind"`, // lanes and nodes
		`1 undated event is not on the timeline`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Render(sample) lacks %q", want)
		}
	}
	// The planned summit "late April or May" is a bar (a rect) and the
	// one-day meeting a point (a circle).
	bar := regexp.MustCompile(`<rect class="mark planned" x="[0-9.]+" y="[0-9.]+" width="([0-9.]+)"[^>]*><title>2021-04-21\.\.2021-05-31 · meet`)
	m := bar.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("Render(sample): the planned range 2021-04-21..2021-05-31 is not drawn as a bar")
	}
	var w float64
	fmt.Sscan(m[1], &w)
	if w < 20 {
		t.Errorf("bar width of a 41-day range = %v, want at least 20", w)
	}
	if !regexp.MustCompile(`<circle class="mark" [^>]*><title>2021-03-04 · meet`).MatchString(out) {
		t.Errorf("Render(sample): the one-day meeting is not drawn as a filled point")
	}
	if !regexp.MustCompile(`<a href="#ev-\d+"><circle`).MatchString(out) {
		t.Errorf("Render(sample): marks do not link to their event rows")
	}
}

// TestRenderEscapes checks that article text cannot inject markup: a story
// quoting a script tag shows it as text.
func TestRenderEscapes(t *testing.T) {
	doc := sample()
	doc.Persons = append(doc.Persons, annals.Person{Name: `<img src=x onerror=alert(1)>`})
	doc.Events[0].Evidence = `He wrote "<script>alert('x')</script>" on the board & left.`
	doc.Events[0].Sources[0].Evidence = doc.Events[0].Evidence
	doc.Events[0].Sources[0].Title = `</title><script>alert(2)</script>`
	doc.Events[1].Actors = append(doc.Events[1].Actors, `<img src=x onerror=alert(1)>`)
	doc.Events[3].Sources = []annals.Source{{Source: "javascript:alert(3)", Evidence: "x"}}
	out := render(t, doc, htmlreport.Options{})
	for _, bad := range []string{"<script>alert", "<img src=x", "</title><script>", `href="javascript:`} {
		if strings.Contains(out, bad) {
			t.Errorf("Render(hostile text) contains %q unescaped", bad)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") {
		t.Errorf("Render(hostile text) does not show the script tag as text")
	}
}

// TestSelfContained checks that the page references nothing outside
// itself: no src attributes, no style sheets, no url() in CSS, links only
// to its own rows or to web sources (navigation, not loading), and a
// content security policy that forbids the browser any fetch.
func TestSelfContained(t *testing.T) {
	out := render(t, sample(), htmlreport.Options{})
	if !strings.Contains(out, `<meta http-equiv="Content-Security-Policy" content="default-src 'none';`) {
		t.Errorf("Render() has no content security policy forbidding requests")
	}
	for _, bad := range []string{" src=", "<link", "<script", "url(", "@import", "<iframe", "<object", "<embed"} {
		if strings.Contains(out, bad) {
			t.Errorf("Render() contains %q, which may load a resource", bad)
		}
	}
	for _, m := range regexp.MustCompile(`<(\w+)[^>]*\shref="([^"]*)"`).FindAllStringSubmatch(out, -1) {
		tag, href := m[1], m[2]
		if strings.HasPrefix(href, "#") || tag == "a" && strings.HasPrefix(href, "https://news.example/") {
			continue
		}
		t.Errorf("Render() has <%s href=%q>", tag, href)
	}
}

func TestRenderEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := htmlreport.Render(&buf, timeline.Build(nil, timeline.Options{}), nil, htmlreport.Options{}); err != nil {
		t.Fatalf("Render(empty) = %v", err)
	}
	for _, want := range []string{"No dated events.", "No two actors share an event.", "No events.", "0 events (0 planned) · 0 actors"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Render(empty) lacks %q", want)
		}
	}
}

func TestRenderErrors(t *testing.T) {
	tl := timeline.Build(sample().Events, timeline.Options{})
	g := graph.FromDocument(sample())
	for name, opts := range map[string]htmlreport.Options{
		"metric": {Metric: "fame"},
		"lanes":  {Lanes: "weeks"},
	} {
		if err := htmlreport.Render(&bytes.Buffer{}, tl, g, opts); !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("Render(bad %s) = %v, want ErrInvalid", name, err)
		}
	}
	if err := htmlreport.Render(failWriter{}, tl, g, htmlreport.Options{}); err == nil {
		t.Errorf("Render(failing writer) = nil, want an error")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestParseLanes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want htmlreport.Lanes
		ok   bool
	}{
		{"", htmlreport.LanesActor, true},
		{"actor", htmlreport.LanesActor, true},
		{"Countries", htmlreport.LanesCountry, true},
		{"country", htmlreport.LanesCountry, true},
		{"month", "", false},
	} {
		got, err := htmlreport.ParseLanes(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParseLanes(%q) = %q, %v; want %q, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
		if err != nil && !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("ParseLanes(%q) error %v does not wrap ErrInvalid", tc.in, err)
		}
	}
}

// bulk builds n events among many actors over several years, the shape of
// a corpus report.
func bulk(n int) *annals.Document {
	doc := &annals.Document{}
	types := annals.EventTypes
	for i := 0; i < 300; i++ {
		doc.Persons = append(doc.Persons, annals.Person{Name: fmt.Sprintf("Person %03d", i)})
	}
	start := day("1986-01-01")
	for i := 0; i < n; i++ {
		a, b := doc.Persons[(i*7)%300].Name, doc.Persons[(i*13+1)%300].Name
		d := start.AddDays((i * 37) % 900)
		ev := annals.Event{
			ID: fmt.Sprintf("e%05d", i), Type: types[i%len(types)], Status: annals.StatusOccurred,
			Actors: []string{a, b}, Start: d, End: d, Evidence: fmt.Sprintf("Sentence %d.", i),
		}
		if i%5 == 0 {
			ev.Status, ev.End = annals.StatusPlanned, d.AddMonths(1)
		}
		doc.Events = append(doc.Events, ev)
	}
	return doc
}

// TestRenderLarge checks that a large input is aggregated and capped, and
// that the page says so.
func TestRenderLarge(t *testing.T) {
	out := render(t, bulk(5000), htmlreport.Options{MaxLanes: 10, MaxNodes: 25, MaxRows: 200})
	count := func(s string) int { return strings.Count(out, s) }
	if n := count(`class="mark`); n != 0 {
		t.Errorf("large timeline draws %d single marks, want 0 (aggregated)", n)
	}
	if n := count(`class="cell"`); n == 0 || n > 10*60 {
		t.Errorf("large timeline draws %d cells, want 1..600 (10 lanes of at most 60 units)", n)
	}
	if n := count(`<g class="lane"`); n != 10 {
		t.Errorf("large timeline has %d lanes, want 10", n)
	}
	if n := count(`<g class="actor"`); n != 25 {
		t.Errorf("large network has %d nodes, want 25", n)
	}
	if n := count(`<tr id="ev-`); n != 200 {
		t.Errorf("large event table has %d rows, want 200", n)
	}
	for _, want := range []string{"Aggregated:", "291 actor lanes with the fewest events are merged", "Showing 25 of 300 actors", "Listing the first 200 of 5000 events"} {
		if !strings.Contains(out, want) {
			t.Errorf("large report lacks the note %q", want)
		}
	}
}

func TestRenderNoPanicOnOddDates(t *testing.T) {
	doc := sample()
	// A start without an end, an end before the start, year 1 and 9999.
	doc.Events[0].End = annals.Date{}
	doc.Events[1].End = day("2000-01-01")
	doc.Events[2].Start, doc.Events[2].End = day("0001-01-01"), day("0001-01-01")
	doc.Events[3].Start, doc.Events[3].End = day("9999-12-01"), day("9999-12-31")
	out := render(t, doc, htmlreport.Options{})
	if !strings.Contains(out, "</html>") {
		t.Errorf("Render(odd dates) did not finish the page")
	}
}

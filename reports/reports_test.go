package reports_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	gf "github.com/annals-project/annals/internal/golden"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports"
	"github.com/annals-project/annals/timeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with the golden file name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	gf.Check(t, filepath.Join("testdata", name), got, *update)
}

var ext = map[reports.Format]string{
	reports.FormatText: "txt", reports.FormatMarkdown: "md", reports.FormatJSON: "json",
	reports.FormatCSV: "csv", reports.FormatTSV: "tsv",
}

func day(s string) annals.Date { return annals.MustParseDate(s) }

func sampleEvents() []annals.Event {
	amount := 33.2
	return []annals.Event{
		{ID: "event:1", Type: annals.EventMeet, CAMEO: "040", Status: annals.StatusOccurred,
			Actors: []string{"Sergei Lavrov", "Fumio Kishida"}, Countries: []annals.Country{"RUS", "JPN"}, Place: "Tokyo",
			Start: day("2013-11-01"), End: day("2013-11-01"), Time: "2013-11-01",
			Evidence: "Russian Foreign Minister Sergei Lavrov met his Japanese counterpart Fumio Kishida in Tokyo on Friday.", Span: annals.Span{120, 223},
			Sources: []annals.Source{
				{Document: "d1", Source: "/data/wires/ap-1.txt", Published: day("2013-11-01"), Evidence: "…"},
				{Document: "d2", Source: "reuters-7.txt", Published: day("2013-11-02")},
			}},
		{ID: "event:2", Type: annals.EventVisit, CAMEO: "042", Status: annals.StatusPlanned,
			Actors: []string{"Shinzo Abe"}, Countries: []annals.Country{"RUS"},
			Start: day("2014-03-01"), End: day("2014-05-31"), Time: "2014-SP",
			Evidence: "Abe is expected to visit Russia in the spring | a pipe", Span: annals.Span{300, 354},
			Sources: []annals.Source{{Document: "d1", Source: "ap-1.txt", Published: day("2013-11-01")}}},
		{ID: "event:3", Type: annals.EventTrade, Status: annals.StatusOccurred,
			Countries: []annals.Country{"RUS", "JPN"}, Start: day("2012-01-01"), End: day("2012-12-31"), Time: "2012",
			Amount: &amount, Currency: "USD", Measure: "bilateral trade, billion",
			Evidence: "Trade reached $33.2 billion\tin 2012.", Span: annals.Span{400, 440}},
		{ID: "event:4", Type: annals.EventStatement, Status: annals.StatusOccurred,
			Actors: []string{`Maria "Masha" Zakharova`}, Evidence: "Zakharova said,\n\"no comment\".", Span: annals.Span{500, 530}},
	}
}

func TestTimeline(t *testing.T) {
	cases := []struct {
		name string
		tl   timeline.Timeline
	}{
		{"timeline", timeline.Build(sampleEvents(), timeline.Options{})},
		{"timeline_month", timeline.Build(sampleEvents(), timeline.Options{Bucket: timeline.BucketMonth})},
		{"timeline_empty", timeline.Build(nil, timeline.Options{})},
	}
	for _, c := range cases {
		for _, f := range reports.Formats {
			var b bytes.Buffer
			if err := reports.Timeline(&b, f, c.tl); err != nil {
				t.Fatalf("Timeline(%s, %s) = %v", c.name, f, err)
			}
			golden(t, c.name+"."+ext[f], b.Bytes())
			checkParses(t, f, b.Bytes(), len(c.tl.Entries))
		}
	}
}

func sampleScores() []graph.Score {
	return []graph.Score{
		{Node: annals.Node{Key: "person:sergei lavrov", Kind: annals.KindPerson, Label: "Sergei Lavrov", Country: "RUS"}, Value: 0.479729729, Degree: 3},
		{Node: annals.Node{Key: "country:JPN", Kind: annals.KindCountry, Label: "Japan", Country: "JPN"}, Value: 1.0 / 6, Degree: 1},
		{Node: annals.Node{Key: "organization:a|b", Kind: annals.KindOrganization, Label: "A|B Holdings"}, Value: 0, Degree: 0},
	}
}

func TestScores(t *testing.T) {
	for _, f := range reports.Formats {
		for _, c := range []struct {
			name   string
			m      graph.Metric
			scores []graph.Score
		}{
			{"scores_pagerank", graph.MetricPageRank, sampleScores()},
			{"scores_degree", graph.MetricDegree, []graph.Score{{Node: annals.Node{Key: "person:a", Kind: annals.KindPerson, Label: "A"}, Value: 3, Degree: 3}}},
			{"scores_empty", graph.MetricBetweenness, nil},
		} {
			var b bytes.Buffer
			if err := reports.Scores(&b, f, c.m, c.scores); err != nil {
				t.Fatalf("Scores(%s, %s) = %v", c.name, f, err)
			}
			golden(t, c.name+"."+ext[f], b.Bytes())
			checkParses(t, f, b.Bytes(), len(c.scores))
		}
	}
}

func TestRelations(t *testing.T) {
	lavrov := annals.Node{Key: "person:sergei lavrov", Kind: annals.KindPerson, Label: "Sergei Lavrov"}
	rels := []graph.Relation{
		{Actor: annals.Node{Key: "person:fumio kishida", Kind: annals.KindPerson, Label: "Fumio Kishida"}, Count: 2,
			First: day("2013-11-01"), Last: day("2014-05-31"), Types: []annals.EventType{annals.EventMeet, annals.EventVisit},
			Events: []graph.EventRef{
				{Key: "event:1", Label: "meet: Sergei Lavrov, Fumio Kishida", Type: annals.EventMeet, Status: annals.StatusOccurred, Start: day("2013-11-01"), End: day("2013-11-01")},
				{Key: "event:2", Label: "visit: Shinzo Abe, Fumio Kishida, Sergei Lavrov", Type: annals.EventVisit, Status: annals.StatusPlanned, Start: day("2014-03-01"), End: day("2014-05-31")},
			}},
		{Actor: annals.Node{Key: "country:JPN", Kind: annals.KindCountry, Label: "Japan", Country: "JPN"}, Count: 1,
			Types:  []annals.EventType{annals.EventStatement},
			Events: []graph.EventRef{{Key: "event:4", Label: "statement: Sergei Lavrov, JPN", Type: annals.EventStatement, Status: annals.StatusOccurred}}},
	}
	for _, f := range reports.Formats {
		for _, c := range []struct {
			name string
			rels []graph.Relation
		}{{"relations", rels}, {"relations_empty", nil}} {
			var b bytes.Buffer
			if err := reports.Relations(&b, f, lavrov, c.rels); err != nil {
				t.Fatalf("Relations(%s, %s) = %v", c.name, f, err)
			}
			golden(t, c.name+"."+ext[f], b.Bytes())
			checkParses(t, f, b.Bytes(), len(c.rels))
		}
	}
}

// checkParses reads machine formats back: JSON must be an array of n
// objects, CSV a header and n records of equal width, TSV n+1 lines of
// equal width.
func checkParses(t *testing.T, f reports.Format, b []byte, n int) {
	t.Helper()
	switch f {
	case reports.FormatJSON:
		var v []map[string]any
		if err := json.Unmarshal(b, &v); err != nil || len(v) != n {
			t.Errorf("%s output parses into %d objects (%v), want %d", f, len(v), err, n)
		}
	case reports.FormatCSV:
		recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil || len(recs) != n+1 {
			t.Errorf("%s output parses into %d records (%v), want %d", f, len(recs), err, n+1)
		}
	case reports.FormatTSV:
		lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		if len(lines) != n+1 {
			t.Errorf("%s output has %d lines, want %d", f, len(lines), n+1)
		}
		for i, l := range lines {
			if got, want := strings.Count(l, "\t"), strings.Count(lines[0], "\t"); got != want {
				t.Errorf("%s line %d has %d tabs, want %d", f, i+1, got, want)
			}
		}
	case reports.FormatText, reports.FormatMarkdown:
		for i, l := range strings.Split(string(b), "\n") {
			if strings.HasSuffix(l, " ") {
				t.Errorf("%s line %d %q has trailing spaces", f, i+1, l)
			}
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	var b bytes.Buffer
	errs := []error{
		reports.Timeline(&b, "xml", timeline.Timeline{}),
		reports.Scores(&b, "xml", graph.MetricDegree, nil),
		reports.Relations(&b, "xml", annals.Node{}, nil),
	}
	for i, err := range errs {
		if !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("report %d with format xml = %v, want ErrInvalid", i, err)
		}
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want reports.Format
		ok   bool
	}{
		{"", reports.FormatText, true},
		{"text", reports.FormatText, true},
		{"Markdown", reports.FormatMarkdown, true},
		{"md", reports.FormatMarkdown, true},
		{"JSON", reports.FormatJSON, true},
		{"csv", reports.FormatCSV, true},
		{"tsv", reports.FormatTSV, true},
		{"html", "", false},
	}
	for _, tt := range tests {
		got, err := reports.ParseFormat(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseFormat(%q) = %q, %v, want %q (ok %v)", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestWriteError(t *testing.T) {
	tl := timeline.Build(sampleEvents(), timeline.Options{})
	for _, f := range reports.Formats {
		if err := reports.Timeline(failWriter{}, f, tl); err == nil {
			t.Errorf("Timeline(failing writer, %s) = nil, want an error", f)
		}
	}
}

func TestTimelineSourceName(t *testing.T) {
	tests := []struct{ source, want string }{
		{"/data/wires/ap-1.txt", "ap-1.txt: "},
		{`C:\news\r.txt`, "r.txt: "},
		{"https://example.com/news/story-1/", "story-1: "},
		{"reuters:12345", "reuters:12345: "},
		{"/", "/: "},
	}
	for _, tt := range tests {
		ev := annals.Event{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"A"}, Evidence: "A met B.",
			Sources: []annals.Source{{Source: tt.source}}}
		var b bytes.Buffer
		if err := reports.Timeline(&b, reports.FormatText, timeline.Build([]annals.Event{ev}, timeline.Options{})); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tt.want+`"A met B."`) {
			t.Errorf("Timeline(source %q) = %q, want the source shown as %q", tt.source, b.String(), tt.want)
		}
	}
}

func TestTimelineParticipantsFit(t *testing.T) {
	tests := []struct {
		actors    []string
		countries []annals.Country
		want      string
	}{
		{[]string{"Sergei Lavrov", "Fumio Kishida"}, []annals.Country{"RUS", "JPN"}, "Sergei Lavrov, Fumio Kishida; RUS, JPN"},
		{[]string{"Sergei Lavrov", "Fumio Kishida", "Sergei Shoigu", "Itsunori Onodera"}, []annals.Country{"RUS", "JPN"}, "Sergei Lavrov, Fumio Kishida, Sergei Shoigu +3"},
		{nil, []annals.Country{"USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN", "CHN", "BRA", "ARG", "MEX"}, "USA, JPN, DEU, FRA, GBR, ITA, CAN, CHN, BRA +2"},
		{[]string{"Organisation for Economic Co-operation and Development in Paris", "B"}, nil, "Organisation for Economic Co-operation and D… +1"},
	}
	for _, tt := range tests {
		ev := annals.Event{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: tt.actors, Countries: tt.countries}
		var b bytes.Buffer
		if err := reports.Timeline(&b, reports.FormatText, timeline.Build([]annals.Event{ev}, timeline.Options{})); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(b.String(), "\n")
		if len(lines) < 2 || !strings.Contains(lines[1], "  "+tt.want) {
			t.Errorf("Timeline(text) participants of %v %v = %q, want %q", tt.actors, tt.countries, b.String(), tt.want)
		}
		b.Reset()
		if err := reports.Timeline(&b, reports.FormatMarkdown, timeline.Build([]annals.Event{ev}, timeline.Options{})); err != nil {
			t.Fatal(err)
		}
		if last := tt.actors; len(last) > 0 && !strings.Contains(b.String(), last[len(last)-1]) {
			t.Errorf("Timeline(md) = %q, want every participant", b.String())
		}
	}
}

// FuzzTimeline renders an event with arbitrary names, place and evidence
// in every format and checks that machine formats read back with one row
// and that no text or Markdown line is broken.
func FuzzTimeline(f *testing.F) {
	f.Add("Sergei Lavrov", "Tokyo", "Lavrov met Kishida.", "ap.txt")       // plain
	f.Add("Сергей Лавров", "Токио", "«Мы договорились», — сказал он.", "") // Cyrillic
	f.Add("a|b\tc", "x\ny", "\"quoted\"\r\n", "/")                         // separators and line breaks
	f.Add("\xff\xfe", "\x00", "\u2028\u0085", "https://x/y/")              // invalid UTF-8 and odd line breaks
	f.Fuzz(func(t *testing.T, actor, place, evidence, source string) {
		ev := annals.Event{Type: annals.EventMeet, Status: annals.StatusPlanned, Actors: []string{actor}, Place: place,
			Evidence: evidence, Sources: []annals.Source{{Source: source}}}
		tl := timeline.Build([]annals.Event{ev}, timeline.Options{Bucket: timeline.BucketYear})
		for _, format := range reports.Formats {
			var b bytes.Buffer
			if err := reports.Timeline(&b, format, tl); err != nil {
				t.Fatalf("Timeline(%s) = %v", format, err)
			}
			checkParses(t, format, b.Bytes(), 1)
			if format == reports.FormatText || format == reports.FormatMarkdown {
				// A header, (for Markdown) a rule, and one row.
				want := 2
				if format == reports.FormatMarkdown {
					want = 3
				}
				if got := strings.Count(b.String(), "\n"); got != want {
					t.Errorf("Timeline(%s) has %d lines, want %d:\n%s", format, got, want, b.String())
				}
			}
		}
	})
}

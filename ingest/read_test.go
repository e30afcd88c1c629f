package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/ingest"
)

type result struct {
	arts []ingest.Article
	errs []error
}

func readAll(t *testing.T, paths []string, opts ingest.Options) result {
	t.Helper()
	var r result
	for a, err := range ingest.Read(context.Background(), paths, opts) {
		if err != nil {
			r.errs = append(r.errs, err)
			continue
		}
		r.arts = append(r.arts, a)
	}
	return r
}

func TestReadFolder(t *testing.T) {
	r := readAll(t, []string{"testdata/folder"}, ingest.Options{})
	var sources []string
	for _, a := range r.arts {
		sources = append(sources, filepath.ToSlash(a.Source))
	}
	want := []string{"testdata/folder/story.txt", "testdata/folder/sub/note.md"}
	if strings.Join(sources, ",") != strings.Join(want, ",") {
		t.Errorf("articles = %v, want %v", sources, want)
	}
	wantErrs := map[string]error{
		"testdata/folder/empty.txt":      ingest.ErrEmpty,
		"testdata/folder/latin1.txt":     ingest.ErrEncoding,
		"testdata/folder/picture.png":    ingest.ErrUnsupported,
		"testdata/folder/sub/binary.txt": ingest.ErrBinary,
	}
	if len(r.errs) != len(wantErrs) {
		t.Fatalf("errors = %v, want %d", r.errs, len(wantErrs))
	}
	for _, err := range r.errs {
		var ie *ingest.InputError
		if !errors.As(err, &ie) {
			t.Fatalf("error %v is not an *InputError", err)
		}
		want, ok := wantErrs[filepath.ToSlash(ie.Input)]
		if !ok || !errors.Is(err, want) {
			t.Errorf("error %v, want input in %v with kind %v", err, wantErrs, want)
		}
		if !strings.Contains(err.Error(), ie.Input) {
			t.Errorf("error %q does not name the input", err)
		}
	}
}

func TestReadJSONL(t *testing.T) {
	r := readAll(t, []string{"testdata/articles.jsonl"}, ingest.Options{})
	if len(r.arts) != 2 {
		t.Fatalf("got %d articles, want 2: %+v (errors %v)", len(r.arts), r.arts, r.errs)
	}
	a := r.arts[0]
	if a.Source != "testdata/articles.jsonl#a1" || a.Title != "First" || a.Published != annals.MustParseDate("1987-02-26") || a.Meta["desk"] != "world" {
		t.Errorf("first article = %+v", a)
	}
	if b := r.arts[1]; b.Source != "testdata/articles.jsonl#3" || b.Published != annals.MustParseDate("1987-03-01") {
		t.Errorf("second article = %+v", b)
	}
	wantLines := []string{":3", ":4", ":6"}
	if len(r.errs) != len(wantLines) {
		t.Fatalf("errors = %v, want lines %v", r.errs, wantLines)
	}
	for i, err := range r.errs {
		if !strings.Contains(err.Error(), "articles.jsonl"+wantLines[i]+":") || !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("error %d = %v, want line %s and ErrInvalid", i, err, wantLines[i])
		}
	}
}

func TestReadJSONLLongLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big.jsonl")
	long := `{"id":"big","text":"` + strings.Repeat("word ", 400) + `"}`
	data := long + "\n" + `{"id":"small","text":"Paris, May 2 - France spoke."}` + "\n"
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	r := readAll(t, []string{p}, ingest.Options{MaxBytes: 1000})
	if len(r.arts) != 1 || !strings.HasSuffix(r.arts[0].Source, "#small") {
		t.Errorf("articles = %+v, want only the small one", r.arts)
	}
	if len(r.errs) != 1 || !errors.Is(r.errs[0], ingest.ErrTooLarge) {
		t.Errorf("errors = %v, want one ErrTooLarge", r.errs)
	}
}

func TestReadTooLarge(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.txt")
	if err := os.WriteFile(p, []byte(strings.Repeat("All quiet in Paris today.\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	r := readAll(t, []string{p}, ingest.Options{MaxBytes: 1000})
	if len(r.arts) != 0 || len(r.errs) != 1 || !errors.Is(r.errs[0], ingest.ErrTooLarge) {
		t.Errorf("got %d articles, errors %v; want one ErrTooLarge", len(r.arts), r.errs)
	}
}

// TestReadHTMLSites checks title, date and body on saved pages of five
// kinds of site: each puts its date somewhere else (Open Graph, a WordPress
// <time>, Dublin Core, JSON-LD @graph, AMP) and surrounds the story with its
// own chrome (menus, comments with their own dates, cookie banners,
// tickers, related links, footers with copyright years).
func TestReadHTMLSites(t *testing.T) {
	for _, c := range []struct {
		file, title, date string
		body, noise       []string
	}{
		{"generic-og-jsonld.html", "Ministers meet in Oslo to discuss fisheries", "2019-03-14",
			[]string{"met her Icelandic counterpart", "1.2 billion US dollars"},
			[]string{"cheap watches", "Privacy", "Share on Twitter", "Copyright 2023"}},
		{"wordpress-blog.html", "Baltic ministers sign energy accord", "2020-02-11",
			[]string{"signed an agreement in Vilnius on Tuesday", "720 million euros"},
			[]string{"About time!", "Herring quota talks stall", "Powered by WordPress", "Skip to the content"}},
		{"government-press-release.html", "Joint Statement on the Ministerial Dialogue", "2018-06-05",
			[]string{"met in Ottawa on June 5, 2018", "hold the next dialogue in Mexico City"},
			[]string{"Here's how you know", "Last updated", "FOIA", "Travel Advisory Update"}},
		{"wire-jsonld-graph.html", "EU and Japan sign trade pact", "2018-07-17",
			[]string{"signed a free trade agreement in Tokyo on Tuesday", "129 billion euros"},
			[]string{"We use cookies", "NIKKEI", "Oil steadies", "Morning Briefing"}},
		{"amp-article.html", "Kenya and Ethiopia leaders open border trade post", "2019-11-09",
			[]string{"opened a one-stop border post at Moyale on Saturday", "100 million dollars"},
			[]string{"Menu", "Sport", "Share this story"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			r := readAll(t, []string{"testdata/sites/" + c.file}, ingest.Options{})
			if len(r.errs) != 0 || len(r.arts) != 1 {
				t.Fatalf("got %d articles, errors %v", len(r.arts), r.errs)
			}
			a := r.arts[0]
			if a.Published != annals.MustParseDate(c.date) {
				t.Errorf("Published = %v, want %s", a.Published, c.date)
			}
			if !strings.Contains(a.Title, c.title) {
				t.Errorf("Title = %q, want it to contain %q", a.Title, c.title)
			}
			for _, want := range c.body {
				if !strings.Contains(a.Text, want) {
					t.Errorf("Text lacks %q:\n%s", want, a.Text)
				}
			}
			for _, noise := range c.noise {
				if strings.Contains(a.Text, noise) {
					t.Errorf("Text keeps page chrome %q:\n%s", noise, a.Text)
				}
			}
		})
	}
}

func TestReadMissingAndStdin(t *testing.T) {
	r := readAll(t, []string{"testdata/nope.txt"}, ingest.Options{})
	if len(r.errs) != 1 || !errors.Is(r.errs[0], os.ErrNotExist) || !strings.Contains(r.errs[0].Error(), "testdata/nope.txt") {
		t.Errorf("errors = %v, want one naming the missing file", r.errs)
	}
	r = readAll(t, []string{"-"}, ingest.Options{Stdin: strings.NewReader("Berlin, June 1 - Germany said.\n")})
	if len(r.arts) != 1 || r.arts[0].Source != "-" {
		t.Errorf("stdin articles = %+v, errors %v", r.arts, r.errs)
	}
}

func TestReadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var errs []error
	for _, err := range ingest.Read(ctx, []string{"testdata/folder"}, ingest.Options{}) {
		errs = append(errs, err)
	}
	if len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Errorf("errors = %v, want one context.Canceled", errs)
	}
}

// Each paragraph of a page's story is a line of its own, so that the
// extractor sees the dateline at the start of a line.
func TestReadPageParagraphLines(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ministers agree on river treaty</title>
<meta property="article:published_time" content="2021-03-10T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Ministers agree on river treaty</h1>
<p>Posted on March 10, 2021 by admin</p>
<p>LUSAKA, March 8, 2021 — The foreign ministers of Zambia and Malawi agreed on Monday to sign a treaty on the shared river basin, officials said after talks in the capital.</p>
<p>The two ministers said experts would meet again next month to draft the annexes,
and that the treaty would be signed at a summit later this year.</p>
<p>Zambia's foreign minister told reporters the agreement would end a dispute over <b>fishing rights</b> that has lasted more than a decade.</p>
</article></body></html>`
	a, err := ingest.ReadPage("river.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"LUSAKA, March 8, 2021 — The foreign ministers of Zambia and Malawi agreed on Monday to sign a treaty on the shared river basin, officials said after talks in the capital.",
		"The two ministers said experts would meet again next month to draft the annexes, and that the treaty would be signed at a summit later this year.",
		"Zambia's foreign minister told reporters the agreement would end a dispute over fishing rights that has lasted more than a decade.",
	} {
		if !strings.Contains("\n"+a.Text, "\n"+line+"\n") {
			t.Errorf("Text lacks the line %q:\n%s", line, a.Text)
		}
	}
}

// The cells of a table in a page's story stay words apart: pages write
// them side by side with no space between them.
func TestReadPageTableCells(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Delegations named for the water talks</title></head>
<body><article><h1>Delegations named for the water talks</h1>
<p>KAMPALA, June 2, 2022 — Uganda and Kenya named the delegations that will meet next week to settle the use of the lake's fisheries, the two foreign ministries said on Thursday.</p>
<table><tr><th>Country</th><th>Head of delegation</th></tr><tr><td>Uganda</td><td>Minister of Water</td></tr><tr><td>Kenya</td><td>Minister of Fisheries</td></tr></table>
<p>The talks are to open in Jinja on June 9 and last three days, officials of both countries told reporters after the announcement.</p>
</article></body></html>`
	a, err := ingest.ReadPage("delegations.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"Country Head of delegation", "Uganda Minister of Water", "Kenya Minister of Fisheries"} {
		if !strings.Contains("\n"+a.Text, "\n"+line+"\n") {
			t.Errorf("Text lacks the line %q:\n%s", line, a.Text)
		}
	}
}

// Inline markup inside a paragraph does not break its line: <code> is
// inline in HTML, like <em> and <a>.
func TestReadPageInlineCode(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Customs code agreed</title></head>
<body><article><h1>Customs code agreed</h1>
<p>ACCRA, April 4, 2023 — Ghana and Togo agreed on Tuesday to use the <code>GH-TG</code> customs code for goods crossing their border, the two trade ministries said.</p>
<p>The ministers said the new code would take effect in <em>July</em>, after <a href="/talks">talks in Lomé</a> that lasted two days.</p>
</article></body></html>`
	a, err := ingest.ReadPage("customs.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"ACCRA, April 4, 2023 — Ghana and Togo agreed on Tuesday to use the GH-TG customs code for goods crossing their border, the two trade ministries said.",
		"The ministers said the new code would take effect in July, after talks in Lomé that lasted two days.",
	} {
		if !strings.Contains("\n"+a.Text, "\n"+line+"\n") {
			t.Errorf("Text lacks the line %q:\n%s", line, a.Text)
		}
	}
}

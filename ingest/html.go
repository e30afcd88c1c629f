package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/annals-project/annals"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// parseHTML gets the story out of a saved page: go-trafilatura finds the
// main text and drops menus, comments and other page chrome, and
// go-htmldate reads the publication date from the page's metadata
// (article:published_time, JSON-LD datePublished, <time datetime>, common
// meta tags). The date search is limited to metadata: dates in the visible
// text are the extractor's job, where datelines are preferred over page
// chrome.
func parseHTML(source string, data []byte) (Article, error) {
	if err := checkText(data); err != nil {
		return Article{}, err
	}
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		Deduplicate:     true,
		HtmlDateOptions: &htmldate.Options{
			UseOriginalDate:     true,
			SkipExtensiveSearch: true,
			// Bounds are fixed rather than taken from the clock so that a
			// page gives the same result on any day; news archives reach
			// back well before htmldate's default of 1995.
			MinDate: time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC),
			MaxDate: time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC),
		},
	}
	res, err := extractHTML(data, opts)
	if err != nil {
		return Article{}, fmt.Errorf("read HTML page: %w", err)
	}
	text := blockText(res.ContentNode)
	if text == "" {
		text = strings.TrimSpace(res.ContentText)
	}
	if text == "" {
		return Article{}, fmt.Errorf("%w: HTML page holds no article text", annals.ErrInvalid)
	}
	a := Article{Source: source, Title: strings.TrimSpace(res.Metadata.Title), Text: text + "\n", Page: data}
	if d := res.Metadata.Date; !d.IsZero() {
		a.Published = annals.DateOf(d.UTC())
	}
	return a, nil
}

// ReadPage takes the article out of a saved web page as Read does for an
// .html file: the story, the title and the date of the page's metadata.
// It returns an error wrapping annals.ErrInvalid for a page that is not
// text or holds no article text.
func ReadPage(source string, data []byte) (Article, error) {
	return parseHTML(source, data)
}

// extractHTML calls trafilatura, turning a panic inside the library into an
// error: a malformed page must not bring the whole ingest down.
func extractHTML(data []byte, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: HTML extraction failed: %v", annals.ErrInvalid, r)
		}
	}()
	// checkText has made sure the page is UTF-8: parse it as such rather
	// than through trafilatura.Extract, whose encoding guess (chardet) now
	// and then takes a UTF-8 page for windows-1252 and garbles every
	// non-ASCII character ("—" becomes "â€”").
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return trafilatura.ExtractDocument(doc, opts)
}

// blocks are the elements that start a line of their own in the text of a
// page: paragraphs, headings, list items, table rows, quotations. Not
// "code": it is inline in HTML ("the <code>trade</code> talks"), and the
// code block trafilatura makes of a <pre> keeps the line breaks of its
// text and sits between paragraphs, which break the lines around it.
var blocks = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "blockquote": true, "pre": true, "tr": true, "table": true,
	"section": true, "article": true, "header": true, "footer": true, "figure": true,
	"figcaption": true, "dd": true, "dt": true, "dl": true, "head": true, "list": true, "item": true,
	"quote": true, "row": true,
}

// cells are the elements whose text is a word group of its own inside a
// line: table cells, which pages write side by side with no space between
// them ("<td>Paris</td><td>London</td>" reads "Paris London").
var cells = map[string]bool{"td": true, "th": true, "cell": true}

// blockText is the text of the story tree n with one line for each block
// (paragraph, heading, list item): trafilatura's ContentText runs all
// paragraphs into one line, which hides datelines, bylines and headlines,
// all of which the extractor finds by their lines. Runs of white space
// inside a block become one space; empty lines are dropped.
func blockText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "br" || n.Data == "hr" {
				b.WriteByte('\n')
				return
			}
		}
		var sep byte
		switch {
		case n.Type != html.ElementNode:
		case blocks[n.Data]:
			sep = '\n'
		case cells[n.Data]:
			sep = ' '
		}
		if sep != 0 {
			b.WriteByte(sep)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if sep != 0 {
			b.WriteByte(sep)
		}
	}
	walk(n)
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n")
}

package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/annals-project/annals"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
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
	text := strings.TrimSpace(res.ContentText)
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
	return trafilatura.Extract(bytes.NewReader(data), opts)
}

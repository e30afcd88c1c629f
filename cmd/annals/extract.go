package main

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
	"github.com/annals-project/annals/extract/timex"
	"github.com/annals-project/annals/ingest"
	"github.com/spf13/cobra"
)

type extractOptions struct {
	published string
	maxBytes  int64
	out       outputOptions
}

func newExtractCmd(e *env) *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract [--published YYYY-MM-DD] FILE|-",
		Short: "Print what annals finds in one article, as JSON",
		Long: `Extract prints the extraction of one article as one JSON object: its title and
date, the persons, organisations, countries, places and time expressions it
names, and its events. No database is involved.

FILE may be a text, Markdown or HTML file, or - for standard input. The article
date is read from the text (a dateline such as "(1 Nov 2013)") or the page's
metadata; --published overrides it.`,
		Example: `  annals extract testdata/seed/ap-archive-lavrov-kishida-2013.txt
  annals extract --published 2013-11-01 - < story.txt
  annals extract page.html -o page.json`,
		Args: exactArgs(1, "one FILE or -"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd, e, o, args[0])
		},
	}
	cmd.Flags().StringVar(&o.published, "published", "", "article date `YYYY-MM-DD`, overriding the date found in the text")
	cmd.Flags().Int64Var(&o.maxBytes, "max-size", ingest.DefaultMaxBytes, "largest article to read, in `BYTES`")
	o.out.register(cmd, "json", "json")
	return cmd
}

func runExtract(cmd *cobra.Command, e *env, o extractOptions, path string) error {
	pub, err := parseDateFlag("published", o.published, false)
	if err != nil {
		return err
	}
	if err := o.out.check(); err != nil {
		return err
	}
	var doc *annals.Document
	for a, err := range ingest.Read(cmd.Context(), []string{path}, ingest.Options{MaxBytes: o.maxBytes, Stdin: e.stdin}) {
		if err != nil {
			return err
		}
		if doc != nil {
			return usagef("extract: %s holds several articles; use 'annals ingest' for JSON Lines files", path)
		}
		doc, err = extractArticle(a, pub)
		if err != nil {
			return err
		}
	}
	if doc == nil {
		return fmt.Errorf("%s: no article found", path)
	}
	return o.out.write(e, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(doc)
	})
}

// extractArticle runs the extractor on one article read by ingest. An
// explicit published date wins over the article's metadata, which wins over
// a date the extractor finds in the text, except for the story's own
// dateline (see storyDate): a page that reposts a story carries the date of
// the repost in its metadata.
func extractArticle(a ingest.Article, published annals.Date) (*annals.Document, error) {
	from := ""
	if published.IsZero() && !a.Published.IsZero() {
		published, from = a.Published, "metadata"
		if d, ok := storyDate(a.Text, a.Published); ok {
			published, from = d, "dateline"
		}
	}
	doc, err := extract.Document(a.Text, extract.Options{Source: a.Source, Title: a.Title, Published: published})
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", a.Source, err)
	}
	if from != "" {
		doc.PublishedFrom = from
	}
	return doc, nil
}

// storyDate returns the date of the story's own dateline ("LUSAKA, March 8,
// 2021 —", "(8 Mar 2021)") when the text has one, for a page whose metadata
// gives meta. A dateline without a year ("LUSAKA, March 8 (Reuters) -")
// (or one whose year was only inferred from a weekday) takes the year that
// puts it nearest to meta, so that a story reposted a
// day later, or dated a day before its page in another time zone, keeps
// its own day. It returns false when the text has no dateline.
func storyDate(text string, meta annals.Date) (annals.Date, bool) {
	d, ok := timex.LocateDCT(text)
	if !ok || d.From != "dateline" {
		return annals.Date{}, false
	}
	if d.YearKnown && !d.YearByWeekday {
		return d.Date, true
	}
	best, bestDist := annals.Date{}, 0
	for y := meta.Year - 1; y <= meta.Year+1; y++ {
		if d.Date.Day > annals.DaysIn(y, d.Date.Month) {
			continue
		}
		c := annals.Date{Year: y, Month: d.Date.Month, Day: d.Date.Day}
		dist := daysApart(c, meta)
		if best.IsZero() || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best, !best.IsZero()
}

// daysApart is the number of days between a and b, whatever their order.
func daysApart(a, b annals.Date) int {
	ta := time.Date(a.Year, time.Month(a.Month), a.Day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(b.Year, time.Month(b.Month), b.Day, 0, 0, 0, 0, time.UTC)
	h := ta.Sub(tb).Hours()
	if h < 0 {
		h = -h
	}
	return int(h / 24)
}

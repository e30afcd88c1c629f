package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
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
// a dateline the extractor finds in the text.
func extractArticle(a ingest.Article, published annals.Date) (*annals.Document, error) {
	fromMeta := published.IsZero() && !a.Published.IsZero()
	if fromMeta {
		published = a.Published
	}
	doc, err := extract.Document(a.Text, extract.Options{Source: a.Source, Title: a.Title, Published: published})
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", a.Source, err)
	}
	if fromMeta {
		doc.PublishedFrom = "metadata"
	}
	return doc, nil
}

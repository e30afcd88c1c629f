package main

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/ingest"
)

// A page that reposts a story carries the repost's date in its metadata;
// the story's own dateline gives the article date.
func TestExtractArticleStoryDateline(t *testing.T) {
	meta := annals.Date{Year: 2021, Month: 3, Day: 10}
	tests := []struct {
		name, text string
		meta       annals.Date
		want       annals.Date
		from       string
	}{
		{"dateline with a year beats the page date",
			"River treaty agreed\nPosted on March 10, 2021 by admin\nLUSAKA, March 8, 2021 — The foreign ministers of Zambia and Malawi agreed on Monday to sign a treaty.\n",
			meta, annals.Date{Year: 2021, Month: 3, Day: 8}, "dateline"},
		{"year-less dateline takes the page's year",
			"River treaty agreed\nLUSAKA, March 8 (Reuters) - The foreign ministers of Zambia and Malawi agreed on Monday to sign a treaty.\n",
			meta, annals.Date{Year: 2021, Month: 3, Day: 8}, "dateline"},
		{"year-less dateline across the new year",
			"Border reopens\nKIGALI, Dec 31 (Reuters) - Rwanda reopened its border crossing with Uganda on Thursday.\n",
			annals.Date{Year: 2021, Month: 1, Day: 2}, annals.Date{Year: 2020, Month: 12, Day: 31}, "dateline"},
		{"no dateline keeps the page date",
			"River treaty agreed\nThe foreign ministers of Zambia and Malawi agreed on Monday to sign a treaty.\n",
			meta, meta, "metadata"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := extractArticle(ingest.Article{Source: "page.html", Text: tt.text, Published: tt.meta}, annals.Date{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Published != tt.want || doc.PublishedFrom != tt.from {
				t.Errorf("published %v from %q, want %v from %q", doc.Published, doc.PublishedFrom, tt.want, tt.from)
			}
		})
	}
}

// An explicit --published date wins over both metadata and dateline.
func TestExtractArticleOptionWins(t *testing.T) {
	opt := annals.Date{Year: 2021, Month: 3, Day: 1}
	a := ingest.Article{Source: "page.html", Text: "LUSAKA, March 8, 2021 — Talks opened.\n", Published: annals.Date{Year: 2021, Month: 3, Day: 10}}
	doc, err := extractArticle(a, opt)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Published != opt || doc.PublishedFrom != "option" {
		t.Errorf("published %v from %q, want %v from option", doc.Published, doc.PublishedFrom, opt)
	}
}

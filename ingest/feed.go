package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/annals-project/annals"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// readFeed yields one article per item of an RSS or Atom feed, parsed by
// gofeed. Each item keeps its own date, title and link; its text is the
// item's content, else its description, with HTML markup turned into plain
// text. An item without text is reported as path#n and the others go on.
func readFeed(path string, data []byte, yield func(Article, error) bool) bool {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return yield(Article{}, &InputError{Input: path, Err: fmt.Errorf("%w: not an RSS or Atom feed: %v", annals.ErrInvalid, err)})
	}
	for i, it := range feed.Items {
		where := fmt.Sprintf("%s#%d", path, i+1)
		body := it.Content
		if strings.TrimSpace(htmlText(body)) == "" {
			body = it.Description
		}
		text := strings.TrimSpace(htmlText(body))
		if text == "" {
			if !yield(Article{}, &InputError{Input: where, Err: fmt.Errorf("%w: feed item %q has no text", annals.ErrInvalid, it.Title)}) {
				return false
			}
			continue
		}
		a := Article{Source: where, Title: strings.TrimSpace(it.Title), Text: text + "\n", Meta: map[string]string{}}
		if it.Link != "" {
			a.Meta["link"] = it.Link
		}
		if it.GUID != "" {
			a.Meta["guid"] = it.GUID
		}
		switch {
		case it.PublishedParsed != nil:
			a.Published = annals.DateOf(*it.PublishedParsed)
		case it.UpdatedParsed != nil:
			a.Published = annals.DateOf(*it.UpdatedParsed)
		}
		if !yield(a, nil) {
			return false
		}
	}
	return true
}

// blockTags end a paragraph when turning HTML into text.
var blockTags = map[string]bool{"p": true, "br": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true, "blockquote": true, "tr": true}

// htmlText returns the text of an HTML fragment, one paragraph per line,
// with scripts and styles dropped. Plain text passes through with its
// entities decoded.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return collapseBlankLines(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch n := string(name); {
			case n == "script" || n == "style":
				skip++
			case blockTags[n]:
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch n := string(name); {
			case n == "script" || n == "style":
				skip = max(0, skip-1)
			case blockTags[n]:
				b.WriteByte('\n')
			}
		}
	}
}

func collapseBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		l = strings.TrimSpace(strings.Join(strings.Fields(l), " "))
		if l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

package ingest

import (
	"errors"
	"fmt"

	"github.com/annals-project/annals"
)

// Article is one news article read from an input.
type Article struct {
	// Source names where the article came from: a file path, or
	// "path#id" / "path:line" for an article inside a JSON Lines file.
	Source string
	// Title is the headline when the input states it (an HTML <title> or
	// og:title, a JSONL "title"); empty otherwise.
	Title string
	// Published is the date the input's metadata gives (HTML meta tags,
	// JSONL "published"); zero when it gives none, in which case the
	// extractor looks for a dateline in the text.
	Published annals.Date
	// Text is the article text, valid UTF-8.
	Text string
	// Meta keeps other fields of a JSONL record, as text.
	Meta map[string]string
	// Page is the saved web page as read, for an article taken out of one;
	// nil otherwise. Kept so the page can be read again ([ReadPage]) when
	// the article is extracted anew.
	Page []byte
}

// InputError reports an input that could not be read or parsed. It unwraps
// to the underlying error, or to annals.ErrInvalid for content problems.
type InputError struct {
	Input string // path, or path:line for a JSONL record
	Err   error
}

func (e *InputError) Error() string { return fmt.Sprintf("%s: %v", e.Input, e.Err) }

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// Content problems reported inside InputError.
var (
	ErrEmpty    = fmt.Errorf("%w: empty input, no text to read", annals.ErrInvalid)
	ErrBinary   = fmt.Errorf("%w: binary content, not text", annals.ErrInvalid)
	ErrEncoding = fmt.Errorf("%w: not valid UTF-8 text", annals.ErrInvalid)
	ErrTooLarge = errors.New("larger than the size limit for one article")
	// ErrUnsupported marks a file in a folder whose type annals does not
	// read (images, PDFs, ...). Callers usually report it as skipped rather
	// than failed.
	ErrUnsupported = errors.New("unsupported file type (annals reads .txt, .md, .html, .htm, .jsonl, .rss, .atom, feed .xml and TimeML .tml)")
)

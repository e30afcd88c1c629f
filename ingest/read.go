package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

// DefaultMaxBytes is the default size limit of one article (or one JSON
// Lines file record). News articles are a few kilobytes; a file far larger
// than this is a dump or a mistake and is reported rather than extracted as
// one article.
const DefaultMaxBytes = 8 << 20

// Options tune Read.
type Options struct {
	// MaxBytes limits the size of a single article; 0 means DefaultMaxBytes.
	// JSON Lines files may be larger as a whole; the limit applies per line.
	MaxBytes int64
	// Stdin is read when a path is "-".
	Stdin io.Reader
	// Skip, when not nil, leaves out the files of folders it returns true
	// for, silently (the ingest command skips its own database this way).
	Skip func(path string) bool
}

// Kind is the format of an input file.
type Kind int

// Input kinds.
const (
	KindUnknown Kind = iota
	KindText         // .txt, .md, and extension-less text
	KindHTML         // .html, .htm
	KindJSONL        // .jsonl, .ndjson
	KindFeed         // .rss, .atom, and .xml files that hold a feed
	KindTimeML       // .tml, and .xml files whose root is <TimeML>
)

// KindOf returns the kind of a file by its extension, then by sniffing its
// first bytes when the extension says nothing.
func KindOf(name string, head []byte) Kind {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".text", ".markdown":
		return KindText
	case ".html", ".htm", ".xhtml":
		return KindHTML
	case ".jsonl", ".ndjson":
		return KindJSONL
	case ".rss", ".atom":
		return KindFeed
	case ".tml", ".timeml":
		return KindTimeML
	case ".xml":
		if k := sniff(head); k == KindFeed || k == KindTimeML {
			return k
		}
		return KindUnknown
	case "":
		return sniff(head)
	}
	return KindUnknown
}

func sniff(head []byte) Kind {
	h := bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")
	lower := bytes.ToLower(h[:min(len(h), 512)])
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")):
		return KindHTML
	case bytes.HasPrefix(h, []byte("{")):
		return KindJSONL
	case bytes.HasPrefix(lower, []byte("<timeml")) || bytes.HasPrefix(lower, []byte("<?xml")) && bytes.Contains(lower, []byte("<timeml")):
		return KindTimeML
	case bytes.HasPrefix(lower, []byte("<?xml")) || bytes.HasPrefix(lower, []byte("<rss")) || bytes.HasPrefix(lower, []byte("<feed")):
		if bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")) {
			return KindFeed
		}
	}
	return KindText
}

// Read yields every article found in paths, in a deterministic order:
// paths as given, folders walked recursively in lexical order, files with
// extensions Read does not know skipped in folders (but reported when named
// directly). Problems with one input are yielded as an *InputError with a
// zero Article and reading goes on. Read stops early when ctx is cancelled,
// yielding ctx.Err() once.
func Read(ctx context.Context, paths []string, opts Options) iter.Seq2[Article, error] {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	return func(yield func(Article, error) bool) {
		for _, p := range paths {
			if err := ctx.Err(); err != nil {
				yield(Article{}, err)
				return
			}
			if !readPath(ctx, p, opts, yield) {
				return
			}
		}
	}
}

func readPath(ctx context.Context, p string, opts Options, yield func(Article, error) bool) bool {
	if p == "-" {
		return readStdin(opts, yield)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return yield(Article{}, &InputError{Input: p, Err: unwrapPathError(err)})
	}
	if !fi.IsDir() {
		return readFile(ctx, p, true, opts, yield)
	}
	var files []string
	walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if !yield(Article{}, &InputError{Input: path, Err: unwrapPathError(err)}) {
				return fs.SkipAll
			}
			return nil
		}
		if d.IsDir() {
			if path != p && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir // .git and other hidden folders
			}
			return nil
		}
		if !strings.HasPrefix(d.Name(), ".") && (opts.Skip == nil || !opts.Skip(path)) {
			files = append(files, path)
		}
		return nil
	})
	if walkErr != nil {
		return false
	}
	slices.Sort(files)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			yield(Article{}, err)
			return false
		}
		if !readFile(ctx, f, false, opts, yield) {
			return false
		}
	}
	return true
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

func readStdin(opts Options, yield func(Article, error) bool) bool {
	if opts.Stdin == nil {
		return yield(Article{}, &InputError{Input: "-", Err: fmt.Errorf("no standard input")})
	}
	data, err := io.ReadAll(io.LimitReader(opts.Stdin, opts.MaxBytes+1))
	if err != nil {
		return yield(Article{}, &InputError{Input: "-", Err: err})
	}
	if int64(len(data)) > opts.MaxBytes {
		return yield(Article{}, &InputError{Input: "-", Err: fmt.Errorf("%w (%d bytes)", ErrTooLarge, opts.MaxBytes)})
	}
	switch KindOf("", data) {
	case KindHTML:
		a, err := parseHTML("-", data)
		if err != nil {
			return yield(Article{}, &InputError{Input: "-", Err: err})
		}
		return yield(a, nil)
	case KindJSONL:
		return readJSONL("-", bytes.NewReader(data), opts, yield)
	case KindFeed:
		return readFeed("-", data, yield)
	case KindTimeML:
		a, err := timeMLArticle("-", data)
		if err != nil {
			return yield(Article{}, &InputError{Input: "-", Err: err})
		}
		return yield(a, nil)
	}
	a, err := textArticle("-", data)
	if err != nil {
		return yield(Article{}, &InputError{Input: "-", Err: err})
	}
	return yield(a, nil)
}

// readFile reads one file. named is true when the user named the file
// directly: an unknown extension is then read as text after sniffing rather
// than skipped.
func readFile(ctx context.Context, path string, named bool, opts Options, yield func(Article, error) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(Article{}, &InputError{Input: path, Err: unwrapPathError(err)})
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	kind := KindOf(path, head)
	if kind == KindUnknown {
		if !named {
			// A folder's images, PDFs and the like are not articles; say
			// so, but as a skip rather than a failure.
			return yield(Article{}, &InputError{Input: path, Err: ErrUnsupported})
		}
		kind = sniff(head)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return yield(Article{}, &InputError{Input: path, Err: err})
	}
	if kind == KindJSONL {
		return readJSONL(path, f, opts, yield)
	}
	fi, err := f.Stat()
	if err == nil && fi.Size() > opts.MaxBytes {
		return yield(Article{}, &InputError{Input: path, Err: fmt.Errorf("%w: %s, limit %s (raise it with --max-size)", ErrTooLarge, humanBytes(fi.Size()), humanBytes(opts.MaxBytes))})
	}
	data, err := io.ReadAll(io.LimitReader(f, opts.MaxBytes+1))
	if err != nil {
		return yield(Article{}, &InputError{Input: path, Err: err})
	}
	if kind == KindFeed {
		if err := checkText(data); err != nil {
			return yield(Article{}, &InputError{Input: path, Err: err})
		}
		return readFeed(path, data, yield)
	}
	var a Article
	switch kind {
	case KindHTML:
		a, err = parseHTML(path, data)
	case KindTimeML:
		a, err = timeMLArticle(path, data)
	default:
		a, err = textArticle(path, data)
	}
	if err != nil {
		return yield(Article{}, &InputError{Input: path, Err: err})
	}
	return yield(a, nil)
}

// checkText reports why data is not usable article text, or nil.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if isBinary(data) {
		return ErrBinary
	}
	if !utf8.Valid(data) {
		off := invalidOffset(data)
		return fmt.Errorf("%w (first bad byte at offset %d)", ErrEncoding, off)
	}
	return nil
}

// isBinary applies the heuristic git and file(1) use: a NUL byte in the
// first 8000 bytes, or a high share of control characters, means binary.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8000)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

func invalidOffset(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// timeMLArticle reads a TimeML file as an article: the text of its <TEXT>
// element, dated by its creation time (DCT). The annotations are not read
// as text; `annals eval timex` scores them.
func timeMLArticle(source string, data []byte) (Article, error) {
	if err := checkText(data); err != nil {
		return Article{}, err
	}
	t, err := ParseTimeML(data)
	if err != nil {
		return Article{}, err
	}
	if strings.TrimSpace(t.Text) == "" {
		return Article{}, fmt.Errorf("timeml %q: %w", t.ID, ErrEmpty)
	}
	a := Article{Source: source, Published: t.DCT, Text: t.Text}
	if t.ID != "" {
		a.Meta = map[string]string{"docid": t.ID}
	}
	return a, nil
}

func textArticle(source string, data []byte) (Article, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if err := checkText(data); err != nil {
		return Article{}, err
	}
	return Article{Source: source, Text: string(data)}, nil
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

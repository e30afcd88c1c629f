package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/annals-project/annals"
)

// record is one line of a JSON Lines export: {"id","title","published","text"};
// other keys are kept as metadata.
type record struct {
	ID        string
	Title     string
	Published string
	Text      string
	Meta      map[string]string
}

func (r *record) UnmarshalJSON(b []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	str := func(k string) (string, error) {
		raw, ok := m[k]
		delete(m, k)
		if !ok || string(raw) == "null" {
			return "", nil
		}
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			// ids are sometimes numbers
			if k == "id" {
				return strings.TrimSpace(string(raw)), nil
			}
			return "", fmt.Errorf("field %q is not a string", k)
		}
		return s, nil
	}
	var err error
	if r.ID, err = str("id"); err != nil {
		return err
	}
	if r.Title, err = str("title"); err != nil {
		return err
	}
	if r.Published, err = str("published"); err != nil {
		return err
	}
	if r.Text, err = str("text"); err != nil {
		return err
	}
	for k, raw := range m {
		if r.Meta == nil {
			r.Meta = map[string]string{}
		}
		var s string
		if json.Unmarshal(raw, &s) == nil {
			r.Meta[k] = s
		} else {
			r.Meta[k] = string(raw)
		}
	}
	return nil
}

// parsePublished accepts the date forms exports use: YYYY-MM-DD, RFC 3339
// timestamps (the civil date as written is kept, not shifted to UTC) and
// "YYYY-MM-DD HH:MM:SS".
func parsePublished(s string) (annals.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return annals.Date{}, nil
	}
	if len(s) >= 10 {
		if d, err := annals.ParseDate(s[:10]); err == nil && (len(s) == 10 || s[10] == 'T' || s[10] == ' ') {
			return d, nil
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, "2 Jan 2006", "January 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return annals.DateOf(t), nil
		}
	}
	return annals.Date{}, fmt.Errorf("%w: published %q is not a date (want YYYY-MM-DD)", annals.ErrInvalid, s)
}

// readJSONL yields one article per line. A line that is not a JSON object,
// or lacks text, is reported as path:line and the next line is read. Lines
// longer than opts.MaxBytes are skipped with an error without being held in
// memory.
func readJSONL(path string, r io.Reader, opts Options, yield func(Article, error) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	for lineNo := 1; ; lineNo++ {
		line, tooLong, err := readLine(br, opts.MaxBytes)
		if err != nil && !errors.Is(err, io.EOF) {
			return yield(Article{}, &InputError{Input: path, Err: err})
		}
		eof := errors.Is(err, io.EOF)
		where := path + ":" + strconv.Itoa(lineNo)
		switch {
		case tooLong:
			if !yield(Article{}, &InputError{Input: where, Err: fmt.Errorf("%w: line longer than %s", ErrTooLarge, humanBytes(opts.MaxBytes))}) {
				return false
			}
		case len(bytes.TrimSpace(line)) == 0:
			// blank lines separate nothing in JSON Lines; skip them
		default:
			a, err := jsonlArticle(path, where, line)
			if err != nil {
				err = &InputError{Input: where, Err: err}
			}
			if !yield(a, err) {
				return false
			}
		}
		if eof {
			return true
		}
	}
}

// readLine reads up to and without the next newline. When the line exceeds
// limit it discards the rest of it and reports tooLong.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, err
	}
}

func jsonlArticle(path, where string, line []byte) (Article, error) {
	if !bytes.HasPrefix(bytes.TrimSpace(line), []byte("{")) {
		return Article{}, fmt.Errorf("%w: not a JSON object", annals.ErrInvalid)
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return Article{}, fmt.Errorf("%w: %v", annals.ErrInvalid, err)
	}
	if strings.TrimSpace(rec.Text) == "" {
		return Article{}, fmt.Errorf("%w: record has no \"text\"", annals.ErrInvalid)
	}
	if isBinary([]byte(rec.Text)) {
		return Article{}, ErrBinary
	}
	pub, err := parsePublished(rec.Published)
	if err != nil {
		return Article{}, err
	}
	src := where
	if rec.ID != "" {
		src = path + "#" + rec.ID
	}
	return Article{Source: src, Title: rec.Title, Published: pub, Text: rec.Text, Meta: rec.Meta}, nil
}

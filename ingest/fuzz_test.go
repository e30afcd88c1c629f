package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/annals-project/annals/ingest"
)

// FuzzRead feeds arbitrary bytes to the reader as each kind of input file:
// it must never panic, every article it yields must be valid UTF-8 text,
// and every error must be an *InputError naming the input.
func FuzzRead(f *testing.F) {
	for _, seed := range []string{
		"",
		"MOSCOW, Oct 3 - Russian and Chinese ministers met.\n",
		"<!DOCTYPE html><html><head><title>T</title></head><body><article><p>Text here.</p></article></body></html>",
		`{"id":"1","text":"Paris, May 2 - France spoke.","published":"2019-05-02"}` + "\n" + `{"id":2}`,
		`<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title><description>&lt;p&gt;y&lt;/p&gt;</description></item></channel></rss>`,
		"\xff\xfe\x00bad",
		"Показать\nКомментарии отсутствуют\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		for _, ext := range []string{".txt", ".html", ".jsonl", ".rss", ""} {
			p := filepath.Join(dir, "in"+ext)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			for a, err := range ingest.Read(context.Background(), []string{p}, ingest.Options{MaxBytes: 1 << 20}) {
				if err != nil {
					var ie *ingest.InputError
					if !errors.As(err, &ie) || ie.Input == "" {
						t.Fatalf("%s: error %v is not an *InputError naming the input", ext, err)
					}
					continue
				}
				if !utf8.ValidString(a.Text) || a.Text == "" {
					t.Fatalf("%s: article text is empty or invalid UTF-8: %q", ext, a.Text)
				}
			}
		}
	})
}

package timex_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/timex"
)

// tmlText returns the <TEXT> element of a TimeML file with its tags
// stripped: enough text to measure tagging speed on (the eval package has
// the full reader; the benchmark does not depend on it).
func tmlText(src string) string {
	i, j := strings.Index(src, "<TEXT>"), strings.Index(src, "</TEXT>")
	if i < 0 || j < i {
		return ""
	}
	var b strings.Builder
	in := false
	for _, c := range []byte(src[i+len("<TEXT>") : j]) {
		switch {
		case c == '<':
			in = true
		case c == '>':
			in = false
		case !in:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// BenchmarkTag tags the plain text of every TempEval-3 development document
// (TimeBank, AQUAINT; the platinum test set is read only by the scorer, once a
// session) once per iteration and reports the throughput; the
// target of issue 3 is 20 MB/s on one core. It skips when the shared
// evaluation data is absent (set ANNALS_SHARED to find it from a worktree).
func BenchmarkTag(b *testing.B) {
	var docs []string
	size := 0
	for _, set := range []string{"timebank", "aquaint"} {
		names, _ := filepath.Glob(filepath.Join(sharedDir(), "eval", "tempeval3", set, "*.tml"))
		for _, n := range names {
			src, err := os.ReadFile(n)
			if err != nil {
				b.Fatal(err)
			}
			d := tmlText(string(src))
			docs = append(docs, d)
			size += len(d)
		}
	}
	if len(docs) == 0 {
		b.Skip("shared evaluation data not present")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	dct := annals.MustParseDate("1998-02-27")
	for b.Loop() {
		for _, d := range docs {
			timex.Tag(d, dct)
		}
	}
}

// BenchmarkTagNoise measures the common case of scraped pages: long text
// with few time expressions.
func BenchmarkTagNoise(b *testing.B) {
	text := strings.Repeat("Show more comments and subscribe to the channel for updates about the company and its products. ", 2000)
	b.SetBytes(int64(len(text)))
	dct := annals.MustParseDate("2013-11-01")
	for b.Loop() {
		timex.Tag(text, dct)
	}
}

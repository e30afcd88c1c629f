package timex_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/eval"
	"github.com/annals-project/annals/extract/timex"
)

// BenchmarkTag tags the plain text of every TempEval-3 document (TimeBank,
// AQUAINT, platinum) once per iteration and reports the throughput; the
// target of issue 3 is 20 MB/s on one core. It skips when the shared
// evaluation data is absent.
func BenchmarkTag(b *testing.B) {
	var docs []*eval.TimeMLDoc
	size := 0
	for _, set := range []string{"timebank", "aquaint", "platinum"} {
		names, _ := filepath.Glob(filepath.Join("../../../shared/eval/tempeval3", set, "*.tml"))
		for _, n := range names {
			f, err := os.Open(n)
			if err != nil {
				b.Fatal(err)
			}
			d, err := eval.ReadTimeML(f)
			f.Close()
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
			size += len(d.Text)
		}
	}
	if len(docs) == 0 {
		b.Skip("shared evaluation data not present")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			timex.Tag(d.Text, d.DCT)
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

package extract_test

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/annals-project/annals/extract"
)

// TestDocumentCostLinear guards against work that grows with the square of
// a text's length (a pass over the whole text for every expression or
// token): bytes allocated while extracting a text told four times over must
// stay near four times those of the text told once. Allocation counts, not
// timings, so the test is deterministic on a loaded machine. An earlier
// time-list filter lowered the whole text around every date, which made
// this ratio about N.
func TestDocumentCostLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a long text several times")
	}
	names, err := filepath.Glob("../testdata/gold/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no fixture texts: %v", err)
	}
	var b strings.Builder
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n\n")
	}
	one := b.String()
	four := strings.Repeat(one, 4)
	cost := func(text string) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := extract.Document(text, extract.Options{}); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	// No collection while measuring, so that pooled buffers stay pooled:
	// warmed by the long text, neither measured call has to grow them.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	// The counter is the process's: a test running in parallel can only add
	// to it, so the least of three readings is the call's own.
	least := func(text string) uint64 {
		m := cost(text)
		for range 2 {
			m = min(m, cost(text))
		}
		return m
	}
	cost(four) // warm the embedded tables and the pools
	c1, c4 := least(one), least(four)
	ratio := float64(c4) / float64(c1)
	t.Logf("%d bytes of text: %d bytes allocated; four times the text: %d (ratio %.2f)", len(one), c1, c4, ratio)
	if ratio > 6 {
		t.Errorf("extracting a text four times as long allocates %.2f times as much; want about 4 (is some pass quadratic in the text's length?)", ratio)
	}
}

package timex_test

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/timex"
)

// TestPartOfDateAtEnd: a part of day and "of" closing a text, with no day
// after them, is no crash (it was: the day was read past the last token).
func TestPartOfDateAtEnd(t *testing.T) {
	dct := annals.MustParseDate("2031-08-20")
	for _, s := range []string{"The envoys met the night of", "They left that morning of", "early morning of", "the night of\n"} {
		for _, e := range timex.Tag(s, dct) {
			if e.Span[0] < 0 || e.Span[1] > len(s) || e.Span[0] >= e.Span[1] {
				t.Errorf("%q: bad span %v", s, e.Span)
			}
		}
	}
	// The day after "of" is still the expression.
	s := "The envoys met on the night of Oct. 23, 2030."
	ts := timex.Tag(s, dct)
	if len(ts) != 1 || ts[0].Text != "Oct. 23, 2030" || ts[0].Value != "2030-10-23" {
		t.Errorf("%q: got %+v, want Oct. 23, 2030 alone", s, ts)
	}
}

// TestPartOfDateChainLinear: in a chain of parts of day ("the night of the
// night of ... Oct. 23") each "of" reads the day after it once, not the
// whole rest of the chain again, which made tagging quadratic in the
// chain's length (seconds for 30 KB). Bytes allocated, not time, are
// compared, so the test is deterministic on a loaded machine.
func TestPartOfDateChainLinear(t *testing.T) {
	dct := annals.MustParseDate("2031-08-20")
	cost := func(text string) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		timex.Tag(text, dct)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for _, pat := range []string{"the night of ", "early morning of "} {
		one := strings.Repeat(pat, 200) + "Oct. 23, 2030."
		four := strings.Repeat(pat, 800) + "Oct. 23, 2030."
		cost(four) // warm
		// TotalAlloc counts the whole process: a goroutine another test left
		// running can add to one measurement, never take away, so the least
		// of several runs is the tagger's own cost.
		least := func(text string) uint64 {
			c := cost(text)
			for range 6 {
				c = min(c, cost(text))
			}
			return c
		}
		c1, c4 := least(one), least(four)
		ratio := float64(c4) / float64(c1)
		t.Logf("%q: %d and %d bytes allocated (ratio %.2f)", pat, c1, c4, ratio)
		if ratio > 6 {
			t.Errorf("%q: a chain four times as long allocates %.2f times as much; want about 4", pat, ratio)
		}
	}
}

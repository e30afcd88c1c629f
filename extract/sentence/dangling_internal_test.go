package sentence

import (
	"strings"
	"testing"

	"github.com/annals-project/annals"
)

// TestDanglingWrapShortLineReadsNoFurther: a blank or short line is
// decided by itself, without scanning the blank lines after it. Before,
// every blank line of a run scanned the rest of the run, so that Split
// did work quadratic in the run's length (a text with 80,000 blank
// lines took tens of seconds). The region's end is put past the text:
// any read of the lines after the short one panics.
func TestDanglingWrapShortLineReadsNoFurther(t *testing.T) {
	for _, line := range []string{"", "   ", "Talks ended with"} {
		text := line + "\n" + strings.Repeat(" \n", 50)
		nl := len(line)
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("line %q: danglingWrap read the lines after a short line: %v", line, p)
				}
			}()
			if danglingWrap(text, 0, nl, nl+1, len(text)+1) {
				t.Errorf("line %q: a short line dangles", line)
			}
		}()
	}
	// A long line ending in a preposition still dangles over one blank line.
	long := "The foreign ministers of the three states spoke today with"
	text := long + "\n\nthe press."
	if !danglingWrap(text, 0, len(long), len(long)+1, len(text)) {
		t.Errorf("%q: want a dangling line", long)
	}
}

// TestSplitLongBlankRun: a long run of blank lines ends the sentence
// before it, and the text after it is a sentence of its own.
func TestSplitLongBlankRun(t *testing.T) {
	text := "The foreign ministers of the three states spoke today with\n" + strings.Repeat(" \n", 100000) + "the press.\n"
	got := Split(text, annals.Span{0, len(text)})
	if len(got) != 2 || text[got[1][0]:got[1][1]] != "the press." {
		t.Fatalf("got %d sentences, want 2 (the second %q)", len(got), "the press.")
	}
}

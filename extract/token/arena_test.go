package token

import (
	"strings"
	"testing"
)

// TestArenaReleaseClearsBlocks checks that Release leaves every block it
// gives back all zero over its whole capacity, though it clears only the
// tokens written: with several blocks, with a punctuation-only sentence that
// outgrows its block, and with a block much larger than the text using it.
func TestArenaReleaseClearsBlocks(t *testing.T) {
	zero := func(what string, blocks []*[]Token) {
		t.Helper()
		for bi, p := range blocks {
			for i, tk := range (*p)[:cap(*p)] {
				if tk != (Token{}) {
					t.Fatalf("%s: block %d token %d after Release = %+v, want cleared", what, bi, i, tk)
				}
			}
		}
	}
	big := strings.Repeat("Ferry crossings to Tallinn resumed on Monday. ", 60)
	var a Arena
	a.Tokenize(big, 0, len(big))
	blocks := append([]*[]Token(nil), a.held...)
	a.Release()
	zero("large text", blocks)

	// A later, shorter text may reuse that block; a run of punctuation
	// overflows its block and opens others.
	text := "Grain prices rose. " + strings.Repeat("-,", 300) + " Then the port closed."
	cuts := []int{0, 19, 19 + 600, len(text)}
	var b Arena
	for i := 0; i+1 < len(cuts); i++ {
		if got, want := b.Tokenize(text, cuts[i], cuts[i+1]), Tokenize(text[cuts[i]:cuts[i+1]], cuts[i]); len(got) != len(want) {
			t.Fatalf("Arena.Tokenize(text, %d, %d): %d tokens, want %d", cuts[i], cuts[i+1], len(got), len(want))
		}
	}
	blocks = append(blocks[:0], b.held...)
	b.Release()
	zero("short text", blocks)

	// A sentence that outgrows its block by append: its block is filled,
	// then the tokens go on in a copy.
	var c Arena
	c.buf = c.block(4)
	dense := "a,b,c,d,e,f"
	c.buf = Append(c.buf, dense, 0)
	blocks = append(blocks[:0], c.held...)
	c.Release()
	zero("outgrown block", blocks)
}

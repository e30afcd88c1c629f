package gazetteer

import (
	"testing"

	"github.com/annals-project/annals/extract/token"
)

// TestStartsFilter checks the filter Lookup consults before the trie: it
// must pass every token that opens a phrase (else names are lost), and it
// should turn away most other words.
func TestStartsFilter(t *testing.T) {
	g := Default()
	has := func(w string) bool { b := startBit(w); return g.starts[b>>6]&(1<<(b&63)) != 0 }
	for w := range g.root.next {
		if !has(w) {
			t.Errorf("starts lacks the bit of %q, which opens a phrase", w)
		}
	}
	// Words of an invented sentence that open no phrase.
	words := token.Tokenize("the fishermen quietly repaired their nets while gulls circled above harbours and piers yesterday", 0)
	passed := 0
	for _, tk := range words {
		if g.root.next[tk.Lower] == nil && has(tk.Lower) {
			passed++
		}
	}
	if passed > len(words)/4 {
		t.Errorf("starts passes %d of %d words that open no phrase, want at most a quarter", passed, len(words))
	}
}

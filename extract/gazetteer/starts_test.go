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

// TestTownStartsFilter checks the filter Town consults before its two
// lookups: it must pass the first word of every town (else towns are
// lost), and it should turn away most capitalised words that open none.
func TestTownStartsFilter(t *testing.T) {
	g := Default()
	g.townsOnce.Do(g.addTowns)
	has := func(w string) bool { b := townBit(w); return g.townStarts[b>>6]&(1<<(b&63)) != 0 }
	for w := range g.town1 {
		if !has(w) {
			t.Errorf("townStarts lacks the bit of one-word town %q", w)
		}
	}
	for w := range g.towns.next {
		if !has(w) {
			t.Errorf("townStarts lacks the bit of %q, which opens a town", w)
		}
	}
	// Capitalised words of an invented text (names, openers, titles)
	// that open no town.
	words := token.Tokenize("The Chairman Orvald Fenwick Quigley Told Reporters Yesterday That Her Committee Would Reconsider Tariffs However Nobody Expected Agreement", 0)
	passed := 0
	for _, tk := range words {
		if _, ok := g.town1[tk.Lower]; !ok && g.towns.next[tk.Lower] == nil && has(tk.Lower) {
			passed++
		}
	}
	if passed > len(words)/4 {
		t.Errorf("townStarts passes %d of %d words that open no town, want at most a quarter", passed, len(words))
	}
}

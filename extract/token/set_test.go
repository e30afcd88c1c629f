package token

import "testing"

// TestSet checks Set against indexing the map it is built from: words
// mapped to true are in it, words mapped to false and other words (some
// sharing a word's filter hash, the empty word) are not.
func TestSet(t *testing.T) {
	m := map[string]bool{"the": true, "plan": true, "plans": true, "u.s.": true, "é": true, "tie": false, "new york": true}
	s := NewSet(m)
	for _, w := range []string{"the", "plan", "plans", "u.s.", "é", "tie", "toe", "tae", "plen", "", "THE", "new york", "new  york", "u.s"} {
		if got := s.Has(w); got != m[w] {
			t.Errorf("Has(%q) = %v, want %v", w, got, m[w])
		}
		if m[w] && !s.Filter().May(w) {
			t.Errorf("Filter().May(%q) = false for a word of the set", w)
		}
	}
	if NewSet(map[string]bool{"": true}).Has("") != true || NewSet(nil).Has("") {
		t.Error("the empty word: Has wrong")
	}
}

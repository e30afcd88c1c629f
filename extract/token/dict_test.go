package token

import (
	"strings"
	"testing"
)

// TestDict checks Dict against the map it is built from: every key with
// its value, and words that are not keys, among them words that share a
// key's length and first, middle and last bytes (one hash) and the empty
// word, in a Dict with and without it.
func TestDict(t *testing.T) {
	m := map[string]int{
		"the": 1, "tie": 2, "toe": 3, "plan": 4, "plans": 5, "paean": 6, "pagan": 7,
		"million": 8, "billion": 9, "a": 10, "u.s.": 11, "new york": 12, "é": 13,
	}
	probes := []string{"tae", "tve", "plen", "pxxan", "mil", "millions", "b", "", "u.s", "new  york", "ée", "THE"}
	for _, withEmpty := range []bool{false, true} {
		if withEmpty {
			m[""] = 14
		}
		d := NewDict(m)
		for _, w := range append(probes, keys(m)...) {
			want, wantOK := m[w]
			got, ok := d.Get(w)
			if got != want || ok != wantOK {
				t.Errorf("Get(%q) = %d, %v, want %d, %v", w, got, ok, want, wantOK)
			}
			if d.At(w) != want {
				t.Errorf("At(%q) = %d, want %d", w, d.At(w), want)
			}
		}
	}
	// A bigger set: words of two to nine letters, many sharing a hash.
	big := map[string]bool{}
	for _, w := range strings.Fields("abc abd abe acc add aec aabbc aaxbc abxxc abxyc mid mad mod mud mead maid mould" +
		" january february march april may june july august september october november december") {
		big[w] = true
	}
	d := NewDict(big)
	for _, w := range strings.Fields("abc abf aac abxzc mxd maid meid mould mouldy junes jun july") {
		if _, ok := d.Get(w); ok != big[w] {
			t.Errorf("Get(%q) reports %v, want %v", w, ok, big[w])
		}
	}
}

func keys(m map[string]int) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

package token

// Set is a read-only set of words for the tests made for many tokens of a
// text: a [Filter] in front of a [Dict], so most words outside the set
// cost one bit test, and the rest a Dict lookup. It replaces a spelled-out
// "xFilter.May(w) && x[w]" over a map[string]bool, and gives what indexing
// that map gives: a word mapped to false is not in the set. Build it
// once, from a map that is never changed afterwards.
type Set struct {
	f Filter
	d *Dict[struct{}]
}

// NewSet returns the Set of the words m maps to true.
func NewSet(m map[string]bool) *Set {
	in := make(map[string]struct{}, len(m))
	for w, ok := range m {
		if ok {
			in[w] = struct{}{}
		}
	}
	return &Set{f: *NewFilter(in), d: NewDict(in)}
}

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool { return s.f.May(w) && s.d.Has(w) }

// Filter returns the set's filter, for a union with other filters (see
// [Union]).
func (s *Set) Filter() *Filter { return &s.f }

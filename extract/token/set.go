package token

// Set is a read-only set of words for the tests made for many tokens of a
// text: a [Filter] in front of a map[string]bool, so most words outside
// the set cost one bit test and no map lookup. It replaces a spelled-out
// "xFilter.May(w) && x[w]" and gives what indexing the map gives (a word
// mapped to false is not in the set). Has stays small enough to inline,
// as the spelled-out test was; a Dict behind the filter would not. Build
// a Set once, from a map that is never changed afterwards.
type Set struct {
	f Filter
	m map[string]bool
}

// NewSet returns the Set of the words m maps to true.
func NewSet(m map[string]bool) *Set { return &Set{f: *NewFilter(m), m: m} }

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool { return s.f.May(w) && s.m[w] }

// Filter returns the set's filter, for a union with other filters (see
// [Union]).
func (s *Set) Filter() *Filter { return &s.f }

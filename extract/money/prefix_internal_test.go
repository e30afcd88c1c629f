package money

import "testing"

// Find passes over words that do not start with R or T before it calls
// gluedNumber; a glued prefix starting with another letter would never be
// read.
func TestGluedPrefixesStartRT(t *testing.T) {
	for p := range gluedPrefixes {
		if len(p) != 2 || (p[0] != 'R' && p[0] != 'T') {
			t.Errorf("glued prefix %q: Find reads only two-letter prefixes starting with R or T", p)
		}
	}
}

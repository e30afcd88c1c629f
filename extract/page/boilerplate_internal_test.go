package page

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// TestBoilerplateOpeners checks the per-letter lists of boilerplate
// phrases: a short line opening with a phrase is chrome whatever the case
// of its first letter, one opening with a phrase that starts above ASCII
// too, and a line that only shares the first letter is not. Each list
// holds exactly the phrases a line opening with its byte may start with.
func TestBoilerplateOpeners(t *testing.T) {
	for line, want := range map[string]Class{
		"Follow us on the usual channels":     Chrome,
		"FOLLOW US ON our pages":              Chrome,
		"follow Us On the feed":               Chrome,
		"\u00a9 2025 The Harbour Gazette":     Chrome,
		"Followers of the mayor marched":      Content,
		"Fishermen in the bay protested":      Content,
		"Farmers said the rain came too late": Content,
	} {
		if got := Classify(line, nil); got != want {
			t.Errorf("Classify(%q) = %v, want %v", line, got, want)
		}
	}
	for c := range utf8.RuneSelf {
		for _, b := range boilerplate {
			in := slices.Contains(boilerplateBy[c], b)
			if want := b[0] >= utf8.RuneSelf || lowerASCII(b[0]) == lowerASCII(byte(c)); in != want {
				t.Errorf("boilerplateBy[%q] holds %q: %v, want %v", rune(c), b, in, want)
			}
		}
	}
}

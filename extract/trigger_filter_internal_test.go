package extract

import (
	"testing"

	"github.com/annals-project/annals/extract/trigger"
)

// TestTriggerWordFilter checks that the filter clauseEvents tests first
// lets through every word that opens a phrase trigger, so skipping the
// words it turns away loses no event.
func TestTriggerWordFilter(t *testing.T) {
	var words []string
	for w := range conflictPhraseSet {
		words = append(words, w)
	}
	for w := range phraseHeads {
		words = append(words, w)
	}
	for w := range extendVerbs {
		words = append(words, w)
	}
	for w := range sanctionOrBombHeads {
		words = append(words, w)
	}
	for _, w := range []string{"talks", "met", "visited", "signed"} {
		if _, ok := trigger.Lookup(w); !ok {
			t.Fatalf("%q is no trigger of the lexicon", w)
		}
		words = append(words, w)
	}
	for _, w := range words {
		if !triggerWordFilter.May(w) {
			t.Errorf("triggerWordFilter turns away %q", w)
		}
	}
}

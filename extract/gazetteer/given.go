package gazetteer

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/annals-project/annals/extract/token"
)

//go:embed data/givennames.txt
var givenNamesData string

var (
	givenOnce  sync.Once
	givenNames map[string]bool
)

// GivenName reports whether a lower-case word is a given name that opens
// persons' names in news copy ("paul", "andrzej", "stéphane"). Given
// names that are also common English words ("will", "june", "grant")
// are not listed, so a capitalised word that opens a sentence is not
// mistaken for one.
func GivenName(lower string) bool {
	givenOnce.Do(func() { givenNames = lines(givenNamesData) })
	return givenNames[lower]
}

//go:embed data/notpersons.txt
var notPersonsData string

var (
	notPersonsOnce sync.Once
	notPersons     map[string]bool
	notPersonsSet  *token.Set // spares most phrases the lookup
)

// NotPerson reports whether a lower-case phrase, words separated by
// single spaces, names a firm, brand or thing that has the form of a
// person's name ("merrill lynch", "freddie mac").
func NotPerson(lower string) bool {
	notPersonsOnce.Do(func() {
		notPersons = lines(notPersonsData)
		notPersonsSet = token.NewSet(notPersons)
	})
	return notPersonsSet.Has(lower)
}

// lines returns the set of non-blank, non-comment lines of an embedded
// list.
func lines(data string) map[string]bool {
	out := make(map[string]bool, strings.Count(data, "\n")+1)
	for line := range strings.SplitSeq(data, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && line[0] != '#' {
			out[line] = true
		}
	}
	return out
}

// commonGiven are given names that are also common English words, left
// out of the given-name lexicon (see GivenName). Own compilation for
// annals (2026).
var commonGiven = map[string]bool{
	"mark": true, "grant": true, "will": true, "amber": true, "rose": true, "hope": true, "joy": true,
	"dean": true, "guy": true, "drew": true, "chase": true, "pat": true, "sandy": true, "earl": true,
	"jack": true, "grace": true, "faith": true, "dawn": true, "wade": true, "miles": true, "cliff": true,
	"glen": true, "don": true, "carol": true,
}

// CommonGivenName reports whether a lower-case word is a given name that
// is also a common English word ("mark", "grant", "will"): a name only
// where a capital is no sentence's or heading's first letter.
func CommonGivenName(lower string) bool { return commonGiven[lower] }

package gazetteer

import (
	_ "embed"
	"strings"
	"sync"
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
)

// NotPerson reports whether a lower-case phrase, words separated by
// single spaces, names a firm, brand or thing that has the form of a
// person's name ("merrill lynch", "freddie mac").
func NotPerson(lower string) bool {
	notPersonsOnce.Do(func() { notPersons = lines(notPersonsData) })
	return notPersons[lower]
}

// lines returns the set of non-blank, non-comment lines of an embedded
// list.
func lines(data string) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && line[0] != '#' {
			out[line] = true
		}
	}
	return out
}

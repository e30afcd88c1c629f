package person_test

import (
	"testing"

	"github.com/annals-project/annals/extract/person"
)

// "Deputy" and "vice" before an office make the lesser office, in capitals
// or in lower case, before the name or in apposition after it; "vice"
// before a minister is written "Deputy", as the gazetteer writes "Vice
// Foreign Minister". The rank word itself is never a name.
func TestDeputyRank(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Vice Minister of Commerce Wang Dehai opened the fair on Monday.", "Wang Dehai/Deputy Minister of Commerce"},
		{"Vice Minister Chen Liang left the hall early.", "Chen Liang/Deputy Minister"},
		{"Trade Minister Ana Ruiz met Deputy Minister for Foreign Affairs Olga Berg on Monday.", "Ana Ruiz/Trade Minister; Olga Berg/Deputy Foreign Minister"},
		{"The deputy minister, Boris Kalin, said little on Monday.", "Boris Kalin/Deputy Minister"},
		{"Mei Lan, vice minister of agriculture, praised the harvest.", "Mei Lan/Deputy Minister"},
		{"Vice Chairman Tomas Berg of the bank spoke on Monday.", "Tomas Berg/Vice Chairman"},
		// Negative: the office alone names no one, nor does the rank word.
		{"The vice minister of agriculture praised the harvest on Monday.", ""},
		{"Trade Minister Ana Ruiz met the Deputy Minister on Monday.", "Ana Ruiz/Trade Minister"},
	}, personRole)
}

func personRole(p *person.Person) string { return p.Name + "/" + p.Role }

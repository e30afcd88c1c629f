package person_test

import (
	"testing"

	"github.com/annals-project/annals/extract/person"
)

// "former" before a title, or before the state that qualifies it, makes
// the role a past one: the person is listed as "former President", not
// as the office's holder. Other words before the title ("the", a state
// alone, "then") leave it the present office.
func TestFormerRole(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The court summoned former President Tomas Orlov on Tuesday.", "Tomas Orlov/former President"},
		{"Former Deputy Prime Minister Ana Kovac addressed the rally.", "Ana Kovac/former Deputy Prime Minister"},
		{"Protesters marched against former Moldovan Prime Minister Ion Batrin on Friday.", "Ion Batrin/former Prime Minister"},
		{"The party backed former vice president Lual Deng for the post.", "Lual Deng/former Vice President"},
		// Negative: no "former", or "former" qualifying something else.
		{"President Tomas Orlov met the former rebels on Tuesday.", "Tomas Orlov/President"},
		{"Moldovan Prime Minister Ion Batrin met former rebels on Friday.", "Ion Batrin/Prime Minister"},
		{"The former colony's Foreign Minister Ana Kovac spoke.", "Ana Kovac/Foreign Minister"},
	}, formerRole)
}

func formerRole(p *person.Person) string {
	if p.Former {
		return p.Name + "/former " + p.Role
	}
	return p.Name + "/" + p.Role
}

package person_test

import (
	"testing"

	"github.com/annals-project/annals/extract/person"
)

// personWritten is a person's name, country and role as the document
// writes it: the title as the story words it when it names more than the
// role, "acting" before a role held so.
func personWritten(p *person.Person) string {
	role := p.Role
	if p.Written != "" {
		role = p.Written
	}
	if p.Acting {
		role = "acting " + role
	}
	return p.Name + "/" + string(p.Country) + "/" + role
}

// A spokesperson's title that names the body spoken for keeps it, as
// news copy writes it, before the name or in apposition; the state
// before the body is the person's, not part of the title. A bare
// "spokesman" stays the lexicon's role, and a state alone is no body.
func TestSpokespersonBody(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Interior Ministry spokesman Tarek Holm said the road was open.",
			"Tarek Holm//Interior Ministry spokesman"},
		{"Peruvian Trade Ministry spokeswoman Lina Obando said the talks went well.",
			"Lina Obando/PER/Trade Ministry spokeswoman"},
		{"The talks went well, Lina Obando, the Peruvian Trade Ministry spokeswoman, told reporters.",
			"Lina Obando/PER/Trade Ministry spokeswoman"},
		{"Kremlin spokesman Oleg Varin said the call was useful.",
			"Oleg Varin/RUS/Kremlin spokesman"},
		{"Deputy Pentagon Press Secretary Dana Pruitt said the drill was over.",
			"Dana Pruitt/USA/Deputy Pentagon Press Secretary"},
		{"Kenyan Army spokesman Otieno Baraka said two soldiers were hurt.",
			"Otieno Baraka/KEN/Army spokesman"},
		// Near misses: a bare title, a state alone.
		{"Spokesman Tarek Holm said the road was open.",
			"Tarek Holm//Spokesperson"},
		{"Peruvian spokeswoman Lina Obando said the talks went well.",
			"Lina Obando/PER/Spokesperson"},
		{"The minister thanked spokesman Tarek Holm on Monday.",
			"Tarek Holm//Spokesperson"},
	}, personWritten)
}

// "Acting" before a title is part of the role, before a name, before the
// state that qualifies the title, in apposition and on a signature line.
func TestActingRole(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Acting Secretary of Energy Ruth Colby visited the plant.",
			"Ruth Colby//acting Secretary of Energy"},
		{"He met acting Chilean Foreign Minister Ivo Marsh in Lima.",
			"Ivo Marsh/CHL/acting Foreign Minister"},
		{"The plan was drafted by Ruth Colby, Acting Deputy Spokesman, last week.",
			"Ruth Colby//acting Deputy Spokesman"},
		{"Press Statement\nMark D. Colby\nActing Deputy Spokesman\nWashington, DC\nMay 4, 2016\n\nThe talks resumed.",
			"Mark D. Colby//acting Deputy Spokesman"},
		// Near misses: "acting" as a verb, a title without it.
		{"Acting on the report, Foreign Minister Ivo Marsh left Lima.",
			"Ivo Marsh//Foreign Minister"},
		{"Secretary of Energy Ruth Colby visited the plant.",
			"Ruth Colby//Secretary of Energy"},
	}, personWritten)
}

// A state that qualifies one holder's title says nothing of the holder
// of a different office listed after it ("US Secretary of State A and
// Foreign Minister B"): B is no US minister. A head of state's ministers
// still take the head's state (TestHeadListState).
func TestListedTitleState(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"US Secretary of State Rob Tandy and Foreign Minister Chen Bo spoke by phone.",
			"Rob Tandy/USA/Secretary of State/Rob Tandy; Chen Bo//Foreign Minister/Chen Bo"},
		{"Peru Trade Minister Ana Soto and Foreign Minister Chen Bo met.",
			"Ana Soto/PER/Trade Minister/Ana Soto; Chen Bo//Foreign Minister/Chen Bo"},
		// Near miss: the state is the sentence's subject.
		{"Peru has signed the pact, Foreign Minister Ana Soto said.",
			"Ana Soto/PER/Foreign Minister/Ana Soto"},
	}, personFull)
}

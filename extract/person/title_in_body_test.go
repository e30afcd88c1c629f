package person_test

import (
	"testing"

	"github.com/annals-project/annals/extract/person"
)

func personRoleCountry(p *person.Person) string {
	return p.Name + "/" + p.Role + "/" + string(p.Country)
}

// A title whose first word the scan read as the end of a body's name
// ("U.S. Treasury" + "Secretary") is the fuller title of the roles
// lexicon; "Secretary of the Treasury" and "Trade Representative" are
// titles of their own. A body before a title that makes no longer title
// leaves the title as it was.
func TestTitleInBody(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"U.S. Treasury Secretary Ana Ruiz told reporters the measures would stay.", "Ana Ruiz/Treasury Secretary/USA"},
		{"The measures will stay, said Secretary of the Treasury Tom Berg on Friday.", "Tom Berg/Treasury Secretary/USA"},
		{"U.S. Trade Representative Carla Mendez arrived in Jakarta on Sunday.", "Carla Mendez/Trade Representative/USA"},
		{"Deputy Trade Representative Paul Osei opened the talks in Hanoi.", "Paul Osei/Deputy Trade Representative/USA"},
		// negatives: the body's last word and the title make no title
		{"State Department spokeswoman Lena Park said the visit was useful.", "Lena Park/Spokesperson/USA"},
		{"World Bank President Tom Berg flew to Lagos on Monday.", "Tom Berg/President/"},
		{"The trade representative of the firm declined to comment.", ""},
	}, personRoleCountry)
}

// A rank word before a state and a title is part of the title, not a
// one-word name, in a list of officials.
func TestRankBeforeStateTitle(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"She was joined by U.S. Deputy Secretary of Energy Tom Berg, Deputy U.S. Trade Representative Lena Park, and others.", "Tom Berg; Lena Park"},
		{"Deputy U.S. Ambassador Lena Park met the ministers.", "Lena Park"},
		// negative: a name before a state and a title stays a name
		{"The talks were led by Sikorski, Polish Foreign Minister, and Maria Costa.", "Sikorski; Maria Costa"},
	}, personName)
}

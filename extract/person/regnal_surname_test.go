package person_test

import (
	"strings"
	"testing"

	"github.com/annals-project/annals/extract/person"
)

// A monarch's or pope's regnal number belongs to the name after the
// title, and the name without it is the same person; a Roman numeral
// that is no regnal number, or the pronoun "I", stays out of the name.
func TestRegnalName(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The envoy was received by Queen Margrethe II in Copenhagen. Queen Margrethe thanked him.", "Margrethe II/Queen/Margrethe II,Margrethe"},
		{"Pope Gregory XVI wrote the letter.", "Gregory XVI/Pope/Gregory XVI"},
		{"King Olav said I would go.", "Olav/King/Olav"},
		{"King Olav IIII said so.", "Olav/King/Olav"},
	}, func(p *person.Person) string { return personRole(p) + "/" + strings.Join(p.Mentions, ",") })
}

// A title that is also a common surname ("King", "Bishop") after a known
// given name, with no name after it, is that person's surname; before a
// name it stays a title.
func TestTitleSurname(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"VOA's Laura King reports the vote was delayed.", "Laura King/Correspondent"},
		{"The minister met Peter Bishop on Monday.", "Peter Bishop/"},
		{"Officials said Jordan King Hussein would attend.", "Hussein/King"},
	}, personRole)
}

// A by-line or an editor's credit in a page's date line, set off by a bar
// rather than a new line, is a credit all the same.
func TestBarCredit(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"March 3, 2011|By Helen R. Dowd, Staff Writer.\n\nThe talks resumed.", "Helen R. Dowd/Reporter"},
		{"Source: Xinhua| 2019-05-02 10:11:12|Editor: Zhao Lin\n\nThe talks resumed.", "Zhao Lin/Editor"},
		{"Source: Xinhua| 2019-05-02 10:11:12|Editor: Zhao Lin\nVideo Player\n\nThe talks resumed.", "Zhao Lin/Editor"},
		{"Sections | By region | Editor: notes\n\nThe talks resumed.", ""},
	}, personRole)
}

// A regnal number a scan misread ("Il" for "II") is still the number,
// and a patronym after the number belongs to the name as written. A
// lower-case "l" elsewhere, or a patronym on the next line, is not.
func TestRegnalOCRPatronym(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The state visit of His Majesty King Hamad Il of Bahrain began.", "Hamad Il/King"},
		{"The state visit of King Faisal Ill ended on Monday.", "Faisal Ill/King"},
		{"The state visit of His Majesty King Hamad II bin Zayed of Bahrain began.", "Hamad II bin Zayed/King"},
		{"The state visit of His Majesty King Hamad Il Bin Al-Zayed began.", "Hamad Il Bin Al-Zayed/King"},
		// near misses
		{"King Hamad Ila said so.", "Hamad Ila/King"},
		{"The visit of King Hamad II\nbin Zayed Street was closed.", "Hamad II/King"},
	}, personRole)
}

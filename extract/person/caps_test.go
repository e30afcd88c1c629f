package person_test

import (
	"testing"
)

// TestCapsNames: in copy written all in capitals, a title, an honorific or
// a by-line's "BY" opens a name; headline words with no cue are no name.
func TestCapsNames(t *testing.T) {
	tests := []struct{ in, want string }{
		// title + given name + surname; honorific + surname of the same person
		{"THE TALKS OPENED AS FOREIGN MINISTER MARIA KOVACS ARRIVED IN THE CAPITAL. MRS. KOVACS SAID LITTLE.",
			"MARIA KOVACS: MARIA KOVACS,KOVACS (2)"},
		// title + a lone surname closed by an auxiliary
		{"PRESIDENT HARMSWORTH HAS ORDERED A REVIEW OF THE BUDGET TODAY.", "HARMSWORTH: HARMSWORTH (1)"},
		// a middle initial
		{"THE STATEMENT WAS READ BY SPOKESMAN PETER J. WALLACE AT NOON.", "PETER J. WALLACE: PETER J. WALLACE (1)"},
		// negative: no cue, only capitals
		{"FARMERS PROTEST RISING FUEL PRICES ACROSS THE NORTHERN PROVINCES.", ""},
		// negative: a title before a run of capitals naming a body
		{"THE MINISTER ADDRESSED THE NATIONAL FARMERS UNION CONGRESS TODAY.", ""},
		// negative: an honorific before a word no full name explains
		{"MR. BIGGS SAID NOTHING ABOUT THE PLAN.", ""},
	}
	checkFind(t, tests, personCount)
}

// TestCapsCredits: in mixed text a given name and surname in capitals is a
// person in a by-line or before a picture agency's credit, and not
// elsewhere.
func TestCapsCredits(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Flood waters rose on Monday, report by HELEN MARSH (GENEVA)", "HELEN MARSH"},
		{"Crowds gathered in the square on May 3.\nJULIAN ROSS / AFP - Getty Images\nThe rally ended.", "JULIAN ROSS"},
		// negative: capitals with no credit cue
		{"The farmers met at the HELEN MARSH community hall on Monday.", ""},
	}
	checkFind(t, tests, personName)
}

// TestShortLineName: a name that ends a short line of its own (a by-line,
// a speaker's line) does not run on into the first word of the next line;
// a name wrapped at the end of a long line of prose does.
func TestShortLineName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ministry of Trade\nChief Negotiator Olga M. Brandt\nHighlights from the Weekly Briefing on Grain Quotas\nThe talks resumed on Monday.",
			"Olga M. Brandt"},
		{"The delegation from the northern provinces was received at noon by Minister Olga Maria\nBrandt, who said the quotas would stay.",
			"Olga Maria Brandt"},
	}
	checkFind(t, tests, personName)
}

// TestNewsroomUnit: a newsroom's desk or bureau that reports is no person;
// a reporter who reports is.
func TestNewsroomUnit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Lagos Herald Metro Desk reports that the bridge reopened on Monday.", ""},
		{"Harbour Gazette Bureau reports the ferries were late.", ""},
		{"Wendell Okafor reports that the bridge reopened on Monday.", "Wendell Okafor"},
	}
	checkFind(t, tests, personName)
}

// TestCreditList: a credit in parentheses lists its persons, a run-together
// given name and surname among them; a list that does not close, or one
// with an item that is no name, gives none.
func TestCreditList(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The port reopened on Friday.\nShare|Print(Editor:LiuWenhai、Gao Ming)", "LiuWenhai; Gao Ming"},
		{"The port reopened on Friday. (Editors: Tan Rui, Bo Xiang)", "Tan Rui; Bo Xiang"},
		{"The port reopened on Friday. (Editor: Tan Rui, and the whole team", ""},
		{"The port reopened on Friday. (Editor: Tan Rui, Harbour)", ""},
	}
	checkFind(t, tests, personName)
}

// TestStanceApposition: an apposition that gives a person's part in public
// life ("an opponent of", "a critic of") marks the name before it; a body
// in the same place is no person.
func TestStanceApposition(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The vote was delayed after Haruto Kasamatsu, an opponent of the new runway, won the seat.", "Haruto Kasamatsu"},
		{"The bill passed although Ines Valdorra, a critic of the tax, voted against it.", "Ines Valdorra"},
		{"The bill passed although Northern Grain Cooperative, a critic of the tax, lobbied against it.", ""},
	}
	checkFind(t, tests, personName)
}

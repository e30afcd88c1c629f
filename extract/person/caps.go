package person

import (
	"unicode"

	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
)

// capsNames finds the persons of a sentence written all in capitals (wire
// copy of the teleprinter era, "PRESIDENT CLINTON MET RUSSIAN PRESIDENT
// BORIS YELTSIN"), where capitals carry no name signal and the ordinary
// rules see none. Only a cue opens a name: a title, an honorific or a
// by-line's "BY" right before it. The name is a known given name and the
// word after it (with a middle initial if any), or a single word that a
// verb, a conjunction or punctuation closes ("PRESIDENT CLINTON SAID"), so
// that the words of a title-less headline are never taken.
func (t *table) capsNames(s *mention.Sentence) {
	toks := s.Toks
	shout := mention.Shouted(toks)
	if shout {
		s.Flush() // the persons the ordinary rules found cover their tokens
	}
	part := func(x int) bool {
		if x >= len(toks) || s.Covered(x) {
			return false
		}
		w := toks[x]
		return w.Kind == token.Word && w.IsAllCaps() && !NotName(w.Lower) && !gazetteer.NotPerson(w.Lower) && !honorificsSet.Has(w.Lower) &&
			!speechVerbs[w.Lower] && !capsClosers[w.Lower] && !headlineVerbs[w.Lower]
	}
	for k := 0; k < len(toks); k++ {
		if c := toks[k].Text; c != "" && 'a' <= c[0] && c[0] <= 'z' {
			continue // most words: a lower-case letter, no capitals (see IsAllCaps)
		}
		if !toks[k].IsAllCaps() || !part(k) {
			continue
		}
		byline := k > 0 && toks[k-1].Lower == "by"
		if !shout {
			// In mixed text only a by-line or a photo credit marks a
			// given name and surname in capitals ("by ANA RUIZ", "ANA
			// RUIZ / AFP").
			if gazetteer.GivenName(toks[k].Lower) && part(k+1) && !part(k+2) && (byline || photoCredit(t.text, toks, k+2)) {
				role := "Photographer"
				if byline {
					role = creditRole(toks, k-1)
				}
				p := t.addPerson(mention.Text(t.text, toks, k, k+2), role, "")
				t.addPersonMention(s, k, k+2, p)
				k++
			} else if i := t.capsSurname(s, k, part); i >= 0 {
				p := t.addPerson(mention.Text(t.text, toks, i, k+1), "", "")
				t.addPersonMention(s, i, k+1, p)
			}
			continue
		}
		if k == 0 {
			continue
		}
		role, country, plural, titled := t.titleBefore(s, k)
		honorific := honorifics[toks[k-1].Lower] || toks[k-1].Text == "." && k >= 2 && honorificsSet.Has(toks[k-2].Lower)
		if !titled && !byline && !honorific || plural {
			continue
		}
		j := 0
		switch {
		case gazetteer.GivenName(toks[k].Lower) && part(k+1):
			j = k + 2
		case gazetteer.GivenName(toks[k].Lower) && k+3 < len(toks) && len(toks[k+1].Text) == 1 && toks[k+2].Text == "." && part(k+3):
			j = k + 4 // "JAMES P. RUBIN"
		case !byline && !gazetteer.GivenName(toks[k].Lower) && (k+1 == len(toks) || toks[k+1].Kind != token.Word || capsClosers[toks[k+1].Lower] || speechVerbs[toks[k+1].Lower]):
			j = k + 1
		}
		if j == 0 || j < len(toks) && part(j) {
			// a longer run of capitals: a body or a headline, not a name
			continue
		}
		name := mention.Text(t.text, toks, k, j)
		if j-k == 1 && !titled && t.lookupPerson(name) < 0 {
			continue // "MR. SMITH" only for a person named in full before
		}
		if !titled {
			role, country = "", ""
			if byline {
				role = creditRole(toks, k-1) // "BY ANA RUIZ"
			}
		}
		p := t.addPerson(name, role, country)
		t.addPersonMention(s, k, j, p)
		k = j - 1
	}
}

// capsClosers are the words that close a single-word name in capitals:
// auxiliaries and conjunctions, which no name runs on into.
var capsClosers = map[string]bool{
	"had": true, "has": true, "have": true, "is": true, "was": true, "will": true, "would": true, "and": true,
	"also": true, "met": true, "meets": true, "arrived": true, "left": true, "spoke": true, "could": true,
	"can": true, "may": true, "must": true, "should": true, "did": true, "does": true, "plans": true,
}

// creditList finds the persons of a credit in parentheses, as Chinese
// news sites close a story: "(Editor: Li Wen、Zhou Hai)", "(Editors:
// WangLi, Chen Bo)". The label opens the list and the closing parenthesis
// ends it; each item is a name of two or three words, or a given name and
// surname that the page ran together ("WangLi"). A list that does not
// close, or an item that is no name, gives nothing.
func (t *table) creditList(s *mention.Sentence) {
	toks := s.Toks
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].Text != ":" || toks[k-2].Text != "(" || !creditLabels[toks[k-1].Lower] || !toks[k-1].IsCap() {
			continue
		}
		var items [][2]int
		x := k + 1
		closed := false
		for x < len(toks) {
			j := 0
			if w := toks[x]; w.Kind == token.Word && w.IsCap() && !w.IsAllCaps() && innerCapital(w.Text) && !s.Covered(x) {
				j = x + 1 // "ZhouHai"
			} else if j = nameAt(s, x); j > 0 && (words(toks[x:j]) < 2 || words(toks[x:j]) > 3) {
				j = 0
			}
			if j == 0 || j == len(toks) {
				break
			}
			items = append(items, [2]int{x, j})
			if toks[j].Text == ")" {
				closed = true
				break
			}
			if toks[j].Text != "、" && toks[j].Text != "," {
				break
			}
			x = j + 1
		}
		if !closed {
			continue
		}
		for _, it := range items {
			p := t.addPerson(mention.Text(t.text, toks, it[0], it[1]), creditWordRoles[toks[k-1].Lower], "")
			t.addPersonMention(s, it[0], it[1], p)
		}
		k = x
	}
}

// innerCapital reports whether a capital follows a lower-case letter in w
// ("ZhouHai").
func innerCapital(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// capsSurname reads a surname in capitals after one or two given names in
// ordinary case, as diplomatic communiqués write heads of state ("Ana
// Maria RUIZ, President of Peru"), and returns the index of the first
// given name, or -1. A title in apposition after a comma must mark it a
// person's, so that an acronym after a capitalised word ("the Trade
// Committee of ASEAN") is not taken.
func (t *table) capsSurname(s *mention.Sentence, k int, part func(int) bool) int {
	toks := s.Toks
	given := func(x int) bool {
		w := toks[x]
		return w.Kind == token.Word && w.IsCap() && !w.IsAllCaps() && len(w.Text) > 1 && !s.Covered(x) &&
			!honorificsSet.Has(w.Lower) && !NotName(w.Lower) && !gazetteer.NotPerson(w.Lower)
	}
	if k == 0 || len(toks[k].Text) < 3 || part(k+1) || !given(k-1) {
		return -1
	}
	i := k - 1
	if i > 0 && given(i-1) {
		i-- // "Ana Maria RUIZ"
	}
	if k+2 < len(toks) && toks[k+1].Text == "," {
		if _, _, ok := t.titleAfter(s, k+2); ok {
			return i
		}
	}
	return -1
}

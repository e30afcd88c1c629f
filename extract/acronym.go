package extract

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
)

// findAcronyms adds the organisations a story names and defines with an
// acronym in brackets, "the Forum on China-Africa Cooperation (FOCAC)",
// and the later mentions of the acronym alone ("FOCAC said") as the same
// organisation; known holds the acronyms defined so far in the story. The
// name is the capitalised run before the bracket whose initials spell the
// acronym (a function word may give its letter or not: "UN Interim Force
// in Lebanon (UNIFIL)"). A run that names a state ("United Arab Emirates
// (UAE)") or ends in the noun of an agreement, a law or a figure ("Trade
// Promotion Agreement (TPA)", "Gross Domestic Product (GDP)") is no
// organisation; an organisation the gazetteer knows lends its name to the
// acronym.
func (d *doc) findAcronyms(s *mention.Sentence, known map[string]string) {
	defer s.Flush()
	toks := s.Toks
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.Kind != token.Word || len(t.Text) < 2 || len(t.Text) > 8 || !t.IsAllCaps() {
			continue
		}
		if s.Covered(k) {
			d.knownDefinedBy(s, k)
			continue
		}
		if k >= 3 && k+1 < len(toks) && toks[k-1].Text == "(" && toks[k+1].Text == ")" {
			if name, c, dem, ok := d.definedBy(s, k-1, t.Text); ok {
				known[t.Text] = name
				if c != "-" {
					s.Add(mention.Mention{Kind: mention.Org, I: acronymStart(toks, k-1, t.Text), J: k - 1, Name: name, Country: c, Demonym: dem,
						Entry: gazetteer.Entry{Kind: gazetteer.Org, Name: name, Country: c}})
				}
			}
		}
		if name, ok := known[t.Text]; ok {
			s.Add(mention.Mention{Kind: mention.Org, I: k, J: k + 1, Name: name,
				Entry: gazetteer.Entry{Kind: gazetteer.Org, Name: name}})
		}
	}
}

// knownDefinedBy gives the name before the bracket of an acronym the
// gazetteer knows ("UN Mission in Liberia (UNMIL)", where the name is
// not in the gazetteer's own words) to the acronym's organisation, so
// that the name is one mention of it and its first word no other
// organisation ("UN").
func (d *doc) knownDefinedBy(s *mention.Sentence, k int) {
	toks := s.Toks
	x := s.At(k)
	if x < 0 || s.Ments[x].J != k+1 || s.Ments[x].Kind != mention.Org || k < 3 || k+1 >= len(toks) ||
		toks[k-1].Text != "(" || toks[k+1].Text != ")" {
		return
	}
	org := s.Ments[x]
	if _, c, dem, ok := d.definedBy(s, k-1, toks[k].Text); ok && c != "-" {
		s.Add(mention.Mention{Kind: mention.Org, I: acronymStart(toks, k-1, toks[k].Text), J: k - 1, Name: org.Name, Country: c, Demonym: dem,
			Entry: gazetteer.Entry{Kind: gazetteer.Org, Name: org.Name, Country: c, Sub: org.Entry.Sub}})
	}
}

// definedBy returns the organisation the capitalised run ending at token
// e (the opening bracket) names, when its initials spell acr: its name,
// its state and whether the state is named in it. The state "-" marks an
// organisation a mention already names, which needs no new mention. The
// mentions inside a new name (a state, a place) are dropped.
func (d *doc) definedBy(s *mention.Sentence, e int, acr string) (string, annals.Country, bool, bool) {
	toks := s.Toks
	if x := s.Ending(e); x >= 0 && s.Ments[x].Kind == mention.Org {
		return s.Ments[x].Name, "-", false, true // "World Food Programme (WFP)"
	}
	b := acronymStart(toks, e, acr)
	if b < 0 || notOrgHeads[toks[e-1].Lower] {
		return "", "", false, false
	}
	var inside []int
	for x := s.LastStartingBy(e - 1); x >= 0 && s.Ments[x].J > b; x-- {
		m := s.Ments[x]
		if m.I < b || m.J > e || m.I == b && m.J == e || m.Kind != mention.Country && m.Kind != mention.Place && m.Kind != mention.Org {
			return "", "", false, false // a state's own name, or a mention across the run's edge
		}
		inside = append(inside, x)
	}
	var c annals.Country
	dem := false
	for _, x := range inside {
		if m := s.Ments[x]; m.Kind == mention.Country && c == "" {
			c, dem = m.Country, !m.Entry.Historical
		}
		s.Drop(x)
	}
	return mention.Text(d.text, toks, b, e), c, dem, true
}

// notOrgHeads end names defined by an acronym that are not organisations:
// agreements, laws, figures and the names of meetings ("Trilateral
// Strategic Dialogue (TSD)", a series of talks).
var notOrgHeads = map[string]bool{"agreement": true, "act": true, "accord": true, "accords": true, "treaty": true,
	"pact": true, "partnership": true, "product": true, "assistance": true, "initiative": true, "law": true,
	"convention": true, "protocol": true, "framework": true, "strategy": true, "plan": true, "index": true,
	"rate": true, "conference": true, "summit": true, "meeting": true, "dialogue": true, "program": true, "project": true}

// acronymFunction are the words inside a name whose initial an acronym
// may or may not take.
var acronymFunction = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true, "in": true,
	"to": true, "de": true, "&": true}

// acronymStart returns the first token of the capitalised run ending
// before token e whose initials spell acr, the shortest such run; -1 if
// none. A name in capitals of four letters or fewer ("UN", "U.S.") gives
// all its letters or its first; a hyphen gives none.
func acronymStart(toks []token.Token, e int, acr string) int {
	return matchInitials(toks, e, max(0, e-12), acr)
}

func matchInitials(toks []token.Token, i, lo int, acr string) int {
	if acr == "" {
		if i < len(toks) && toks[i].Kind == token.Word && toks[i].IsCap() {
			return i
		}
		return -1
	}
	if i <= lo {
		return -1
	}
	t := toks[i-1]
	switch {
	case t.Text == "-" && i-1 > 0 && t.Begin == toks[i-2].End:
		return matchInitials(toks, i-1, lo, acr)
	case acronymFunction[t.Lower] && !t.IsCap():
		if strings.EqualFold(acr[len(acr)-1:], t.Lower[:1]) {
			if b := matchInitials(toks, i-1, lo, acr[:len(acr)-1]); b >= 0 {
				return b
			}
		}
		return matchInitials(toks, i-1, lo, acr)
	case t.Kind == token.Word && t.IsCap():
		w := strings.ReplaceAll(t.Text, ".", "")
		if t.IsAllCaps() && len(w) <= 4 && strings.HasSuffix(acr, w) {
			if b := matchInitials(toks, i-1, lo, acr[:len(acr)-len(w)]); b >= 0 {
				return b
			}
		}
		if acr[len(acr)-1] == w[0] {
			return matchInitials(toks, i-1, lo, acr[:len(acr)-1])
		}
	}
	return -1
}

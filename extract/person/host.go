package person

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
)

// The hosts of a visit. An office holder named without a state as the one
// a traveller meets where the sentence sends them ("In Greece, the
// Secretary will meet with Prime Minister Ana Ruiz", "will travel to Peru
// to meet President Tomas Rojas", "will visit Lima, where she will be
// received by President Rojas") holds office in the state visited. The
// reading is a guess: it applies only when nothing else in the story gives
// the person a state, only to a state's offices (a president, a king, a
// minister), only to the object of a verb of meeting, never to the
// traveller, and only when the sentence's places of travel lie in one
// state.

// nationalOffices are the roles, besides any minister, that a state's
// host holds.
var nationalOffices = map[string]bool{
	"President": true, "Vice President": true, "Prime Minister": true, "King": true, "Queen": true,
	"Emir": true, "Premier": true, "Chancellor": true, "Crown Prince": true, "Sultan": true,
}

// meetWords are the verbs and nouns of meeting before "with" ("meet
// with", "talks with", "a visit with").
var meetWords = map[string]bool{
	"meet": true, "meets": true, "met": true, "meeting": true, "meetings": true, "talks": true,
	"visit": true, "consultations": true,
}

// possessives are the possessive determiners before "counterpart".
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// meetObjectVerbs take the host as their object right after them ("meet
// President Rojas") or, with "by", as their agent ("received by", "hosted
// by").
var meetObjectVerbs = map[string]bool{"meet": true, "meets": true, "met": true}
var meetAgentVerbs = map[string]bool{"received": true, "hosted": true, "welcomed": true}

// hostState returns the state visited when the title starting at token i
// (its holder named up to the end of the list it stands in) is the object
// of a verb of meeting in a sentence that sends a traveller to one state.
func hostState(s *mention.Sentence, i int, role string) annals.Country {
	if !nationalOffices[role] && !strings.Contains(role, "Minister") {
		return ""
	}
	toks := s.Toks
	// Walk back over the list the title stands in: names, titles,
	// commas and "and" ("with Prime Minister Ruiz, Foreign Minister
	// Berg, and Defense Minister Obi").
	c := i - 1
	for ; c >= 0; c-- {
		w := toks[c]
		if x := s.LastStartingBy(c); x >= 0 && s.Ments[x].J > c {
			if k := s.Ments[x].Kind; k != mention.Role && k != mention.Person {
				return "" // "European Commission President": a body's office
			}
			continue
		}
		if w.Text == "," || w.Lower == "and" || w.Text == "." || w.Kind == token.Word && w.IsCap() {
			continue
		}
		break
	}
	if c >= 2 && toks[c].Lower == "counterpart" && possessives[toks[c-1].Lower] {
		c -= 2 // "meet his counterpart, President Rojas"
	}
	if c < 1 {
		return ""
	}
	cue := false
	switch w := toks[c].Lower; {
	case meetObjectVerbs[w]:
		cue = true
	case w == "by" && meetAgentVerbs[toks[c-1].Lower]:
		cue = true
	case w == "on" && (toks[c-1].Lower == "call" || toks[c-1].Lower == "calls" || toks[c-1].Lower == "called"):
		cue = true
	case w == "with":
		for y := c - 1; y >= 0 && y >= c-5; y-- {
			if meetWords[toks[y].Lower] {
				cue = true
				break
			}
		}
	}
	if !cue {
		return ""
	}
	var host annals.Country
	lastPlace := -1 // where the last place of travel ended
	for _, m := range s.Ments {
		if m.J > c {
			break
		}
		if m.Country == "" || m.Demonym || m.Entry.Historical || m.Kind != mention.Country && m.Kind != mention.Place {
			continue
		}
		if m.I == 0 || !mention.Locative(toks[m.I-1].Lower) || toks[m.I-1].Lower == "from" || toks[m.I-1].Lower == "of" || toks[m.I-1].Lower == "left" || toks[m.I-1].Lower == "leave" {
			// "in Peru and Chile", "Perth, Australia": a place joined to
			// a place of travel is one too.
			if m.I < 2 || m.I-1 != lastPlace || toks[m.I-1].Text != "," && toks[m.I-1].Lower != "and" && toks[m.I-1].Lower != "or" {
				continue
			}
		}
		lastPlace = m.J
		if host != "" && host != m.Country {
			return "" // two destinations: the text does not say which
		}
		host = m.Country
	}
	return host
}

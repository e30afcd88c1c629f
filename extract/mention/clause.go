package mention

import (
	"github.com/annals-project/annals/extract/token"
)

// Clause is a token range [I, J) of a sentence: the unit from which an
// event takes its participants, place and time.
type Clause struct {
	I, J int
	// Own says only the clause's own times count, without borrowing from
	// linked clauses (used for the complement of "agreed to hold talks").
	Own bool
}

// clauseOpeners start a subordinate or coordinate clause. Splitting there
// keeps "agreed to hold talks in late January ahead of Kishida's planned
// visit in the spring" from giving the talks the visit's date: a time or
// place belongs to the nearest clause, as in the TimeML guidelines'
// anchoring of an event to the time expression of its own clause.
var clauseOpeners = map[string]bool{
	"ahead": true, "after": true, "before": true, "while": true, "because": true,
	"but": true, "when": true, "although": true, "though": true, "whereas": true,
	"until": true, "unless": true, "as": true, "which": true, "who": true,
	"during": true, "if": true,
}

// Clauses returns the clauses of s, computed once: events are sought only
// after all mentions are known.
func (s *Sentence) Clauses() []Clause {
	if s.cls == nil {
		s.cls = split(s)
	}
	return s.cls
}

// split splits s at commas, semicolons, colons, dashes between spaces and
// clause openers. Commas inside a list of names ("Japan, China and
// Russia") do not split: a comma followed by a capitalised word that is
// part of a mention continues the clause.
func split(s *Sentence) []Clause {
	var out []Clause
	start := 0
	toks := s.Toks
	for k, t := range toks {
		split := false
		switch t.Text {
		case ";", ":", "—", "–":
			split = true
		case ",":
			split = !(k+1 < len(toks) && s.Covered(k+1) && k > 0 && s.Covered(k-1)) && !apposition(s, k) && !closesApposition(s, k)
		}
		if !split && clauseOpeners[t.Lower] && k > start {
			if t.Lower != "as" || (k+1 < len(toks) && determiners[toks[k+1].Lower]) {
				split = true
			}
		}
		if split && k > start {
			out = append(out, Clause{I: start, J: k})
			start = k
		}
	}
	if start < len(toks) {
		out = append(out, Clause{I: start, J: len(toks)})
	}
	return out
}

// apposition reports a comma that opens an appositive name: "talks with
// her Indian counterpart, Pranab Mukherjee, ..." keeps the name in the
// clause of the noun it names.
func apposition(s *Sentence, k int) bool {
	x := s.At(k + 1)
	if x < 0 || s.Ments[x].Kind != Person {
		return false
	}
	j := s.Ments[x].J
	return j == len(s.Toks) || s.Toks[j].Text == "," || s.Toks[j].Kind == token.Punct
}

// closesApposition reports the comma after an appositive name: "The
// ambassador, Ronald Neumann, was in Pakistan" keeps one clause.
func closesApposition(s *Sentence, k int) bool {
	x := s.Ending(k)
	if x < 0 || s.Ments[x].Kind != Person {
		return false
	}
	i := s.Ments[x].I
	return i > 0 && s.Toks[i-1].Text == ","
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "both": true, "two": true}

// group nouns that, after "two", "both" or "top", refer back to the
// article's principal actors: persons for people nouns, states otherwise.
var groupPersons = map[string]bool{
	"men": true, "ministers": true, "leaders": true, "diplomats": true, "presidents": true,
	"officials": true, "envoys": true, "premiers": true, "women": true,
}
var groupStates = map[string]bool{
	"countries": true, "nations": true, "sides": true, "states": true, "governments": true,
	"neighbours": true, "neighbors": true, "capitals": true, "powers": true,
}

// FindGroups marks "the two countries", "both sides", "the two men", "the
// two foreign ministers", "the top diplomats" as group mentions, replacing
// any role mention inside them, and a subject "they" as a group of the
// story's principal states.
func FindGroups(s *Sentence) {
	defer s.Flush()
	toks := s.Toks
	for k := 0; k < len(toks); k++ {
		w := toks[k].Lower
		if w == "they" && !s.Quoted[k] && !s.Covered(k) {
			// "They met Wednesday in Vienna": the parties of the story.
			s.Add(Mention{Kind: Group, I: k, J: k + 1})
			continue
		}
		if w != "two" && w != "both" && w != "top" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			x := toks[j].Lower
			if groupPersons[x] || groupStates[x] {
				role := ""
				for y := s.LastStartingBy(j); y >= 0 && s.Ments[y].I >= k; y-- {
					if s.Ments[y].J <= j+1 {
						if s.Ments[y].Kind == Role {
							role = s.Ments[y].Entry.Name
						}
						s.Drop(y)
					}
				}
				s.Add(Mention{Kind: Group, I: k, J: j + 1, OfPersons: groupPersons[x], Role: role})
				k = j
				break
			}
			if toks[j].Kind != token.Word {
				break
			}
		}
	}
}

package extract

import (
	"slices"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/token"
)

// clause is a token range [i, j) of a sentence: the unit from which an
// event takes its participants, place and time.
type clause struct {
	i, j int
	// own: only the clause's own times count; no borrowing from linked
	// clauses (used for the complement of "agreed to hold talks").
	own bool
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

// clauses returns the clauses of s, computed once: events are sought only
// after all mentions are known.
func (s *sent) clauses() []clause {
	if s.cls == nil {
		s.cls = clauses(s)
	}
	return s.cls
}

// clauses splits s at commas, semicolons, colons, dashes between spaces and
// clause openers. Commas inside a list of names ("Japan, China and
// Russia") do not split: a comma followed by a capitalised word that is
// part of a mention continues the clause.
func clauses(s *sent) []clause {
	var out []clause
	start := 0
	toks := s.toks
	for k, t := range toks {
		split := false
		switch t.Text {
		case ";", ":", "—", "–":
			split = true
		case ",":
			split = !(k+1 < len(toks) && s.covered(k+1) && k > 0 && s.covered(k-1)) && !apposition(s, k)
		}
		if !split && clauseOpeners[t.Lower] && k > start {
			if t.Lower != "as" || (k+1 < len(toks) && determiners[toks[k+1].Lower]) {
				split = true
			}
		}
		if split && k > start {
			out = append(out, clause{i: start, j: k})
			start = k
		}
	}
	if start < len(toks) {
		out = append(out, clause{i: start, j: len(toks)})
	}
	return out
}

// apposition reports a comma that opens an appositive name: "talks with
// her Indian counterpart, Pranab Mukherjee, ..." keeps the name in the
// clause of the noun it names.
func apposition(s *sent, k int) bool {
	x := s.mentionAt(k + 1)
	if x < 0 || s.ments[x].kind != mPerson {
		return false
	}
	j := s.ments[x].j
	return j == len(s.toks) || s.toks[j].Text == "," || s.toks[j].Kind == token.Punct
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

// findGroups marks "the two countries", "both sides", "the two men", "the
// two foreign ministers", "the top diplomats" as group mentions, replacing
// any role mention inside them.
func findGroups(s *sent) {
	defer s.flush()
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		w := toks[k].Lower
		if w != "two" && w != "both" && w != "top" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			x := toks[j].Lower
			if groupPersons[x] || groupStates[x] {
				for y := s.lastStartingBy(j); y >= 0 && s.ments[y].i >= k; y-- {
					if s.ments[y].j <= j+1 {
						s.drop(y)
					}
				}
				s.add(mention{kind: mGroup, i: k, j: j + 1, persons: groupPersons[x]})
				k = j
				break
			}
			if toks[j].Kind != token.Word {
				break
			}
		}
	}
}

// principals returns the article's principal persons and states: the two
// most mentioned of each (ties broken by first mention), the referents of
// "the two sides" and its kin.
func (d *doc) principals() (persons []int, states []annals.Country) {
	type cnt struct {
		key   int
		n     int
		first int
	}
	var ps []cnt
	for i, p := range d.persons {
		if p != nil {
			ps = append(ps, cnt{i, p.count, i})
		}
	}
	slices.SortStableFunc(ps, func(a, b cnt) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return a.first - b.first
	})
	for _, c := range ps[:min(2, len(ps))] {
		persons = append(persons, c.key)
	}
	idx := map[annals.Country]int{}
	var cs []cnt
	var codes []annals.Country
	order := 0
	for _, s := range d.sents {
		for _, m := range s.ments {
			if m.kind != mCountry || !d.countsAsState(m) {
				continue
			}
			x, ok := idx[m.country]
			if !ok {
				x = len(cs)
				idx[m.country] = x
				cs = append(cs, cnt{x, 0, order})
				codes = append(codes, m.country)
				order++
			}
			cs[x].n++
		}
	}
	slices.SortStableFunc(cs, func(a, b cnt) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return a.first - b.first
	})
	for _, c := range cs[:min(2, len(cs))] {
		states = append(states, codes[c.key])
	}
	return persons, states
}

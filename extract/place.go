package extract

import (
	"slices"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
)

// placeIn returns the place of trigger k in clause c: a city or region
// after "in" or "at" (or "to" for visits), "" when none.
func (d *doc) placeIn(s *mention.Sentence, c mention.Clause, k int, visit bool) string {
	for _, m := range s.Ments {
		if m.Kind != mention.Place || m.I < c.I || m.J > c.J || m.I == 0 || mention.Macro(m.Entry) {
			continue
		}
		p := s.Toks[m.I-1].Lower
		if p == "the" && m.I > 1 {
			p = s.Toks[m.I-2].Lower
		}
		if (p == "in" || p == "at" || (visit && (p == "to" || mustLookup(p).Type == annals.EventVisit))) && !mainVerbBetween(s.Toks, k, m.I) {
			return m.Name
		}
	}
	// "an Oval Office meeting", "the Geneva talks": a place naming the
	// trigger noun.
	if x := s.Ending(k); x >= 0 && s.Ments[x].Kind == mention.Place && !mention.Macro(s.Ments[x].Entry) {
		return s.Ments[x].Name
	}
	// "In Abu Dhabi (July 21-22), Rice will meet ...": a place fronted
	// in a clause of its own sets the scene of the main clause.
	if m := frontedPlace(s, c, false); m >= 0 {
		return s.Ments[m].Name
	}
	// "in the Sri Lankan capital": the capital of the state named.
	for x := c.I + 2; x < c.J; x++ {
		if s.Toks[x].Lower != "capital" {
			continue
		}
		if y := s.Ending(x); y >= 0 && s.Ments[y].Kind == mention.Country && s.Ments[y].I >= 2 {
			m := s.Ments[y]
			p := s.Toks[m.I-1].Lower
			if p == "the" {
				p = s.Toks[m.I-2].Lower
			}
			if p == "in" || p == "at" || p == "to" {
				return d.g.CapitalOf(m.Country)
			}
		}
	}
	return ""
}

// placeCountry returns the state the named place of clause c lies in.
func placeCountry(s *mention.Sentence, c mention.Clause, name string) annals.Country {
	for _, m := range s.Ments {
		if m.Kind == mention.Place && m.Name == name && m.I >= c.I && m.J <= c.J {
			return m.Country
		}
	}
	return ""
}

// listedPlaceCountries returns the states of the places listed after the
// named place of clause c: "to Nairobi, Kampala and Lilongwe" gives
// Uganda and Malawi after Nairobi. The list runs on through commas and
// "and"/"or" while each item is a place that is not a macro region; the
// state after a stop ("Kingston, Jamaica, and Belmopan, Belize") goes
// with it. "Nairobi, Kenya" alone is a place and its state, not a list.
func listedPlaceCountries(s *mention.Sentence, c mention.Clause, name string) []annals.Country {
	x := -1
	for i, m := range s.Ments {
		if m.Kind == mention.Place && m.Name == name && m.I >= c.I && m.J <= c.J {
			x = i
			break
		}
	}
	if x < 0 {
		return nil
	}
	var out []annals.Country
	for j := s.Ments[x].J; ; {
		if z := s.At(j + 1); j+1 < c.J && s.Toks[j].Text == "," && z >= 0 && s.Ments[z].Kind == mention.Country && s.Ments[z].Country == s.Ments[x].Country {
			// "Kingston, Jamaica, and Belmopan, Belize": the state of
			// the stop before goes with it.
			j = s.Ments[z].J
		}
		k := j
		if k < c.J && s.Toks[k].Text == "," {
			k++
		}
		if k < c.J && (s.Toks[k].Lower == "and" || s.Toks[k].Lower == "or") {
			k++
		}
		if k == j {
			break
		}
		y := s.At(k)
		if y < 0 || s.Ments[y].Kind != mention.Place || mention.Macro(s.Ments[y].Entry) || s.Ments[y].J > c.J {
			break
		}
		if c := s.Ments[y].Country; c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
		x, j = y, s.Ments[y].J
	}
	return out
}

// sceneClause reports whether clause c is the main clause right after the
// opening clause of cls, or a predicate coordinated with it ("In Lima, she
// will open the forum and will meet officials"): the scene covers both.
func sceneClause(cls []mention.Clause, c mention.Clause) bool {
	for i := 1; i < len(cls); i++ {
		if cls[i].I == c.I {
			return i == 1 || c.Coord
		}
		if i > 1 && (!cls[i].Coord || cls[i].Rel) {
			return false
		}
		if i == 1 && (cls[i].Coord || cls[i].Rel) {
			return false
		}
	}
	return false
}

// frontedPlace returns the mention of a place that opens sentence s in a
// clause of its own, "In Singapore (July 22-24)," or "At Camp David,",
// when c is the main clause right after it; -1 otherwise. A fronted state
// ("In Japan, ...") counts only when states is set: it is a destination,
// not a venue.
func frontedPlace(s *mention.Sentence, c mention.Clause, states bool) int {
	cls := s.Clauses()
	if len(cls) < 2 || c.I == 0 || c.Rel || len(s.Toks) < 3 || !sceneClause(cls, c) {
		return -1
	}
	if w := s.Toks[0].Lower; w != "in" && w != "at" {
		return -1
	}
	x := 1
	if s.Toks[1].Lower == "the" {
		x = 2
	}
	m := s.At(x)
	if m < 0 || !(s.Ments[m].Kind == mention.Place && !mention.Macro(s.Ments[m].Entry) || states && s.Ments[m].Kind == mention.Country) || s.Ments[m].J > cls[0].J {
		return -1
	}
	for y := cls[0].I; y < cls[0].J; y++ {
		if isTrigger(s.Toks[y].Lower) {
			return -1 // "At the summit in Lima, ...": the clause has its own event
		}
	}
	return m
}

// mainVerbBetween reports whether an infinitive trigger k ("plan to visit
// Peru", "decision to meet") is followed before position j by the finite
// verb of the sentence ("... was praised in Santiago", "... will be
// discussed at the summit"): a place after that verb sets the scene of
// the saying or judging, not of the planned happening. A relative opener
// in between ("to hold talks that will take place in Geneva") keeps the
// place with the trigger.
func mainVerbBetween(toks []token.Token, k, j int) bool {
	if k < 1 || j <= k || toks[k-1].Lower != "to" {
		return false
	}
	for x := k + 1; x < j; x++ {
		w := toks[x].Lower
		if relOpeners[w] {
			return false
		}
		if toks[x].Kind == token.Word && mainAux[w] {
			return true
		}
	}
	return false
}

var relOpeners = map[string]bool{"that": true, "which": true, "where": true, "who": true, "when": true}

var mainAux = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true,
}

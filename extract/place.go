package extract

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
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
		if p == "in" || p == "at" || (visit && (p == "to" || mustLookup(p).Type == annals.EventVisit)) {
			return m.Name
		}
	}
	// "an Oval Office meeting", "the Geneva talks": a place naming the
	// trigger noun.
	if x := s.Ending(k); x >= 0 && s.Ments[x].Kind == mention.Place && !mention.Macro(s.Ments[x].Entry) {
		return s.Ments[x].Name
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

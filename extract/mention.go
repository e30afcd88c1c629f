package extract

import (
	"slices"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/money"
	"github.com/annals-project/annals/extract/token"
)

// mKind is what a mention refers to.
type mKind uint8

const (
	mCountry mKind = iota + 1 // a state, by name, demonym or capital-as-government
	mPlace                    // a city, region or landmark as a location
	mOrg                      // an organisation
	mPerson                   // a person (index into the person table)
	mRole                     // a title of office ("foreign minister")
	mGroup                    // "the two countries", "the two men": resolved later
)

// mention is one reference in a sentence, covering tokens [i, j).
type mention struct {
	kind    mKind
	i, j    int
	entry   gazetteer.Entry // for gazetteer matches
	country annals.Country  // the state referred to or located in
	name    string          // canonical name (place, organisation)
	person  int             // index into doc.persons, for mPerson
	persons bool            // for mGroup: refers to persons (else countries)
	demonym bool            // a country mention by adjective ("Russian")
	pronoun bool            // a person by "he" or "she"
}

// sent is one sentence with its tokens and mentions.
type sent struct {
	span     annals.Span
	toks     []token.Token
	quoted   []bool    // per token: inside quotation marks
	ments    []mention // sorted by start, non-overlapping
	pending  []mention // added during a pass, merged into ments by flush
	headline bool
	cls      []clause // cached by (*sent).clauses
}

// locative prepositions mark a capital as a place ("talks in Tokyo")
// rather than the government it hosts ("Tokyo and Moscow agreed").
var locative = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "near": true, "into": true,
	"outside": true, "inside": true, "via": true, "visit": true, "visited": true,
	"visiting": true, "across": true, "around": true, "of": true, "toward": true,
	"towards": true, "through": true, "reach": true, "reached": true, "left": true,
	"leave": true, "arrived": true, "arrive": true, "throughout": true, "within": true,
}

// macro regions (continents, oceans, multi-state areas) are gazetteer
// places but not places of the document: the schema's places are cities
// and regions an event can happen in, and "trade ties in Asia" names no
// such place.
func macro(e gazetteer.Entry) bool {
	return e.Kind == gazetteer.Place && e.Country == "" && e.Sub == "region" && !subState[e.Name]
}

// subState lists disputed regions without a single state that are still
// places of their own ("Kashmir", "Crimea").
var subState = map[string]bool{
	"Kashmir": true, "Crimea": true, "Kurdistan": true, "Punjab": true, "Golan Heights": true,
	"Kuril Islands": true, "Senkaku Islands": true, "Falkland Islands": true, "Western Sahara": true,
	"Gibraltar": true,
}

// scanGazetteer adds the gazetteer mentions of s, longest match first.
// Capitals become a country mention (government) or a place by context,
// per the metonymy rule: a capital after a locative preposition is a
// place, otherwise the government it names when a verb or another
// country follows.
//
// Tokens of a money amount are skipped: the "US" of "33 billion US
// dollars" names a currency, not a state taking part.
func scanGazetteer(g *gazetteer.Gazetteer, s *sent) {
	toks := s.toks
	inMoney := make([]bool, len(toks))
	for _, a := range money.Find(toks) {
		for x := a.First; x <= a.Last; x++ {
			inMoney[x] = true
		}
	}
	for i := 0; i < len(toks); {
		if inMoney[i] {
			i++
			continue
		}
		n, entries := g.Lookup(toks, i)
		if n == 0 {
			i++
			continue
		}
		e := pick(entries)
		m := mention{i: i, j: i + n, entry: e, country: e.Country, name: e.Name}
		switch e.Kind {
		case gazetteer.CountryName:
			m.kind = mCountry
		case gazetteer.Demonym:
			m.kind, m.demonym = mCountry, true
		case gazetteer.Capital:
			if capitalAsGovernment(toks, i, i+n) {
				m.kind = mCountry
			} else {
				m.kind = mPlace
			}
		case gazetteer.Place:
			m.kind = mPlace
		case gazetteer.Org:
			m.kind = mOrg
		case gazetteer.Role:
			m.kind = mRole
		}
		s.ments = append(s.ments, m)
		i += n
	}
}

// pick chooses among the meanings of one phrase by kind: a country name
// over a demonym over a capital over a place, organisation or role.
func pick(entries []gazetteer.Entry) gazetteer.Entry {
	best := entries[0]
	for _, e := range entries[1:] {
		if e.Kind < best.Kind {
			best = e
		}
	}
	return best
}

// capitalAsGovernment applies the metonymy rule to the capital at
// toks[i:j].
func capitalAsGovernment(toks []token.Token, i, j int) bool {
	if i > 0 {
		p := toks[i-1].Lower
		if locative[p] || p == "the" && i > 1 && locative[toks[i-2].Lower] {
			return false
		}
	}
	k := j
	if k < len(toks) && (toks[k].Lower == "'s" || toks[k].Lower == "’s") {
		return true // "Moscow's position"
	}
	// "Tokyo and Moscow agreed": skip a coordinated capital or country.
	if k+1 < len(toks) && toks[k].Lower == "and" && toks[k+1].IsCap() {
		k += 2
		for k < len(toks) && toks[k].IsCap() {
			k++
		}
	}
	if k < len(toks) && govVerbs[toks[k].Lower] {
		return true
	}
	return false
}

// govVerbs follow a capital used for its government ("Moscow said",
// "Washington has warned", "Beijing will").
var govVerbs = map[string]bool{
	"said": true, "says": true, "has": true, "have": true, "had": true, "is": true,
	"was": true, "will": true, "would": true, "wants": true, "wanted": true,
	"agreed": true, "agree": true, "accused": true, "accuses": true, "warned": true,
	"warns": true, "rejected": true, "rejects": true, "denied": true, "denies": true,
	"announced": true, "insists": true, "insisted": true, "demanded": true, "demands": true,
	"hopes": true, "hoped": true, "plans": true, "planned": true, "signed": true,
	"refused": true, "refuses": true, "threatened": true, "protested": true, "are": true,
	"were": true, "could": true, "should": true, "may": true, "might": true, "did": true,
	"does": true, "do": true, "sees": true, "considers": true, "claims": true, "claimed": true,
}

// markQuotes sets s.quoted for tokens between straight or curly double
// quotes. A quotation may run over several sentences of one paragraph.
//
// in is the state at the sentence's start, carried over from the previous
// sentence of the same paragraph; the state at its end is returned.
func markQuotes(s *sent, in bool) bool {
	s.quoted = make([]bool, len(s.toks))
	for k, t := range s.toks {
		switch t.Text {
		case "\"":
			in = !in
			continue
		case "“":
			in = true
			continue
		case "”":
			in = false
			continue
		}
		s.quoted[k] = in
	}
	return in
}

// add records a new mention; it joins ments at the next flush, so a pass
// over a long sentence adds mentions in constant time each.
func (s *sent) add(m mention) { s.pending = append(s.pending, m) }

// drop marks mention x for removal at the next flush.
func (s *sent) drop(x int) { s.ments[x].kind = 0 }

// flush merges the pending mentions into ments, removes dropped ones and
// restores the order by start.
func (s *sent) flush() {
	if len(s.pending) == 0 {
		n := 0
		for _, m := range s.ments {
			if m.kind != 0 {
				s.ments[n] = m
				n++
			}
		}
		s.ments = s.ments[:n]
		return
	}
	s.ments = slices.DeleteFunc(s.ments, func(m mention) bool { return m.kind == 0 })
	s.ments = append(s.ments, s.pending...)
	s.pending = s.pending[:0]
	sortMentions(s.ments)
}

// covered reports whether token k lies in a mention of s. Mentions are
// sorted and do not overlap, so a binary search finds the one that could
// hold k.
func (s *sent) covered(k int) bool {
	x := s.lastStartingBy(k)
	return x >= 0 && k < s.ments[x].j
}

// lastStartingBy returns the index of the last mention starting at or
// before token k, or -1.
func (s *sent) lastStartingBy(k int) int {
	lo, hi := 0, len(s.ments)
	for lo < hi {
		m := (lo + hi) / 2
		if s.ments[m].i <= k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// mentionAt returns the index of the mention starting at token k, or -1.
func (s *sent) mentionAt(k int) int {
	x := s.lastStartingBy(k)
	if x >= 0 && s.ments[x].i == k {
		return x
	}
	return -1
}

// mentionEnding returns the index of the mention ending just before token
// k, or -1.
func (s *sent) mentionEnding(k int) int {
	x := s.lastStartingBy(k - 1)
	if x >= 0 && s.ments[x].j == k {
		return x
	}
	return -1
}

package mention

import (
	"slices"
	"strings"

	"github.com/annals-project/annals/extract/token"
)

// Clause is a token range [I, J) of a sentence: the unit from which an
// event takes its participants, place and time.
type Clause struct {
	I, J int
	// Own says only the clause's own times count, without borrowing from
	// linked clauses (used for the complement of "agreed to hold talks").
	Own bool
	// Fronted lets an Own clause still take the time of a fronted clause
	// without events ("Earlier this year, vessels clashed").
	Fronted bool
	// Rel marks a relative or noun-complement clause ("parties that
	// agreed to ...", "concerns that North Korea may ...", "leaders who
	// met"): its subject is the noun before it, not the sentence's.
	Rel bool
	// Coord marks a second predicate of the sentence's subject ("... and
	// are set to meet again"): what it names after its verb are objects.
	Coord bool
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
	"whose": true, "during": true, "if": true,
}

// clauseOpenersSet spares split the clauseOpeners lookup for most tokens.
var clauseOpenersSet = token.NewSet(clauseOpeners)

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
	var buf [8]Clause // most sentences have fewer: one allocation, below
	out := buf[:0]
	start, rel, coord := 0, false, false
	toks := s.Toks
	for k := range toks {
		t := &toks[k]
		if t.Kind == token.Word && t.Lower != "and" && t.Lower != "that" && !clauseOpenersSet.Filter().May(t.Lower) {
			continue // most words: no punctuation, no clause opener
		}
		split := false
		switch t.Text {
		case ";", ":", "—", "–":
			split = true
		case ",":
			// A comma written solid between a word and digits is part of
			// a number ("R23,3-billion", the rand's glued R and a decimal
			// comma), no clause boundary.
			split = !solidComma(toks, k) && !listComma(s, k) && !apposition(s, k) && !closesApposition(s, k) && !closesPlaceApposition(s, k) && !captionPosition(toks, k)
		}
		if !split && clauseOpenersSet.Has(t.Lower) && k > start {
			if t.Lower != "as" || (k+1 < len(toks) && determiners[toks[k+1].Lower]) {
				split = true
			}
		}
		subject := false // "and" opening a clause with a subject of its own
		if !split && k > start && (t.Lower == "that" && thatOpens(toks, k) || t.Lower == "and" && coordinatePredicate(s, k)) {
			split = true
		} else if !split && k > start && t.Lower == "and" && coordinateClause(s, start, k) {
			split, subject = true, true
		}
		if split && k > start {
			out = append(out, Clause{I: start, J: k, Rel: rel, Coord: coord})
			start = k
			rel = relative(s, k)
			coord = t.Lower == "and" && !subject
		}
	}
	if start < len(toks) {
		out = append(out, Clause{I: start, J: len(toks), Rel: rel, Coord: coord})
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// solidComma reports a comma at k written with no space on either side
// and digits after it: the separator inside a number whose first part the
// tokenizer made a word ("R23,3", "Rs1,250").
func solidComma(toks []token.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k-1].End == toks[k].Begin && toks[k+1].Begin == toks[k].End && toks[k+1].Kind == token.Number
}

// captionPosition reports a comma around a photo caption's position
// marker ("Wang Yi, right, Park Jin, center, and ..."): the marker belongs
// to the name before it, so neither comma ends a clause.
func captionPosition(toks []token.Token, k int) bool {
	if k+2 < len(toks) && positionsSet.Has(toks[k+1].Lower) && (toks[k+2].Text == "," || toks[k+2].Text == ")") {
		return true
	}
	return k >= 2 && positionsSet.Has(toks[k-1].Lower) && toks[k-2].Text == ","
}

var positions = map[string]bool{"left": true, "right": true, "center": true, "centre": true, "front": true, "background": true, "foreground": true}

// positionsSet spares most words the positions lookup (see token.Set).
var positionsSet = token.NewSet(positions)

// thatOpens reports whether "that" at k opens a clause (a complement,
// "said that the two sides ...", or a relative, "parties that agreed")
// rather than determining a noun ("at that meeting", "that day"). After an
// agreement verb the complement stays in the verb's clause, where it is
// read as what was agreed.
func thatOpens(toks []token.Token, k int) bool {
	prev := toks[k-1].Lower
	if thatDeterminerAfter[prev] || agreeVerbs[prev] || periodNouns[prev] || toks[k-1].Kind != token.Word {
		// "the fiscal year that ended Sept. 30" names a period: its
		// clause is part of the time, not a clause of its own.
		return false
	}
	if k+1 >= len(toks) {
		return false
	}
	return !thatNouns[toks[k+1].Lower]
}

var thatDeterminerAfter = map[string]bool{
	"in": true, "at": true, "on": true, "of": true, "for": true, "from": true, "by": true, "with": true,
	"after": true, "before": true, "during": true, "since": true, "to": true, "until": true, "like": true,
	"all": true, "so": true, "such": true, "now": true,
}

var periodNouns = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true,
	"day": true, "days": true, "quarter": true, "period": true, "season": true, "session": true,
}

var agreeVerbs = map[string]bool{"agreed": true, "agree": true, "agrees": true, "agreeing": true}

// thatNouns after "that" make it a determiner: times and events already
// named ("that day", "that meeting").
var thatNouns = map[string]bool{
	"day": true, "week": true, "month": true, "year": true, "time": true, "morning": true,
	"evening": true, "night": true, "meeting": true, "visit": true, "summit": true,
	"agreement": true, "deal": true, "accord": true, "country": true, "trip": true, "is": true,
	"was": true, "would": true, "will": true, "could": true,
}

// coordinatePredicate reports "and" opening a second predicate of the same
// subject: "met in Vienna this week and are set to meet again on Sunday".
// Each predicate has its own tense and time, so each is its own clause
// (a coordinated verb phrase, as in the TimeML guidelines each event
// anchors to its own time). Only an auxiliary, a modal or a past-tense
// verb after "and" counts; "Japan and Russia" or "talks and visits"
// stay one clause.
func coordinatePredicate(s *Sentence, k int) bool {
	if k+1 >= len(s.Toks) || s.Covered(k+1) {
		return false
	}
	w := s.Toks[k+1].Lower
	if auxiliaries[w] {
		return true
	}
	// "and signed", "and agreed": a past verb right after "and", with a
	// verb before the "and" too ("met ... and signed").
	return strings.HasSuffix(w, "ed") && len(w) > 4 && s.Toks[k+1].Kind == token.Word && !s.Toks[k+1].IsCap()
}

// coordinateClause reports "and" at k opening a clause with a subject of
// its own after a clause [start, k) that has a verb: "visited Peru in
// January and the two ministers also met in Quito in March". The new
// subject is a determiner and at most three more words, followed by an
// auxiliary or a past verb. Without a verb before the "and" ("talks
// between Chile and the two neighbours were held") the "and" joins names.
func coordinateClause(s *Sentence, start, k int) bool {
	toks := s.Toks
	if k+2 >= len(toks) || !clauseSubjects[toks[k+1].Lower] {
		return false
	}
	verb := false
	for x := start; x < k; x++ {
		if finiteVerb(toks[x]) {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	for x := k + 2; x < len(toks) && x <= k+5; x++ {
		if toks[x].Kind != token.Word || toks[x].Lower == "and" {
			return false
		}
		if finiteVerb(toks[x]) {
			return x > k+2
		}
	}
	return false
}

// finiteVerb reports an auxiliary or a lower-case past form in -ed.
func finiteVerb(t token.Token) bool {
	w := t.Lower
	return t.Kind == token.Word && !t.IsCap() && (auxiliaries[w] && w != "then" && w != "later" && w != "plan" && w != "hope" || strings.HasSuffix(w, "ed") && len(w) > 4)
}

var clauseSubjects = map[string]bool{"the": true, "both": true, "their": true, "his": true, "her": true, "its": true}

var auxiliaries = map[string]bool{
	"are": true, "is": true, "was": true, "were": true, "will": true, "would": true, "have": true,
	"has": true, "had": true, "plan": true, "plans": true, "hope": true, "hopes": true, "then": true,
	"later": true, "also": true, "did": true, "could": true, "should": true, "may": true, "might": true,
	"met": true, "held": true, "signed": true, "said": true,
}

// relative reports whether the clause opened at k is a relative or
// noun-complement clause: "that", "which", "who" or "whose" after a word
// that is not a verb of saying or thinking ("parties that", "concerns
// that", "President X, whose term ends in 2014").
func relative(s *Sentence, k int) bool {
	w := s.Toks[k].Lower
	if (w != "that" && w != "which" && w != "who" && w != "whose") || k == 0 {
		return false
	}
	prev := s.Toks[k-1]
	if prev.Kind != token.Word {
		return w != "that" // ", who met ...": a relative on the name before
	}
	return !reportVerbs[prev.Lower]
}

// reportVerbs take a "that" complement with its own subject.
var reportVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "announced": true, "stated": true,
	"reported": true, "believe": true, "believed": true, "believes": true, "hoped": true, "hope": true,
	"hopes": true, "expect": true, "expected": true, "expects": true, "warned": true, "added": true,
	"noted": true, "insisted": true, "confirmed": true, "thinks": true, "think": true, "thought": true,
	"stressed": true, "acknowledged": true, "indicated": true, "wrote": true, "claimed": true,
	"argued": true, "explained": true, "emphasized": true, "emphasised": true, "ensure": true,
	"clear": true, "showed": true, "shows": true, "means": true, "meant": true,
}

// listComma reports a comma inside a list of names ("Japan, China and
// Russia"): mentions of like kinds on both sides. A state before a title
// ("... aid to Ukraine, Prime Minister Fumio Kishida said") ends the
// reported clause instead. The serial comma before the last item
// ("Japan, China, and Russia", "..., and the United Kingdom") counts
// when a list comma stands before
// the item it follows; a lone ", and" ("met in Tokyo, and China said")
// may join two clauses and still splits.
func listComma(s *Sentence, k int) bool {
	if k == 0 || k+1 >= len(s.Toks) {
		return false
	}
	a, b := s.Ending(k), s.At(k+1)
	if a < 0 {
		a = s.Ending(asideBefore(s.Toks, k))
	}
	if a >= 0 && b < 0 && k+2 < len(s.Toks) && (s.Toks[k+1].Lower == "and" || s.Toks[k+1].Lower == "or") {
		b = s.At(k + 2)
		if b < 0 && k+3 < len(s.Toks) && s.Toks[k+2].Lower == "the" {
			b = s.At(k + 3) // "Canada, Poland, and the United Kingdom"
		}
		if b >= 0 {
			i := s.Ments[a].I
			if i == 0 || s.Toks[i-1].Text != "," || !listComma(s, i-1) {
				return false
			}
		}
	}
	if a < 0 || b < 0 {
		return false
	}
	return entityKind(s.Ments[a].Kind) == entityKind(s.Ments[b].Kind)
}

// asideBefore returns the index of the "(" of a short aside closed right
// before token k ("Juan Soto (Uruguay), Ana Ruiz (Paraguay) and ...",
// "Sen. Ann Lee (D-Ohio), ..."), or k when there is none: a list of
// names may give each its state or party in brackets.
func asideBefore(toks []token.Token, k int) int {
	if k < 3 || toks[k-1].Text != ")" {
		return k
	}
	for p := k - 2; p >= 1 && p >= k-5; p-- {
		switch {
		case toks[p].Text == "(":
			if p < k-2 {
				return p
			}
			return k
		case toks[p].Kind != token.Word && toks[p].Text != "-" && toks[p].Text != ".":
			return k
		}
	}
	return k
}

// entityKind groups states, places and organisations, which lists mix,
// apart from persons, titles and groups.
func entityKind(k Kind) Kind {
	switch k {
	case Country, Place, Org:
		return Country
	}
	return k
}

// apposition reports a comma that opens an appositive name: "talks with
// her Indian counterpart, Pranab Mukherjee, ..." keeps the name in the
// clause of the noun it names.
//
// A title may come before the name: "lunch with their Chinese
// counterpart, Minister of Commerce Chen Deming".
func apposition(s *Sentence, k int) bool {
	x := s.At(k + 1)
	for x >= 0 && s.Ments[x].Kind == Role && s.Ments[x].J < len(s.Toks) {
		x = s.At(s.Ments[x].J)
	}
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

// closesPlaceApposition reports the comma after the state or region
// that places a city when an adjunct of the same predicate follows it:
// "arrived in Lima, Peru, on Sunday for a visit", "met in Houston,
// Texas, with oil executives". The state is an apposition of the place
// before it, so that comma ends no clause, as the comma before it does
// not. A purpose or other clause after it ("is in Lima, Peru, to meet
// ...") still splits.
func closesPlaceApposition(s *Sentence, k int) bool {
	if k+1 >= len(s.Toks) || !placeAdjunctsSet.Has(s.Toks[k+1].Lower) {
		return false
	}
	a := s.Ending(k)
	if a < 0 || s.Ments[a].Kind != Country && s.Ments[a].Kind != Place {
		return false
	}
	i := s.Ments[a].I
	if i < 2 || s.Toks[i-1].Text != "," {
		return false
	}
	p := s.Ending(i - 1)
	return p >= 0 && s.Ments[p].Kind == Place && (p == 0 || s.Ments[p].I == 0 || s.Toks[s.Ments[p].I-1].Text != ",")
}

// placeAdjuncts open an adjunct of time or circumstance that continues
// the predicate after a place: a preposition or a day.
var placeAdjuncts = map[string]bool{
	"on": true, "in": true, "at": true, "for": true, "with": true, "from": true, "after": true,
	"before": true, "during": true, "last": true, "this": true, "next": true, "early": true,
	"late": true, "earlier": true, "yesterday": true, "today": true, "tonight": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// placeAdjunctsSet spares most words the placeAdjuncts lookup (see token.Set).
var placeAdjunctsSet = token.NewSet(placeAdjuncts)

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "both": true, "two": true}

// group nouns that, after "two", "both" or "top", refer back to the
// article's principal actors: persons for people nouns, states otherwise.
var groupPersons = map[string]bool{
	"men": true, "ministers": true, "leaders": true, "diplomats": true, "presidents": true,
	"officials": true, "envoys": true, "premiers": true, "women": true, "secretaries": true,
	"counterparts": true, "chiefs": true,
}

// groupPersonsSet spares most words the groupPersons lookup (see token.Set).
var groupPersonsSet = token.NewSet(groupPersons)
var groupStates = map[string]bool{
	"countries": true, "nations": true, "sides": true, "states": true, "governments": true,
	"neighbours": true, "neighbors": true, "capitals": true, "powers": true, "delegations": true,
}

// FindGroups marks "the two countries", "both sides", "the two men", "the
// two foreign ministers", "the top diplomats" and "the leaders" as group
// mentions, replacing any role mention inside them, and a subject "they"
// as a group of the story's principal states.
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
		if w == "the" && k+1 < len(toks) && groupPersonsSet.Has(toks[k+1].Lower) && !(k+2 < len(toks) && (toks[k+2].Lower == "of" || toks[k+2].Lower == "from")) {
			// "The leaders held talks": the story's principal persons;
			// not "the leaders of 16 nations". A plural title read as a
			// role ("leaders") gives way.
			x := s.At(k + 1)
			if !s.Covered(k+1) || x >= 0 && s.Ments[x].Kind == Role && s.Ments[x].J == k+2 {
				if x >= 0 {
					s.Drop(x)
				}
				s.Add(Mention{Kind: Group, I: k, J: k + 2, OfPersons: true})
				k++
				continue
			}
		}
		if w != "two" && w != "both" && w != "top" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			x := toks[j].Lower
			if (groupPersonsSet.Has(x) || groupStates[x]) && w == "two" && (k == 0 || toks[k-1].Lower != "the") && nationalBetween(s, k+1, j) {
				// "expelled two Russian diplomats": a count of some of a
				// state's people, not the story's two principals.
				break
			}
			if groupPersonsSet.Has(x) || groupStates[x] {
				role := ""
				for y := s.LastStartingBy(j); y >= 0 && s.Ments[y].I >= k; y-- {
					if s.Ments[y].J <= j+1 {
						if s.Ments[y].Kind == Role {
							role = s.Ments[y].Entry.Name
						}
						s.Drop(y)
					}
				}
				s.Add(Mention{Kind: Group, I: k, J: j + 1, OfPersons: groupPersonsSet.Has(x), Role: role})
				k = j
				break
			}
			if toks[j].Kind != token.Word {
				break
			}
		}
	}
}

// nationalBetween reports a state's mention (a demonym: "Russian") in
// tokens [i, j) of s.
func nationalBetween(s *Sentence, i, j int) bool {
	for x := i; x < j; x++ {
		if m := s.At(x); m >= 0 && s.Ments[m].Kind == Country {
			return true
		}
	}
	return false
}

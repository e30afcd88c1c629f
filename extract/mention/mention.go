// Package mention holds the sentence model of extraction: a sentence's
// tokens, which of them are quoted, and its mentions (non-overlapping token
// ranges naming a state, place, organisation, person, title or group), with
// the clauses events are read from. Scan fills a sentence from the
// gazetteer, FindGroups adds "the two countries" and its kin, and package
// extract adds persons and organisations found by pattern.
//
// Lookups (Covered, At, Ending) are binary searches over mentions kept
// sorted by start; passes add mentions with Add and Flush once, so long
// sentences stay linear.
package mention

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/money"
	"github.com/annals-project/annals/extract/token"
)

// Kind is what a mention refers to.
type Kind uint8

const (
	Country Kind = iota + 1 // a state, by name, demonym or capital-as-government
	Place                   // a city, region or landmark as a location
	Org                     // an organisation
	Person                  // a person (index into the person table)
	Role                    // a title of office ("foreign minister")
	Group                   // "the two countries", "the two men": resolved later
	Topic                   // a state named as a field of study ("a Japan analyst"): listed, never a party
)

// Mention is one reference in a sentence, covering tokens [I, J).
// The one-byte fields come first, packed into one word: sentences hold
// and copy many mentions.
type Mention struct {
	Kind        Kind
	OfPersons   bool // for Group: refers to persons (else states)
	Demonym     bool // a state named by adjective ("Russian")
	Pronoun     bool // a person by "he" or "she"
	I, J        int
	Entry       gazetteer.Entry // for gazetteer matches
	Country     annals.Country  // the state referred to or located in
	Name        string          // canonical name (place, organisation)
	PersonIndex int             // index into the caller's person table, for Person
	Role        string          // for Group: the title named ("the two prime ministers")
}

// Sentence is one sentence with its tokens and mentions.
type Sentence struct {
	Span     annals.Span
	Toks     []token.Token
	Quoted   []bool    // per token: inside quotation marks
	Ments    []Mention // sorted by start, non-overlapping
	pending  []Mention // added during a pass, merged into Ments by Flush
	Headline bool
	cls      []Clause // cached by (*Sentence).Clauses
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

// Macro reports whether e is a macro region: continents, oceans and
// multi-state areas are gazetteer places but not places of a document,
// since the schema's places are cities and regions an event can happen in,
// and "trade ties in Asia" names no such place.
func Macro(e gazetteer.Entry) bool {
	return e.Kind == gazetteer.Place && e.Country == "" && e.Sub == "region" && !subState[e.Name]
}

// subState lists disputed regions without a single state that are still
// places of their own ("Kashmir", "Crimea").
var subState = map[string]bool{
	"Kashmir": true, "Crimea": true, "Kurdistan": true, "Punjab": true, "Golan Heights": true,
	"Kuril Islands": true, "Senkaku Islands": true, "Falkland Islands": true, "Western Sahara": true,
	"Gibraltar": true,
}

// Locative reports a preposition or verb of place before a location ("in",
// "at", "visited").
func Locative(w string) bool { return locative[w] }

// Scan adds the gazetteer mentions of s, longest match first.
// Capitals become a country mention (government) or a place by context,
// per the metonymy rule: a capital after a locative preposition is a
// place, otherwise the government it names when a verb or another
// country follows.
//
// Tokens of a money amount are skipped: the "US" of "33 billion US
// dollars" names a currency, not a state taking part.
func Scan(g *gazetteer.Gazetteer, s *Sentence) {
	if s.Ments == nil {
		// The mentions of a new sentence gather in a pooled array and
		// are copied out at their final number: one allocation instead
		// of one for each doubling. The helpers below read s.Ments as
		// it grows, as before.
		p := scanPool.Get().(*[]Mention)
		s.Ments = (*p)[:0]
		defer func() {
			found := s.Ments
			s.Ments = nil
			if len(found) > 0 {
				s.Ments = slices.Clone(found)
			}
			if cap(found) <= maxPooledMentions {
				clear(found) // drop the strings of the text
				*p = found[:0]
				scanPool.Put(p)
			}
		}()
	}
	toks := s.Toks
	var buf [128]bool // most sentences: no allocation
	inMoney := buf[:0]
	if len(toks) <= len(buf) {
		inMoney = buf[:len(toks)]
	} else {
		inMoney = make([]bool, len(toks))
	}
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
			// Most tokens cannot open a town: spare them the call.
			if gazetteer.MayOpenTown(toks[i]) {
				if k, e := g.Town(toks, i); k > 0 && townContext(g, s, i, i+k, e) {
					s.Ments = append(s.Ments, Mention{Kind: Place, I: i, J: i + k, Entry: e, Country: e.Country, Name: e.Name})
					i += k
					continue
				}
			}
			i++
			continue
		}
		e := pick(entries)
		if n == 1 && e.Kind != gazetteer.Role && e.Kind != gazetteer.Demonym && firstName(s, i) {
			i++ // "Foreign Minister Santiago Cafiero": a first name, not the city
			continue
		}
		if n == 1 && e.Kind == gazetteer.Role && roleSurname(toks, i) {
			i++ // "VOA's Kyle King reports": a title that is a surname after a given name
			continue
		}
		if (e.Kind == gazetteer.CountryName || e.Kind == gazetteer.Demonym) && i+n < len(toks) && (toks[i+n].Text == "War" || toks[i+n].Text == "Wars") {
			i += n + 1 // "the Vietnam War", "the Korean War": a war's name, not the state
			continue
		}
		if e.Kind == gazetteer.Demonym {
			if end := headedName(toks, i+n, facilityHeads); end > 0 {
				i = end // "the Indian Treaty Room": a room's name, not the state
				continue
			}
			if language(toks, i, i+n) {
				i += n // "known as Mercosul in Portuguese": the language
				continue
			}
			if ethnicGroup(s, i, e.Country) {
				i += n // "Bosnian Serbs": a people of another state
				continue
			}
		}
		if e.Kind == gazetteer.CountryName {
			if end := headedName(toks, i+n, outletHeads); end > 0 {
				i = end // "Pakistan Point News": a news site's name
				continue
			}
			if domainName(toks, i+n) {
				i += n // "Follow China.org.cn on Twitter": a web address
				continue
			}
		}
		if (e.Kind == gazetteer.Demonym || e.Kind == gazetteer.CountryName) && regionCompound(toks, i) {
			// "the Ibero-American summit", "Latin-America": a region of
			// several states. The name is a macro region, as "Latin
			// America" is, so that no other pass reads its words.
			if k := len(s.Ments); e.Kind == gazetteer.CountryName && (k == 0 || s.Ments[k-1].J <= i-2) {
				name := toks[i-2].Text + "-" + toks[i].Text
				for _, t := range toks[i+1 : i+n] {
					name += " " + t.Text
				}
				r := gazetteer.Entry{Kind: gazetteer.Place, Name: name, Sub: "region"}
				s.Ments = append(s.Ments, Mention{Kind: Place, I: i - 2, J: i + n, Entry: r, Name: name})
			}
			i += n
			continue
		}
		m := Mention{I: i, J: i + n, Entry: e, Country: e.Country, Name: e.Name}
		switch e.Kind {
		case gazetteer.CountryName:
			m.Kind = Country
			if topicNoun(toks, i, i+n) {
				m.Kind = Topic
			}
		case gazetteer.Demonym:
			m.Kind, m.Demonym = Country, true
		case gazetteer.Capital:
			if capitalAsGovernment(toks, i, i+n) {
				m.Kind = Country
			} else {
				m.Kind = Place
			}
		case gazetteer.Place:
			m.Kind = Place
		case gazetteer.Org:
			m.Kind = Org
			// "U.S. Agency for International Development": a name that
			// opens with its own state's name still names that state.
			if e.Country != "" && n > 1 {
				if k, pre := g.Lookup(toks[:i+n-1], i); k > 0 {
					p := pick(pre)
					m.Demonym = (p.Kind == gazetteer.CountryName || p.Kind == gazetteer.Demonym) && p.Country == e.Country
				}
			}
		case gazetteer.Role:
			m.Kind = Role
		}
		s.Ments = append(s.Ments, m)
		i += n
	}
}

// scanPool recycles the arrays Scan gathers mentions in.
var scanPool = sync.Pool{New: func() any { s := make([]Mention, 0, 32); return &s }}

const maxPooledMentions = 1 << 10

// topicNouns name a person by the field they know or cover: a state's
// name before one is the field ("a leading Japan analyst", "veteran Iran
// watcher", "the BBC's China correspondent"), not the person's state nor a
// party to what the sentence reports. Own compilation for annals (2026).
var topicNouns = map[string]bool{
	"expert": true, "experts": true, "analyst": true, "analysts": true, "watcher": true,
	"watchers": true, "hand": true, "hands": true, "specialist": true, "specialists": true,
	"scholar": true, "scholars": true, "observer": true, "observers": true,
	"correspondent": true, "correspondents": true, "historian": true,
	"historians": true,
}

// topicNoun reports whether the state name at tokens [i, j) modifies a
// topic noun right after it, with at most one lower-case modifier between
// ("a Russia policy expert"). A name in capitals or with dots ("U.S.",
// "UK") is the usual adjective of its state, so "a U.S. analyst" is
// American and keeps the state; so is a name that a capitalised word
// follows ("Japan Society scholar").
func topicNoun(toks []token.Token, i, j int) bool {
	for k := j; k < len(toks) && k <= j+1; k++ {
		t := toks[k]
		if t.Kind != token.Word || t.IsCap() && k > j {
			return false
		}
		if topicNouns[t.Lower] {
			// The name's writing is read only now: a topic noun is
			// rare, and abbreviation upper-cases each word.
			return !abbreviation(toks[i:j])
		}
		if t.IsCap() {
			return false
		}
	}
	return false
}

// abbreviation reports a name written in capitals or with dots ("U.S.",
// "UK", "U.A.E.").
func abbreviation(toks []token.Token) bool {
	for _, t := range toks {
		if t.Text == "." || strings.Contains(t.Text, ".") {
			return true
		}
		if t.Kind == token.Word && len(t.Text) > 1 && strings.ToUpper(t.Text) == t.Text {
			return true
		}
	}
	return false
}

// surnameTitles are titles that are also common English surnames ("Kyle
// King", "Ana Bishop"). Own compilation for annals (2026).
var surnameTitles = map[string]bool{"king": true, "bishop": true, "judge": true, "marshal": true, "major": true}

// roleSurname reports whether the capitalised title at token i is the
// surname of the given name before it: a known given name, capitalised,
// right before, and no capitalised word after that the title would
// precede ("Jordan King Abdullah" keeps the title).
func roleSurname(toks []token.Token, i int) bool {
	if i == 0 || !surnameTitles[toks[i].Lower] || !toks[i].IsCap() || toks[i].IsAllCaps() {
		return false
	}
	nameWord := func(p token.Token, next int) bool {
		return p.Kind == token.Word && p.IsCap() && !p.IsAllCaps() && p.End != toks[next].Begin
	}
	if !nameWord(toks[i-1], i) {
		return false
	}
	// "Ana Bishop", or with a middle name "Martin Luther King".
	if !gazetteer.GivenName(toks[i-1].Lower) && (i < 2 || !nameWord(toks[i-2], i-1) || !gazetteer.GivenName(toks[i-2].Lower)) {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Kind == token.Word && toks[i+1].IsCap() && !generational[toks[i+1].Text] {
		return false
	}
	return true
}

// generational suffixes follow a surname ("Martin Luther King Jr.").
var generational = map[string]bool{"Jr": true, "Sr": true, "Jr.": true, "Sr.": true}

// townPreps open a town named as a location ("in Turku", "near Leer").
var townPreps = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "outside": true, "into": true, "to": true,
	"via": true, "toward": true, "towards": true, "through": true, "visited": true, "visiting": true,
}

// townAreaHeads follow the name of an administrative area ("Kampong Thom
// province"), which the area rules of package extract name whole.
var townAreaHeads = map[string]bool{"province": true, "prefecture": true, "governorate": true, "oblast": true,
	"district": true, "county": true, "state": true, "region": true}

// possessive reports an "'s" at toks[k].
func possessive(toks []token.Token, k int) bool {
	return k < len(toks) && (toks[k].Lower == "'s" || toks[k].Lower == "’s")
}

var articles = map[string]bool{"the": true, "a": true, "an": true}

// townNouns name a settlement before "of" ("the town of Leer").
var townNouns = map[string]bool{"town": true, "city": true, "village": true, "port": true, "suburb": true, "district": true}

// townContext reports whether the town of the GeoNames list at toks[i:j]
// stands where only a place can: before ", State" ("Turku, Finland"), as
// the capitalised word opening a dateline ("NADI, Fiji (AP) -"), before
// "-based", or, for a town not named like a person, after a locative
// preposition ("in Turku") or "the town of". A capitalised word after it
// makes it part of a longer name ("in Turku Energia"), and so does a
// capitalised word before it in a locative's place ("Professor Turku").
func townContext(g *gazetteer.Gazetteer, s *Sentence, i, j int, e gazetteer.Entry) bool {
	toks := s.Toks
	if i > 0 && toks[i-1].Kind == token.Word && toks[i-1].IsCap() && !townPreps[toks[i-1].Lower] && !articles[toks[i-1].Lower] {
		return false // "Rafael Quevedo, and Ecuador's minister": a surname
	}
	if j < len(toks) && townAreaHeads[toks[j].Lower] {
		return false // "Kampong Thom province": the area, named whole by its head
	}
	if j+1 < len(toks) && toks[j].Text == "," {
		if n, es := g.Lookup(toks, j+1); n > 0 && !possessive(toks, j+1+n) {
			p := pick(es)
			if p.Kind == gazetteer.CountryName || p.Kind == gazetteer.Place && p.Sub == "region" && p.Country != "" {
				return true
			}
		}
	}
	if j+1 < len(toks) && toks[j].Text == "-" && toks[j+1].Lower == "based" {
		return true
	}
	if i == 0 && j < len(toks) && toks[i].IsAllCaps() && !Shouted(toks) {
		if t := toks[j].Text; t == "," || t == "(" || t == "-" || t == "—" || t == "–" {
			return true
		}
	}
	if e.PersonName || i == 0 {
		return false
	}
	if j < len(toks) && toks[j].Kind == token.Word && toks[j].IsCap() {
		return false
	}
	p := toks[i-1].Lower
	if townPreps[p] {
		return toks[i-1].Kind == token.Word
	}
	return p == "of" && i >= 2 && townNouns[toks[i-2].Lower]
}

// firstName reports whether the one-word name at token i sits between a
// title and a capitalised word, where it is a first name ("President
// Georgia Smith", "Minister Santiago Cafiero") rather than a place.
func firstName(s *Sentence, i int) bool {
	if i+1 >= len(s.Toks) || len(s.Ments) == 0 {
		return false
	}
	last := s.Ments[len(s.Ments)-1]
	next := s.Toks[i+1]
	return last.Kind == Role && last.J == i && next.Kind == token.Word && next.IsCap() && !next.IsAllCaps()
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
	if k < len(toks) && (govVerbs[toks[k].Lower] || pastVerb(toks[k])) {
		return true
	}
	// A capital opening the sentence before a verb is its subject: "Kyiv
	// proposed sanctions".
	if i == 0 && j < len(toks) && toks[j].Kind == token.Word && !toks[j].IsCap() && !locative[toks[j].Lower] {
		return true
	}
	return false
}

// pastVerb reports a lower-case past-tense verb ("Tehran cut ties",
// "Beijing summoned the envoy"): only a government acts after a capital.
func pastVerb(t token.Token) bool {
	w := t.Lower
	return t.Kind == token.Word && !t.IsCap() && (len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPast[w])
}

var irregularPast = map[string]bool{
	"cut": true, "met": true, "held": true, "sent": true, "struck": true, "broke": true,
	"made": true, "took": true, "gave": true, "told": true, "sought": true, "won": true,
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

// MarkQuotes sets s.quoted for tokens between straight or curly double
// quotes. A quotation may run over several sentences of one paragraph.
//
// in is the state at the sentence's start, carried over from the previous
// sentence of the same paragraph; the state at its end is returned.
func MarkQuotes(s *Sentence, in bool) bool {
	s.Quoted = make([]bool, len(s.Toks))
	for k, t := range s.Toks {
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
		s.Quoted[k] = in
	}
	return in
}

// Add records a new mention; it joins Ments at the next Flush, so a pass
// over a long sentence adds mentions in constant time each.
func (s *Sentence) Add(m Mention) { s.pending = append(s.pending, m) }

// Pending returns the mentions added since the last Flush, in the order
// they were added.
func (s *Sentence) Pending() []Mention { return s.pending }

// Drop marks mention x for removal at the next Flush.
func (s *Sentence) Drop(x int) { s.Ments[x].Kind = 0 }

// Flush merges the pending mentions into ments, removes dropped ones and
// restores the order by start.
func (s *Sentence) Flush() {
	if len(s.pending) == 0 {
		n := 0
		for _, m := range s.Ments {
			if m.Kind != 0 {
				s.Ments[n] = m
				n++
			}
		}
		s.Ments = s.Ments[:n]
		return
	}
	s.Ments = slices.DeleteFunc(s.Ments, func(m Mention) bool { return m.Kind == 0 })
	s.Ments = append(s.Ments, s.pending...)
	s.pending = s.pending[:0]
	sortMentions(s.Ments)
}

// Covered reports whether token k lies in a mention of s. mentions are
// sorted and do not overlap, so a binary search finds the one that could
// hold k.
func (s *Sentence) Covered(k int) bool {
	x := s.LastStartingBy(k)
	return x >= 0 && k < s.Ments[x].J
}

// LastStartingBy returns the index of the last mention starting at or
// before token k, or -1.
func (s *Sentence) LastStartingBy(k int) int {
	lo, hi := 0, len(s.Ments)
	for lo < hi {
		m := (lo + hi) / 2
		if s.Ments[m].I <= k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// At returns the index of the mention starting at token k, or -1.
func (s *Sentence) At(k int) int {
	x := s.LastStartingBy(k)
	if x >= 0 && s.Ments[x].I == k {
		return x
	}
	return -1
}

// Ending returns the index of the mention ending just before token
// k, or -1.
func (s *Sentence) Ending(k int) int {
	x := s.LastStartingBy(k - 1)
	if x >= 0 && s.Ments[x].J == k {
		return x
	}
	return -1
}

func sortMentions(ms []Mention) {
	slices.SortStableFunc(ms, func(a, b Mention) int { return a.I - b.I })
}

// Text returns the words of tokens [i, j) of text as written, white space
// between them collapsed to one space (wrapped wire copy breaks names
// across lines) and invalid bytes dropped, so the result is valid UTF-8.
func Text(text string, toks []token.Token, i, j int) string {
	if i >= j {
		return ""
	}
	// Words joined by nothing or one space read as written: the text
	// itself, with no copy (most names).
	plain := true
	for x := i + 1; x < j && plain; x++ {
		g := toks[x].Begin - toks[x-1].End
		plain = g == 0 || g == 1 && text[toks[x-1].End] == ' '
	}
	if plain {
		return text[toks[i].Begin:toks[j-1].End]
	}
	var b strings.Builder
	for x := i; x < j; x++ {
		if x > i && strings.ContainsAny(text[toks[x-1].End:toks[x].Begin], " \t\r\n") {
			b.WriteByte(' ')
		}
		b.WriteString(toks[x].Text)
	}
	return b.String()
}

// languages are the demonyms that also name a language. Own compilation
// for annals (2026).
var languages = map[string]bool{
	"english": true, "french": true, "spanish": true, "portuguese": true, "german": true,
	"italian": true, "dutch": true, "russian": true, "chinese": true, "japanese": true,
	"korean": true, "arabic": true, "turkish": true, "greek": true, "polish": true,
	"swedish": true, "danish": true, "norwegian": true, "finnish": true, "hungarian": true,
	"romanian": true, "bulgarian": true, "serbian": true, "croatian": true, "czech": true,
	"ukrainian": true, "persian": true, "indonesian": true, "vietnamese": true, "thai": true,
}

// Language reports whether the lower-case word w names a language as well
// as a people ("english", "french").
func Language(w string) bool { return languages[w] }

// languageNouns follow a language that names how something is called
// ("its French acronym").
var languageNouns = map[string]bool{
	"acronym": true, "acronyms": true, "abbreviation": true, "initials": true,
	"translation": true, "spelling": true, "name": true, "transliteration": true,
}

// language reports whether the demonym at toks[i:j] names a language: after
// "in" with nothing after it but punctuation, a conjunction or another
// language ("known as Mercosur in Spanish and Mercosul in Portuguese",
// "ACT IN FRENCH"), or before a noun of naming ("known by its French
// acronym"). Not "in French waters", "in Spanish and Italian ports".
func language(toks []token.Token, i, j int) bool {
	if j != i+1 || !languages[toks[i].Lower] {
		return false
	}
	if j < len(toks) && languageNouns[toks[j].Lower] {
		return true
	}
	if i == 0 || toks[i-1].Lower != "in" {
		return false
	}
	for k := j; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.Kind != token.Word:
			return true
		case t.Lower == "and" || t.Lower == "or":
			if k+1 < len(toks) && languages[toks[k+1].Lower] {
				k++ // "in Spanish and Portuguese": read on past the second
				continue
			}
			return true
		case languageFollowers[t.Lower]:
			return true
		default:
			return false
		}
	}
	return true
}

// languageFollowers are words that may follow a language named after "in"
// ("broadcast in French by ...", "said in English that ...").
var languageFollowers = map[string]bool{
	"by": true, "that": true, "to": true, "on": true, "as": true, "but": true, "with": true,
	"from": true, "for": true, "at": true, "is": true, "was": true, "are": true, "were": true,
}

// ethnicGroup reports whether the demonym at toks[i] of state c names a
// people living in another state, after that state's name or adjective:
// "Bosnian Serbs", "Bosnia's Serb and Muslim-Croat federations", "Kosovo
// Albanians". The people's own state is not a party. Not
// "Russian-Chinese talks" (a hyphen joins two states) nor "Bosnian and
// Serb leaders".
func ethnicGroup(s *Sentence, i int, c annals.Country) bool {
	toks := s.Toks
	if i == 0 || !toks[i].IsCap() {
		return false
	}
	k := i - 1
	if toks[k].Lower == "'s" || toks[k].Lower == "’s" {
		k--
	}
	if k < 0 || toks[k].End == toks[k+1].Begin && k+1 == i {
		return false
	}
	for x := len(s.Ments) - 1; x >= 0; x-- {
		m := s.Ments[x]
		if m.J-1 == k {
			return m.Kind == Country && m.Country != "" && m.Country != c
		}
		if m.J-1 < k {
			break
		}
	}
	return false
}

// outletHeads end the name of a newspaper or news site (see headedName).
var outletHeads = map[string]bool{"News": true, "Times": true, "Post": true, "Herald": true, "Tribune": true, "Gazette": true, "Observer": true}

// domainName reports whether the name ending before toks[j] opens a web
// address: a dot and a lower-case word follow with no space between
// ("China.org.cn", "India.com").
func domainName(toks []token.Token, j int) bool {
	return j+1 < len(toks) && toks[j].Text == "." && toks[j].Begin == toks[j-1].End &&
		toks[j+1].Begin == toks[j].End && toks[j+1].Kind == token.Word && !toks[j+1].IsCap()
}

// regionPrefixes open a compound with a state's name or adjective that
// names a region, not the state: "Latin-American", "Ibero-American",
// "South-American", "Pan-African". Own compilation for annals (2026).
var regionPrefixes = map[string]bool{"latin": true, "ibero": true, "south": true, "central": true, "north": true, "pan": true, "meso": true}

// regionCompound reports whether the name at toks[i] is joined by a hyphen
// to a region prefix before it ("Ibero-American summit").
func regionCompound(toks []token.Token, i int) bool {
	return i >= 2 && toks[i-1].Text == "-" && toks[i-1].End == toks[i].Begin && toks[i-2].End == toks[i-1].Begin &&
		regionPrefixes[toks[i-2].Lower]
}

// facilityHeads end the name of a room or building that a demonym opens,
// or of a company named after its home state ("Malaysian Airlines").
var facilityHeads = map[string]bool{"Room": true, "Hall": true, "Building": true, "Pavilion": true, "Garden": true, "Gardens": true, "Hospital": true, "Airlines": true, "Airways": true}

// headedName returns the end of one or two capitalised words from k
// whose last is one of heads, or 0: with facilityHeads "Treaty Room" of
// "the Indian Treaty Room", with outletHeads "Point News" of "Pakistan
// Point News".
func headedName(toks []token.Token, k int, heads map[string]bool) int {
	for j := k; j < len(toks) && j < k+2; j++ {
		t := toks[j]
		if t.Kind != token.Word || !t.IsCap() || t.IsAllCaps() {
			return 0
		}
		if heads[t.Text] {
			return j + 1
		}
	}
	return 0
}

// Shouted reports whether toks are written all in capitals (wire copy of
// the teleprinter era, a shouted headline): at least four words with
// letters and none with a lower-case letter.
func Shouted(toks []token.Token) bool {
	n := 0
	for _, w := range toks {
		if w.Kind != token.Word {
			continue
		}
		if strings.IndexFunc(w.Text, unicode.IsLower) >= 0 {
			return false
		}
		if w.IsAllCaps() {
			n++
		}
	}
	return n >= 4
}

// Uncase lowers the words of a sentence written all in capitals (see
// Shouted) that no mention covers, and reports whether it did. In such
// copy a capital marks nothing, and the rules read after the mentions are
// found, which take a capitalised noun for part of a name ("Exercise Saber
// Junction", "the Paris Agreement"), would take "HELD A MEETING WITH" for
// one. The words of the states, places, organisations, persons and titles
// found keep their capitals. Clauses are split again on the lowered words.
func (s *Sentence) Uncase() bool {
	if !Shouted(s.Toks) {
		return false
	}
	for k := range s.Toks {
		if s.Toks[k].Kind == token.Word && !s.Covered(k) {
			s.Toks[k].Text = s.Toks[k].Lower
		}
	}
	s.cls = nil
	return true
}

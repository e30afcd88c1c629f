// Package gazetteer holds the name lists extraction matches against:
// countries with their short forms, demonyms, adjectives and capitals;
// cities, regions and landmarks; international organisations and news
// agencies; titles of office; and towns of the world from GeoNames (CC BY
// 4.0), which Town looks up apart. The lists are embedded text files
// under data/, each with a header naming its source and licence.
//
// Lookups run over tokens from package token with a trie keyed by
// lower-case tokens, so a text is scanned once, longest match first,
// without regular expressions. Case rules keep common words out: a name
// matches only when its first token is capitalised in the text, and short
// forms marked "=" ("US", "AP") only with their exact case.
package gazetteer

import (
	"embed"
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/token"
)

//go:embed data/*.tsv
var data embed.FS

// Kind says what a gazetteer entry names.
type Kind uint8

// Entry kinds.
const (
	CountryName Kind = iota + 1 // "Japan", "North Korea", "U.S."
	Demonym                     // "Japanese", "Russian", "Soviet"
	Capital                     // "Tokyo", "Moscow": a place, or the government by metonymy
	Place                       // "Osaka", "Siberia", "Oval Office"
	Org                         // "United Nations", "Itar-Tass"
	Role                        // "foreign minister", "FM"
)

// Entry is one meaning of a matched phrase. The one-byte fields come
// first, packed into one word: every mention holds an Entry.
type Entry struct {
	Kind Kind
	// Head marks a role of head of state or government.
	Head bool
	// Historical marks a state that no longer exists (SUN, YUG, DDR, CSK).
	Historical bool
	// PersonName marks a town from the GeoNames list (Sub "town") whose
	// name is also a given name or surname ("Nadi"): it is a place only
	// where nothing but a place can stand (a dateline, "Nadi, Fiji").
	PersonName bool
	// Plural marks a plural role form ("Foreign Ministers").
	Plural  bool
	anyCase bool // match in any case (roles)
	// short marks a one-word alias of a place of several words ("Rio" of
	// Rio de Janeiro, "Baltic" of the Baltic Sea): before another
	// capitalised word it is only the start of a longer name ("Rio Grande
	// do Sul", "the Rio Olympics", "the Baltic States") and no match.
	short bool
	// Name is the canonical name: the country's short name for country
	// kinds, the place, organisation or role name otherwise.
	Name string
	// Country is the state named, the state a place lies in, or the one
	// state that uses a title ("Secretary of State"); "" if none.
	Country annals.Country
	// Sub is the place kind (city, region, landmark) or organisation kind
	// (international, news agency, government, company, group).
	Sub string
	// Since is the first day of a state that became independent within
	// the years news archives cover (Kosovo 2008-02-17), from the fifth
	// column of countries.tsv; zero for the others. Before it the name is
	// that of a province or territory, not of a state.
	Since annals.Date
	// AlsoIn lists other states that use a title whose Country is its
	// usual state: "Home Secretary" is British, but Indian and Pakistani
	// officials hold it too, so in a story filed from those states the
	// title alone does not say the state.
	AlsoIn []annals.Country

	exact []string // tokens that must match with this exact case; nil if any
}

// Gazetteer is an immutable set of phrases. It is safe for concurrent use.
type Gazetteer struct {
	root *node
	// rootNext is root.next for Lookup, made once build has filled it.
	rootNext *token.Dict[*node]
	// starts has a bit set for the hash (see startBit) of every token
	// that opens a phrase; a clear bit spares Lookup the map lookup for
	// most words of running text.
	starts [1 << 10]uint64
	// towns holds the GeoNames towns (data/cities.tsv) that no other
	// list names; Town looks them up apart, since a town's name is a
	// place only in a place's context.
	towns *node
	// town1 holds the one-word towns by lower-case name, as indices into
	// town1s: an Entry is too large for a map to hold in place, so a map
	// of entries would allocate each one apart.
	town1  map[string]int32
	town1s []Entry
	// townStarts has a bit set for the hash (see townBit) of the
	// lower-case first word of every town: most capitalised words of
	// running text (names, sentence openers) then skip both map lookups.
	townStarts *[1 << 12]uint64
	townsOnce  sync.Once                 // the towns are built on first use of Town
	orgs       map[string]Entry          // canonical org name -> entry
	capitals   map[annals.Country]string // first capital listed per state
}

type node struct {
	next    map[string]*node // nil for a leaf: most town nodes are leaves
	entries []Entry
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
)

// Default returns the gazetteer built from the embedded lists. It is built
// once, on first use.
func Default() *Gazetteer {
	defaultOnce.Do(func() { defaultG = build() })
	return defaultG
}

// Lookup returns the longest phrase starting at toks[i] and its entries,
// with n the number of tokens it covers; n is 0 when nothing matches.
// Entries are in file order (countries, places, organisations, roles).
// The slice may share the gazetteer's own storage (its capacity is capped,
// so appending is safe): read its entries, never assign to them.
func (g *Gazetteer) Lookup(toks []token.Token, i int) (n int, entries []Entry) {
	if i < len(toks) {
		if b := startBit(toks[i].Lower); g.starts[b>>6]&(1<<(b&63)) == 0 {
			return 0, nil
		}
	}
	nd := g.root
	for j := i; j < len(toks); j++ {
		var nx *node
		if j == i {
			nx = g.rootNext.At(toks[j].Lower)
		} else {
			nx = nd.next[key(toks[j].Lower)]
		}
		if nx == nil {
			break
		}
		nd = nx
		if len(nd.entries) > 0 {
			ok := matching(nd.entries, toks[i:j+1])
			if j == i && j+1 < len(toks) && toks[j+1].Kind == token.Word && toks[j+1].IsCap() {
				ok = longNames(ok)
			}
			if len(ok) > 0 {
				n, entries = j+1-i, ok
			}
		}
	}
	return n, entries
}

// Town returns the town of data/cities.tsv whose name starts at toks[i],
// longest first, with n the number of tokens it covers; n is 0 when none
// matches. Only a capitalised word opens a town, and the towns hold no
// name that the other lists have, so Town is for words Lookup left.
// Callers that scan every token should ask MayOpenTown first.
func (g *Gazetteer) Town(toks []token.Token, i int) (n int, e Entry) {
	if i >= len(toks) || !MayOpenTown(toks[i]) {
		return 0, Entry{}
	}
	g.townsOnce.Do(g.addTowns)
	if b := townBit(toks[i].Lower); g.townStarts[b>>6]&(1<<(b&63)) == 0 || !toks[i].IsCap() {
		return 0, Entry{}
	}
	if k, ok := g.town1[toks[i].Lower]; ok {
		n, e = 1, g.town1s[k]
	}
	nd := g.towns
	for j := i; j < len(toks); j++ {
		k := toks[j].Lower
		if j > i {
			k = key(k)
		}
		nx := nd.next[k]
		if nx == nil {
			break
		}
		nd = nx
		if len(nd.entries) > 0 && nd.entries[0].matches(toks[i:j+1]) {
			n, e = j+1-i, nd.entries[0]
		}
	}
	return n, e
}

// MayOpenTown reports, cheaply enough to ask of every token, whether a
// town of Town could open at t: a word whose first byte is an upper-case
// ASCII letter or starts a non-ASCII character. False is sure; true still
// needs Town, which also asks for a capital letter and a listed first word.
func MayOpenTown(t token.Token) bool {
	if t.Kind != token.Word || t.Text == "" {
		return false
	}
	c := t.Text[0]
	return 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf
}

// longNames returns es without its short entries, es itself when it has
// none.
func longNames(es []Entry) []Entry {
	if !slices.ContainsFunc(es, func(e Entry) bool { return e.short }) {
		return es
	}
	return slices.DeleteFunc(slices.Clone(es), func(e Entry) bool { return e.short })
}

// matching returns the entries that match toks. When all do (the common
// case) it returns es itself, capped so that an append copies, without an
// allocation; callers only read the result.
func matching(es []Entry, toks []token.Token) []Entry {
	all := 0
	for _, e := range es {
		if !e.matches(toks) {
			break
		}
		all++
	}
	if all == len(es) {
		return es[:len(es):len(es)]
	}
	ok := make([]Entry, 0, len(es))
	for _, e := range es {
		if e.matches(toks) {
			ok = append(ok, e)
		}
	}
	return ok
}

// CapitalOf returns the capital of state c, the first one listed; "" when
// none is known.
func (g *Gazetteer) CapitalOf(c annals.Country) string { return g.capitals[c] }

// Organization returns the entry of an organisation by canonical name.
func (g *Gazetteer) Organization(name string) (Entry, bool) {
	e, ok := g.orgs[name]
	return e, ok
}

func (e Entry) matches(toks []token.Token) bool {
	if e.exact != nil {
		if len(e.exact) != len(toks) {
			return false
		}
		for i, t := range toks {
			if t.Text != e.exact[i] {
				return false
			}
		}
		return true
	}
	if e.anyCase {
		return true
	}
	// Names: the first token capitalised (or all caps, as in headlines),
	// and no later word in lower case unless it is a function word ("Bosnia
	// and Herzegovina", "Sea of Japan").
	if !toks[0].IsCap() {
		return false
	}
	// A word joined to the one before by a hyphen may be in lower case
	// ("Co-operation").
	for k, t := range toks[1:] {
		if t.Kind == token.Word && !t.IsCap() && !function[t.Lower] && !strings.ContainsAny(t.Lower, "'’") &&
			!(toks[k].Text == "-" && k > 0 && toks[k].Begin == toks[k-1].End && t.Begin == toks[k].End) {
			return false
		}
	}
	return true
}

var function = map[string]bool{"and": true, "of": true, "the": true, "de": true, "for": true, "el": true, "es": true, "on": true, "al": true, "i": true, "du": true, "in": true}

func (g *Gazetteer) add(phrase string, e Entry) {
	g.addTo(g.root, phrase, e)
}

func (g *Gazetteer) addTo(root *node, phrase string, e Entry) {
	exact := strings.HasPrefix(phrase, "=")
	phrase = strings.TrimPrefix(phrase, "=")
	toks := token.Tokenize(phrase, 0)
	if len(toks) == 0 {
		return
	}
	if exact {
		e.exact = make([]string, len(toks))
		for i, t := range toks {
			e.exact[i] = t.Text
		}
	}
	g.addToks(root, toks, e)
}

// key is the trie key of a token after a phrase's first: its lower-case
// form with the typographic apostrophe as the plain one, so that
// "People’s Republic of China" finds the name listed as "People's".
func key(lower string) string {
	if !strings.Contains(lower, "’") {
		return lower
	}
	return strings.ReplaceAll(lower, "’", "'")
}

// addToks adds an entry under the tokens of its phrase; toks is not kept.
func (g *Gazetteer) addToks(root *node, toks []token.Token, e Entry) {
	if root == g.root {
		b := startBit(toks[0].Lower)
		g.starts[b>>6] |= 1 << (b & 63)
	}
	if root == g.towns {
		g.markTown(toks[0].Lower)
	}
	nd := root
	for x, t := range toks {
		k := t.Lower
		if x > 0 {
			k = key(k)
		}
		nx := nd.next[k]
		if nx == nil {
			if nd.next == nil {
				nd.next = map[string]*node{}
			}
			nx = &node{}
			nd.next[k] = nx
		}
		nd = nx
	}
	for _, old := range nd.entries {
		if old.Kind == e.Kind && old.Name == e.Name && old.Country == e.Country && slices.Equal(old.exact, e.exact) {
			return
		}
	}
	nd.entries = append(nd.entries, e)
}

// startBit hashes a lower-case token to one of the 1<<16 bits of
// Gazetteer.starts, from its length and three of its bytes: cheap, and
// enough to tell most words of running text from the first words of
// phrases.
func startBit(w string) uint32 {
	h := uint32(len(w))
	if len(w) > 0 {
		h = h<<24 ^ uint32(w[0])<<16 ^ uint32(w[len(w)/2])<<8 ^ uint32(w[len(w)-1])
	}
	return h * 0x9E3779B1 >> 16
}

// townBit hashes a lower-case token to one of the 1<<18 bits of
// Gazetteer.townStarts: FNV-1a over every byte, since capitalised words
// and the thousands of towns share too many lengths and end letters for
// startBit's bytes; Town asks it only of capitalised words.
func townBit(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h >> 14
}

// markTown sets the bit of a town's lower-case first word in townStarts.
func (g *Gazetteer) markTown(first string) {
	b := townBit(first)
	g.townStarts[b>>6] |= 1 << (b & 63)
}

func build() *Gazetteer {
	g := &Gazetteer{root: &node{next: map[string]*node{}}, orgs: map[string]Entry{}, capitals: map[annals.Country]string{}}
	historical := map[annals.Country]bool{"SUN": true, "YUG": true, "DDR": true, "CSK": true}
	since := map[annals.Country]annals.Date{}
	for row := range rows("countries.tsv") {
		c := annals.Country(row[0])
		if !c.Valid() {
			continue
		}
		name := c.Name()
		if len(row) > 1 && row[1] != "" {
			name = strings.TrimPrefix(strings.SplitN(row[1], "|", 2)[0], "=")
		}
		h := historical[c]
		if len(row) > 4 && row[4] != "" {
			d, err := annals.ParseDate(row[4])
			if err != nil {
				panic("gazetteer: embedded countries.tsv: " + row[0] + ": " + err.Error())
			}
			since[c] = d
		}
		for k, kind := range []Kind{CountryName, Demonym, Capital} {
			if len(row) <= k+1 {
				break
			}
			for p := range split(row[k+1]) {
				e := Entry{Kind: kind, Name: name, Country: c, Historical: h, Since: since[c]}
				if kind == Capital {
					e.Name = strings.TrimPrefix(p, "=")
					e.Sub = "city"
					if _, ok := g.capitals[c]; !ok {
						g.capitals[c] = e.Name
					}
				}
				g.add(p, e)
			}
		}
	}
	// Short names of every other ISO code, so no state is missed even
	// without aliases. Names with commas are descriptive forms ("Korea,
	// Republic of") and are skipped.
	// Antarctica has a code but is a continent that no state governs: it
	// is a place (places.tsv).
	for _, c := range annals.Countries() {
		n := c.Name()
		if !strings.ContainsAny(n, ",()") && c != "ATA" {
			g.add(n, Entry{Kind: CountryName, Name: n, Country: c, Historical: historical[c], Since: since[c]})
		}
	}
	for row := range rows("places.tsv") {
		if len(row) < 3 {
			continue
		}
		c := annals.Country(row[1])
		if !c.Valid() {
			c = ""
		}
		first := ""
		for p := range split(row[0]) {
			if first == "" {
				first = p
			}
			short := p != first && oneWord(p) && !oneWord(first)
			g.add(p, Entry{Kind: Place, Name: first, Country: c, Sub: row[2], short: short})
		}
	}
	for row := range rows("orgs.tsv") {
		if len(row) < 4 {
			continue
		}
		c := annals.Country(row[2])
		if !c.Valid() {
			c = ""
		}
		canon := strings.TrimPrefix(row[0], "=")
		e := Entry{Kind: Org, Name: canon, Country: c, Sub: row[3]}
		g.orgs[canon] = e
		for _, p := range orgForms(row[0], row[1]) {
			g.add(p, e)
		}
	}
	for row := range rows("roles.tsv") {
		if len(row) < 2 {
			continue
		}
		flags := ""
		if len(row) > 2 {
			flags = row[2]
		}
		abbr := strings.Contains(flags, "abbr")
		head := strings.Contains(flags, "head")
		var c annals.Country
		var also []annals.Country
		if len(row) > 3 {
			for i, f := range strings.Fields(row[3]) {
				if !annals.Country(f).Valid() {
					continue
				}
				if i == 0 {
					c = annals.Country(f)
				} else {
					also = append(also, annals.Country(f))
				}
			}
		}
		for p := range split(row[0]) {
			e := Entry{Kind: Role, Name: row[1], Head: head, Country: c, AlsoIn: also, anyCase: !abbr}
			if abbr {
				p = "=" + p
			}
			g.add(p, e)
			if !abbr {
				e.Plural = true
				g.add(plural(p), e)
			}
		}
	}
	g.rootNext = token.NewDict(g.root.next) // the root is complete
	return g
}

// addTowns fills the town trie from data/cities.tsv, leaving out every
// name another list matches in full: the hand-made lists keep priority.
func (g *Gazetteer) addTowns() {
	g.towns = &node{next: map[string]*node{}}
	g.town1 = make(map[string]int32, 24000)
	g.town1s = make([]Entry, 0, 24000)
	g.townStarts = new([1 << 12]uint64)
	var toks []token.Token // reused: names of several words, tokenized once each
	for row := range rows("cities.tsv") {
		if len(row) < 3 {
			continue
		}
		c := annals.Country(row[1])
		if !c.Valid() {
			continue
		}
		// Each form is its own name: news writes "Merida" and "Rafah"
		// where GeoNames has "Mérida" and "Rafaḩ".
		for p := range split(row[0]) {
			e := Entry{Kind: Place, Name: p, Country: c, Sub: "town", PersonName: len(row) > 3 && row[3] == "person"}
			if oneWord(p) {
				// Most towns: a map entry, with no tokenizing or trie node.
				l := strings.ToLower(p)
				if _, ok := g.root.next[l]; ok {
					continue // another list has a phrase opening with it
				}
				if _, ok := g.town1[l]; !ok {
					g.town1[l] = int32(len(g.town1s))
					g.town1s = append(g.town1s, e)
					g.markTown(l)
				}
				continue
			}
			// Town names carry no "=" (exact case) mark.
			toks = token.Append(toks[:0], p, 0)
			if len(toks) == 0 {
				continue
			}
			if n, _ := g.lookupAny(toks); n == len(toks) {
				continue
			}
			g.addToks(g.towns, toks, e)
		}
	}
}

// oneWord reports whether a name is one token of letters (ASCII or not)
// with no mark that the tokenizer could split on.
func oneWord(p string) bool {
	for _, r := range p {
		if r < 128 && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
		if r >= 128 && !unicode.IsLetter(r) {
			return false
		}
	}
	return p != ""
}

// lookupAny returns the length of the longest phrase of the other lists
// that opens toks, whatever the case of its words.
func (g *Gazetteer) lookupAny(toks []token.Token) (n int, nd *node) {
	nd = g.root
	for j, t := range toks {
		k := t.Lower
		if j > 0 {
			k = key(k)
		}
		nx := nd.next[k]
		if nx == nil {
			break
		}
		nd = nx
		if len(nd.entries) > 0 {
			n = j + 1
		}
	}
	return n, nd
}

// plural forms the plural of a role phrase: the head noun, which is the
// last word unless an "of" phrase follows it ("ministers of defence").
func plural(p string) string {
	words := strings.Fields(p)
	k := len(words) - 1
	for i, w := range words {
		if w == "of" || w == "for" {
			k = i - 1
			break
		}
	}
	if k < 0 {
		return p
	}
	w := words[k]
	switch {
	case strings.HasSuffix(w, "man"):
		w = strings.TrimSuffix(w, "man") + "men"
	case strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ey"):
		w = strings.TrimSuffix(w, "y") + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch"):
		w += "es"
	default:
		w += "s"
	}
	words[k] = w
	return strings.Join(words, " ")
}

// orgForms returns the forms of an organisation's row: its name and
// aliases, each also in the other spelling of English ("Organisation for
// Security and Cooperation in Europe", "World Food Program"), and each
// exact acronym of four letters or more that is said as a word also in
// title case, as the British press writes it ("Nato", "Ecowas").
func orgForms(name, aliases string) []string {
	var out []string
	seen := map[string]bool{}
	addForm := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for p := range split(name + "|" + aliases) {
		addForm(p)
		if a, ok := strings.CutPrefix(p, "="); ok {
			if len(a) >= 4 && !titleCaseClash[a] && strings.IndexFunc(a, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0 {
				addForm("=" + a[:1] + strings.ToLower(a[1:]))
			}
			continue
		}
		for _, v := range spellingVariants(p) {
			addForm(v)
		}
	}
	return out
}

// titleCaseClash are acronyms whose title-case form is also a name or a
// word of its own ("Mena", "Isis", "Pana").
var titleCaseClash = map[string]bool{"MENA": true, "ISIS": true, "PANA": true}

// spellingPairs are the words of organisations' names that American and
// British English spell apart.
// "Defence" and "Labour" are left out: a state's own body keeps its
// spelling ("Department of Defence" is Australia's, not America's).
var spellingPairs = [][2]string{{"Organization", "Organisation"}, {"Cooperation", "Co-operation"},
	{"Center", "Centre"}, {"Program", "Programme"}}

// spellingVariants returns p with the words of spellingPairs in every
// mix of the two spellings, leaving out p itself.
func spellingVariants(p string) []string {
	forms := []string{p}
	for _, pair := range spellingPairs {
		for _, f := range forms {
			for _, v := range []string{replaceWord(f, pair[0], pair[1]), replaceWord(f, pair[1], pair[0])} {
				if !slices.Contains(forms, v) {
					forms = append(forms, v)
				}
			}
		}
	}
	return forms[1:]
}

// replaceWord replaces the whole words old of s with new.
func replaceWord(s, old, new string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if w == old {
			words[i] = new
		}
	}
	return strings.Join(words, " ")
}

// split yields the non-blank "|"-separated forms of a field.
func split(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for p := range strings.SplitSeq(s, "|") {
			if p = strings.TrimSpace(p); p != "" && !yield(p) {
				return
			}
		}
	}
}

// rows yields the tab-separated fields of each line of an embedded TSV
// file, skipping comments and blank lines. The slice is reused from row to
// row (its strings are not): callers keep fields, never the slice. The
// files are part of the binary, so a read error is a build defect.
func rows(name string) iter.Seq[[]string] {
	b, err := data.ReadFile("data/" + name)
	if err != nil {
		panic("gazetteer: embedded " + name + ": " + err.Error())
	}
	return func(yield func([]string) bool) {
		var row []string
		for line := range strings.SplitSeq(string(b), "\n") {
			line = strings.TrimRight(line, "\r")
			if line == "" || line[0] == '#' {
				continue
			}
			row = row[:0]
			for f := range strings.SplitSeq(line, "\t") {
				row = append(row, f)
			}
			if !yield(row) {
				return
			}
		}
	}
}

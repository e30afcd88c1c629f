package extract

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
)

// personRec accumulates what the text says about one person.
type personRec struct {
	name     string // full name as first written, white space normalised
	last     string // surname: the last token of the name
	country  annals.Country
	role     string
	head     bool
	mentions []string
	count    int
}

// speechVerbs after a capitalised name mark it as a person ("X said"), the
// classic contextual cue of rule-based NER (Wacholder et al., 1997).
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "reports": true,
	"reported": true, "asked": true, "stated": true, "explained": true,
	"announced": true, "noted": true, "wrote": true, "declared": true,
	"insisted": true, "warned": true, "stressed": true, "thanked": true,
	"urged": true, "replied": true, "argued": true, "tells": true,
}

// honorifics are stripped from names; they mark a person without giving a
// role.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "dame": true, "madame": true, "mme": true, "prof": true}

// particles may sit inside a name between capitalised parts ("Daniel arap
// Moi", "Osama bin Laden", "Ursula von der Leyen").
var particles = map[string]bool{"arap": true, "bin": true, "ibn": true, "al": true, "el": true, "de": true, "da": true, "di": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "dos": true, "du": true}

// notName are capitalised words that start sentences or headings and
// never start or continue a person's name.
var notName = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an in on at but and or if as it he she they we i our his her their
	this that these those there here what when where why how who whom mid wide earlier later meanwhile however
	after before during since while also both some many most all no not yes one two three four five six seven
	eight nine ten january february march april may june july august september october november december monday
	tuesday wednesday thursday friday saturday sunday soundbite storyline mr mrs ms dr sir by for with from to
	of about over under between among against than then so such its my your you me us them new old
	world war ii iii iv islands island north south east west northern southern eastern western central
	minister ministers president foreign defence defense prime secretary state party government news
	agency ministry city street press conference`) {
		notName[w] = true
	}
}

// nameAt returns the end of a name candidate starting at token k of s:
// capitalised words not covered by another mention, with internal
// particles, initials ("J.") and hyphenated parts. 0 when none.
func nameAt(s *mention.Sentence, k int) int {
	toks := s.Toks
	isPart := func(x int) bool {
		t := toks[x]
		return t.Kind == token.Word && t.IsCap() && !t.IsAllCaps() && !notName[t.Lower] && !s.Covered(x)
	}
	if k >= len(toks) || !isPart(k) {
		return 0
	}
	j := k + 1
	for j < len(toks) && j-k < 6 {
		switch {
		case isPart(j):
			j++
		case particles[toks[j].Lower] && j+1 < len(toks) && isPart(j+1):
			j += 2
		case particles[toks[j].Lower] && j+2 < len(toks) && joined(toks, j+1) && isPart(j+2):
			j += 3 // "Omar al-Bashir"
		case joined(toks, j) && (isPart(j+1) || toks[j+1].Kind == token.Word && !s.Covered(j+1)):
			j += 2 // "Abdul-Aziz", "Ban Ki-moon"
		case toks[j].Text == "." && len(toks[j-1].Text) == 1 && j+1 < len(toks) && isPart(j+1):
			j++ // the dot of an initial
		default:
			return j
		}
	}
	return j
}

// joined reports whether toks[j] is a hyphen written solid between two
// words ("Ki-moon", "al-Bashir").
func joined(toks []token.Token, j int) bool {
	return j > 0 && j+1 < len(toks) && toks[j].Text == "-" && toks[j].Begin == toks[j-1].End && toks[j+1].Begin == toks[j].End && toks[j+1].Kind == token.Word
}

// nameText returns the name of tokens [i, j) as written, white space
// collapsed to single spaces (wrapped wire copy breaks names across lines).
func nameText(text string, toks []token.Token, i, j int) string {
	var b strings.Builder
	for x := i; x < j; x++ {
		if x > i && strings.ContainsAny(text[toks[x-1].End:toks[x].Begin], " \t\r\n") {
			b.WriteByte(' ')
		}
		b.WriteString(toks[x].Text)
	}
	return b.String()
}

// findPersons runs the person rules over every sentence, then resolves
// bare surnames and repeated names against the persons found.
func (d *doc) findPersons() {
	for _, s := range d.sents {
		d.personsIn(s)
		s.Flush()
	}
	// Single-word names that are the surname of a full name are that
	// person ("President Obama" after "Barack Obama").
	for _, s := range d.sents {
		for k := 0; k < len(s.Toks); k++ {
			if s.Covered(k) {
				continue
			}
			j := nameAt(s, k)
			if j == 0 {
				continue
			}
			if p := d.lookupPerson(nameText(d.text, s.Toks, k, j)); p >= 0 {
				d.addPersonMention(s, k, j, p)
			}
			k = j - 1
		}
		s.Flush()
	}
	d.mergeSurnames()
	d.resolvePronouns()
}

// resolvePronouns links a subject "he" or "she" to a person: the first
// person named earlier in the same sentence, else the first person of the
// previous sentence. That is the subject-preference heuristic of simple
// anaphora resolvers (Hobbs 1978 and its shallow successors), adequate
// for the short, subject-centred sentences of news copy. The link does
// not count as a mention.
func (d *doc) resolvePronouns() {
	prevFirst := -1
	for _, s := range d.sents {
		first, firstAt := -1, -1
		for _, m := range s.Ments {
			if m.Kind == mention.Person && !s.Quoted[m.I] && d.persons[m.PersonIndex] != nil {
				first, firstAt = m.PersonIndex, m.I
				break
			}
		}
		for k, t := range s.Toks {
			if (t.Lower != "he" && t.Lower != "she") || s.Quoted[k] {
				continue
			}
			p := prevFirst
			if first >= 0 && firstAt < k {
				p = first
			}
			if p >= 0 {
				s.Add(mention.Mention{Kind: mention.Person, I: k, J: k + 1, PersonIndex: p, Pronoun: true})
			}
		}
		s.Flush()
		if first >= 0 {
			prevFirst = first
		}
	}
}

// personsIn applies the pattern rules to one sentence.
func (d *doc) personsIn(s *mention.Sentence) {
	toks := s.Toks
	// In a title-case line ("Foreign Ministers Hold Last Talks Before G8
	// Summit") capitals carry no name signal; only known names count.
	titleCase := isTitleCase(toks)
	for k := 0; k < len(toks); k++ {
		if s.Covered(k) {
			continue
		}
		j := nameAt(s, k)
		if j == 0 {
			continue
		}
		if k >= 2 && j-k >= 3 && toks[k-1].Lower == "the" && toks[k-2].Lower == "of" {
			// "Comptroller of the Currency Robert Bench": the first word
			// ends the title's institution.
			k++
		}
		if k >= 2 && j-k >= 3 && toks[k-1].Lower == "of" {
			if x := s.Ending(k - 1); x >= 0 && s.Ments[x].Kind == mention.Role {
				// "Minister of National Defence Peter MacKay": the name is
				// the last two words, the rest names the ministry.
				k = j - 2
			}
		}
		name := nameText(d.text, toks, k, j)
		if orgHeads[toks[j-1].Lower] || d.orgPrefix(name) {
			k = j - 1 // "Waseda University" is an organisation
			continue
		}
		role, country, plural, ok := d.titleBefore(s, k)
		if titleCase {
			ok = false
		}
		switch {
		case titleCase:
		case ok:
		case k == 1 && toks[0].Lower == "by" && j-k >= 2:
			ok = true // a by-line: "By Claudette Roulo"
		case k >= 2 && toks[k-1].Lower == "'s" && d.agencyBefore(s, k-1) && j-k >= 2:
			ok = true // a reporter: "VOA's Heda Bayron"
		case honorificBefore(toks, k):
			ok = true
		case j < len(toks) && speechVerbs[toks[j].Lower] && (j-k >= 2 || d.lookupPerson(name) >= 0):
			ok = true
		case j+1 < len(toks) && toks[j].Text == ",":
			role, country, ok = d.titleAfter(s, j+1)
		}
		if !ok && d.lookupPerson(name) >= 0 {
			ok = true
		}
		if !ok {
			k = j - 1
			continue
		}
		if !plural && country == "" && role != "" {
			country = d.governingCountry(s, k, role)
		}
		p := d.addPerson(name, role, country)
		d.addPersonMention(s, k, j, p)
		// A plural title governs a coordinated list: "Defence Ministers
		// Sergei Shoigu and Itsunori Onodera" gives both the role.
		if plural {
			x := j
			for x+1 < len(toks) && (toks[x].Lower == "and" || toks[x].Text == ",") {
				y := nameAt(s, x+1)
				if y == 0 {
					break
				}
				q := d.addPerson(nameText(d.text, toks, x+1, y), role, "")
				d.addPersonMention(s, x+1, y, q)
				x = y
			}
			j = x
		}
		k = j - 1
	}
}

// isTitleCase reports whether a sentence that does not end like one (a
// headline or caption) has four or more words, most of them capitalised:
// title case, where capitals carry no name signal.
func isTitleCase(toks []token.Token) bool {
	if n := len(toks); n == 0 || toks[n-1].Text == "." || toks[n-1].Text == "!" || toks[n-1].Text == "?" || toks[n-1].Text == "\"" {
		return false // prose: a sentence that ends like one
	}
	words, caps := 0, 0
	for _, t := range toks {
		if t.Kind != token.Word || len(t.Text) < 3 {
			continue
		}
		words++
		if t.IsCap() {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// agencyBefore reports whether a news organisation mention ends at token
// k ("VOA" in "VOA's Heda Bayron").
func (d *doc) agencyBefore(s *mention.Sentence, k int) bool {
	x := s.Ending(k)
	return x >= 0 && s.Ments[x].Kind == mention.Org && s.Ments[x].Entry.Sub == "news agency"
}

// orgPrefix reports whether name starts the name of an organisation of the
// document ("Allegheny International" of "Allegheny International Inc").
func (d *doc) orgPrefix(name string) bool {
	for _, o := range d.orgNames {
		if len(o) > len(name) && o[len(name)] == ' ' && strings.HasPrefix(o, name) {
			return true
		}
	}
	return false
}

func honorificBefore(toks []token.Token, k int) bool {
	if k > 0 && honorifics[toks[k-1].Lower] {
		return true
	}
	return k > 1 && toks[k-1].Text == "." && honorifics[toks[k-2].Lower]
}

// titleBefore reads a title right before token k: a role ("Foreign
// Minister"), optionally preceded by a state ("Russian FM", "Japan's prime
// minister", "US President"), or "counterpart", which takes the role of
// the person the sentence pairs it with ("Lavrov and Japanese counterpart
// Fumio Kishida"). The comma form "the foreign minister, Sergei Lavrov" is
// accepted too.
func (d *doc) titleBefore(s *mention.Sentence, k int) (role string, country annals.Country, plural, ok bool) {
	end := k
	if end > 0 && s.Toks[end-1].Text == "," {
		end--
	}
	x := s.Ending(end)
	if x < 0 || s.Ments[x].Kind != mention.Role {
		x = roleWithComplement(s, end)
	}
	if x >= 0 && s.Ments[x].Kind == mention.Role {
		m := s.Ments[x]
		c := d.countryBefore(s, m.I)
		if c == "" {
			c = m.Entry.Country
		}
		return m.Entry.Name, c, m.Entry.Plural, true
	}
	if end > 0 && (s.Toks[end-1].Lower == "counterpart" || s.Toks[end-1].Lower == "counterparts") {
		role := ""
		for _, m := range s.Pending() { // persons of this sentence so far, in order
			if m.Kind == mention.Person && m.J <= end-1 {
				role = d.persons[m.PersonIndex].role
			}
		}
		return role, d.countryBefore(s, end-1), false, true
	}
	return "", "", false, false
}

// roleWithComplement finds a role followed by a short prepositional
// complement ending at token end: "minister of state in the presidency
// Balaki Kirya", "ambassador to the EU Maria Lopez". -1 when none.
func roleWithComplement(s *mention.Sentence, end int) int {
	for n := 2; n <= 4; n++ {
		b := end - n
		if b < 1 {
			break
		}
		p := s.Toks[b].Lower
		if p != "in" && p != "of" && p != "for" && p != "to" {
			continue
		}
		x := s.Ending(b)
		if x < 0 || s.Ments[x].Kind != mention.Role {
			continue
		}
		ok := !prepositions[s.Toks[end-1].Lower]
		for y := b + 1; y < end; y++ {
			t := s.Toks[y]
			// "of" complements name a ministry in capitals ("Minister of
			// Information"); others must be lower case or known names.
			if t.Kind != token.Word || (t.IsCap() && !s.Covered(y) && p != "of") {
				ok = false
			}
		}
		if ok {
			return x
		}
	}
	return -1
}

var prepositions = map[string]bool{"at": true, "in": true, "of": true, "for": true, "to": true, "from": true, "with": true, "by": true, "on": true}

// titleAfter reads an appositive title starting at token k: "Barack Obama,
// US President" or "Sergei Lavrov, Russia's foreign minister".
func (d *doc) titleAfter(s *mention.Sentence, k int) (string, annals.Country, bool) {
	if k < len(s.Toks) && (s.Toks[k].Lower == "the" || s.Toks[k].Lower == "a") {
		k++
	}
	var c annals.Country
	if x := s.At(k); x >= 0 && s.Ments[x].Kind == mention.Country {
		c = s.Ments[x].Country
		k = s.Ments[x].J
		if k < len(s.Toks) && s.Toks[k].Lower == "'s" {
			k++
		}
	}
	if x := s.At(k); x >= 0 && s.Ments[x].Kind == mention.Role && !s.Ments[x].Entry.Plural {
		if j := s.Ments[x].J; j < len(s.Toks) && s.Toks[j].Kind == token.Word && s.Toks[j].IsCap() && !s.Covered(j) {
			return "", "", false // "X, Argentine Foreign Minister Y said": the title is Y's
		}
		return s.Ments[x].Entry.Name, c, true
	}
	return "", "", false
}

// countryBefore returns the state named right before token k: a demonym
// or name ("Russian", "Pakistan") or a possessive ("Russia's").
func (d *doc) countryBefore(s *mention.Sentence, k int) annals.Country {
	if k > 0 && s.Toks[k-1].Lower == "'s" {
		k--
	}
	if x := s.Ending(k); x >= 0 && s.Ments[x].Kind == mention.Country && !s.Ments[x].Entry.Historical {
		return s.Ments[x].Country
	}
	return ""
}

// governingCountry gives an office holder without a stated country the
// state that is the subject of the same sentence before the name: "Russia
// has been expanding its trade ties and President Vladimir Putin has
// sought ..." makes Putin Russia's president; "Germany pledged aid ...,
// Foreign Minister Heiko Maas said" makes Maas Germany's. A state after a
// preposition ("relations with Japan") is an object, not the subject, and
// does not count; two candidate states give none.
func (d *doc) governingCountry(s *mention.Sentence, k int, role string) annals.Country {
	var c annals.Country
	object := false // the previous state was an object
	for _, m := range s.Ments {
		if m.J > k {
			break
		}
		if m.Kind != mention.Country || m.Demonym || m.Entry.Historical {
			continue
		}
		if m.I > 0 {
			p := s.Toks[m.I-1].Lower
			// "between Argentina and Brazil": a conjunct shares the role
			// of the state before it.
			if objectPreps[p] || object && (p == "and" || p == "or" || p == ",") {
				object = true
				continue
			}
		}
		object = false
		if c != "" && c != m.Country {
			return "" // two candidate states: the text does not say which
		}
		c = m.Country
	}
	return c
}

var headRoles = map[string]bool{"President": true, "Prime Minister": true, "King": true, "Queen": true, "Chancellor": true, "Emperor": true}

var objectPreps = map[string]bool{"with": true, "to": true, "against": true, "from": true, "between": true, "on": true, "over": true, "by": true, "in": true, "toward": true, "towards": true, "of": true, "for": true}

// lookupPerson returns the index of the person named name (full name or
// surname), or -1.
func (d *doc) lookupPerson(name string) int {
	if p, ok := d.byName[name]; ok {
		return p
	}
	for i, p := range d.persons {
		if p.last == name && p.name != name && strings.Contains(p.name, " ") {
			return i
		}
	}
	return -1
}

// addPerson records a person or updates the one of the same name with a
// role or country it lacked.
func (d *doc) addPerson(name, role string, c annals.Country) int {
	p, ok := d.byName[name]
	if !ok {
		if q := d.lookupPerson(name); q >= 0 && !strings.Contains(name, " ") {
			p, ok = q, true
		}
	}
	if !ok {
		f := strings.Fields(name)
		d.persons = append(d.persons, &personRec{name: name, last: f[len(f)-1]})
		p = len(d.persons) - 1
		d.byName[name] = p
	}
	r := d.persons[p]
	if r.role == "" && role != "" {
		r.role = role
		r.head = headRoles[role]
	}
	if r.country == "" && c != "" {
		r.country = c
	}
	return p
}

// addPersonMention records the mention of person p at tokens [i, j).
func (d *doc) addPersonMention(s *mention.Sentence, i, j, p int) {
	s.Add(mention.Mention{Kind: mention.Person, I: i, J: j, PersonIndex: p})
	r := d.persons[p]
	r.count++
	m := nameText(d.text, s.Toks, i, j)
	for _, x := range r.mentions {
		if x == m {
			return
		}
	}
	r.mentions = append(r.mentions, m)
}

// mergeSurnames folds a one-word person into the full name ending in that
// word, found later in the text ("Obama ... Barack Obama").
func (d *doc) mergeSurnames() {
	for i, p := range d.persons {
		if p == nil || strings.Contains(p.name, " ") {
			continue
		}
		for j, q := range d.persons {
			if q == nil || i == j || q.last != p.name || !strings.Contains(q.name, " ") {
				continue
			}
			q.count += p.count
			q.mentions = append(q.mentions, p.mentions...)
			if q.role == "" {
				q.role, q.head = p.role, p.head
			}
			if q.country == "" {
				q.country = p.country
			}
			d.persons[i] = nil
			for _, s := range d.sents {
				for k := range s.Ments {
					if s.Ments[k].Kind == mention.Person && s.Ments[k].PersonIndex == i {
						s.Ments[k].PersonIndex = j
					}
				}
			}
			break
		}
	}
}

// Package person finds the persons of an article: names after a title
// ("Foreign Minister Sergei Lavrov", "Russian FM ...", "Defence Ministers
// X and Y"), in apposition ("X, US President"), before a speech verb ("X
// said"), after an honorific, in by-lines and as an agency's reporter; it
// gives each the role and state the text states (a state adjective before
// the title, a title only one state uses, or the one state the sentence
// has as subject), resolves later surname mentions and subject pronouns,
// and records every mention as a Person mention of the sentence.
//
// Names are capitalised word runs (with particles such as "arap", "al-",
// initials and hyphens) that no gazetteer entry covers; title-case
// headlines carry no name signal. The rules are those of classic
// rule-based named-entity recognition (contextual cues around capitalised
// sequences, Wacholder et al. 1997), kept deliberately conservative: a
// capitalised pair with no cue is not a person.
package person

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
	"github.com/annals-project/annals/extract/trigger"
	"golang.org/x/text/unicode/norm"
)

// Person is what the text says about one person.
type Person struct {
	Name    string // full name as first written, white space normalised
	Last    string // surname: the last token of the name
	Country annals.Country
	Role    string
	Head    bool // a head of state or government
	Former  bool // the role is one held before ("former President")
	Acting  bool // the role is held in an acting capacity ("Acting Secretary of Defense")
	// Written is the title as the story writes it when it names more
	// than Role does: the body a spokesperson speaks for ("Foreign
	// Ministry spokesman", "Deputy Pentagon Press Secretary"). "" when
	// Role says it all.
	Written  string
	Mentions []string // surface forms, in order of first use
	Count    int      // mentions by name (pronouns not counted)
}

// table is the working state of Find.
type table struct {
	text     string
	sents    []*mention.Sentence
	people   []*Person
	byName   map[string]int
	orgNames []string
	filed    annals.Country    // the state of the dateline, if any
	next     *mention.Sentence // the sentence after the one being read, or nil
	// admins are the one-word names read only before "administration"
	// ("the Sagasti administration"), persons once the text names them
	// alone too ("Sagasti said").
	admins map[string]bool
	// bareNames caches lostApostrophe's answer for each name it read,
	// so that the text is searched once per name.
	bareNames map[string]string
	// hosts are the states guessed for persons met on a visit (see
	// hostState), given only to those the story gives no other state.
	hosts map[int]annals.Country
	// former is set by titleBefore when the title it read is a past
	// one ("former President Ana Ruiz"), and read by the next addPerson.
	former bool
	// acting and written are set by titleBefore as former is: the title
	// is held in an acting capacity, and the title as the story writes it
	// (see Person.Written).
	acting  bool
	written string
	// listedCredit is the role creditListed found.
	listedCredit string
	// styled marks the persons named after a Malay style (malayStyled),
	// set once every name is found.
	styled map[int]bool
}

// Find runs the person rules over the sentences of text, adding a Person
// mention to each sentence for every name, surname or subject pronoun
// found. orgNames are the organisations already found, so that
// "Allegheny International said" after "Allegheny International Inc" is
// not taken for a person. The result is indexed by Mention.PersonIndex;
// entries folded into another person (a surname seen before the full
// name) are nil. Persons are in order of first mention. filed is the
// state of the story's dateline ("" if none): a title's usual state
// (roles.tsv: "Home Secretary" is British) does not hold in a story filed
// from another state that uses the same title.
func Find(text string, sents []*mention.Sentence, orgNames []string, filed annals.Country) []*Person {
	t := &table{text: text, sents: sents, byName: map[string]int{}, orgNames: orgNames, filed: filed}
	t.find()
	return t.people
}

// find runs the person rules over every sentence, then resolves bare
// surnames and repeated names against the persons found.
func (t *table) find() {
	for i, s := range t.sents {
		t.next = nil
		if i+1 < len(t.sents) {
			t.next = t.sents[i+1]
		}
		demonymSurnames(s)
		placeSurnames(s)
		t.personsIn(s)
		t.capsNames(s)
		t.creditList(s)
		t.counterpartStates(s)
		s.Flush()
	}
	// Single-word names that are the surname of a full name are that
	// person ("President Obama" after "Barack Obama"), a people's noun
	// among them ("Turk said" after "Volker Turk"); so is the given name
	// of a Malay name (see givenFirstStates).
	t.styled = t.malayStyled()
	for _, s := range t.sents {
		dropped := false
		for x, m := range s.Ments {
			if m.Kind == mention.Country && m.J-m.I == 1 && surnameDemonyms[s.Toks[m.I].Text] && t.lookupPerson(s.Toks[m.I].Text) >= 0 {
				s.Drop(x)
				dropped = true
			}
		}
		if dropped {
			s.Flush()
		}
		for k := 0; k < len(s.Toks); k++ {
			if s.Covered(k) {
				continue
			}
			j := nameAt(s, k)
			if j == 0 {
				continue
			}
			name := mention.Text(t.text, s.Toks, k, j)
			p := t.lookupPerson(name)
			if p < 0 && t.admins[name] && rulerNoun(s, k, j) == "" && (k == 0 || !determiners[s.Toks[k-1].Lower]) {
				// "the Biden administration ... Biden opened the
				// summit": the president named alone is a person.
				p = t.addPerson(name, "", "")
			}
			if p >= 0 {
				t.addPersonMention(s, k, j, p)
			}
			k = j - 1
		}
		s.Flush()
	}
	for p, c := range t.hosts {
		if t.people[p] != nil && t.people[p].Country == "" {
			t.people[p].Country = c
		}
	}
	t.mergeSurnames()
	t.filedSpokespersons()
	t.resolvePronouns()
}

// filedSpokespersons gives a spokesperson the story names no state for
// ("Foreign Ministry spokesman Ana Ruiz said", "attributable to
// Spokesperson Ana Ruiz") the state of the dateline: a spokesperson
// speaks for a government body, and a body named without a state in a
// story filed from a state is that state's. Only when the sentence that
// first names the person names no other state or place of another state,
// which may be the one the spokesperson speaks for ("a Hamas spokesman
// in Gaza").
func (t *table) filedSpokespersons() {
	if t.filed == "" {
		return
	}
	first := make([]bool, len(t.people))
	aboutFiled := t.aboutFiledState()
	for _, s := range t.sents {
		for _, m := range s.Ments {
			if m.Kind != mention.Person || m.Pronoun || m.PersonIndex >= len(t.people) || first[m.PersonIndex] {
				continue
			}
			first[m.PersonIndex] = true
			p := t.people[m.PersonIndex]
			if p == nil || p.Country != "" || !filedOffice(p.Role) || t.namesOtherState(s) {
				continue
			}
			if p.Role != "Spokesperson" && !aboutFiled {
				// "NEW DELHI - In Sri Lanka ... President Ana
				// Ruiz": a correspondent's base is not the state
				// of the offices the story tells of.
				continue
			}
			p.Country = t.filed
		}
	}
}

// aboutFiledState reports whether the story is about the dateline's state
// as much as any other: no other state is named (by name, demonym or a
// place in it) more than twice as often. A story filed from a
// correspondent's base about a neighbour ("NEW DELHI - In Sri Lanka ...")
// names the base once, in its dateline, and the neighbour throughout, so
// the offices it names without a state are the neighbour's as often as
// the base's. One pass over the mentions, once per story.
func (t *table) aboutFiledState() bool {
	counts := map[annals.Country]int{}
	for _, s := range t.sents {
		for _, m := range s.Ments {
			if (m.Kind == mention.Country || m.Kind == mention.Place) && m.Country != "" {
				counts[m.Country]++
			}
		}
	}
	for c, n := range counts {
		if c != t.filed && n > 2*counts[t.filed] {
			return false
		}
	}
	return true
}

// filedOffice reports whether role is a government office that the
// dateline's state gives when the story names none.
func filedOffice(role string) bool {
	switch role {
	case "Spokesperson", "Minister", "President", "Prime Minister", "King", "Queen", "Emperor", "Chancellor", "Speaker", "Vice President", "Deputy Prime Minister":
		return true
	}
	return strings.HasSuffix(role, " Minister")
}

// namesOtherState reports whether s names a state, or a place in a state,
// other than the dateline's.
func (t *table) namesOtherState(s *mention.Sentence) bool {
	for _, m := range s.Ments {
		if (m.Kind == mention.Country || m.Kind == mention.Place) && m.Country != "" && m.Country != t.filed {
			return true
		}
	}
	return false
}

// resolvePronouns links a subject "he" or "she" to a person. A pronoun
// after a person of its own sentence is that sentence's subject: the first
// person it names or refers to. A pronoun before any person of its
// sentence is the subject of the previous sentence that had one, resolved
// through its own pronoun if it had one, so that a chain of "he"s keeps
// to the person it began with when an object ("met with Brown") is named
// in between. When that person's gender, learnt from earlier links,
// disagrees with the pronoun, it is the first person of agreeing (or
// unknown) gender named earlier in the sentence, else in the last
// sentence that named any. That is the subject preference of simple
// anaphora resolvers (Hobbs 1978 and its shallow successors; the
// "centering" of Grosz, Joshi and Weinstein 1995), adequate for the
// short, subject-centred sentences of news copy. The link does not count
// as a mention.
func (t *table) resolvePronouns() {
	prevSubj := -1
	var prevNamed []int        // persons named by the last sentence that named any
	gender := map[int]string{} // person → "he" or "she", from earlier links
	seen := map[int]bool{}     // persons named so far
	agrees := func(p int, pron string) bool {
		g, ok := gender[p]
		return !ok || g == pron
	}
	for _, s := range t.sents {
		first, subj := -1, -1 // first named person, first person of any kind
		var named []int
		x := 0 // next mention of s.Ments to read
		for k := range s.Toks {
			tok := &s.Toks[k]
			for ; x < len(s.Ments) && s.Ments[x].I <= k; x++ {
				m := s.Ments[x]
				if m.Kind == mention.Role && !s.Quoted[m.I] {
					// "The Secretary will continue to Seoul. She will
					// meet ...": a title used as a name stands for its
					// one holder.
					if p := t.titleHolder(s, m, seen); p >= 0 {
						m = mention.Mention{Kind: mention.Person, I: m.I, J: m.J, PersonIndex: p}
					}
				}
				if m.Kind != mention.Person || m.Pronoun || s.Quoted[m.I] || t.people[m.PersonIndex] == nil {
					continue
				}
				seen[m.PersonIndex] = true
				if !slices.Contains(named, m.PersonIndex) {
					named = append(named, m.PersonIndex)
				}
				if first < 0 {
					first = m.PersonIndex
					if subj < 0 {
						subj = first
					}
				}
			}
			if (tok.Lower != "he" && tok.Lower != "she") || s.Quoted[k] {
				continue
			}
			p := -1
			switch {
			case subj >= 0 && agrees(subj, tok.Lower):
				p = subj
			case first >= 0:
				p = firstAgreeing(named, tok.Lower, agrees)
			case prevSubj >= 0 && agrees(prevSubj, tok.Lower):
				p = prevSubj
			case len(prevNamed) > 0:
				p = firstAgreeing(prevNamed, tok.Lower, agrees)
			}
			if p < 0 {
				continue
			}
			s.Add(mention.Mention{Kind: mention.Person, I: k, J: k + 1, PersonIndex: p, Pronoun: true})
			if _, ok := gender[p]; !ok {
				gender[p] = tok.Lower
			}
			if subj < 0 {
				subj = p
			}
		}
		s.Flush()
		if len(named) > 0 {
			prevNamed = named
		}
		if subj >= 0 {
			prevSubj = subj
		}
	}
}

// titleHolder returns the one person whose office a title used without
// a name refers to, for the pronoun resolver: "the Secretary" after
// "Secretary of State Ana Ruiz", "the minister" after "Foreign Minister
// Ana Ruiz". The title is singular, definite ("the", or "the" and a
// state adjective: "the Chilean minister") and no name follows it; the
// holder's role is the title, or the title names its head ("Secretary"
// of "Secretary of State") or its last word ("Minister" of "Foreign
// Minister"), among the persons named so far (seen). -1 when none or
// several hold it.
func (t *table) titleHolder(s *mention.Sentence, m mention.Mention, seen map[int]bool) int {
	if m.I == 0 || m.Entry.Plural || m.Entry.Name == "" {
		return -1
	}
	det := m.I - 1
	if x := s.Ending(m.I); x >= 0 && s.Ments[x].Kind == mention.Country {
		det = s.Ments[x].I - 1
	}
	if det < 0 || s.Toks[det].Lower != "the" {
		return -1
	}
	if m.J < len(s.Toks) && s.Toks[m.J].Kind == token.Word && s.Toks[m.J].IsCap() {
		return -1 // "the Foreign Minister Sergei Lavrov": the name says who
	}
	title := m.Entry.Name
	found := -1
	for i, p := range t.people {
		if p == nil || p.Role == "" || !seen[i] {
			continue
		}
		if HoldsTitle(p.Role, title) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// HoldsTitle reports whether the holder of role is what a title used
// without a name may refer to: the role itself, its head ("Secretary"
// of "Secretary of State", "Commissioner" of "Commissioner for Energy")
// or its last word ("Minister" of "Foreign Minister"). Both are canonical roles of the gazetteer.
func HoldsTitle(role, title string) bool {
	return role != "" && title != "" && (role == title || strings.HasPrefix(role, title+" of ") || strings.HasPrefix(role, title+" for ") || strings.HasSuffix(role, " "+title))
}

// firstAgreeing returns the first of persons whose gender agrees with
// pron, else the first of persons.
func firstAgreeing(persons []int, pron string, agrees func(int, string) bool) int {
	for _, p := range persons {
		if agrees(p, pron) {
			return p
		}
	}
	return persons[0]
}

// personsIn applies the pattern rules to one sentence.
func (t *table) personsIn(s *mention.Sentence) {
	toks := s.Toks
	// In a title-case line ("Foreign Ministers Hold Last Talks Before G8
	// Summit") capitals carry no name signal; only known names count.
	titleCase := isTitleCase(toks)
	for k := 0; k < len(toks); k++ {
		if s.Covered(k) {
			continue
		}
		if w := toks[k].Text; w == "" || w[0] < utf8.RuneSelf && (w[0] < 'A' || w[0] > 'Z') {
			// Most tokens: neither a spaced style (its initials are
			// capitals) nor a name (see nameAt) starts at a token that
			// opens with an ASCII byte other than a capital; both calls
			// would turn it away.
			continue
		}
		if e := spacedStyleEnd(toks, k); e > k {
			k = e - 1 // "H. E. Ali Bongo": the name starts after the style
			continue
		}
		j := nameAt(s, k)
		if j == 0 {
			continue
		}
		j = loneLineEnd(t.text, toks, k, j)
		j = suffixEnd(t.text, toks, k, j)
		if !titleCase && cutAt(t.text, toks[j-1].End) && proseBefore(t.text, toks[k].Begin) && k > 0 && toks[k-1].Lower != "by" {
			// "... said press secretary Joe Lockha": the text stops in
			// the middle of the name's last word; a cut word is no
			// name, and the rest may be only part of one.
			k = j - 1
			continue
		}
		runStart := k
		if j-k == 1 && honorificsSet.Has(toks[k].Lower) && j < len(toks) && toks[j].Text == "." {
			// "Minister for Trade, Hon. Ana Obi": an abbreviated style
			// opens the name after it; it is no name.
			continue
		}
		if j-k == 1 && joined(toks, j) && s.Covered(j+1) {
			// "Trans-Pacific", "Pan-African": a prefix joined to a
			// place or state that another mention holds is no name.
			k = j - 1
			continue
		}
		if j-k == 1 && officeNouns[toks[k].Lower] && j < len(toks) && toks[j].Lower == "of" {
			// "..., Director of the Peace Corps Jody Olsen": an office
			// with its body, not a name.
			k = j - 1
			continue
		}
		if j-k == 1 && (toks[k].Lower == "deputy" || toks[k].Lower == "vice" || toks[k].Lower == "assistant") && j < len(toks) &&
			roleAt(s, j) {
			// "met Deputy Minister for Foreign Affairs Ana Ruiz", "Deputy
			// U.S. Trade Representative Ana Ruiz": a rank word before an
			// office, or before a state and an office, is part of the
			// title, no name.
			k = j - 1
			continue
		}
		if k > 0 && j-k == 1 && phraseWords[toks[k-1].Lower] && toks[k-1].IsCap() && !s.Covered(k-1) && t.lookupPerson(toks[k].Text) < 0 {
			// "Foreign Affairs", "State Department": one word goes on a
			// phrase that a capitalised common word opened; it is no
			// name ("Defence Peter MacKay" is).
			k = j - 1
			continue
		}
		if k >= 2 && j-k <= 2 && j+1 < len(toks) && toks[j].Lower == "and" && toks[j+1].IsCap() && (toks[k-1].Lower == "of" || toks[k-1].Lower == "for") {
			if x := s.Ending(k - 1); x >= 0 && s.Ments[x].Kind == mention.Role {
				// "Minister of Rural Strategies and Foreign Trade Ana
				// Ruiz": the words before "and" are the portfolio's
				// first item; the name comes after the last.
				k = j - 1
				continue
			}
		}
		portfolio := portfolioRole(s, k)
		switch {
		case portfolio < 0:
		case j-k == 1 && toks[k-1].Text == "," && j < len(toks) && (toks[j].Text == "," || toks[j].Lower == "and"):
			// "Secretary for Security, Democracy, and Rights Ana
			// Ruiz": "Democracy" is an item of the portfolio.
			k = j - 1
			continue
		case j-k >= 3 && toks[k-1].Lower == "and":
			k = j - 2 // the last item runs on into the name
		default:
			portfolio = -1
		}
		if k >= 2 && j-k >= 3 && toks[k-1].Lower == "the" && toks[k-2].Lower == "of" {
			// "Comptroller of the Currency Robert Bench": the first word
			// ends the title's institution.
			if toks[k+1].Kind != token.Word {
				// "vice chairman of the E. F. Hutton firm": initials
				// after "of the" open a firm's name, not a person's.
				k = j - 1
				continue
			}
			k++
		}
		if k >= 2 && j-k >= 3 && (toks[k-1].Lower == "of" || toks[k-1].Lower == "for" && (j == len(toks) || !s.Covered(j) || !toks[j].IsCap())) {
			if x := complementRole(s, k-1); x >= 0 {
				// "Minister of National Defence Peter MacKay", "High
				// Commissioner for Refugees Ana Lind": the name is the
				// last two words, the rest names the ministry; or all
				// the words after the ministry's last word ("Minister
				// for Political Affairs Luhut Binsar Panjaitan").
				k = nameAfterPortfolio(toks, k, j)
			}
		}
		if k0 := officeStart(s, k, j); k0 > k {
			// "Mission Director Herbert Smith": an office the gazetteer
			// does not list, then a given name; the name starts there.
			k = k0
		}
		if institutionWordsSet.Has(toks[j-1].Lower) {
			// "Foreign Ministers Meeting", "the International Economic
			// Policy subcommittee": the run names a body or an event.
			k = j - 1
			continue
		}
		if k0 := institutionEnd(toks, k, j); k0 > k {
			// "Secretary for Foreign Affairs Jan de Wit", "Office of
			// Management and Budget Carl Hinton": the run opens with the
			// last words of an institution's name; the name follows.
			if q := k; portfolio < 0 && q > 0 {
				// "Minister for Defence and Foreign Affairs Ana Ruiz":
				// the institution is the last item of a portfolio list,
				// whose qualifier ("Foreign") may stand before the run.
				if toks[q-1].Kind == token.Word && toks[q-1].IsCap() && !s.Covered(q-1) {
					q--
				}
				portfolio = portfolioRole(s, q)
			}
			k = k0
		}
		officeOf := false
		if k0 := bodyEnd(s, runStart, k, j); k0 > k {
			// "Director of the Peace Corps Jody Olsen", "Head of the
			// National Development Planning Board Sofyan Djalil": the
			// body's name ends the office; its holder follows.
			k, officeOf = k0, true
		}
		if j-k >= 3 && k >= 1 && toks[k-1].Lower == "by" && acronym(toks[j-1].Text) && (j < len(toks) && outletHeads[toks[j].Lower] || lineEnd(t.text, s, j)) {
			// "By Jane Roe DoD News": the by-line's name stops at the
			// outlet's acronym.
			j--
		}
		if c, ok := commenter(t.text, s, t.next, k); ok {
			// "Gloria P." alone on its line above "Oregon, USA": a
			// reader's comment signed with a given name and an initial.
			t.addPersonMention(s, k, k+3, t.addPerson(mention.Text(t.text, toks, k, k+3), "", c))
			k += 2
			continue
		}
		if j-k == 1 && j < len(toks) && toks[j].Kind == token.Number && toks[j-1].End == toks[j].Begin-1 {
			// "Division 12", "Route 9": a word numbered by the figure
			// after it names a unit or a thing, never a person.
			k = j
			continue
		}
		name := dropNickname(mention.Text(t.text, toks, k, j))
		if !titleCase && t.lookupPerson(name) < 0 && !t.orgPrefix(name) {
			switch rulerNoun(s, k, j) {
			case "regime":
				// "the Assad regime": a regime is named for its ruler.
				t.addPersonMention(s, k, j, t.addPerson(name, "", ""))
				k = j - 1
				continue
			case "administration":
				// "the Bush administration" may name an era; its
				// president is a person of the story only when it names
				// him alone as well (see find).
				if t.admins == nil {
					t.admins = map[string]bool{}
				}
				t.admins[name] = true
				k = j - 1
				continue
			}
		}
		if orgHeadsSet.Has(toks[j-1].Lower) || unitHeadsSet.Has(toks[j-1].Lower) || t.orgPrefix(name) && !ofOwnFirm(s, j, name) || nonPerson(toks, k, j) {
			k = j - 1 // "Waseda University" is an organisation
			continue
		}
		role, country, plural, ok := t.titleBefore(s, k)
		if !ok && portfolio >= 0 {
			m := s.Ments[portfolio]
			role, country, plural, ok = m.Entry.Name, t.countryBefore(s, m.I), false, true
			if q := portfolioAnd(s, portfolio, k); q > 0 {
				// "Minister of Trade and Industry Ana Ruiz": the
				// portfolio's last item is part of the title.
				role = mention.Text(t.text, toks, m.I, q)
			}
			if country == "" {
				country = t.titleState(m.Entry)
			}
		}
		if titleCase && ok && !plural && !lineEnd(t.text, s, j) && headlineFullName(s, k, j) {
			// the full name stands
		} else if titleCase && ok && !plural && !lineEnd(t.text, s, j) && headlineSurname(t.text, s, k, j) {
			// "Secretary Rice and President Saleh Talked This Morning",
			// "Arizona Governor Ducey Receives First Vaccine Dose": in a
			// title-case line one word after a person's title, then
			// "and" or the headline's next word, is the holder's surname.
			j = k + 1
			name = mention.Text(t.text, toks, k, j)
		} else if titleCase && ok && !lineEnd(t.text, s, j) {
			// In a title-case line only a title right before the name at
			// the end of the line counts: "Meeting with Foreign Minister
			// Kuleba", not "Foreign Ministers Hold Last Talks".
			ok = false
		}
		if ok && plural && j-k == 1 && j < len(toks) && prepositions[toks[j].Lower] {
			// "the Ministers Responsible for Trade meeting": one word
			// after a plural title and before its complement names the
			// office, not persons (those come as a list: "Ministers
			// Ruiz and Berg").
			ok = false
		}
		if ok && plural && j-k == 1 && !gazetteer.GivenName(toks[k].Lower) && t.lookupPerson(name) < 0 &&
			(j == len(toks) || toks[j].Text == "." || toks[j].Kind == token.Word && !toks[j].IsCap() && toks[j].Lower != "and") {
			// "the Pacific Island Leaders Retreat hosted by Fiji", "met
			// representatives of the Armenian Diaspora.": one word after
			// a plural title that opens no list ("Presidents Ruiz and
			// Berg") names the gathering or the body, not persons.
			ok = false
		}
		if titleCase && ok && k > 0 && toks[k-1].Text == "," {
			// Nor a title before a comma: "Envoy to Meet Asian Leaders,
			// Tour Ports" lists what the headline's subject does.
			ok = false
		}
		titled := ok
		credit := false // a by-line or credit: its role names the person's part in the page, not an office
		switch {
		case !ok && headerName(t.text, s, t.next, k, j):
			// A signature block: the name alone on its line and the
			// title on the next ("Press Statement / Ana K. Berg /
			// Deputy Spokesperson").
			role, t.written, t.acting = headerRole(t.text, s, t.next)
			ok = true
		case k >= 1 && toks[k-1].Lower == "by" && j-k >= 2 && (k == 1 || toks[k-1].Text == "By" && fieldStart(t.text, toks[k-1].Begin) || creditBefore(toks, k-1)):
			// a by-line: "By Claudette Roulo", "Photo by Ana Ruiz"
			ok, role, credit = true, creditRole(toks, k-1), true
		case k >= 3 && j-k >= 2 && (toks[k-1].Lower == "and" || toks[k-1].Text == ",") && !staffWords(toks[k:j]) && t.creditListed(s, k):
			// "By Ana Ruiz, Tom Berg and Li Wen", "Reporting by Ana
			// Ruiz and Tom Berg": the names listed after a by-line's
			// are credited as it is.
			ok, credit = true, true
			role = t.listedCredit
		case k >= 2 && toks[k-1].Text == ":" && creditLabels[toks[k-2].Lower] && fieldStart(t.text, toks[k-2].Begin) && j-k >= 2 && lineEnd(t.text, s, j):
			// a credit line: "Editor: Li Wen", "Photo: Ana Ruiz"
			ok, role, credit = true, creditWordRoles[toks[k-2].Lower], true
		case j-k >= 2 && words(toks[k:j]) <= 3 && (agencyCredit(toks, k, j) || agencyLineCredit(t.text, toks, k, j)):
			// a photo credit in parentheses: "(Xinhua/Li Wen)", "(AP Photo/Ana Ruiz)"
			ok, role, credit = true, "Photographer", true
		case j-k >= 2 && words(toks[k:j]) <= 3 && lineStart(t.text, toks[k].Begin) && photoCredit(t.text, toks, j):
			// a photo credit alone on its line: "Ana Ruiz/AP"
			ok, role, credit = true, "Photographer", true
		case j-k >= 2 && words(toks[k:j]) <= 3 && lineStart(t.text, toks[k].Begin) && !thingHeads[toks[j-1].Lower] && !mention.Language(toks[k].Lower) && signOffPlace(t.text, s, j):
			// (not a menu's "English Websites in China": a language
			// opens no reporter's name)
			// a correspondent's sign-off alone on its line: "Ana Ruiz in Lima"
			ok, role, credit = true, "Correspondent", true
		case k >= 1 && (toks[k-1].Lower == "i'm" || toks[k-1].Lower == "i’m" || k >= 2 && toks[k-2].Text == "I" && toks[k-1].Lower == "am") &&
			words(toks[k:j]) >= 2 && words(toks[k:j]) <= 3 && (j == len(toks) || toks[j].Text == "."):
			ok = true // a reporter's sign-off: "I'm Ana Ruiz."
		case titleCase:
			// A name at the end of a title-case line counts when a
			// given name or a rank opens it: "Photo by Army Sgt. Ana
			// Ruiz".
			ok = ok || (givenNameFirst(s, k, j) || honorificBefore(toks, k) && j-k >= 2) && words(toks[k:j]) <= 3 && lineEnd(t.text, s, j)
		case ok:
		case officeOf:
			ok = true
		case nounBeforeName(toks, k) && words(toks[k:j]) >= 2 && words(toks[k:j]) <= 4:
			ok = true // "senior US official Uzra Zeya", "aide Marvin Nicholson"
		case kinBeforeName(toks, k) && words(toks[k:j]) <= 3 && !thingHeads[toks[j-1].Lower]:
			ok = true // "his 5-month-old son Omar"
		case k >= 2 && toks[k-1].Lower == "'s" && t.agencyBefore(s, k-1) && j-k >= 2:
			ok, role, credit = true, "Correspondent", true // a reporter: "VOA's Heda Bayron"
		case !titleCase && k >= 2 && toks[k-1].Lower == "'s" && words(toks[k:j]) == 2 && gazetteer.GivenName(toks[k].Lower) &&
			s.Ending(k-1) >= 0 && s.Ments[s.Ending(k-1)].Kind == mention.Country && !thingHeads[toks[j-1].Lower]:
			// "Russia's Vladimir Putin": a state's possessive before a
			// given name and a surname.
			ok, country = true, s.Ments[s.Ending(k-1)].Country
		case honorificBefore(toks, k):
			ok = true
			if j+1 < len(toks) && toks[j].Text == "," {
				// "Ms Ana Luza, Minister of Finance of Peru,": an
				// honorific does not hide the apposition's office.
				if r, c, found := t.titleAfter(s, j+1); found {
					role, country = r, c
				}
			}
		case firmNounBefore(toks, k):
			// "at brokerage James Capel", "of stockbroker Hoare Govett":
			// a lower-case noun for a firm names the firm that follows.
		case listedLikePerson(s, k, j):
			ok = true // "Riyad Haddad of Syria, Seko Intchasso of Guinea-Bissau"
		case j < len(toks) && speechVerbs[toks[j].Lower] && (words(toks[k:j]) >= 2 || t.lookupPerson(name) >= 0 || !titleCase && (t.repeatedSurname(s, k, j) || t.heSaidNext(s, k, j))) && (k == 0 || !determiners[toks[k-1].Lower] && toks[k-1].Lower != "to"):
			// Not "the Committee to Protect Journalists said".
			// "Interstate Properties said": a firm's head noun ends the
			// run and no given name opens it.
			ok = !thingHeads[toks[j-1].Lower] || gazetteer.GivenName(toks[k].Lower) && words(toks[k:j]) == 2 || t.lookupPerson(name) >= 0
		case words(toks[k:j]) >= 2 && speechAfterAffiliation(s, j) && (k == 0 || !determiners[toks[k-1].Lower]) && !thingHeads[toks[j-1].Lower]:
			ok = true // "Carol Bell of Phillips and Drew told Reuters"
		case words(toks[k:j]) >= 2 && officeApposition(s, k, j):
			ok = true // "its chief operating officer, Armon Mills, is"
		case j+1 < len(toks) && toks[j].Text == ",":
			role, country, ok = t.titleAfter(s, j+1)
		}
		if !ok && !firmNounBefore(toks, k) && !roleBeforeName(s, j) && (t.lookupPerson(name) >= 0 || !titleCase && (givenNameFirst(s, k, j) || chineseThreePart(s, k, j) || personContext(s, k, j))) {
			ok = true
		}
		if ok && !titled && k > 0 && (determiners[toks[k-1].Lower] || toks[k-1].Kind == token.Number || numberWords[toks[k-1].Lower]) {
			// "these two Jeeps, a spokesman said", "the Conservatives
			// said": a determiner or number counts things, never a
			// person named without a title.
			ok = false
		}
		if ok && k > 0 && shipPrefixes[toks[k-1].Text] {
			// "the aircraft carrier USS Carl Vinson": a ship's prefix
			// names a vessel, however personal its name.
			ok = false
		}
		if ok && !hasLower(toks[k:j]) {
			// "Rep. Eliot Engel, D-N.Y., chairman of": a party and state
			// in capitals and initials, no name.
			ok = false
		}
		if ok && toks[j-1].Kind == token.Word && utf8.RuneCountInString(toks[j-1].Text) == 1 {
			// "chairman Harland C" cut at the initial's full stop: a
			// broken name, not a person.
			ok = false
		}
		if ok && j < len(toks) && honorificsSet.Has(toks[j].Lower) {
			// "Navy Rear Adm. Ann Lee", "Army Sgt. Bo Kim": the words
			// open a rank; the name comes after it.
			ok = false
		}
		if ok && role == "" && correspondentReports(toks, j) {
			role = "Correspondent" // "Ana Ruiz reports from Nairobi."
		}
		if !ok {
			k = j - 1
			continue
		}
		nationals := false // a plural noun of nationality governs a list of names
		if country == "" && !credit {
			// "Ukrainian Andriy Portnov", "Pedro Ruiz, an Argentine
			// diplomat,": a nationality told beside the name.
			if country, nationals = nationalityBefore(s, k); country == "" {
				country = nationalityAfter(s, j)
			}
		}
		if c := stateAfter(s, j); c != "" && (country == "" || titled && c != country) {
			// "Defense Secretary Michael Fallon, his new British
			// counterpart", "President Hassan Sheikh Mohamud of Somalia":
			// what the text says of the person outranks a title's usual
			// state.
			country = c
		}
		if !plural && !credit && country == "" && role != "" {
			country = t.governingCountry(s, k, role)
		}
		name = t.lostApostrophe(s, name, k, j)
		p := t.addPerson(name, role, country)
		t.addPersonMention(s, k, j, p)
		if titled && country == "" && !plural {
			if c := hostState(s, k, role); c != "" {
				if t.hosts == nil {
					t.hosts = map[int]annals.Country{}
				}
				if _, ok := t.hosts[p]; !ok {
					t.hosts[p] = c
				}
			}
		}
		// A plural title governs a coordinated list: "Defence Ministers
		// Sergei Shoigu and Itsunori Onodera" gives both the role.
		if plural {
			x := skipParenthesis(toks, ofStateEnd(s, j))
			for x+1 < len(toks) && (toks[x].Lower == "and" || toks[x].Text == ",") {
				if toks[x].Text == "," && toks[x+1].Lower == "and" {
					x++ // the serial comma: "A, B, and C"
				}
				y := nameAt(s, x+1)
				if y == 0 {
					break
				}
				q := t.addPerson(mention.Text(t.text, toks, x+1, y), role, stateAfter(s, y))
				t.addPersonMention(s, x+1, y, q)
				x = skipParenthesis(toks, ofStateEnd(s, y))
			}
			j = x
		} else if nationals {
			// "American citizens Tom Baker and Jim Welch": the
			// nationality goes on to each name of the list.
			x := j
			for x+1 < len(toks) && (toks[x].Lower == "and" || toks[x].Text == ",") {
				if toks[x].Text == "," && toks[x+1].Lower == "and" {
					x++
				}
				y := nameAt(s, x+1)
				if y == 0 {
					break
				}
				q := t.addPerson(mention.Text(t.text, toks, x+1, y), "", country)
				t.addPersonMention(s, x+1, y, q)
				x = y
			}
			j = x
		}
		k = j - 1
	}
}

// ofStateEnd returns the end of "of STATE" right after a name ending at
// token j ("Presidents Ana Obi of Ghana and Tom Berg of Norway"), or j.
func ofStateEnd(s *mention.Sentence, j int) int {
	if j+1 < len(s.Toks) && s.Toks[j].Lower == "of" && stateAfter(s, j) != "" {
		if x := ofStateAt(s, j); x >= 0 && s.Ments[x].Kind == mention.Country && !s.Ments[x].Demonym {
			return s.Ments[x].J
		}
	}
	return j
}

// roleAt reports whether an office title starts at token j, or a state's
// name or adjective followed by one ("U.S. Trade Representative").
func roleAt(s *mention.Sentence, j int) bool {
	x := s.At(j)
	if x >= 0 && s.Ments[x].Kind == mention.Country {
		x = s.At(s.Ments[x].J)
	}
	return x >= 0 && s.Ments[x].Kind == mention.Role
}

// bodyEnd returns where a holder's name starts in the run toks[k:j] that
// goes on the name of a body after an office ("Director of the Peace
// Corps Jody Olsen"): after the run's last word that heads a body, when
// two or three words follow it and the run (from start) follows "Office
// of" or "Office of the". k when there is none.
func bodyEnd(s *mention.Sentence, start, k, j int) int {
	toks := s.Toks
	b := start
	if b >= 1 && toks[b-1].Lower == "the" {
		b--
	}
	if b < 2 || toks[b-1].Lower != "of" {
		return k
	}
	o := b - 2
	if x := s.Ending(b - 1); !(officeNouns[toks[o].Lower] && toks[o].IsCap() || x >= 0 && s.Ments[x].Kind == mention.Role) {
		return k
	}
	for i := j - 3; i >= k; i-- {
		if w := toks[i].Lower; institutionWordsSet.Has(w) || orgHeadsSet.Has(w) || bodyHeads[w] {
			if j-i-1 <= 3 && toks[i+1].Kind == token.Word {
				return i + 1
			}
			break
		}
	}
	return k
}

// bodyHeads are further head words of bodies' names, beside orgHeads and
// institutionWords.
var bodyHeads = map[string]bool{"corps": true, "board": true, "mechanism": true, "office": true, "bureau": true, "service": true, "department": true, "mission": true}

// nounBeforeName reports whether a lower-case noun for a person stands
// right before token k ("official Uzra Zeya", "aide Marvin Nicholson",
// "laureate Aung San Suu Kyi"), not after an article ("an official
// Xinhua report").
func nounBeforeName(toks []token.Token, k int) bool {
	if k < 1 || !namingNounsSet.Has(toks[k-1].Text) && !(k == 1 && namingNounsSet.Has(toks[0].Lower)) {
		// "Farmer Jonas Meyer said": at the sentence's start the noun
		// takes a capital.
		return false
	}
	return k < 2 || !determiners[toks[k-2].Lower]
}

var namingNouns = map[string]bool{
	"official": true, "aide": true, "adviser": true, "advisor": true, "journalist": true, "reporter": true,
	"photographer": true, "photojournalist": true, "activist": true, "diplomat": true, "medalist": true,
	"medallist": true, "player": true, "laureate": true, "lawmaker": true, "colleague": true,
	// a contest's runners: "opposition candidate Ana Ruiz"
	"candidate": true, "challenger": true, "nominee": true, "contender": true,
	// a faith's office, a trade or an art: "the Buddhist monk Tenzin
	// Norbu", "tycoon Li Wen".
	"monk": true, "nun": true, "priest": true, "cleric": true, "imam": true, "pastor": true,
	"preacher": true, "businessman": true, "businesswoman": true, "tycoon": true, "billionaire": true,
	"novelist": true, "poet": true, "singer": true, "actor": true, "actress": true, "economist": true,
	"dissident": true, "blogger": true, "lawyer": true,
	// trades and walks of life news names people by: "cricketer Babar
	// Azam", "farmer Jonas Meyer", "filmmaker Ana Ruiz"
	"cricketer": true, "footballer": true, "athlete": true, "sprinter": true, "boxer": true, "golfer": true,
	"farmer": true, "teacher": true, "student": true, "doctor": true, "surgeon": true, "nurse": true,
	"villager": true, "shopkeeper": true, "fisherman": true, "historian": true, "scientist": true,
	"researcher": true, "filmmaker": true, "musician": true, "rapper": true, "comedian": true,
	"columnist": true, "commentator": true, "entrepreneur": true, "investor": true, "banker": true,
	"philanthropist": true, "protester": true, "survivor": true, "refugee": true, "analyst": true,
}

// namingNounsSet spares most words the namingNouns lookup (see token.Set).
var namingNounsSet = token.NewSet(namingNouns)

// kinNouns name a relative: after a possessive pronoun the name that
// follows is the relative's, one word or more ("his son Omar", "her
// 5-year-old daughter Aisha Mensah").
var kinNouns = map[string]bool{
	"son": true, "daughter": true, "wife": true, "husband": true, "brother": true, "sister": true,
	"mother": true, "father": true, "widow": true, "widower": true, "nephew": true, "niece": true,
	"cousin": true, "grandson": true, "granddaughter": true, "uncle": true, "aunt": true,
	"sons": true, "daughters": true,
}

// kinBeforeName reports whether a lower-case noun for a relative stands
// right before token k and a possessive pronoun before it, with at most
// six words, numbers and hyphens between ("his 5-month-old son Omar").
func kinBeforeName(toks []token.Token, k int) bool {
	if k < 2 || !kinNouns[toks[k-1].Text] {
		return false
	}
	for x := k - 2; x >= 0 && x >= k-8; x-- {
		switch w := toks[x].Lower; {
		case w == "his" || w == "her" || w == "their":
			return true
		case toks[x].Kind == token.Number || toks[x].Text == "-" || toks[x].Kind == token.Word && !toks[x].IsCap():
		default:
			return false
		}
	}
	return false
}

// complementRole returns the role whose complement the "of" or "for" at
// token y opens: the role right before y ("Minister of"), or one reached
// back over earlier complements of one to three capitalised words ("Under
// Secretary of Commerce for International Trade"). -1 when there is none.
func complementRole(s *mention.Sentence, y int) int {
	toks := s.Toks
	for range 3 {
		if x := s.Ending(y); x >= 0 && s.Ments[x].Kind == mention.Role {
			return x
		}
		z := y - 1
		for z >= 0 && y-z <= 3 && toks[z].Kind == token.Word && toks[z].IsCap() && !s.Covered(z) {
			z--
		}
		if z == y-1 || z < 1 || toks[z].Lower != "of" && toks[z].Lower != "for" {
			return -1
		}
		y = z
	}
	return -1
}

// nameAfterPortfolio returns where the name starts in the run toks[k:j]
// after "Minister of/for": after the run's last word of an institution
// when two or three words follow it, else the last two words, with a
// hyphenated given name whole ("Trade Jean-Marc Roy").
func nameAfterPortfolio(toks []token.Token, k, j int) int {
	for i := j - 3; i >= k; i-- {
		if institutionWordsSet.Has(toks[i].Lower) {
			if j-i-1 <= 3 {
				return i + 1
			}
			break
		}
	}
	n := j - 2
	if n-2 > k && joined(toks, n-1) {
		n -= 2
	}
	return n
}

// formalStates head the formal names of states ("the Republic of
// Indonesia", "the Kingdom of Tonga") whose last words name the state.
var formalStates = map[string]bool{"republic": true, "kingdom": true, "federation": true, "principality": true, "sultanate": true, "state": true, "commonwealth": true}

// cutAt reports whether the text stops at byte i in the middle of a
// word, as stored pages cut at a fixed length do: a letter ends the text
// there and only blanks follow.
func cutAt(text string, i int) bool {
	if i == 0 || strings.TrimRight(text[i:], " \t\r\n") != "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r)
}

// proseBefore reports whether a line of prose, six words or more, runs
// up to byte i below the text's first line: a paragraph of the body, not
// a by-line, a field of a page or the headline.
func proseBefore(text string, i int) bool {
	nl := strings.LastIndexByte(text[:i], '\n')
	return nl >= 0 && strings.TrimSpace(text[:nl]) != "" && len(strings.Fields(text[nl+1:i])) >= 6
}

// ofStateAt returns the mention that starts after the "of" at token j,
// past "the" and the head of a state's formal name ("of the Philippines",
// "of the Republic of Indonesia"), or -1.
func ofStateAt(s *mention.Sentence, j int) int {
	toks := s.Toks
	y := j + 1
	if y+1 < len(toks) && toks[y].Lower == "the" {
		y++
		if y+2 < len(toks) && formalStates[toks[y].Lower] && toks[y].IsCap() && toks[y+1].Lower == "of" && !s.Covered(y) {
			y += 2
		}
	}
	if y >= len(toks) {
		return -1
	}
	return s.At(y)
}

// stateAfter returns the state that the words right after a name at j
// give its holder: "of Somalia" (not "of Pakistan International
// Airlines"), the state in brackets ("(Ghana)") or an apposition "his
// new British counterpart". "" when none.
func stateAfter(s *mention.Sentence, j int) annals.Country {
	toks := s.Toks
	if j+1 >= len(toks) {
		return ""
	}
	if toks[j].Lower == "of" {
		x := ofStateAt(s, j)
		if x < 0 || s.Ments[x].Kind != mention.Country || s.Ments[x].Entry.Historical || s.Ments[x].Demonym {
			return ""
		}
		if e := s.Ments[x].J; e < len(toks) && (toks[e].Kind == token.Word && toks[e].IsCap() || toks[e].Lower == "'s") {
			return "" // "of Pakistan International Airlines", "of Britain's Barclays"
		}
		return s.Ments[x].Country
	}
	if toks[j].Text == "(" {
		// "Presidents Ana Obi (Ghana) and Tom Berg (Norway)": a state
		// in brackets after a name, as lists of leaders tag them.
		x := s.At(j + 1)
		if x < 0 || s.Ments[x].Kind != mention.Country || s.Ments[x].Entry.Historical || s.Ments[x].Demonym {
			return ""
		}
		if e := s.Ments[x].J; e < len(toks) && toks[e].Text == ")" {
			return s.Ments[x].Country
		}
		return ""
	}
	if toks[j].Text != "," {
		return ""
	}
	y := j + 1
	if y < len(toks) && (toks[y].Lower == "his" || toks[y].Lower == "her" || toks[y].Lower == "the") {
		y++
	}
	for n := 0; n < 2 && y < len(toks) && toks[y].Kind == token.Word && !toks[y].IsCap() && !s.Covered(y); n++ {
		y++ // "new", "former"
	}
	x := s.At(y)
	if x >= 0 && s.Ments[x].Kind == mention.Role && toks[j+1].Lower == "the" && s.Ments[x].J+1 < len(toks) && toks[s.Ments[x].J].Lower == "of" {
		// "Filipe Nyusi, the fourth president of Mozambique": an office
		// of a state told in apposition; not the title of the next name
		// in a list ("Ana Obi, the Foreign Minister of Japan, Taro
		// Kono").
		c := stateAfter(s, s.Ments[x].J)
		if n := ofStateEnd(s, s.Ments[x].J); c != "" && n+1 < len(toks) && toks[n].Text == "," && nameAt(s, n+1) > 0 {
			return ""
		}
		return c
	}
	if x < 0 || s.Ments[x].Kind != mention.Country || s.Ments[x].Entry.Historical {
		return ""
	}
	if e := s.Ments[x].J; e < len(toks) && toks[e].Lower == "counterpart" {
		return s.Ments[x].Country
	}
	return ""
}

// skipParenthesis returns the index after a short parenthesis opening at
// token x ("(D-Okla.)", "(Reuters)"), or x when none opens there: a
// party and state tag after a name does not end a coordinated list.
func skipParenthesis(toks []token.Token, x int) int {
	if x >= len(toks) || toks[x].Text != "(" {
		return x
	}
	for y := x + 1; y < len(toks) && y <= x+8; y++ {
		if toks[y].Text == ")" {
			return y + 1
		}
	}
	return x
}

// hasLower reports whether a word of toks has a lower-case letter: every
// person's name written in running text has one.
func hasLower(toks []token.Token) bool {
	for _, t := range toks {
		for _, r := range t.Text {
			if unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}

// listedLikePerson reports whether the run toks[k:j] is an item "Name of
// State" of a list whose item before it is a person written the same way:
// "Riyad Haddad of Syria, Ali Gutali of Tunisia, and Seko Intchasso of
// Guinea-Bissau". The list's form, not the lexicon, marks the name.
func listedLikePerson(s *mention.Sentence, k, j int) bool {
	toks := s.Toks
	if words(toks[k:j]) < 2 || j+1 >= len(toks) || toks[j].Lower != "of" {
		return false
	}
	if x := s.At(j + 1); x < 0 || s.Ments[x].Kind != mention.Country {
		return false
	}
	x := k - 1
	if x >= 0 && toks[x].Lower == "and" {
		x--
	}
	if x < 1 || toks[x].Text != "," {
		return false
	}
	c := s.Ending(x)
	if c < 0 || s.Ments[c].Kind != mention.Country {
		return false
	}
	of := s.Ments[c].I - 1
	if of < 1 || toks[of].Lower != "of" {
		return false
	}
	for _, m := range s.Pending() {
		if m.Kind == mention.Person && m.J == of {
			return true
		}
	}
	return false
}

// counterpartStates gives the two ministers of "Foreign Minister Lena
// Varga met her counterpart Otto Brandl ... Hungary and Austria" their
// states when no title names them: a counterpart holds the same office in
// another state, so with exactly two such persons and exactly two states
// named in the sentence, the states go to them in the order written
// (news style names the parties of a meeting in the same order).
func (t *table) counterpartStates(s *mention.Sentence) {
	var ps []int
	for _, m := range s.Pending() {
		if m.Kind == mention.Person && !m.Pronoun && !slices.Contains(ps, m.PersonIndex) {
			if len(ps) == 1 && (m.I == 0 || s.Toks[m.I-1].Lower != "counterpart") {
				return
			}
			ps = append(ps, m.PersonIndex)
		}
	}
	if len(ps) != 2 {
		return
	}
	a, b := t.people[ps[0]], t.people[ps[1]]
	if a.Role == "" || a.Role != b.Role || a.Country != "" || b.Country != "" {
		return
	}
	var states []annals.Country
	for _, m := range s.Ments {
		if m.Kind == mention.Country && m.Country != "" && !slices.Contains(states, m.Country) {
			states = append(states, m.Country)
		}
	}
	if len(states) != 2 {
		return
	}
	a.Country, b.Country = states[0], states[1]
}

// roleBeforeName reports whether a lower-case role and a capitalised name
// follow token j ("Shiv Sena leader Sanjay Rout", "Likud spokesman Dan
// Meron"): the words before the role are the body the role holder leads
// or speaks for, an organisation or party, not a person, even when they
// open with a given name. A person's name does not stand bare before
// another's title.
func roleBeforeName(s *mention.Sentence, j int) bool {
	x := s.At(j)
	if x < 0 || s.Ments[x].Kind != mention.Role {
		return false
	}
	m := s.Ments[x]
	if m.J >= len(s.Toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.Toks[j].Text)
	n, _ := utf8.DecodeRuneInString(s.Toks[m.J].Text)
	return unicode.IsLower(r) && unicode.IsUpper(n)
}

// ofOwnFirm reports whether the name ending at token j is followed by
// "of" and an organisation named after it ("analyst Marta Kellgren of
// Marta Kellgren and Associates"): the person works for the firm that
// bears his name, so the name before "of" is the person and only the
// mention after it is the firm.
func ofOwnFirm(s *mention.Sentence, j int, name string) bool {
	if j+1 >= len(s.Toks) || s.Toks[j].Lower != "of" {
		return false
	}
	x := s.At(j + 1)
	if x < 0 || s.Ments[x].Kind != mention.Org {
		return false
	}
	return strings.HasPrefix(s.Ments[x].Name, name+" ")
}

// agencyBefore reports whether a news organisation mention ends at token
// k ("VOA" in "VOA's Heda Bayron").
func (t *table) agencyBefore(s *mention.Sentence, k int) bool {
	x := s.Ending(k)
	return x >= 0 && s.Ments[x].Kind == mention.Org && s.Ments[x].Entry.Sub == "news agency"
}

// orgPrefix reports whether name starts the name of an organisation of the
// document ("Allegheny International" of "Allegheny International Inc").
func (t *table) orgPrefix(name string) bool {
	for _, o := range t.orgNames {
		if len(o) > len(name) && o[len(name)] == ' ' && strings.HasPrefix(o, name) {
			if rest := o[len(name)+1:]; strings.EqualFold(rest, "administration") || strings.EqualFold(rest, "regime") {
				// "the Hale Administration" is named for its president:
				// "President Hale" is still a person.
				continue
			}
			return true
		}
	}
	return false
}

// lookupPerson returns the index of the person named name (full name or
// surname), or -1.
func (t *table) lookupPerson(name string) int {
	if p, ok := t.byName[name]; ok {
		return p
	}
	key := foldAccents(name)
	for i, p := range t.people {
		if foldAccents(p.Name) == key {
			// One name spelt with and without its diacritics in one
			// story: "Mevlut Gokce" and "Mevlüt Gökçe".
			return i
		}
	}
	for i, p := range t.people {
		if (p.Last == name || foldAccents(p.Last) == key || familyFirst(p, name) || t.givenFirst(i, name) || lastWords(p.Name, name) || particleLastWords(p.Name, name)) && p.Name != name && strings.Contains(p.Name, " ") {
			// The last words of a full name: "Lopez Obrador" of "Andres
			// Manuel Lopez Obrador" (Spanish names keep both surnames).
			return i
		}
	}
	return -1
}

// foldAccents returns name without its diacritics, so that spellings with
// and without them compare equal ("Gökçe", "Gokce"). Letters that do not
// decompose (Turkish dotless i, Nordic o with stroke) are mapped by hand.
func foldAccents(name string) string {
	if isASCII(name) {
		return name // nothing to fold; spares the normaliser on most names
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(name) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ı':
			r = 'i'
		case 'ø':
			r = 'o'
		case 'Ø':
			r = 'O'
		case 'ł':
			r = 'l'
		case 'Ł':
			r = 'L'
		case 'đ':
			r = 'd'
		case 'Đ':
			r = 'D'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// lastWords reports whether full ends with a space and then name, as
// strings.HasSuffix(full, " "+name) does, without building the string.
func lastWords(full, name string) bool {
	n := len(full) - len(name)
	return n >= 1 && full[n-1] == ' ' && full[n:] == name
}

// particleLastWords reports whether full ends with name whose opening
// particle is written with a capital, as it is at the start of a sentence
// or after a title: "De Vido" of "Julio de Vido", "Van Dijk" of "Anna
// van Dijk".
func particleLastWords(full, name string) bool {
	n := len(full) - len(name)
	if n < 1 || full[n-1] != ' ' || name[0] < 'A' || name[0] > 'Z' || full[n] != name[0]+'a'-'A' || full[n+1:] != name[1:] {
		return false
	}
	w, _, _ := strings.Cut(name, " ")
	w, _, _ = strings.Cut(w, "-")
	return particlesSet.Has(strings.ToLower(w))
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// familyFirst reports whether name is the family name of p written first,
// as Chinese and Korean names are in English news ("Xi Jinping" ... "Xi",
// "Park Jin" ... "Park").
func familyFirst(p *Person, name string) bool {
	f, given, ok := strings.Cut(p.Name, " ")
	if !ok || f != name {
		return false // asked of every person for every name: the cheap test first
	}
	return familyFirstStates[p.Country] || koreanGiven(given)
}

// koreanGiven reports whether given is a Korean given name of two
// syllables joined by a hyphen, the second in lower case ("Ki-moon",
// "Jae-in"): a name written family name first whatever its country.
func koreanGiven(given string) bool {
	a, b, ok := strings.Cut(given, "-")
	return ok && a != "" && b != "" && !strings.ContainsAny(b, " -") && unicode.IsUpper([]rune(a)[0]) && unicode.IsLower([]rune(b)[0])
}

// sameNameVariant reports whether p's name is a shorter writing of q's:
// the same surname, no initials, and a given name that q's given name
// starts with ("Steve Mnuchin" of "Steven Mnuchin", "Jon Ruiz" of
// "Jon R. Ruiz").
func sameNameVariant(p, q *Person) bool {
	pf, qf := strings.Fields(bareName(p.Name)), dropInitials(strings.Fields(bareName(q.Name)))
	if len(pf) != 2 || len(qf) != 2 || pf[1] != qf[1] {
		return false
	}
	return len(pf[0]) >= 3 && strings.HasPrefix(qf[0], pf[0])
}

// spellingVariant reports whether p's name is another romanisation of
// q's in the same story ("Bijan Namdar Zanganeh" and "Bijan Namdar
// Zangane"): the same given names, and surnames of six letters or more
// that differ by one letter added, dropped or changed.
func spellingVariant(p, q *Person) bool {
	pf, qf := strings.Fields(bareName(p.Name)), strings.Fields(bareName(q.Name))
	n := len(pf)
	if n < 2 || len(qf) != n {
		return false
	}
	for i := 0; i < n-1; i++ {
		if pf[i] != qf[i] {
			return false
		}
	}
	a, b := []rune(pf[n-1]), []rune(qf[n-1])
	if len(a) < 6 || len(b) < 6 {
		return false
	}
	return oneEdit(a, b)
}

// oneEdit reports whether a and b differ by exactly one letter added,
// dropped or changed.
func oneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return i < len(a) && string(a[i+1:]) == string(b[i+1:])
	}
	return string(a[i:]) == string(b[i+1:])
}

// dropInitials returns the words without initials ("J.").
func dropInitials(f []string) []string {
	var out []string
	for _, w := range f {
		if utf8.RuneCountInString(w) == 2 && strings.HasSuffix(w, ".") {
			continue
		}
		out = append(out, w)
	}
	return out
}

// Japanese names come in both orders in English news (Tokyo asks for the
// family name first, "Kishida Fumio", and some governments' releases
// follow it), so a Japanese person's first word, as well as the last, may
// name him alone.
var familyFirstStates = map[annals.Country]bool{"CHN": true, "TWN": true, "KOR": true, "PRK": true, "HKG": true, "MAC": true, "JPN": true}

// In Malaysia, Brunei and Indonesia a Malay or Javanese name has no
// family name: the first word is the given name, by which English news
// names the holder alone ("Foreign Minister Datuk Saifuddin Abdullah ...
// Saifuddin said", "Retno Marsudi ... Retno"), and a Chinese name there is
// written family name first ("Lim Boon Keat ... Lim"). Either way the
// first word of such a person's name may name him alone. A person of
// those states is known by the country the text gives him, or by the
// Malaysian or Bruneian style told before his name (malayStyles). In
// Samoa a chief's title (matai) comes first and names the holder alone
// ("Prime Minister Tuilaepa Sailele Malielegaoi ... Tuilaepa said").
var givenFirstStates = map[annals.Country]bool{"MYS": true, "BRN": true, "IDN": true, "WSM": true}

// malayStyles are the Malaysian and Bruneian styles that stand before a
// name ("Datuk Seri Ana Obi", "Tan Sri Aziz Rahman", "Dato' Lim").
var malayStyles = map[string]bool{"datuk": true, "dato": true, "datin": true, "seri": true, "sri": true, "tun": true, "pehin": true}

// malayStyled marks the persons named at least once right after a Malay
// style: each person mention's token before it is looked at once.
func (t *table) malayStyled() map[int]bool {
	out := map[int]bool{}
	for _, s := range t.sents {
		for _, m := range s.Ments {
			if m.Kind != mention.Person || m.I == 0 {
				continue
			}
			k := m.I - 1
			if k > 0 && (s.Toks[k].Text == "'" || s.Toks[k].Text == "’") {
				k-- // "Dato' Lim"
			}
			if malayStyles[s.Toks[k].Lower] && unicode.IsUpper([]rune(s.Toks[k].Text)[0]) {
				out[m.PersonIndex] = true
			}
		}
	}
	return out
}

// givenFirst reports whether name is the first word of person i's name
// and i is of a state whose names give it first (givenFirstStates).
func (t *table) givenFirst(i int, name string) bool {
	p := t.people[i]
	if p == nil {
		return false
	}
	if f, _, ok := strings.Cut(p.Name, " "); !ok || f != name {
		return false // asked of every person for every name: the cheap test first
	}
	return (givenFirstStates[p.Country] || t.styled[i]) && utf8.RuneCountInString(name) >= 3
}

// addPerson records a person or updates the one of the same name with a
// role or country it lacked.
func (t *table) addPerson(name, role string, c annals.Country) int {
	p, ok := t.byName[name]
	if !ok {
		if q := t.lookupPerson(name); q >= 0 && (!strings.Contains(name, " ") || lastWords(t.people[q].Name, name) || particleLastWords(t.people[q].Name, name) || foldAccents(t.people[q].Name) == foldAccents(name)) {
			p, ok = q, true
		}
	}
	if !ok {
		f := strings.Fields(bareName(name))
		t.people = append(t.people, &Person{Name: name, Last: f[len(f)-1]})
		p = len(t.people) - 1
		t.byName[name] = p
	}
	r := t.people[p]
	if r.Role == "" && role != "" {
		r.Role = role
		r.Head = headRoles[role]
		r.Former = t.former
		r.Acting, r.Written = t.acting, t.written
	}
	t.former, t.acting, t.written = false, false, ""
	if r.Country == "" && c != "" {
		r.Country = c
	}
	return p
}

// addPersonMention records the mention of person p at tokens [i, j).
func (t *table) addPersonMention(s *mention.Sentence, i, j, p int) {
	s.Add(mention.Mention{Kind: mention.Person, I: i, J: j, PersonIndex: p})
	r := t.people[p]
	r.Count++
	m := mention.Text(t.text, s.Toks, i, j)
	for _, x := range r.Mentions {
		if x == m {
			return
		}
	}
	r.Mentions = append(r.Mentions, m)
}

// mergeSurnames folds a person named in part into the full name found
// elsewhere in the text: a surname ("Obama ... Barack Obama"), the last
// words of a name ("Le Drian ... Jean-Yves Le Drian", "Bhutto Zardari
// ... Bilawal Bhutto Zardari"), or the given name under the same title
// ("Foreign Minister Retno Marsudi ... Foreign Minister Retno", as
// Indonesian names are used).
func (t *table) mergeSurnames() {
	for i, p := range t.people {
		if p == nil {
			continue
		}
		for j, q := range t.people {
			if q == nil || i == j || !partOf(p, q) && (j > i || !spellingVariant(p, q)) {
				continue
			}
			q.Count += p.Count
			q.Mentions = append(q.Mentions, p.Mentions...)
			if q.Role == "" {
				q.Role, q.Head = p.Role, p.Head
				q.Acting, q.Written = p.Acting, p.Written
			}
			if q.Country == "" {
				q.Country = p.Country
			}
			t.people[i] = nil
			for _, s := range t.sents {
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

// articleStem returns the family name after the Arabic article that ends
// a name ("el-Sisi", "Al Sisi", "Abdel Fattah al-Sisi" give "Sisi"), or
// "" when the name does not end so.
func articleStem(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	last := f[len(f)-1]
	for _, a := range []string{"al-", "el-", "Al-", "El-"} {
		if rest, ok := strings.CutPrefix(last, a); ok && rest != "" {
			return rest
		}
	}
	if len(f) >= 2 {
		switch f[len(f)-2] {
		case "al", "el", "Al", "El":
			return last
		}
	}
	return ""
}

// gluedSurname reports whether p, named once in one word, is q's surname
// run together with the word after it in the page text, as a scrape loses
// the space: "Secretary General Punaconveyed" for "Henry Puna conveyed".
// The rest must be a lower-case word of four letters or more, so that a
// longer name that merely starts like the surname ("Kimberly") is not
// taken.
func gluedSurname(p, q *Person) bool {
	if p.Count != 1 || strings.Contains(p.Name, " ") || utf8.RuneCountInString(q.Last) < 3 {
		return false
	}
	rest, ok := strings.CutPrefix(p.Name, q.Last)
	if !ok || utf8.RuneCountInString(rest) < 4 {
		return false
	}
	for _, r := range rest {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// articleOnly reports whether a name is the Arabic article and a family
// name alone: "Al Sisi", "el-Sisi".
func articleOnly(name string) bool {
	f := strings.Fields(name)
	return len(f) == 1 || len(f) == 2 && strings.EqualFold(f[0], "al") || len(f) == 2 && strings.EqualFold(f[0], "el")
}

// partOf reports whether person p is named by a part of q's full name:
// q's surname, q's last words, or q's first word with q's role.
func partOf(p, q *Person) bool {
	if gluedSurname(p, q) {
		return true
	}
	if len(q.Name) <= len(p.Name) || !strings.Contains(q.Name, " ") {
		return false
	}
	if strings.HasSuffix(bareName(q.Name), " "+p.Name) || particleLastWords(bareName(q.Name), p.Name) || familyFirst(q, p.Name) || sameNameVariant(p, q) {
		return true
	}
	if a, b := articleStem(p.Name), articleStem(q.Name); a != "" && strings.EqualFold(a, b) && articleOnly(p.Name) && !articleOnly(q.Name) {
		// "Al Sisi" of "Abdel Fattah el-Sisi": the Arabic article is
		// written al, el, Al- or El- as the writer pleases.
		return true
	}
	if strings.Contains(p.Name, " ") && strings.HasPrefix(q.Name, p.Name+" ") {
		// The first words of a name: "Maria Lopez" of "Maria Lopez
		// Garcia", a double surname shortened.
		return true
	}
	if !strings.Contains(p.Name, " ") && p.Name == strings.ToUpper(p.Name) && strings.HasSuffix(strings.ToUpper(bareName(q.Name)), " "+p.Name) {
		// "PRESIDENT CLINTON" in a headline in capitals, "William J.
		// Clinton" in the text.
		return true
	}
	first, _, _ := strings.Cut(q.Name, " ")
	if pf, pRest, ok := strings.Cut(p.Name, " "); ok && pf == first && arabicFamily(q.Name) && strings.HasSuffix(q.Name, " "+pRest) {
		// "Salem Al Sabah" of "Salem Al Fahad Al Nasser Al Sabah": an
		// Arabic name shortened to the given name and the family name,
		// the patronymics between them left out.
		return true
	}
	if first == p.Name && (p.Role == "" || royal[p.Role]) && arabicFamily(q.Name) {
		// "Sheikh Suroor" of "Suroor bin Sultan al-Dhahiri", "Prince
		// Saud" of "Saud al-Faisal": a name with a patronymic or family
		// name is shortened to its given name after a rank of birth.
		return true
	}
	return first == p.Name && p.Role != "" && p.Role == q.Role
}

// arabicFamily reports whether name holds a patronymic or an Arabic
// family name after its first word: "bin", "ibn", "bint", or the article
// "al" written apart or joined, in either case ("Salem Al Fahad Al
// Sabah", "Saud al-Faisal").
func arabicFamily(name string) bool {
	_, rest, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	for _, w := range strings.Fields(rest) {
		switch l := strings.ToLower(w); {
		case l == "bin" || l == "ibn" || l == "bint":
			return true
		case l == "al", strings.HasPrefix(l, "al-"):
			return true
		}
	}
	return false
}

// creditWords before "by" make a credit line whose name is a person's:
// "Photo by Ana Ruiz", "posted in World, by Tom Reed".
var creditWords = map[string]bool{"photo": true, "photos": true, "photograph": true, "image": true, "images": true,
	"video": true, "posted": true, "written": true, "reporting": true, "edited": true, "writing": true, "editing": true, "illustration": true,
	"graphic": true, "graphics": true, "photographed": true, "filmed": true, "compiled": true}

// creditWordRoles give the part a credit word before "by" or a colon
// credits a person with: "Reporting by", "Photo by", "Editor:". A plain
// "By" opening a line is the reporter's by-line.
var creditWordRoles = map[string]string{"photo": "Photographer", "photos": "Photographer", "photograph": "Photographer",
	"photographed": "Photographer", "photographer": "Photographer", "reporting": "Reporter", "reporter": "Reporter",
	"by": "Reporter", "byline": "Reporter", "written": "Writer", "writing": "Writer", "writer": "Writer",
	"edited": "Editor", "editing": "Editor", "editor": "Editor", "editors": "Editor", "author": "Author",
	"correspondent": "Correspondent"}

// CreditRole reports whether role is one that a by-line or credit gives
// ("Reporter", "Photographer"): the person's part in the page, not an
// office.
func CreditRole(role string) bool {
	for _, r := range creditWordRoles {
		if r == role {
			return true
		}
	}
	return false
}

// creditRole returns the part the by-line with "by" at token b credits
// its name with: the role of the credit word right before "by" ("Photo by
// Ana Ruiz", "Editing by Tom Reed"), "Reporter" for a "By" that opens the
// line, else "" ("posted in World, by Tom Reed", "Video by").
func creditRole(toks []token.Token, b int) string {
	if b > 0 {
		if r := creditWordRoles[toks[b-1].Lower]; r != "" && toks[b-1].Lower != "by" {
			return r
		}
		if creditBefore(toks, b) {
			return ""
		}
	}
	if toks[b].Text == "By" || toks[b].Text == "BY" {
		return "Reporter"
	}
	return ""
}

// creditListed reports whether the name starting at token k is listed,
// after "and" or a comma, with names that a by-line opens ("By Ana Ruiz,
// Tom Berg and Li Wen"), and sets t.listedCredit to the by-line's role.
func (t *table) creditListed(s *mention.Sentence, k int) bool {
	toks := s.Toks
	for n := 0; n < 6 && k >= 2 && (toks[k-1].Lower == "and" || toks[k-1].Text == ","); n++ {
		start := -1
		for _, m := range s.Pending() {
			if m.Kind == mention.Person && !m.Pronoun && m.J == k-1 {
				start = m.I
			}
		}
		if start < 1 {
			return false
		}
		if b := start - 1; toks[b].Lower == "by" && (b == 0 || toks[b].Text == "By" && fieldStart(t.text, toks[b].Begin) || creditBefore(toks, b)) {
			t.listedCredit = creditRole(toks, b)
			return true
		}
		k = start
	}
	return false
}

// staffWords reports whether a run of capitalised words names a post on
// a paper's staff rather than a person: "By Ana Ruiz, Tribune Staff
// Writer".
func staffWords(toks []token.Token) bool {
	for _, w := range toks {
		switch w.Lower {
		case "staff", "writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "editor", "editors", "bureau", "desk", "photographer", "contributor":
			return true
		}
	}
	return false
}

// creditLabels open a line that credits a person after a colon.
var creditLabels = map[string]bool{"editor": true, "editors": true, "reporter": true, "reporting": true, "writer": true,
	"author": true, "photographer": true, "photo": true, "photos": true, "byline": true, "by": true, "correspondent": true}

// photoCredit reports whether the name run ending before token j is
// followed by a slash and a news or picture agency ("Ana Ruiz/AP", "Li Wen
// / Reuters") with nothing else on the line.
func photoCredit(text string, toks []token.Token, j int) bool {
	if j+1 >= len(toks) || toks[j].Text != "/" {
		return false
	}
	a := toks[j+1]
	if !acronym(a.Text) && !pictureAgencies[a.Lower] {
		return false
	}
	if j+2 < len(toks) && toks[j+2].Lower == "images" {
		a = toks[j+2] // "Getty Images"
	}
	if x := j + 2; x+2 < len(toks) && (toks[x].Text == "-" || toks[x].Lower == "via") && toks[x+1].Lower == "getty" && toks[x+2].Lower == "images" {
		a = toks[x+2] // "AFP - Getty Images", "AFP via Getty Images"
	}
	return blankToLineEnd(text, a.End)
}

// agencyCredit reports whether the name run toks[k:j] is the
// photographer of a credit in parentheses after a news or picture agency
// and a slash: "(Xinhua/Li Wen)", "(AP Photo/Ana Ruiz)". The closing
// parenthesis must follow the name.
func agencyCredit(toks []token.Token, k, j int) bool {
	if k < 3 || j >= len(toks) || toks[j].Text != ")" || toks[k-1].Text != "/" {
		return false
	}
	a := k - 2
	if toks[a].Lower == "photo" || toks[a].Lower == "photos" {
		a-- // "AP Photo/"
	}
	if a < 1 || toks[a-1].Text != "(" {
		return false
	}
	return pictureAgencies[toks[a].Lower] || acronym(toks[a].Text)
}

// agencyLineCredit reports whether the name run toks[k:j] is the
// photographer of a caption's credit that ends its line: a wire or
// picture agency named in full, a slash and the name, written together
// ("... December 4, 2017. REUTERS/Ana Ruiz").
func agencyLineCredit(text string, toks []token.Token, k, j int) bool {
	if k < 2 || toks[k-1].Text != "/" || toks[k-1].Begin != toks[k-2].End || toks[k].Begin != toks[k-1].End {
		return false
	}
	return pictureAgencies[toks[k-2].Lower] && blankToLineEnd(text, toks[j-1].End)
}

// pictureAgencies are the wire and picture agencies that photo credits
// name in full.
var pictureAgencies = map[string]bool{"reuters": true, "getty": true, "xinhua": true, "anadolu": true,
	"bloomberg": true, "shutterstock": true, "sputnik": true, "tass": true, "yonhap": true, "kyodo": true, "pool": true}

// signOffPlace reports whether the name run ending before token j goes on
// with "in" and a place or state that ends the line, as a correspondent
// signs a report ("Ana Ruiz in Lima").
func signOffPlace(text string, s *mention.Sentence, j int) bool {
	if j+1 >= len(s.Toks) || s.Toks[j].Lower != "in" {
		return false
	}
	x := s.At(j + 1)
	if x < 0 || s.Ments[x].Kind != mention.Place && s.Ments[x].Kind != mention.Country {
		return false
	}
	return blankToLineEnd(text, s.Toks[s.Ments[x].J-1].End)
}

// blankToLineEnd reports whether only spaces follow byte i of text up to
// the end of its line or of the text.
func blankToLineEnd(text string, i int) bool {
	for ; i < len(text) && text[i] != '\n'; i++ {
		if text[i] != ' ' && text[i] != '\t' && text[i] != '\r' {
			return false
		}
	}
	return true
}

// creditBefore reports whether one of the four tokens before the "by" at
// token b is a credit word.
func creditBefore(toks []token.Token, b int) bool {
	for x := b - 1; x >= 0 && x >= b-4; x-- {
		if creditWords[toks[x].Lower] {
			return true
		}
	}
	return false
}

var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "several": true, "many": true, "some": true, "both": true, "all": true}

// generational suffixes may follow a full name: "Lloyd J. Austin III",
// "Joseph F. Dunford, Jr.". They belong to the name but are no surname.
var generational = map[string]bool{"II": true, "III": true, "IV": true, "Jr": true, "Sr": true, "Jr.": true, "Sr.": true}

// suffixEnd returns the end of the name toks[k:j] with a generational
// suffix after it, written with or without a comma and a full stop. Only a
// name of two words or more takes one.
func suffixEnd(text string, toks []token.Token, k, j int) int {
	if j-k == 1 && k > 0 && j < len(toks) && regnalTitles[toks[k-1].Lower] && toks[k-1].IsCap() && (regnalNumber(toks[j].Text) || regnalNumber(ocrNumeral(toks[j].Text))) &&
		toks[j].Begin > toks[k].End && !strings.ContainsAny(text[toks[k].End:toks[j].Begin], "\n") {
		// A regnal name keeps its number: "Queen Elizabeth II", "Pope
		// Benedict XVI", "King Abdullah II", also where the scan read
		// its "I" as "l" ("King Abdullah Il"); and a patronym after the
		// number: "King Abdullah II bin Al-Hussein".
		return patronymEnd(text, toks, j+1)
	}
	if j-k < 2 || j >= len(toks) {
		return j
	}
	x := j
	if toks[x].Text == "," && x+1 < len(toks) && (toks[x+1].Text == "Jr" || toks[x+1].Text == "Sr" || toks[x+1].Text == "Jr." || toks[x+1].Text == "Sr.") {
		x++
	}
	if !generational[toks[x].Text] || strings.ContainsAny(text[toks[x-1].End:toks[x].Begin], "\n") {
		return j
	}
	if x == j && toks[x].Begin == toks[x-1].End {
		return j // "III" glued to the name is no suffix
	}
	x++
	if (toks[x-1].Text == "Jr" || toks[x-1].Text == "Sr") && x < len(toks) && toks[x].Text == "." && toks[x].Begin == toks[x-1].End {
		x++
	}
	return x
}

// lostApostrophe returns name without the final "s" of a possessive
// whose apostrophe the page lost ("opposition leader Ana Zias office"):
// a name of two words or more whose last word ends in a single "s",
// followed by a lower-case word, when the text also writes the name
// without the "s" and with no letter after it ("Ana Zia has left").
// Otherwise name.
func (t *table) lostApostrophe(s *mention.Sentence, name string, k, j int) string {
	toks := s.Toks
	if j-k < 2 || j >= len(toks) || toks[j].Kind != token.Word || toks[j].IsCap() || toks[j].Lower == "and" || toks[j].Lower == "or" {
		return name
	}
	if !strings.HasSuffix(name, "s") || strings.HasSuffix(name, "ss") || strings.HasSuffix(name, "us") || strings.HasSuffix(name, "is") {
		return name
	}
	if got, ok := t.bareNames[name]; ok {
		return got
	}
	if t.bareNames == nil {
		t.bareNames = map[string]string{}
	}
	got, bare := name, name[:len(name)-1]
	for from := 0; ; {
		i := strings.Index(t.text[from:], bare)
		if i < 0 {
			break
		}
		end := from + i + len(bare)
		if end == len(t.text) || !isNameLetter(t.text[end]) {
			got = bare
			break
		}
		from = end
	}
	t.bareNames[name] = got
	return got
}

// isNameLetter reports whether byte c continues a word: a letter, or a
// byte of a multi-byte letter.
func isNameLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// headlineSurname reports whether toks[k], the first word of the run
// toks[k:j] after a person's title in a title-case line, can be the
// holder's surname alone: a capitalised word of three letters or more,
// no event word ("Meeting", "Visit"), no verb or plural in -s or -ed
// ("Signs", "Talked"), none of the words that go on a title or name a
// paper ("Elect", "Statement"), with "and" or the headline's next
// capitalised word on the same line after it.
func headlineSurname(text string, s *mention.Sentence, k, j int) bool {
	toks := s.Toks
	w := toks[k]
	if w.Kind != token.Word || !w.IsCap() || w.IsAllCaps() || utf8.RuneCountInString(w.Text) < 3 || s.Covered(k) || NotName(w.Lower) || headlineWords[w.Lower] {
		return false
	}
	if strings.HasSuffix(w.Lower, "s") || strings.HasSuffix(w.Lower, "ed") || strings.HasSuffix(w.Lower, "ing") {
		return false
	}
	if _, ok := trigger.Lookup(w.Lower); ok {
		return false
	}
	if k+1 >= len(toks) || strings.Contains(text[w.End:toks[k+1].Begin], "\n") {
		return false
	}
	n := toks[k+1]
	return n.Lower == "and" || n.Kind == token.Word && n.IsCap()
}

// headlineFullName reports whether the run toks[k:j] after a title in a
// title-case line is a full name all the same: a regnal number after its
// first word ("The State Visit of King Abdullah II Bin Al-Hussein of
// Jordan"), or a known given name and one word before a list's "and" or
// a comma ("He Met Prime Minister Ana Ruiz and Tom Berg", a line that
// ends with no full stop).
func headlineFullName(s *mention.Sentence, k, j int) bool {
	toks := s.Toks
	if k+1 < j && (regnalNumber(toks[k+1].Text) || regnalNumber(ocrNumeral(toks[k+1].Text))) {
		return true
	}
	return j-k == 2 && toks[k+1].Kind == token.Word && gazetteer.GivenName(toks[k].Lower) && j < len(toks) && (toks[j].Lower == "and" || toks[j].Text == ",")
}

// headlineWords are capitalised words that follow a title in a headline
// without naming its holder. Own compilation for annals (2026).
var headlineWords = map[string]bool{
	"elect": true, "designate": true, "emeritus": true, "general": true, "statement": true, "remarks": true,
	"speech": true, "message": true, "interview": true, "opinion": true, "office": true, "press": true,
	"trip": true, "travel": true, "schedule": true, "readout": true, "call": true, "letter": true,
	"video": true, "photo": true, "profile": true, "biography": true, "nominee": true, "candidate": true,
	"race": true, "election": true, "announcement": true, "address": true, "briefing": true, "update": true,
	"to": true, "the": true, "for": true, "of": true, "on": true, "in": true, "at": true, "with": true,
}

// regnalTitles are the titles of a monarch or pontiff that a regnal
// number may follow.
var regnalTitles = map[string]bool{"king": true, "queen": true, "pope": true, "emperor": true, "empress": true,
	"tsar": true, "czar": true, "sultan": true, "shah": true, "prince": true, "princess": true}

// regnalNumber reports whether w is a Roman numeral from II to XXXIX in
// capitals ("I" alone is the pronoun).
func regnalNumber(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] != 'I' && w[i] != 'V' && w[i] != 'X' {
			return false
		}
	}
	// tens, then units in the canonical forms
	t := strings.TrimLeft(w, "X")
	if len(w)-len(t) > 3 {
		return false
	}
	switch t {
	case "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX":
		return true
	}
	return false
}

// ocrNumeral returns w with a lower-case "l" read as the "I" a scan
// mistook it for ("Il", "Ill"), when w opens with "I"; otherwise w.
func ocrNumeral(w string) string {
	if !strings.HasPrefix(w, "I") || !strings.Contains(w, "l") {
		return w
	}
	return strings.ReplaceAll(w, "l", "I")
}

// patronymEnd returns the end of a patronym starting at token x ("bin
// Al-Hussein", "ibn Saud"): the particle and the capitalised words joined
// to it on one line. With no patronym there it returns x.
func patronymEnd(text string, toks []token.Token, x int) int {
	if x+1 >= len(toks) || !patronymParticles[toks[x].Lower] || strings.ContainsAny(text[toks[x-1].End:toks[x+1].Begin], "\n") {
		return x
	}
	y := x + 1
	if toks[y].Kind != token.Word || !toks[y].IsCap() {
		return x
	}
	for y++; y < len(toks) && toks[y].Begin == toks[y-1].End && (toks[y].Text == "-" || toks[y].Kind == token.Word && toks[y-1].Text == "-"); y++ {
	}
	if toks[y-1].Text == "-" {
		y--
	}
	return y
}

// patronymParticles open an Arabic patronym: "son of", "daughter of".
var patronymParticles = map[string]bool{"bin": true, "ibn": true, "bint": true}

// bareName returns name without a generational suffix.
func bareName(name string) string {
	n, last := 0, ""
	for w := range strings.FieldsSeq(name) {
		n, last = n+1, w
	}
	if n == 2 && regnalNumber(last) {
		// a regnal name: "Elizabeth II" is Elizabeth
		return name[:strings.LastIndexByte(name, ' ')]
	}
	if n <= 2 || !generational[last] {
		return name
	}
	f := strings.Fields(name)
	if len(f) > 2 && generational[f[len(f)-1]] {
		return strings.TrimSuffix(strings.Join(f[:len(f)-1], " "), ",")
	}
	return name
}

// surnameDemonyms are nouns for a people that are also surnames: "Volker
// Turk", "Robert Dane".
var surnameDemonyms = map[string]bool{"Turk": true, "Pole": true, "Dane": true, "Swede": true, "Finn": true, "Scot": true}

// demonymSurnames drops the state mention of such a noun written right
// after a capitalised word that may start a name, not at the sentence's
// start: there the noun ends a person's name, not a reference to a state.
func demonymSurnames(s *mention.Sentence) {
	toks := s.Toks
	dropped := false
	for x, m := range s.Ments {
		if m.Kind != mention.Country || m.J-m.I != 1 || m.I < 2 || !surnameDemonyms[toks[m.I].Text] {
			continue
		}
		p := toks[m.I-1]
		if p.Kind != token.Word || !p.IsCap() || p.IsAllCaps() || NotName(p.Lower) || s.Covered(m.I-1) || toks[m.I].Begin != p.End+1 {
			continue
		}
		s.Drop(x)
		dropped = true
	}
	if dropped {
		s.Flush()
	}
}

// placeGivenNames are places whose names are also given names, which the
// list of given names leaves out so that they do not start names on their
// own ("Virginia Berg", "Florence Parly").
var placeGivenNames = map[string]bool{"virginia": true, "florence": true, "georgia": true, "victoria": true,
	"adelaide": true, "charlotte": true, "sydney": true, "austin": true, "regina": true, "savannah": true,
	"madison": true, "chelsea": true, "lincoln": true, "alexandria": true, "jordan": true, "india": true}

// placeSurnames drops the mention of a place (or a capital standing for
// its state) written right after a given
// name that a title or "counterpart" opens, with no capitalised word after
// it: there the place's name is the person's surname ("President Ana
// Lagos met", "counterpart Luis Lima said"). A place that is a given
// name opening a two-word name set off by commas is the given name
// ("the head of the panel, Virginia Berg, said").
func placeSurnames(s *mention.Sentence) {
	toks := s.Toks
	dropped := false
	for x, m := range s.Ments {
		if m.Kind != mention.Place && m.Kind != mention.Country || m.J-m.I != 1 || m.I < 2 || !toks[m.I].IsCap() || toks[m.I].IsAllCaps() {
			continue
		}
		if m.J+1 < len(toks) && toks[m.I-1].Text == "," && toks[m.J+1].Text == "," && placeGivenNames[toks[m.I].Lower] &&
			toks[m.J].Kind == token.Word && toks[m.J].IsCap() && !toks[m.J].IsAllCaps() && !NotName(toks[m.J].Lower) &&
			!orgHeadsSet.Has(toks[m.J].Lower) && !thingHeads[toks[m.J].Lower] && !s.Covered(m.J) && toks[m.J].Begin == toks[m.I].End+1 {
			// "the head of the panel, Virginia Berg, said": a place
			// that is a given name opens a name set off by commas.
			s.Drop(x)
			dropped = true
			continue
		}
		g := toks[m.I-1]
		if g.Kind != token.Word || !g.IsCap() || !gazetteer.GivenName(g.Lower) || NotName(g.Lower) || s.Covered(m.I-1) || toks[m.I].Begin != g.End+1 {
			continue
		}
		if m.J < len(toks) && toks[m.J].Kind == token.Word && toks[m.J].IsCap() {
			continue
		}
		if r := s.Ending(m.I - 1); (r < 0 || s.Ments[r].Kind != mention.Role) && toks[m.I-2].Lower != "counterpart" {
			continue
		}
		s.Drop(x)
		dropped = true
	}
	if dropped {
		s.Flush()
	}
}

// portfolioRole returns the role mention whose portfolio is a list that
// token k continues: "Secretary for Security, Democracy, and Rights": the
// words before k go back over commas, "and" and capitalised items to
// "for" or "of" right after the role. -1 when there is none.
func portfolioRole(s *mention.Sentence, k int) int {
	toks := s.Toks
	y := k - 1
	if y < 0 || toks[y].Text != "," && toks[y].Lower != "and" {
		return -1
	}
	passed := false // a capitalised item of the list lies between
	for y >= 0 {
		for y >= 0 && (toks[y].Text == "," || toks[y].Lower == "and") {
			y--
		}
		if x := s.Ending(y + 1); x >= 0 && (y == k-2 || passed) && s.Ments[x].Kind == mention.Role && s.Ments[x].J-s.Ments[x].I >= 3 && !gazetteer.GivenName(toks[k].Lower) {
			// "Minister of Foreign Affairs and Trade Ana Ruiz": the
			// gazetteer's title holds the portfolio's first item, "and"
			// the next (not "chairman of the Board, and Ana Ruiz").
			for z := s.Ments[x].I; z < s.Ments[x].J; z++ {
				if toks[z].Lower == "of" || toks[z].Lower == "for" {
					return x
				}
			}
		}
		n := 0
		for y >= 0 && toks[y].Kind == token.Word && toks[y].IsCap() && toks[y].Lower != "and" {
			if x := s.At(y); x >= 0 && s.Ments[x].Kind == mention.Role || x >= 0 && s.Ments[x].Kind == mention.Person {
				return -1
			}
			y--
			n++
		}
		if n == 0 || y < 1 {
			return -1
		}
		passed = true
		if toks[y].Lower == "for" || toks[y].Lower == "of" {
			if x := s.Ending(y); x >= 0 && s.Ments[x].Kind == mention.Role {
				return x
			}
			return -1
		}
		if toks[y].Text != "," && toks[y].Lower != "and" {
			return -1
		}
	}
	return -1
}

// repeatedSurname reports whether the one word toks[k:j] of s, the subject
// of a verb of saying ("Okonkwo said"), is a person named by surname
// alone: the story names it again elsewhere, at least once inside a
// sentence (not only where any word is capitalised), every time as a
// capitalised word that no other mention (a state, place or organisation)
// covers and no other capitalised word adjoins, and never in lower case
// (so not "Officials said ... officials").
// One-word names with no second use stay out: one capitalised word
// before "said" is as often a firm or an agency.
func (t *table) repeatedSurname(s *mention.Sentence, k, j int) bool {
	if j-k != 1 {
		return false
	}
	w := s.Toks[k]
	if gazetteer.GivenName(w.Lower) || thingHeads[w.Lower] || orgHeadsSet.Has(w.Lower) || surnameDemonyms[w.Text] {
		return false
	}
	for _, o := range t.orgNames {
		if strings.Contains(o, w.Text) {
			return false
		}
	}
	uses, inside := 0, false
	for _, o := range t.sents {
		for x, tk := range o.Toks {
			if tk.Kind != token.Word || tk.Lower != w.Lower {
				continue
			}
			if tk.Text != w.Text || o.Covered(x) || x+1 < len(o.Toks) && o.Toks[x+1].Kind == token.Word && o.Toks[x+1].IsCap() ||
				x > 0 && o.Toks[x-1].Kind == token.Word && o.Toks[x-1].IsCap() {
				// Part of a longer name ("Geng Shuang"): the surname
				// pass resolves it against that name.
				return false
			}
			if x > 0 && o.Toks[x-1].End == tk.Begin && !openQuote[o.Toks[x-1].Text] && o.Toks[x-1].Text != "(" {
				return false // glued to what precedes: a web address ("Daily.Az")
			}
			uses++
			if x > 0 && !openQuote[o.Toks[x-1].Text] && o.Toks[x-1].Text != "(" && !isTitleCase(o.Toks) {
				inside = true
			}
		}
	}
	return uses >= 2 && inside
}

// heSaidNext reports whether the one word toks[k:j] that opens sentence s
// as the subject of a verb of saying is a person's surname because the
// next sentence goes on with "he" or "she" as its subject ("Haugen said
// the talks had failed. He said ..."): a gendered pronoun takes up a
// person, never a firm or a place. A given name, a word heading things or
// firms, a word in capitals and a whole word of an organisation's name are not
// taken this way.
func (t *table) heSaidNext(s *mention.Sentence, k, j int) bool {
	if j-k != 1 || k != 0 || t.next == nil || len(t.next.Toks) < 2 {
		return false
	}
	if p := t.next.Toks[0].Lower; p != "he" && p != "she" || t.next.Toks[1].Kind != token.Word || t.next.Toks[1].IsCap() {
		return false
	}
	w := s.Toks[k]
	if utf8.RuneCountInString(w.Text) < 3 || w.IsAllCaps() || gazetteer.GivenName(w.Lower) || thingHeads[w.Lower] || orgHeadsSet.Has(w.Lower) || surnameDemonyms[w.Text] ||
		groupSubjects[w.Lower] || strings.HasSuffix(w.Lower, "s") && !strings.HasSuffix(w.Lower, "ss") {
		// "Officials said", "Witnesses said", "Nobody said": a plural
		// (a surname in -s is given up with it) or a pronoun of persons.
		return false
	}
	for _, o := range t.orgNames {
		if hasWord(o, w.Text) {
			return false
		}
	}
	return true
}

// hasWord reports whether name holds word as a whole word: "Ford" is in
// "Ford Motor Co." but not in "Stanford University".
func hasWord(name, word string) bool {
	for i := 0; ; {
		k := strings.Index(name[i:], word)
		if k < 0 {
			return false
		}
		k += i
		e := k + len(word)
		before, _ := utf8.DecodeLastRuneInString(name[:k])
		after, _ := utf8.DecodeRuneInString(name[e:])
		if (k == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) && (e == len(name) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return true
		}
		i = k + 1
	}
}

// groupSubjects are words for people in general or in a body that open
// reports of speech in the singular ("Nobody said", "Police said").
var groupSubjects = map[string]bool{"nobody": true, "everybody": true, "everyone": true, "someone": true, "somebody": true, "anyone": true, "anybody": true,
	"police": true, "military": true, "army": true, "navy": true, "government": true, "management": true, "staff": true, "media": true, "television": true, "radio": true}

// shipPrefixes are the prefixes of naval ships' names (United States,
// British, Canadian, Australian, Indian, Russian and US Naval Ship).
var shipPrefixes = map[string]bool{"USS": true, "HMS": true, "HMCS": true, "HMAS": true, "INS": true, "RFS": true, "USNS": true}

// correspondentReports reports whether the words from token j are a
// broadcaster's hand-over to a correspondent: "reports" closing the
// sentence ("Ana Ruiz reports.") or followed by "from" a place ("Ana Ruiz
// reports from Nairobi"). "reports that", "reports to" give no role.
func correspondentReports(toks []token.Token, j int) bool {
	if j >= len(toks) || toks[j].Lower != "reports" {
		return false
	}
	return j+1 == len(toks) || toks[j+1].Text == "." || toks[j+1].Text == ":" || toks[j+1].Lower == "from"
}

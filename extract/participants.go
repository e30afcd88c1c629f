package extract

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/person"
	"github.com/annals-project/annals/extract/token"
)

// participants returns the actors (persons and organisations, by name)
// and states of clause c. Speakers ("Kishida said ...") report rather than
// take part, news agencies likewise; groups ("the two countries") resolve
// to the principal actors. Persons bring their own country.
func (d *doc) participants(s *mention.Sentence, c mention.Clause, pp []int, ps []annals.Country, typ annals.EventType) ([]string, []annals.Country) {
	var actors []string
	var countries []annals.Country
	addC := func(x annals.Country) {
		if x != "" && !slices.Contains(countries, x) {
			countries = append(countries, x)
		}
	}
	addA := func(x string) {
		if x != "" && !slices.Contains(actors, x) {
			actors = append(actors, x)
		}
	}
	// Mentions are sorted by start: begin at the clause, stop after it, so
	// that long sentences stay linear.
	first := s.LastStartingBy(c.I-1) + 1
	for _, m := range s.Ments[first:] {
		if m.I >= c.J {
			break
		}
		if m.I < c.I || m.J > c.J || s.Quoted[m.I] {
			continue
		}
		if credited(s, m) {
			continue // "ANKARA (Pakistan Point News / Sputnik - ...)": the source
		}
		if sinceBefore(s.Toks, c.I, m.I) >= 0 {
			continue // "the first meeting since Iran's test": Iran takes no part
		}
		switch m.Kind {
		case mention.Person:
			r := d.persons[m.PersonIndex]
			if r == nil {
				continue
			}
			if v := speechAfter(s.Toks, m.J); v >= 0 && typ != annals.EventStatement && !gives(s, v, typ) {
				// "X said", "X, a spokesman for the mission, said".
				continue
			}
			if typ != annals.EventStatement && speechAfter(s.Toks, m.J) < 0 && reportedBy(s, m) >= 0 {
				// "According to a spokeswoman, Ana Obi, Berg will meet
				// ...", "A spokesman, Tom Berg, said ...": the source.
				continue
			}
			addA(r.Name)
			addC(r.Country)
		case mention.Org:
			if v := speechAfter(s.Toks, m.J); m.Entry.Sub == "news agency" || v >= 0 && typ != annals.EventStatement && !selfReport(s, v+1) && !gives(s, v, typ) {
				// "..., the State Department said": a source, not a party;
				// but "the EU said it would host" speaks of itself.
				continue
			}
			if typ != annals.EventStatement && m.J < len(s.Toks) && spokesNouns[s.Toks[m.J].Lower] && reportedBy(s, m) >= 0 {
				// "A Foreign Ministry spokesman, Tom Berg, said the
				// minister would ...": the body of the source.
				continue
			}
			addC(d.nameState(s, m)) // "the UN Mission in South Sudan"
			if typ == annals.EventConflict && (attackTarget(s, m) || victimOrg(s, m)) {
				addC(m.Country) // "attacks against vehicles of the UN mission"
				continue
			}
			if !missionBuilding(s, m) {
				addA(m.Name)
			}
			addC(m.Country)
		case mention.Country:
			if locator(s, m) || sponsor(s, m) {
				continue
			}
			if d.countsAsState(m) && !(m.J < len(s.Toks) && s.Toks[m.J].Lower == "capital") {
				// "the Sri Lankan capital" names a place, not a party.
				addC(m.Country)
			}
		case mention.Role:
			// "the defense secretary held talks": the one person of the
			// story with that title.
			if p := d.roleHolder(s, m); p >= 0 {
				addA(d.persons[p].Name)
				addC(d.persons[p].Country)
			}
		case mention.Group:
			if m.OfPersons && d.groupOfMeeting(s, m) {
				// "The ministers agreed ...", right after the four
				// ministers met: all who met, with their states.
				for _, a := range d.lastMet.Actors {
					if d.isPerson(a) {
						addA(a)
					}
				}
				for _, x := range d.lastMet.Countries {
					addC(x)
				}
			} else if m.OfPersons {
				for _, p := range d.groupPersons(m.Role, pp) {
					if r := d.persons[p]; r != nil {
						addA(r.Name)
						addC(r.Country)
					}
				}
			} else {
				for _, x := range ps {
					addC(x)
				}
			}
		}
	}
	if typ == annals.EventMeet && len(actors) == 0 && len(countries) < 2 && nextOfSeries(s, c) && len(d.lastMet.Countries) >= 2 {
		// "The next meeting of the commission will be held in Ghana",
		// after the meeting of the two states' delegations: the next of
		// the series the story told, between the same states.
		for _, x := range d.lastMet.Countries {
			addC(x)
		}
	}
	if countries == nil {
		countries = []annals.Country{}
	}
	if actors == nil {
		actors = []string{}
	}
	return actors, countries
}

// antecedent returns the participants named by the noun a relative
// clause follows ("Omamo, who met ...", "leaders of the G8 who met"), none
// when that noun names no one ("parties that agreed").
func (d *doc) antecedent(s *mention.Sentence, c mention.Clause, pp []int, ps []annals.Country, typ annals.EventType) ([]string, []annals.Country) {
	x := c.I
	for x > 0 && s.Toks[x-1].Text == "," {
		x--
	}
	// The antecedent may end in a plain head noun: "Group of Eight
	// leaders who", "Russian officials who".
	for y := x; y > 0 && y >= x-2; y-- {
		if m := s.Ending(y); m >= 0 {
			return d.participants(s, mention.Clause{I: s.Ments[m].I, J: y}, pp, ps, typ)
		}
		if s.Toks[y-1].Kind != token.Word || s.Toks[y-1].IsCap() {
			break
		}
	}
	return []string{}, []annals.Country{}
}

// borrowed returns the participants of a clause that names none of its
// own ("In preliminary talks, the ..."): those of the whole sentence
// except its relative and noun-complement clauses, which speak of other
// subjects ("discussed concerns that North Korea may ..."), adverbial
// clauses of other happenings, and later coordinated predicates, whose
// mentions are their objects ("have pledged to ..., and have called on
// North Korea to ...").
func (d *doc) borrowed(s *mention.Sentence, c mention.Clause, pp []int, ps []annals.Country, typ annals.EventType) ([]string, []annals.Country) {
	actors, countries := []string{}, []annals.Country{}
	// The parties a clause may borrow are those of the clauses before
	// it; the main clauses after it add theirs. Computed once per sentence
	// and kept per clause, so that a sentence of many clauses stays
	// linear.
	if d.lent == nil || d.lentFor != s {
		d.lent, d.lentFor = d.lendable(s, pp, ps, typ), s
	}
	for x, o := range s.Clauses() {
		if o == c || !lendable(s, o, c) {
			continue
		}
		actors, countries = union(actors, d.lent[x].actors), union(countries, d.lent[x].countries)
	}
	return actors, countries
}

// parties are the participants one clause names.
type parties struct {
	actors    []string
	countries []annals.Country
}

// lendable returns the participants of each clause of s.
func (d *doc) lendable(s *mention.Sentence, pp []int, ps []annals.Country, typ annals.EventType) []parties {
	out := make([]parties, len(s.Clauses()))
	for x, o := range s.Clauses() {
		out[x].actors, out[x].countries = d.participants(s, o, pp, ps, typ)
	}
	return out
}

// lendable reports whether clause o lends its parties to clause c.
func lendable(s *mention.Sentence, o, c mention.Clause) bool {
	return !(o.Rel || o.Coord && o.I > c.I || subordinatorsSet.Has(s.Toks[o.I].Lower))
}

// subordinators open adverbial clauses that tell of another happening
// ("The meeting came a day after Biden welcomed Marcos"): their
// mentions are not the main clause's parties.
var subordinators = map[string]bool{
	"after": true, "before": true, "while": true, "because": true, "when": true, "although": true,
	"though": true, "until": true, "unless": true, "if": true, "since": true, "whereas": true,
}

// subordinatorsSet spares most words the subordinators lookup (see token.Set).
var subordinatorsSet = token.NewSet(subordinators)

// union returns a followed by the elements of b not in a.
func union[T comparable](a, b []T) []T {
	for _, v := range b {
		if !slices.Contains(a, v) {
			a = append(a, v)
		}
	}
	return a
}

// addSubject adds the subject of sentence s (outside quotes) to the
// participants of the event whose trigger is token k, a verb when verbal.
func (d *doc) addSubject(s *mention.Sentence, k int, verbal bool, actors []string, countries []annals.Country) ([]string, []annals.Country) {
	return d.addSubjectOf(s, mention.Clause{I: -1, J: -1}, k, verbal, false, actors, countries)
}

// ownSubject reports a person or organisation that clause c names
// before its trigger k: the clause's own subject ("Costa met with
// students").
func (d *doc) ownSubject(s *mention.Sentence, c mention.Clause, k int, pp []int, ps []annals.Country, typ annals.EventType) bool {
	if k <= c.I {
		return false
	}
	a, _ := d.participants(s, mention.Clause{I: c.I, J: k}, pp, ps, typ)
	return len(a) > 0
}

// lendsTo reports whether mention m stands in clause c or in a clause
// that lends its parties to c.
func lendsTo(s *mention.Sentence, m mention.Mention, c mention.Clause) bool {
	if m.I >= c.I && m.I < c.J {
		return true
	}
	for _, o := range s.Clauses() {
		if m.I >= o.I && m.I < o.J {
			return lendable(s, o, c)
		}
	}
	return false
}

// trailingSpeaker reports a person m after main clause c, followed by a
// verb of saying ("X had lunch with officials, Foreign Minister Y said"):
// the source of the report, not its subject. A clause opened by a
// subordinator or a participle ("After holding talks with X, Rice said")
// has no subject of its own; there the speaker is the one who acted.
func trailingSpeaker(s *mention.Sentence, c mention.Clause, m mention.Mention) bool {
	if c.I < 0 || m.I < c.J || m.J >= len(s.Toks) || !person.IsSpeechVerb(s.Toks[m.J].Lower) {
		return false
	}
	w := s.Toks[c.I].Lower
	if subordinatorsSet.Has(w) || strings.HasSuffix(w, "ing") || w == "during" || w == "in" || w == "at" {
		return false
	}
	return true
}

// addSubjectOf is addSubject for a trigger in clause c (I < 0: none),
// passing over the speaker of a trailing speech tag and the source of a
// report whose verb tells another's plan. When c has a
// subject of its own (ownSubject), a person named in a clause that does
// not lend its parties to c (a relative clause, a later coordinated
// predicate, an adverbial clause) is no party: "Sánchez met with American
// businesses and explained how ... President Obama's initiative".
func (d *doc) addSubjectOf(s *mention.Sentence, c mention.Clause, k int, verbal, ownSubject bool, actors []string, countries []annals.Country) ([]string, []annals.Country) {
	// The first person not already taking part ("After holding talks
	// with her counterpart, X, Rice said": Rice), else the first state.
	for _, m := range s.Ments {
		if m.Kind != mention.Person || s.Quoted[m.I] || m.Pronoun || trailingSpeaker(s, c, m) || ownSubject && !lendsTo(s, m, c) {
			continue
		}
		if y := reportedBy(s, m); verbal && y >= 0 && reportHolds(s, y, k) && !reportsOwnPlan(s, y) {
			// "Ana Obi, a spokeswoman, said the president will visit
			// Peru": the source reports another's plan. A noun tells
			// of the source's own ("Obi said the meeting with Berg
			// would ...", "said talks with Peru would resume").
			continue
		}
		r := d.persons[m.PersonIndex]
		if r == nil || slices.Contains(actors, r.Name) {
			continue
		}
		actors = append([]string{r.Name}, actors...)
		if r.Country != "" && !slices.Contains(countries, r.Country) {
			countries = append([]annals.Country{r.Country}, countries...)
		}
		return actors, countries
	}
	for _, m := range s.Ments {
		if m.Kind == mention.Country && !s.Quoted[m.I] && d.countsAsState(m) && !credited(s, m) {
			if !slices.Contains(countries, m.Country) {
				countries = append([]annals.Country{m.Country}, countries...)
			}
			break
		}
	}
	return actors, countries
}

// locator reports a state named after a place of its own to locate it
// ("in Busan, South Korea", "Nairobi, Kenya"): the address of a venue,
// not a party to what happens there.
func locator(s *mention.Sentence, m mention.Mention) bool {
	if m.I < 2 || s.Toks[m.I-1].Text != "," {
		return false
	}
	x := s.Ending(m.I - 1)
	return x >= 0 && s.Ments[x].Kind == mention.Place && s.Ments[x].Country == m.Country
}

// credited reports a mention inside the credit in brackets that follows
// a dateline place in capitals at the head of a sentence ("ANKARA
// (Pakistan Point News / Sputnik - 17th May, 2022) Turkish Foreign
// Minister ..."): it names the source, not a party.
func credited(s *mention.Sentence, m mention.Mention) bool {
	open := -1
	for x := 0; x < m.I && x < 4; x++ {
		t := s.Toks[x]
		if t.Text == "(" {
			open = x
			break
		}
		if t.Kind != token.Word || !t.IsAllCaps() {
			return false
		}
	}
	if open <= 0 {
		return false
	}
	for x := open + 1; x < len(s.Toks) && x <= open+20; x++ {
		if s.Toks[x].Text == ")" {
			return m.J <= x
		}
	}
	return false
}

// sponsor reports a state adjective joined to a participle ("Russian-backed
// separatists", "Iranian-made drones", "U.S.-trained forces"): it names
// who backs, made or trained a party, not a party to the event.
func sponsor(s *mention.Sentence, m mention.Mention) bool {
	if m.J+1 >= len(s.Toks) || s.Toks[m.J].Text != "-" || s.Toks[m.J].Begin != s.Toks[m.J-1].End {
		return false
	}
	return sponsorParticiples[s.Toks[m.J+1].Lower]
}

var sponsorParticiples = map[string]bool{
	"backed": true, "supported": true, "sponsored": true, "funded": true, "financed": true,
	"armed": true, "trained": true, "made": true, "built": true, "allied": true, "leaning": true,
	"speaking": true, "born": true, "based": true, "owned": true,
}

// sinceBefore returns the index of a "since" opening the phrase that
// holds token i (no comma or clause word between), or -1.
func sinceBefore(toks []token.Token, lo, i int) int {
	for x := i - 1; x >= lo && x >= i-6; x-- {
		switch {
		case toks[x].Lower == "since":
			return x
		case toks[x].Kind == token.Punct && toks[x].Text != "'s" && toks[x].Text != "'" && toks[x].Text != "-":
			return -1
		}
	}
	return -1
}

// withoutTopics drops from the participants of meeting trigger k what is
// talked about: the object of "discuss" ("Modi and Abe discussed China",
// "will discuss such issues as North Korea") and what follows "on",
// "about", "over" or "including" ("talks on Syria"). States and persons
// introduced by "with", "between" or "among" take part ("discussed trade
// with Japan"); so do those before the trigger.
func (d *doc) withoutTopics(s *mention.Sentence, c mention.Clause, k int, pp []int, ps []annals.Country, actors []string, countries []annals.Country) ([]string, []annals.Country) {
	topic := discussVerbs[s.Toks[k].Lower] // a verb's direct object is its topic
	found := false
	var spans []mention.Clause
	start := -1
	for x := k + 1; x < c.J; x++ {
		w := s.Toks[x].Lower
		switch {
		case partyPreps[w] && (w != "by" || x <= k+2 || hostedBy[s.Toks[x-1].Lower]) && !(topic && relationWith(s, k, x)),
			x == k+1 && w == "on" && phraseHeads[s.Toks[k].Lower] == headCall:
			// "called on Sam Kutesa": the one called on is a party.
			// "talks hosted by Qatar" names a party; a "by" deep in the
			// topic names its agent ("food insecurity exacerbated by
			// Russia's war").
			if !topic && start < 0 {
				start = x
			}
			if topic {
				topic, start = false, x
			}
		case topicPreps[w]:
			found = true
			if !topic && start >= 0 {
				spans = append(spans, mention.Clause{I: start, J: x})
			}
			topic, start = true, -1
		}
	}
	if !topic && start >= 0 {
		spans = append(spans, mention.Clause{I: start, J: c.J})
	}
	if !found && !discussVerbs[s.Toks[k].Lower] {
		return actors, countries // no topic named
	}
	a, n := d.participants(s, mention.Clause{I: c.I, J: k + 1}, pp, ps, annals.EventMeet)
	for _, sp := range spans {
		a2, n2 := d.participants(s, sp, pp, ps, annals.EventMeet)
		a, n = union(a, a2), union(n, n2)
	}
	if !discussVerbs[s.Toks[k].Lower] {
		// A noun's parties may follow it before the topic: "talks of the
		// G7 leaders on trade".
		end := c.J
		for x := k + 1; x < c.J; x++ {
			if topicPreps[s.Toks[x].Lower] {
				end = x
				break
			}
		}
		a2, n2 := d.participants(s, mention.Clause{I: k + 1, J: end}, pp, ps, annals.EventMeet)
		a, n = union(a, a2), union(n, n2)
	}
	return a, n
}

// withoutTopicActors drops from the actors of agreement trigger k the
// persons and organisations named only in what the agreement is on:
// "agreements were signed on fisheries and the Camoes Institute" names no
// signatory. States stay (an accord on Syria concerns Syria), and so do
// actors after "with", "between", "among" or "by", and "on behalf of".
// Clause c may run past its own end: the list a topic opens can go on in
// clauses of its own.
func (d *doc) withoutTopicActors(s *mention.Sentence, c mention.Clause, k int, pp []int, ps []annals.Country, actors []string) []string {
	if len(actors) == 0 {
		return actors
	}
	var topic, party []mention.Clause
	party = append(party, mention.Clause{I: c.I, J: k + 1})
	start, inTopic := k+1, false
	for x := k + 1; x < c.J; x++ {
		w := s.Toks[x].Lower
		switch {
		case partyPreps[w] || w == "on" && x+1 < c.J && s.Toks[x+1].Lower == "behalf":
			if x > start {
				if inTopic {
					topic = append(topic, mention.Clause{I: start, J: x})
				} else {
					party = append(party, mention.Clause{I: start, J: x})
				}
			}
			start, inTopic = x, false
		case person.IsSpeechVerb(w):
			// ", officials said": the topic has ended.
			if x > start && inTopic {
				topic = append(topic, mention.Clause{I: start, J: x})
			}
			start, inTopic = x, false
		case topicPreps[w] && w != "as":
			if x > start && !inTopic {
				party = append(party, mention.Clause{I: start, J: x})
			}
			if !inTopic {
				start, inTopic = x, true
			}
		}
	}
	if inTopic {
		topic = append(topic, mention.Clause{I: start, J: c.J})
	} else {
		party = append(party, mention.Clause{I: start, J: c.J})
	}
	if len(topic) == 0 {
		return actors
	}
	var inT, inP []string
	for _, sp := range topic {
		a, _ := d.participants(s, sp, pp, ps, annals.EventAgree)
		inT = union(inT, a)
	}
	for _, sp := range party {
		a, _ := d.participants(s, sp, pp, ps, annals.EventAgree)
		inP = union(inP, a)
	}
	var out []string
	for _, a := range actors {
		if slices.Contains(inT, a) && !slices.Contains(inP, a) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// relationWith reports "with" at x right after a noun of relations
// in the topic of meeting trigger k, naming a state or organisation:
// "discussed security and cooperation with NATO", "discussed relations
// with Russia". The state is the other side of the relations talked
// about, not a party to the talk. A person after "with" still takes part
// ("discussed bilateral ties with Xi Jinping").
func relationWith(s *mention.Sentence, k, x int) bool {
	if x <= k+1 || !relationNouns[s.Toks[x-1].Lower] {
		return false
	}
	end := x + 1 // the noun phrase after "with", up to punctuation or a conjunction, at most six words
	for end < len(s.Toks) && end <= x+6 && s.Toks[end].Kind == token.Word && s.Toks[end].Lower != "and" && s.Toks[end].Lower != "as" {
		end++
	}
	state := false
	for _, m := range s.Ments {
		if m.I > x && m.I < end {
			if m.Kind == mention.Person || m.Kind == mention.Role {
				return false // "relations with Polish Foreign Minister Marek Nowak"
			}
			state = state || m.I <= x+2 && (m.Kind == mention.Country || m.Kind == mention.Org)
		}
	}
	return state
}

// relationNouns name relations between states, which take their other
// side with "with".
var relationNouns = map[string]bool{
	"relations": true, "ties": true, "cooperation": true, "co-operation": true, "partnership": true, "coordination": true,
}

var discussVerbs = map[string]bool{"discuss": true, "discussed": true, "discussing": true, "discusses": true}

// hostedBy are participles whose agent takes part in the meeting ("a
// dinner hosted by Obama").
var hostedBy = map[string]bool{
	"hosted": true, "chaired": true, "organized": true, "organised": true, "convened": true,
	"led": true, "attended": true, "joined": true, "co-chaired": true, "moderated": true,
}

var partyPreps = map[string]bool{"with": true, "between": true, "among": true, "by": true}

var topicPreps = map[string]bool{"on": true, "about": true, "over": true, "including": true, "regarding": true, "concerning": true, "as": true}

// selfReport reports a subject pronoun at token k, after a speech verb:
// the speaker tells of its own act ("the EU said it would host ...").
func selfReport(s *mention.Sentence, k int) bool {
	if k >= len(s.Toks) {
		return false
	}
	switch s.Toks[k].Lower {
	case "it", "they", "we":
		return true
	}
	return false
}

// groupOfMeeting reports an uncounted group of persons without a role
// ("the ministers", "the leaders", not "the two men" or "the foreign
// ministers") named in the sentence after a meeting, or the one after
// that, whose persons outnumber the story's two principal ones: the group
// is those who met.
func (d *doc) groupOfMeeting(s *mention.Sentence, m mention.Mention) bool {
	if m.Role != "" || d.sentIndex-d.lastMetSent > 2 || d.lastMet.Type != annals.EventMeet {
		return false
	}
	for x := m.I; x < m.J; x++ {
		if w := s.Toks[x].Lower; w == "two" || w == "both" || w == "three" || w == "four" {
			return false
		}
	}
	n := 0
	for _, a := range d.lastMet.Actors {
		if d.isPerson(a) {
			n++
		}
	}
	return n > 2
}

// gives reports a speech verb at k that announces a figure the speaker
// gives ("the EU announced 50 million euros in assistance", "Kishida
// pledged $100 million"): for a figure, the speaker is the giver, not a
// source.
func gives(s *mention.Sentence, k int, typ annals.EventType) bool {
	if typ != annals.EventTrade || k+1 >= len(s.Toks) {
		return false
	}
	switch s.Toks[k].Lower {
	case "announced", "announces", "pledged", "pledges", "promised", "unveiled", "offered":
	default:
		return false
	}
	// The figure follows at once, or after "a", "an" or "nearly".
	for x := k + 1; x < len(s.Toks) && x <= k+3; x++ {
		if s.Toks[x].Kind == token.Number || s.Toks[x].Text == "$" || s.Toks[x].Text == "€" || s.Toks[x].Text == "£" {
			return true
		}
	}
	return false
}

// separateMeetings splits the meeting of out that clause c tells as
// several into one meeting per counterpart. The text tells several
// meetings in three ways:
//   - a plural meeting noun qualified as separate, bilateral or
//     individual, followed by "with" and two or more counterparts ("joined
//     Clinton for separate meetings with President Hu and Premier Wen",
//     "held bilateral meetings with my Peruvian and Ecuadorian
//     counterparts"), each a person (with the title and state before the
//     name) or, without a name, a state;
//   - counterparts closed by "respectively" ("held talks with President
//     Hu and Premier Wen respectively"): one meeting each;
//   - a meeting verb or plural noun followed by named persons of two or
//     more states or bodies ("will meet with German Chancellor Schroeder,
//     German Defence Minister Scharping, NATO Secretary General Robertson
//     and British Defence Minister Hoon"): one meeting per state or body,
//     as a CAMEO meeting (040s) has one counterpart; persons of one state
//     are one meeting ("will meet President Lee and Foreign Minister
//     Kim").
//
// Each meeting keeps the clause's other parties and drops the other
// counterparts.
func (d *doc) separateMeetings(s *mention.Sentence, c mention.Clause, out []cand) []cand {
	x := slices.IndexFunc(out, func(e cand) bool { return e.ev.Type == annals.EventMeet })
	if x < 0 {
		return out
	}
	units, ok := d.separateUnits(s, c)
	if !ok {
		units, ok = d.counterpartUnits(s, c)
	}
	if !ok {
		return out
	}
	base := out[x]
	counterpart := func(a string) bool {
		return slices.ContainsFunc(units, func(v meetUnit) bool { return slices.Contains(v.persons, a) })
	}
	var split []cand
	for _, u := range units {
		e := base
		e.ev.Actors = slices.DeleteFunc(slices.Clone(base.ev.Actors), func(a string) bool {
			return counterpart(a) && !slices.Contains(u.persons, a)
		})
		for _, p := range u.persons {
			if !slices.Contains(e.ev.Actors, p) {
				e.ev.Actors = append(e.ev.Actors, p)
			}
		}
		e.ev.Countries = slices.DeleteFunc(slices.Clone(base.ev.Countries), func(k annals.Country) bool {
			return k != u.country && slices.ContainsFunc(units, func(v meetUnit) bool { return v.country == k }) &&
				!slices.ContainsFunc(base.ev.Actors, func(a string) bool {
					return !counterpart(a) && d.personCountry(a) == k
				})
		})
		if u.country != "" && !slices.Contains(e.ev.Countries, u.country) {
			e.ev.Countries = append(e.ev.Countries, u.country)
		}
		e.fresh, e.separate = true, true
		split = append(split, e)
	}
	return slices.Concat(out[:x], split, out[x+1:])
}

// meetUnit is one counterpart of a clause that tells several meetings:
// the persons met together (none for a state named without a person) and
// their state.
type meetUnit struct {
	persons []string
	country annals.Country
	body    string // the organisation a counterpart's title names, when no state
}

// separateUnits returns the counterparts of a plural meeting noun
// qualified as separate, bilateral or individual and followed by "with",
// or of counterparts closed by "respectively"; ok is false when clause c
// tells neither or names fewer than two counterparts of one kind.
func (d *doc) separateUnits(s *mention.Sentence, c mention.Clause) ([]meetUnit, bool) {
	toks := s.Toks
	w := -1
	for k := c.I + 1; k+1 < c.J; k++ {
		if separateMods[toks[k-1].Lower] && pluralMeeting[toks[k].Lower] && toks[k+1].Lower == "with" {
			w = k + 1
			break
		}
	}
	if w < 0 {
		units, _, end, ok := d.counterpartList(s, c)
		if !ok || len(units) < 2 || !respectively(toks, end, len(s.Toks)) {
			return nil, false
		}
		return units, true
	}
	var units []meetUnit
	for k := w + 1; k < c.J; k++ {
		if m := s.At(k); m >= 0 {
			h := phraseHead(s, m, c.J)
			u := meetUnit{country: s.Ments[m].Country}
			switch hm := s.Ments[h]; hm.Kind {
			case mention.Person:
				if r := d.persons[hm.PersonIndex]; r != nil {
					u.persons = []string{r.Name}
					if r.Country != "" {
						u.country = r.Country
					}
				}
			case mention.Country:
				if !hm.Demonym {
					return nil, false // "meetings with Kenya and Ghana": states, told as one
				}
			default:
				if u.country == "" {
					return nil, false
				}
			}
			if u.persons == nil && u.country == "" {
				return nil, false
			}
			if u.country == "" && len(units) > 0 {
				// "Kenyan President Kibaki and Prime Minister Odinga": the
				// state named first qualifies both.
				u.country = units[len(units)-1].country
			}
			units = append(units, u)
			k = s.Ments[h].J - 1
			continue
		}
		if t := toks[k]; t.Kind == token.Punct && t.Text != "," || t.Lower == "to" || t.Lower == "on" || t.Lower == "in" {
			break // "... counterparts to discuss": the counterparts end
		}
	}
	if len(units) < 2 {
		return nil, false
	}
	for _, u := range units {
		if u.persons == nil && slices.ContainsFunc(units, func(v meetUnit) bool { return v.persons != nil }) {
			return nil, false // a person and an unnamed state: not one kind of counterpart
		}
	}
	return units, true
}

// counterpartUnits returns the counterparts of a meeting verb or plural
// meeting noun grouped by state (or, for a person of no state, by the
// body the title names), when they are named persons of two or more
// states or bodies and the clause does not tell them met together
// ("trilateral", "jointly", "together").
func (d *doc) counterpartUnits(s *mention.Sentence, c mention.Clause) ([]meetUnit, bool) {
	list, word, end, ok := d.counterpartList(s, c)
	if !ok || len(list) < 2 || word != "meetings" && !meetVerbs[word] {
		// "held talks with A and B" may be one round of talks; a plural
		// "meetings" or a meeting verb with each tells several.
		return nil, false
	}
	for k := c.I; k < end; k++ {
		if jointWords[s.Toks[k].Lower] {
			return nil, false
		}
	}
	var units []meetUnit
	for i, u := range list {
		if len(u.persons) == 0 && i > 0 {
			break // "..., Hoon and a Singaporean delegation": the persons end
		}
		if len(u.persons) == 0 || u.country == "" && u.body == "" {
			return nil, false
		}
		x := slices.IndexFunc(units, func(v meetUnit) bool {
			return u.country != "" && v.country == u.country || u.country == "" && v.country == "" && v.body == u.body
		})
		if x < 0 {
			units = append(units, u)
			continue
		}
		units[x].persons = append(units[x].persons, u.persons...)
	}
	return units, len(units) >= 2
}

// jointWords tell a meeting of several counterparts held together.
var jointWords = map[string]bool{"trilateral": true, "joint": true, "jointly": true, "together": true, "multilateral": true}

// counterpartList returns the named counterparts that follow word, the
// first
// meeting verb ("meet", "met", "meets", "meeting") or plural meeting
// noun of clause c, after "with" or, for a verb, at once: persons
// with their titles, or states by demonym with an unnamed title ("his
// Peruvian counterpart"), joined by commas, "and" and "as well as", each
// with its state (from the person, the title or a following "of" and
// state) or the body its title names. end is the token after the list.
// A singular "meeting" after a determiner is a noun and opens no list.
// ok is false when no such list opens the clause's meeting.
func (d *doc) counterpartList(s *mention.Sentence, c mention.Clause) (units []meetUnit, word string, end int, ok bool) {
	toks := s.Toks
	k := c.I
	for ; k < c.J; k++ {
		if meetVerbs[toks[k].Lower] || pluralMeeting[toks[k].Lower] {
			break
		}
	}
	if k+1 >= c.J || k > c.I && toks[k].Lower == "meeting" && nounDeterminers[toks[k-1].Lower] {
		return nil, "", 0, false // "a meeting with": one meeting
	}
	word = toks[k].Lower
	w := k + 1
	switch {
	case toks[w].Lower == "with":
		w++
	case meetVerbs[toks[k].Lower] && s.At(w) >= 0:
	default:
		return nil, "", 0, false
	}
	// The list runs on past the clause, which ends at a comma.
	hi := len(toks)
	k = w
	for k < hi {
		for k < hi && counterpartFiller[toks[k].Lower] {
			k++
		}
		m := -1
		if k < hi {
			m = s.At(k)
		}
		if m < 0 {
			break
		}
		h := phraseHead(s, m, hi)
		var u meetUnit
		for y := m; y <= h; y++ {
			switch my := s.Ments[y]; my.Kind {
			case mention.Country:
				u.country = my.Country
			case mention.Org:
				if u.country == "" {
					u.country = my.Country
				}
				u.body = my.Name
			case mention.Person:
				if r := d.persons[my.PersonIndex]; r != nil {
					u.persons = []string{r.Name}
					if r.Country != "" {
						u.country = r.Country
					}
				}
			}
		}
		k = s.Ments[h].J
		if k+1 < hi && toks[k].Lower == "of" {
			// "President Abdurrahman Wahid of Indonesia"
			y := k + 1
			if toks[y].Lower == "the" {
				y++
			}
			if n := s.At(y); n >= 0 && s.Ments[n].Kind == mention.Country && !s.Ments[n].Demonym {
				if u.country == "" {
					u.country = s.Ments[n].Country
				}
				k = s.Ments[n].J
			}
		}
		if u.persons == nil && u.country == "" {
			break
		}
		if u.country == "" && u.body == "" && len(units) > 0 {
			// "Kenyan President Kibaki and Prime Minister Odinga": the
			// state named first qualifies both.
			u.country, u.body = units[len(units)-1].country, units[len(units)-1].body
		}
		units = append(units, u)
		y := k
		if y < hi && toks[y].Text == "," {
			y++
		}
		switch {
		case y < hi && toks[y].Lower == "and":
			k = y + 1
		case y+2 < hi && toks[y].Lower == "as" && toks[y+1].Lower == "well" && toks[y+2].Lower == "as":
			k = y + 3
		case y < hi && y > k:
			k = y // a comma: the list goes on, or ends before a clause
		default:
			return units, word, k, true
		}
	}
	return units, word, k, len(units) > 0
}

// respectively reports "respectively" at token k or after a comma there.
func respectively(toks []token.Token, k, hi int) bool {
	if k < hi && toks[k].Text == "," {
		k++
	}
	return k < hi && toks[k].Lower == "respectively"
}

// nounDeterminers make "meeting" a noun: "a meeting with".
var nounDeterminers = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "their": true, "his": true, "her": true}

var meetVerbs = map[string]bool{"meet": true, "met": true, "meets": true, "meeting": true}

// counterpartFiller are the words that may stand before a counterpart in
// a list: determiners and possessives ("his Peruvian counterpart").
var counterpartFiller = map[string]bool{"the": true, "his": true, "her": true, "their": true, "its": true, "my": true, "our": true, "then": true, "with": true}

// separateMods qualify a plural meeting noun as several meetings.
var separateMods = map[string]bool{"separate": true, "bilateral": true, "individual": true}

var pluralMeeting = map[string]bool{"meetings": true, "talks": true, "consultations": true, "discussions": true}

// missionBuilding reports an embassy or consulate named after a
// preposition of place ("protesters gathered outside the French
// Embassy"): the building, where the event happens, not a party to it;
// its state still counts.
func missionBuilding(s *mention.Sentence, m mention.Mention) bool {
	if m.Entry.Sub != "mission" {
		return false
	}
	x := m.I - 1
	if x >= 0 && s.Toks[x].Lower == "the" {
		x--
	}
	return x >= 0 && s.Toks[x].Lower != "of" && mention.Locative(s.Toks[x].Lower)
}

// nextOfSeries reports a clause that opens with "the next meeting",
// "session" or "round" (of a body or series told before).
func nextOfSeries(s *mention.Sentence, c mention.Clause) bool {
	x := c.I
	if x < c.J && s.Toks[x].Lower == "the" {
		x++
	}
	if x+1 >= c.J || s.Toks[x].Lower != "next" {
		return false
	}
	switch s.Toks[x+1].Lower {
	case "meeting", "session", "round":
		return true
	}
	return false
}

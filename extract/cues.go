package extract

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/person"
	"github.com/annals-project/annals/extract/token"
	"github.com/annals-project/annals/extract/trigger"
)

// The cues below are small tests on a clause's words that decide whether a
// trigger names an event, and of what kind; clauseEvents and build use them.

// definiteRef reports a definite or demonstrative determiner before
// noun k, over at most four modifiers ("the Washington meeting", "this
// first ever leaders meeting"), or "such a" ("attending such a meeting"):
// such a noun phrase refers to a meeting the reader knows of.
func definiteRef(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-5; x-- {
		switch toks[x].Lower {
		case "the", "this", "that", "these":
			return true
		case "a", "an":
			return x > lo && toks[x-1].Lower == "such"
		case "next":
			return false // "the next meeting": one still to come, not the one told
		}
		if toks[x].Kind != token.Word && toks[x].Text != "-" {
			return false
		}
	}
	return false
}

// describesAntecedent reports a relative clause on an event noun of the
// same type ("an April 3 summit with Kiir that had been scheduled to
// discuss ...", "talks, which will cover trade"): the clause tells more of
// that event, which is already read (or negated) where the noun stands.
func describesAntecedent(s *mention.Sentence, c mention.Clause, typ annals.EventType) bool {
	for x := c.I - 1; x >= 0 && x >= c.I-10; x-- {
		if tr, ok := trigger.Lookup(s.Toks[x].Lower); ok && tr.Noun {
			return tr.Type == typ
		}
		if typ == annals.EventConflict && wars[s.Toks[x].Lower] {
			return true // "a bloody war in the 1990s that killed 30,000 people"
		}
		if person.IsSpeechVerb(s.Toks[x].Lower) || reporting[s.Toks[x].Lower] {
			// "Survivors of the attack said Monday that rebels killed
			// ...": "that" opens what was said, no relative clause on
			// the noun before the verb of saying.
			return false
		}
		if s.Toks[x].Kind == token.Punct && !namePunct[s.Toks[x].Text] {
			return false
		}
	}
	return false
}

// namePunct may stand inside the noun phrase a relative clause is on:
// "the attack on the M/T MERCER STREET, which killed", "Iran's".
var namePunct = map[string]bool{",": true, "'s": true, "’s": true, "/": true, "-": true, "&": true, ".": true}

// inState reports a clause that locates itself in a state ("currently in
// Iceland for a meeting"): its events are not at the dateline.
func inState(s *mention.Sentence, c mention.Clause) bool {
	for _, m := range s.Ments {
		if m.Kind == mention.Country && m.I > c.I && m.I < c.J && s.Toks[m.I-1].Lower == "in" {
			return true
		}
	}
	return false
}

// topicOfTalks reports an agreement noun that is the topic of a meeting
// word shortly before it ("discussing a water treaty", "talks on a trade
// agreement"): what is talked about has not been agreed.
func topicOfTalks(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-5; x-- {
		if tr, ok := trigger.Lookup(toks[x].Lower); ok {
			return tr.Type == annals.EventMeet
		}
		if toks[x].Kind == token.Punct && toks[x].Text != "-" {
			return false
		}
	}
	return false
}

// firstTrigger returns the index of the first event word of s, or -1.
func firstTrigger(s *mention.Sentence) int {
	for k, t := range s.Toks {
		if _, ok := trigger.Lookup(t.Lower); ok {
			return k
		}
	}
	return -1
}

// subjectBefore reports a named subject right before verb k, allowing a
// perfect auxiliary and a head noun between ("Turkey accused", "U.S.
// officials have accused", "Russian forces had shelled").
func subjectBefore(s *mention.Sentence, k int) bool {
	x := k
	if x > 0 && (s.Toks[x-1].Lower == "has" || s.Toks[x-1].Lower == "have" || s.Toks[x-1].Lower == "had") {
		x--
	}
	x = beforeAside(s.Toks, x)
	if x > 0 && (s.Toks[x-1].Lower == "has" || s.Toks[x-1].Lower == "have" || s.Toks[x-1].Lower == "had") {
		x-- // "had earlier closed": the auxiliary before the adverb
	}
	if m := s.Ending(x); m >= 0 {
		// "The earthquake in Peru killed": a place modifying the
		// subject, not the subject.
		return !locativeBefore(s, s.Ments[m].I)
	}
	if x > 0 && subjectHeads[s.Toks[x-1].Lower] && s.Ending(x-1) >= 0 {
		return true
	}
	// "Bolivia's government barred", "the President's forces shelled":
	// a head owned by a named party.
	return x > 1 && subjectHeads[s.Toks[x-1].Lower] && possessive(s.Toks, x-2, x) && s.Ending(x-2) >= 0
}

// beforeAside returns where the subject of the verb at x ends, over
// adverbs and an aside set off by commas between them: "Kenya also
// condemned", "The Council, for its part, also condemned".
func beforeAside(toks []token.Token, x int) int {
	for x > 0 && subjectAdverbs[toks[x-1].Lower] {
		x--
	}
	if x > 0 && toks[x-1].Text == "," {
		for y := x - 2; y > 0 && y >= x-6; y-- {
			if toks[y].Text == "," {
				if asideOpeners[toks[y+1].Lower] {
					x = y
					for x > 0 && subjectAdverbs[toks[x-1].Lower] {
						x--
					}
				}
				break
			}
			if toks[y].Kind != token.Word {
				break
			}
		}
	}
	return x
}

var subjectAdverbs = map[string]bool{"also": true, "again": true, "too": true, "strongly": true, "swiftly": true, "immediately": true, "later": true,
	// "Maduro had earlier closed the border", "Peru has already
	// expelled": the act is told as of the story's time, as with "later".
	// ("recently" and "previously" tell an act before the story's day.)
	"earlier": true, "already": true}

// asideOpeners open a comma-bound aside between a subject and its verb.
var asideOpeners = map[string]bool{"for": true, "in": true, "meanwhile": true, "however": true, "too": true, "likewise": true, "similarly": true,
	// "Kenya, together with Uganda, condemned", "along with": a partner
	// set off beside the subject.
	"together": true, "along": true}

// locativeBefore reports "in", "at" or "near" (and "the") right before
// token i.
func locativeBefore(s *mention.Sentence, i int) bool {
	if i > 0 && s.Toks[i-1].Lower == "the" {
		i--
	}
	if i == 0 {
		return false
	}
	switch s.Toks[i-1].Lower {
	case "in", "at", "near":
		return true
	}
	return false
}

var subjectHeads = map[string]bool{
	"officials": true, "forces": true, "troops": true, "authorities": true, "government": true,
	"military": true, "police": true, "navy": true, "army": true, "leaders": true, "diplomats": true,
	"warplanes": true, "jets": true, "ships": true, "vessels": true, "militants": true, "rebels": true,
}

// spokeAt reports a meeting noun k where a speech verb shortly before was
// spoken: "said Monday at a conference", "told reporters during talks".
func spokeAt(s *mention.Sentence, k int) bool {
	prep := false
	for x := k - 1; x >= 0 && x >= k-8; x-- {
		w := s.Toks[x].Lower
		switch {
		case w == "at" || w == "during":
			prep = true
		case person.IsSpeechVerb(w):
			return prep
		case s.Toks[x].Kind == token.Punct || w == "that":
			return false
		}
	}
	return false
}

// cancelledLater returns the type of an event a sentence calls off after
// naming it: "<the|that|this> <event noun> was|were|has been|had been
// cancelled|postponed|scrapped|called off". "" when none.
func cancelledLater(s *mention.Sentence) annals.EventType {
	toks := s.Toks
	for k := 1; k+2 < len(toks); k++ {
		switch toks[k-1].Lower {
		case "the", "that", "this":
		default:
			continue // tested first: cheaper than the lookup
		}
		tr, ok := trigger.Lookup(toks[k].Lower)
		if !ok || !tr.Noun {
			continue
		}
		x := k + 1
		for x < len(toks) && (toks[x].Lower == "was" || toks[x].Lower == "were" || toks[x].Lower == "has" || toks[x].Lower == "had" || toks[x].Lower == "been") {
			x++
		}
		if x > k+1 && x < len(toks) && trigger.CancelVerb(toks[x].Lower) {
			return tr.Type
		}
	}
	return ""
}

// theTwo reports a clause whose subject is a bare "the two" (or "both")
// before trigger k, with at most auxiliaries and adverbs between: "The two
// discussed", "The two also talked about". Read as the parties of the
// meeting told just before; "the two sides" and its kin are groups of
// their own (package mention).
func theTwo(toks []token.Token, lo, k int) bool {
	x := lo
	switch {
	case x+1 < k && toks[x].Lower == "the" && toks[x+1].Lower == "two":
		x += 2
	case x+1 < k && toks[x].Lower == "the" && (toks[x+1].Lower == "pair" || toks[x+1].Lower == "duo"):
		// "The pair are expected to meet in New York".
		x += 2
	case x < k && toks[x].Lower == "both":
		x++
	default:
		return false
	}
	for ; x < k; x++ {
		w := toks[x].Lower
		if !(strings.HasSuffix(w, "ly") || twoAdverbs[w]) {
			return false
		}
	}
	return true
}

// pairSubject reports a clause of [lo, hi) whose subject is a counted
// pair, bare or with a noun: "and the two ministers also met", "both
// leaders then met", after any joining "and".
func pairSubject(toks []token.Token, lo, hi int) bool {
	x := lo
	for x < hi && (toks[x].Lower == "and" || toks[x].Text == "," || toks[x].Lower == "then") {
		x++
	}
	switch {
	case x+1 < hi && toks[x].Lower == "the" && toks[x+1].Lower == "two":
		return true
	case x < hi && toks[x].Lower == "both":
		return true
	}
	return false
}

// theyClause reports a clause of [lo, hi) whose subject is a bare
// "they", after any joining "and": "..., and they agreed to ...".
func theyClause(toks []token.Token, lo, hi int) bool {
	x := lo
	for x < hi && (toks[x].Lower == "and" || toks[x].Text == ",") {
		x++
	}
	return x < hi && toks[x].Lower == "they"
}

var twoAdverbs = map[string]bool{
	"also": true, "then": true, "later": true, "further": true, "too": true, "have": true,
	"had": true, "will": true, "would": true, "both": true, "men": false,
	// "are expected to meet", "are due to hold talks": the status
	// words before a planned meeting.
	"are": true, "were": true, "is": true, "expected": true, "due": true, "scheduled": true,
	"set": true, "to": true, "hold": true,
}

// attendVerbs take part in a meeting named as their object.
var attendVerbs = map[string]bool{
	"attend": true, "attends": true, "attended": true, "attending": true,
	"participate": true, "participates": true, "participated": true, "participating": true,
}

// attendTrigger types attendance: CAMEO 040, consult.
var attendTrigger = trigger.Trigger{Type: annals.EventMeet, CAMEO: "040"}

// attendsMeeting reports a meeting as the object of attendance verb k,
// within eight words and before any clause punctuation: a meeting noun
// of the lexicon or a word naming a gathering of officials, capitalised
// in a name ("the ASEAN Post-Ministerial Conference", "the ARF
// Ministerial"). "Congress" is left out: it is a legislature too.
//
// "participate with her Kenyan counterpart in the Trilateral Dialogue":
// the partners named after "with" come before the meeting, which is read
// from the "in" after them.
func attendsMeeting(toks []token.Token, k, hi int) bool {
	if k+1 < hi && toks[k+1].Lower == "with" {
		for x := k + 2; x < hi && x <= k+10; x++ {
			if toks[x].Lower == "in" {
				k = x
				break
			}
			if toks[x].Kind == token.Punct && toks[x].Text != "-" {
				return false
			}
		}
	}
	for x := k + 1; x < hi && x <= k+8; x++ {
		w := toks[x].Lower
		if tr, ok := trigger.Lookup(w); ok && tr.Noun && tr.Type == annals.EventMeet {
			// A meeting noun in lower case is an event of its own ("attended
			// the Manila meeting"); in a name it is none ("the ASEAN
			// Regional Forum").
			return toks[x].IsCap()
		}
		if gatherings[w] {
			return toks[x].IsCap() // "the ARF Ministerial", not "a forum on trade"
		}
		if toks[x].Kind == token.Punct && toks[x].Text != "-" && toks[x].Text != "(" && toks[x].Text != ")" && toks[x].Text != "+" { // "ASEAN+3 Summit"
			return false
		}
	}
	return false
}

var gatherings = map[string]bool{
	"ministerial": true, "forum": true, "session": true, "assembly": true, "meetings": true, "consultations": true, "retreat": true, "dinner": true,
	"luncheon": true,
}

// amongMeeting reports at least two persons in actors, all of them
// parties to a meeting with the given actors.
func amongMeeting(actors, meeting []string, isPerson func(string) bool) bool {
	n := 0
	for _, a := range actors {
		if !isPerson(a) {
			continue
		}
		if !slices.Contains(meeting, a) {
			return false
		}
		n++
	}
	return n >= 2
}

// meetingLevel returns the rank a meeting noun k is qualified with, as
// written ("vice-ministerial", "working-level", "summit"), or "round" for
// a meeting of a series ("the next round of consultations", "a new round
// of talks"); "" when none.
func meetingLevel(toks []token.Token, lo, k int) string {
	if k-2 >= lo && toks[k-1].Lower == "of" && toks[k-2].Lower == "round" {
		return "round"
	}
	// The modifier right before the noun, hyphenated words joined.
	x := k - 1
	for x-2 >= lo && toks[x-1].Text == "-" && toks[x-1].Begin == toks[x-2].End && toks[x].Begin == toks[x-1].End {
		x -= 2
	}
	if x < lo || x == k {
		return ""
	}
	var b strings.Builder
	for y := x; y < k; y++ {
		b.WriteString(toks[y].Lower)
	}
	if w := b.String(); meetingLevels[w] || strings.HasSuffix(w, "-level") {
		return w
	}
	return ""
}

// meetingLevels rank meetings by who attends them.
var meetingLevels = map[string]bool{
	"ministerial": true, "vice-ministerial": true, "deputy-ministerial": true, "summit": true,
	"leaders": true, "expert": true, "experts": true, "deputy": true, "vice-minister": true,
	"ambassadorial": true, "parliamentary": true, "military": true,
}

// speakVerbs consult a party named after "with": "spoke with", "talked
// with".
var speakVerbs = map[string]bool{
	"spoke": true, "speaks": true, "speak": true, "speaking": true, "talked": true, "talk": true,
	"chatted": true, "talking": true, "chatting": true,
}

// speakTrigger types a consultation told by "spoke with": CAMEO 040,
// consult (041 when by telephone; a readout often does not say), and
// callTrigger one told as a call (041, discuss by telephone).
var (
	speakTrigger = trigger.Trigger{Type: annals.EventMeet, CAMEO: "040"}
	callTrigger  = trigger.Trigger{Type: annals.EventMeet, CAMEO: "041", Noun: true}
)

// spokeWith reports "with" and a party after speech verb k, allowing a
// time word or "by phone" between ("spoke today with Foreign Minister
// Kuleba", "talked by telephone with"): the press ("spoke with
// reporters") is no party.
func spokeWith(s *mention.Sentence, k, hi int) bool {
	for x := k + 1; x+1 < hi && x <= k+4; x++ {
		if s.Toks[x].Lower != "with" {
			if s.Toks[x].Kind != token.Word {
				return false
			}
			continue
		}
		m := s.At(x + 1)
		if m < 0 && x+2 < hi && (s.Toks[x+1].Lower == "the" || s.Toks[x+1].Lower == "his" || s.Toks[x+1].Lower == "her") {
			m = s.At(x + 2)
		}
		if m < 0 {
			return false
		}
		switch s.Ments[m].Kind {
		case mention.Person, mention.Role, mention.Country, mention.Org, mention.Group:
			return true
		}
		return false
	}
	return false
}

// callNoun reports "call" or "calls" at k naming a conversation: a
// phone, video or conference call, or a call held with someone ("held a
// call with"), not a call for calm or a call on someone to act.
func callNoun(toks []token.Token, lo, k, hi int) bool {
	w := toks[k].Lower
	if w != "call" && w != "calls" {
		return false
	}
	if k > lo {
		switch toks[k-1].Lower {
		case "phone", "telephone":
			return false // "phone call" is read at "phone"
		case "video", "conference", "virtual":
			return true
		}
	}
	return k+1 < hi && toks[k+1].Lower == "with" && k >= lo+2 && callVerbsSet.Has(toks[k-2].Lower)
}

// callsOn reports a courtesy call at k: "called on", "calls on" or
// "will call on" and a person, with at most a role before the name ("Wang
// Yi called on his counterpart Vivian Balakrishnan"), which is a meeting
// (the diplomatic sense of "call on", CAMEO 040). A call on someone to
// act is an appeal, not a meeting: "called on Smith to resign", and so
// is a call on a state or body ("called on Russia").
func callsOn(s *mention.Sentence, k, hi int) bool {
	if k+2 >= hi || s.Toks[k+1].Lower != "on" {
		return false
	}
	x, person := k+2, false
	for x < hi {
		m := s.At(x)
		if m < 0 {
			if callOnWords[s.Toks[x].Lower] {
				x++
				continue
			}
			break
		}
		switch s.Ments[m].Kind {
		case mention.Person:
			person = true
		case mention.Role, mention.Country:
			// "his Singapore counterpart", "Malaysian Prime Minister"
		default:
			return false
		}
		x = s.Ments[m].J
	}
	if !person {
		return false
	}
	for ; x < hi && s.Toks[x].Kind != token.Punct; x++ {
		if s.Toks[x].Lower == "to" || s.Toks[x].Lower == "for" {
			return false // "called on Smith in Paris to resign"
		}
	}
	return true
}

// callOnWords may stand between "called on" and the name: "called on
// his Singapore counterpart Vivian Balakrishnan and Prime Minister X".
var callOnWords = map[string]bool{
	"and": true, "his": true, "her": true, "their": true, "its": true, "the": true,
	"counterpart": true, "counterparts": true, "host": true, "new": true, "visiting": true,
}

var callVerbs = map[string]bool{"held": true, "had": true, "hold": true, "holds": true, "made": true, "have": true, "has": true}

// callVerbsSet spares most words the callVerbs lookup (see token.Set).
var callVerbsSet = token.NewSet(callVerbs)

var joinVerbs = map[string]bool{"join": true, "joins": true, "joined": true, "joining": true}

// joinsPerson reports a named person (or a pronoun for one) joining
// another named person at k, with
// at most a title between ("join Foreign Minister Smith"), followed by
// "in", "at", "for" or "on": joining someone in an act or at a place.
func joinsPerson(s *mention.Sentence, k, hi int) bool {
	if !namedSubject(s, k) {
		return false // "they joined Wang in forecasting": analysts, not a party
	}
	x := k + 1
	if m := s.At(x); m >= 0 && s.Ments[m].Kind == mention.Role {
		x = s.Ments[m].J
	}
	m := s.At(x)
	if m < 0 || s.Ments[m].Kind != mention.Person || s.Ments[m].Pronoun || s.Ments[m].J >= hi {
		return false
	}
	switch s.Toks[s.Ments[m].J].Lower {
	case "in", "at", "for", "on":
		return true
	}
	return false
}

// namedSubject reports a person mention, a pronoun resolved to one
// included, ending right before token k or before the auxiliaries and
// adverbs in front of it ("Rice will also join", "She joined").
func namedSubject(s *mention.Sentence, k int) bool {
	x := k
	for x > 0 {
		switch s.Toks[x-1].Lower {
		case "will", "would", "also", "then", "later", "has", "have", "had", "to", "is", "was":
			x--
			continue
		}
		break
	}
	m := s.Ending(x)
	return m >= 0 && s.Ments[m].Kind == mention.Person
}

// interruptedSubject returns the clause holding the subject of clause c
// when a relative clause or a parenthetical phrase stands between them:
// "Ruto, who is visiting Japan, met Kishida" (clauses "Ruto", ", who is
// visiting Japan", ", met Kishida"); "Today, Canada, through its aid
// agency, signed ..." (a fronted adverbial before the subject, and a
// prepositional phrase set off by commas after it). The subject clause
// must open the sentence, or follow only a fronted adverbial that names
// no party, and hold no event word; c must open with a comma and its
// verb.
func interruptedSubject(s *mention.Sentence, c mention.Clause) (mention.Clause, bool) {
	cls := s.Clauses()
	if c.I == 0 || s.Toks[c.I].Text != "," {
		return mention.Clause{}, false
	}
	x := -1
	for i, o := range cls {
		if o == c {
			x = i
		}
	}
	if x < 2 || !cls[x-1].Rel && !parenthetical(s, cls[x-1]) {
		return mention.Clause{}, false
	}
	y := x - 1
	for y > 0 && (cls[y].Rel || cls[y].J-cls[y].I == 1 || parenthetical(s, cls[y])) {
		y-- // the relative clause or phrase, and a lone comma before it
	}
	if hasTrigger(s, cls[y]) {
		return mention.Clause{}, false
	}
	if y == 0 {
		return cls[0], true
	}
	if s.Toks[cls[y].I].Text != "," || !namesParty(s, cls[y]) {
		return mention.Clause{}, false
	}
	for _, o := range cls[:y] {
		// "Today, Canada, through ..., signed"; "MAPUTO, Mozambique —
		// Today, the United States, through ..., signed".
		if hasTrigger(s, o) || namesParty(s, o) {
			return mention.Clause{}, false
		}
	}
	return cls[y], true
}

// parenthetical reports a clause that is a prepositional phrase set off
// by commas: ", through the Millennium Challenge Corporation", ", in a
// statement".
func parenthetical(s *mention.Sentence, o mention.Clause) bool {
	return o.J-o.I > 2 && s.Toks[o.I].Text == "," && parenPreps[s.Toks[o.I+1].Lower] && o.J < len(s.Toks) && s.Toks[o.J].Text == ","
}

var parenPreps = map[string]bool{"through": true, "via": true, "in": true, "with": true, "under": true, "along": true, "together": true}

// agentPreps open a parenthetical that names a party acting with the
// subject: "through the agency", "with Japan", "along with ...".
var agentPreps = map[string]bool{"through": true, "via": true, "with": true, "along": true, "together": true}

// namesParty reports a clause that names a person, organisation or state
// (not the state of a place before it: "Maputo, Mozambique").
func namesParty(s *mention.Sentence, o mention.Clause) bool {
	for _, m := range s.Ments {
		if m.I >= o.I && m.J <= o.J && (m.Kind == mention.Person || m.Kind == mention.Org || m.Kind == mention.Country && !locator(s, m)) {
			return true
		}
	}
	return false
}

// Kinds of phrase heads (see phraseTrigger).
const (
	headNone = iota
	headAttend
	headSpeak
	headJoin
	headCall
	headFor
	headRally
	headSession
	headDrawdown
	headAccept
	headSignature
	headTakePart
)

// phraseHeads maps the words of attendVerbs, speakVerbs, joinVerbs and
// rallyVerbs, and "call", to their kind.
var phraseHeads = func() map[string]int {
	m := map[string]int{"call": headCall, "calls": headCall, "called": headCall, "calling": headCall, "for": headFor, "session": headSession, "drawdown": headDrawdown, "drawdowns": headDrawdown,
		"accepted": headAccept, "accepts": headAccept, "accept": headAccept, "accepting": headAccept,
		"take": headTakePart, "takes": headTakePart, "took": headTakePart, "taking": headTakePart, "taken": headTakePart,
		"put": headSignature, "puts": headSignature, "putting": headSignature, "placed": headSignature, "affixed": headSignature}
	for w := range attendVerbs {
		m[w] = headAttend
	}
	for w := range speakVerbs {
		m[w] = headSpeak
	}
	for w := range joinVerbs {
		m[w] = headJoin
	}
	for w := range rallyVerbs {
		m[w] = headRally
	}
	return m
}()

// alsoAnother reports a meeting noun k introduced by "a" or "an" (over
// at most two modifiers) in a clause that says "also" before it: "will
// also participate in a meeting of several foreign ministers" adds a
// meeting rather than retelling one.
func alsoAnother(toks []token.Token, lo, k int) bool {
	indefinite := -1
	for x := k - 1; x >= lo && x >= k-3; x-- {
		if toks[x].Lower == "a" || toks[x].Lower == "an" {
			indefinite = x
			break
		}
	}
	if indefinite < 0 {
		return false
	}
	for x := lo; x < indefinite; x++ {
		if toks[x].Lower == "also" {
			return true
		}
	}
	return false
}

// presentFor reports "for" at k after a stay told by a form of "be"
// and a place ("is in the United States for", "are in Geneva, Switzerland,
// for") or "here" ("are here for"), before a named meeting: being there
// for the meeting is attending it ("Wang is in the United States for the
// APEC Trade Ministers Meeting").
func presentFor(s *mention.Sentence, c mention.Clause, k int) bool {
	toks := s.Toks
	x := k - 1
	if x > c.I && toks[x].Text == "," {
		x--
	}
	switch {
	case x-1 >= c.I && (toks[x].Lower == "here" || toks[x].Lower == "there") && trigger.BeForm(toks[x-1].Lower):
	default:
		m := s.Ending(x + 1)
		if m < 0 || !destination(s.Ments[m]) {
			return false
		}
		i := s.Ments[m].I
		if i-1 > c.I && toks[i-1].Text == "," {
			// "in Geneva, Switzerland, for": the place before the state.
			if p := s.Ending(i - 1); p >= 0 && destination(s.Ments[p]) {
				i = s.Ments[p].I
			}
		}
		if i-1 > c.I && toks[i-1].Lower == "the" {
			i-- // "in the United States"
		}
		if i-2 < c.I || toks[i-1].Lower != "in" || !trigger.BeForm(toks[i-2].Lower) {
			return false
		}
	}
	return attendsMeeting(toks, k, c.J)
}

// timedClause reports a time told inside clause c.
func (d *doc) timedClause(s *mention.Sentence, c mention.Clause) bool {
	lo, hi := d.timesIn(s.Toks[c.I].Begin, s.Toks[c.J-1].End)
	return hi > lo
}

// openingClause returns the relative clause right after clause c that
// tells when the meeting c names begins: "which starts on Monday",
// "that opens Tuesday".
func openingClause(s *mention.Sentence, c mention.Clause) (mention.Clause, bool) {
	for _, r := range s.Clauses() {
		if !r.Rel || r.I < c.J-1 || r.I > c.J+1 || r.I+1 >= r.J {
			continue
		}
		toks := s.Toks
		x := r.I
		if toks[x].Text == "," {
			x++
		}
		if x+1 < r.J && (toks[x].Lower == "which" || toks[x].Lower == "that") && openingVerbs[toks[x+1].Lower] {
			return r, true
		}
	}
	return mention.Clause{}, false
}

var openingVerbs = map[string]bool{
	"starts": true, "opens": true, "begins": true, "start": true, "open": true, "begin": true,
	"runs": true, "run": true, "will": true,
}

// alsoAttends reports "also" right before attendance verb k, over at
// most auxiliaries: "will also participate with her counterparts in the
// Trilateral Dialogue" adds a meeting to the one told before.
func alsoAttends(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-3; x-- {
		if toks[x].Lower == "also" {
			return true
		}
		switch toks[x].Lower {
		case "will", "would", "has", "had", "have", "then", "later":
		default:
			return false
		}
	}
	return false
}

// alsoVerb reports a meeting verb k ("met", "meet", "meets") right after
// "also", over at most auxiliaries: "He also met X", "she will also meet
// Y". Other meeting verbs ("The two also discussed trade") retell the
// meeting more often than they add one.
func alsoVerb(toks []token.Token, lo, k int) bool {
	switch toks[k].Lower {
	case "met", "meet", "meets":
	default:
		return false
	}
	for x := k - 1; x >= lo && x >= k-3; x-- {
		switch toks[x].Lower {
		case "also":
			return true
		case "will", "would", "has", "had", "have", "then", "later":
		default:
			return false
		}
	}
	return false
}

// imposedAct reports a conflict noun k as the object of a past act of
// its clause's subject: "The U.S. also imposed sanctions on ...", "the
// government has slapped new sanctions on ..." (a named party, or a
// subject head, right before the verb, past "also", "has" and kin).
func imposedAct(s *mention.Sentence, lo, k int) bool {
	_, ok := imposer(s, lo, k)
	return ok
}

// imposer returns, for a conflict noun k that imposedAct accepts, the
// verb whose subject imposes: the imposing verb itself, or the verb of
// announcing or saying that reports the pronoun's act ("X announced that
// it was imposing ...": "announced"), which may stand before clause lo.
func imposer(s *mention.Sentence, lo, k int) (int, bool) {
	toks := s.Toks
	v := k - 1
	for v > lo && v >= k-4 && objectModifiers[toks[v].Lower] {
		v--
	}
	if v > lo && toks[v].Lower == "with" {
		// "targeting five individuals and three entities with
		// sanctions": the verb of aiming stands before the targets.
		for y := v - 1; y > lo && y >= v-10; y-- {
			if targetVerbs[toks[y].Lower] {
				v = y
				break
			}
			if toks[y].Kind == token.Punct && toks[y].Text != "," && toks[y].Text != "-" {
				break
			}
		}
	}
	if v <= lo || !imposeVerbs[toks[v].Lower] && !targetVerbs[toks[v].Lower] && !imposingVerbs[toks[v].Lower] {
		return -1, false
	}
	progressive := targetVerbs[toks[v].Lower] || imposingVerbs[toks[v].Lower]
	x := v
	for x > lo && (toks[x-1].Lower == "also" || toks[x-1].Lower == "has" || toks[x-1].Lower == "have" || toks[x-1].Lower == "had" || toks[x-1].Lower == "now" || toks[x-1].Lower == "jointly" ||
		progressive && (toks[x-1].Lower == "was" || toks[x-1].Lower == "is" || toks[x-1].Lower == "were" || toks[x-1].Lower == "are")) {
		x--
	}
	if x > 0 && (toks[x-1].Lower == "it" || toks[x-1].Lower == "they") {
		// "X announced on Tuesday it was targeting ...", "X said it
		// was imposing ...", "X said on Monday that they imposed ...":
		// the announcer's own act (the announcing verb, a time and
		// "that" between).
		for y := x - 2; y >= 0 && y >= x-6; y-- {
			if announceVerbs[toks[y].Lower] || sayVerbs[toks[y].Lower] {
				x = y
				break
			}
			if toks[y].Kind == token.Punct {
				break
			}
		}
	}
	if m := s.Ending(x); m >= 0 {
		return x, s.Ments[m].Kind != mention.Place
	}
	return x, x > 0 && (subjectHeads[toks[x-1].Lower] || toks[x-1].Lower == "administration") && s.Ending(x-1) >= 0
}

// targetVerbs aim sanctions at someone: "targeting five individuals with
// sanctions".
var targetVerbs = map[string]bool{"targeting": true, "targeted": true, "targets": true, "hit": true, "hitting": true}

// imposingVerbs tell sanctions being imposed as the story is told, the
// progressive of imposeVerbs: "said it was imposing new sanctions".
var imposingVerbs = map[string]bool{"imposing": true, "slapping": true, "levying": true}

// sayVerbs report what a party says it does: "X said it was imposing ...".
var sayVerbs = map[string]bool{"said": true, "says": true, "stated": true, "declared": true}

var imposeVerbs = map[string]bool{
	"imposed": true, "slapped": true, "levied": true, "placed": true, "announced": true, "unveiled": true,
}

var objectModifiers = map[string]bool{
	"new": true, "fresh": true, "further": true, "additional": true, "more": true, "economic": true,
	"financial": true, "targeted": true, "sweeping": true, "tough": true, "tougher": true,
}

// aidUnderWay reports aid told by a verb in the progressive ("USAID is
// deploying a team of experts", "Norway was already providing
// assistance"): help being given as the story is told, an act of the
// report's day rather than a trend.
func aidUnderWay(s *mention.Sentence, k int, tr trigger.Trigger) bool {
	if tr.Type != annals.EventCooperate || !strings.HasPrefix(tr.CAMEO, "07") || tr.Past || s.Quoted[k] {
		return false
	}
	if tr.Noun {
		// "was providing assistance", "are sending humanitarian aid":
		// the aid noun as the object of a progressive verb of giving.
		v := -1
		for x := k - 1; x > 0 && x >= k-3; x-- {
			if givingVerbs[s.Toks[x].Lower] {
				v = x
				break
			}
		}
		if v < 0 {
			return false
		}
		k = v
	} else if !strings.HasSuffix(s.Toks[k].Lower, "ing") {
		return false
	}
	x := k - 1
	for x > 0 && ongoingAdverbs[s.Toks[x].Lower] {
		x--
	}
	return x > 0 && progressive[s.Toks[x].Lower]
}

var givingVerbs = map[string]bool{
	"providing": true, "giving": true, "sending": true, "delivering": true, "offering": true, "supplying": true,
	"allocating": true, "donating": true, "contributing": true, "disbursing": true, "releasing": true, "launching": true,
	// "is mobilising €10 million in humanitarian assistance": EU release
	// style for money being made available.
	"mobilising": true, "mobilizing": true,
}

// givingUnderWay reports a verb of giving in the progressive in clause c
// ("is now allocating $17 million", "are providing $5 million"), outside
// a quotation.
func givingUnderWay(s *mention.Sentence, c mention.Clause) bool {
	for v := c.I + 1; v < c.J; v++ {
		if !givingVerbs[s.Toks[v].Lower] || s.Quoted[v] {
			continue
		}
		x := v - 1
		for x > c.I && ongoingAdverbs[s.Toks[x].Lower] {
			x--
		}
		if progressive[s.Toks[x].Lower] {
			return true
		}
	}
	return false
}

var ongoingAdverbs = map[string]bool{"now": true, "already": true, "also": true, "currently": true, "still": true}

// sessionTrigger types a session of a joint body: the two states'
// delegations meet (CAMEO 040).
var sessionTrigger = trigger.Trigger{Type: annals.EventMeet, CAMEO: "040", Noun: true}

// jointBody are the words that make a commission or committee one of two
// or more states ("the Iran-Algeria Joint Economic Commission", "the
// intergovernmental committee"), whose sessions are the states' meetings.
var jointBody = map[string]bool{"joint": true, "intergovernmental": true, "inter-governmental": true, "bilateral": true, "mixed": true}

// bodyNouns name a standing body that holds sessions.
var bodyNouns = map[string]bool{"commission": true, "committee": true}

// jointSession reports "session" at k naming a session of a joint body
// held, within clause [lo, hi): the body named by a joint-body word before
// "commission" or "committee", in capitals or not, right after "session
// of (the)" or as the clause's subject before k ("The Iran-Algeria Joint
// Economic Commission held its second session", "the 8th session of the
// Iran-Sudan Joint Economic Commission was held"), and a verb of holding
// in the clause. A "joint session of parliament" names no joint body, and
// a session of a parliament's committee no joint one.
func jointSession(toks []token.Token, lo, k, hi int) (past, ok bool) {
	body := -1
	if k+2 < hi && toks[k+1].Lower == "of" {
		for x := k + 2; x < hi && x <= k+9; x++ {
			if bodyNouns[toks[x].Lower] {
				body = x
				break
			}
			if toks[x].Kind == token.Punct && toks[x].Text != "-" {
				break
			}
		}
	}
	if body < 0 {
		for x := k - 1; x >= lo; x-- {
			if bodyNouns[toks[x].Lower] {
				body = x
				break
			}
		}
	}
	if body < 0 {
		return false, false
	}
	joint := false
	for x := body - 1; x >= lo && x >= body-4; x-- {
		if jointBody[toks[x].Lower] {
			joint = true
			break
		}
	}
	if !joint {
		return false, false
	}
	for x := lo; x < hi; x++ {
		switch toks[x].Lower {
		case "held", "convened", "opened", "concluded":
			return true, true
		case "hold", "holds", "holding", "convene", "convenes", "open", "opens":
			return false, true
		}
	}
	return false, false
}

// anaphoricSubject reports a clause whose subject, before the verb at k,
// refers back by a pronoun or a definite noun with no name ("They
// discussed trade", "The leaders will discuss security", "the Secretary
// will probably discuss ..."): the clause tells the agenda of a meeting
// told before, not a meeting of its own. Up to six words stand before the
// verb (a "that" or "with" opening the clause, the subject, modals and adverbs);
// a capitalised word other than the first is a name, and a name makes
// the subject new ("Ruto and Hassan discussed trade").
func anaphoricSubject(toks []token.Token, lo, k int) bool {
	x := lo
	if x+1 < k && toks[x].Lower == "," && toks[x+1].Lower == "with" {
		x++
	}
	if x < k && (toks[x].Lower == "that" || toks[x].Lower == "with") {
		// "with both sides expected to discuss ...": an absolute phrase
		// after the meeting it tells the agenda of.
		x++
	}
	if k-x > 6 || x >= k {
		return false
	}
	switch toks[x].Lower {
	case "they", "he", "she", "the", "both":
	default:
		return false
	}
	for y := x + 1; y < k; y++ {
		if toks[y].Kind != token.Word || toks[y].IsCap() && !anaphoricTitle(toks[y].Lower) {
			return false
		}
	}
	return true
}

// anaphoricTitle holds capitalised titles that name a person told before
// ("the Secretary", "the President") rather than a new party.
func anaphoricTitle(w string) bool {
	switch w {
	case "secretary", "president", "minister", "premier", "chancellor", "ambassador", "envoy", "leaders", "ministers", "presidents":
		return true
	}
	return false
}

// actedOn reports a noun of a concrete act of cooperation at k (a sale
// of arms, an exercise, aid; not "cooperation" at large) that is the
// object of a past verb of doing, giving or approving whose subject is
// named right before it: "Canada approved weapons sales to Chile", "the
// two navies held a joint exercise", "Japan has sent aid to Fiji". The
// clause reports the act itself, as news tells the day's acts in the
// past tense, not a trend or an intention ("have stepped up
// cooperation", "plans to hold exercises", "may approve sales").
// Between verb and noun stand only lower-case words and figures ("held a
// large joint exercise", "approved $4.7 billion of potential weapons
// sales"), at most eight.
func actedOn(s *mention.Sentence, lo, k int) bool { return actedVerb(s, lo, k) >= 0 }

// actedVerb returns the verb of actedOn, or -1.
func actedVerb(s *mention.Sentence, lo, k int) int {
	toks := s.Toks
	for v := k - 1; v > lo && v >= k-8; v-- {
		w := toks[v].Lower
		if doneVerbs[w] {
			if subjectBefore(s, v) {
				return v
			}
			return -1
		}
		if modalsAndLinks[w] {
			return -1
		}
		switch toks[v].Kind {
		case token.Word:
			if toks[v].IsCap() {
				return -1
			}
		case token.Punct:
			if toks[v].Text != "$" && toks[v].Text != "-" {
				return -1
			}
		}
	}
	return -1
}

// approvedSale reports a sale of arms at k that a named party approved
// (actedVerb is a verb of approving): "The State Department has approved
// a possible sale of jets to Norway". The approval is the act of
// cooperation (CAMEO 062) and it is done, though the sale it allows is
// "possible" or "potential", as such notices word it.
func approvedSale(s *mention.Sentence, lo, k int) bool {
	v := actedVerb(s, lo, k)
	return v >= 0 && trigger.SaleApproval(s.Toks[v].Lower)
}

// doneVerbs are past verbs of doing, giving and approving whose object is
// the act itself (see actedOn).
var doneVerbs = map[string]bool{
	"approved": true, "cleared": true, "authorized": true, "authorised": true, "notified": true,
	"held": true, "conducted": true, "staged": true, "launched": true, "began": true, "started": true,
	"completed": true, "concluded": true, "sent": true, "delivered": true, "provided": true, "gave": true,
	"granted": true, "extended": true, "supplied": true, "shipped": true, "donated": true,
}

// modalsAndLinks end the search for the verb of an object: a modal, an
// infinitive's "to" or a conjunction that opens another clause ("plans to
// hold exercises", "may approve sales", "said that").
var modalsAndLinks = map[string]bool{
	"to": true, "will": true, "would": true, "may": true, "might": true, "can": true, "could": true,
	"should": true, "must": true, "shall": true, "that": true, "which": true, "not": true, "never": true,
	"and": true, "or": true, "but": true, "if": true,
}

// otherEventNoun reports a visit or conflict noun between meeting noun k
// and the time that starts at offset tb ("the meeting prepared the state
// visit of X to Russia on May 3", "the meeting followed the attack on
// Monday"): the time is that event's. At most twelve words are looked at.
func otherEventNoun(toks []token.Token, k, tb int) bool {
	for x := k + 1; x < len(toks) && x <= k+12 && toks[x].Begin < tb; x++ {
		if tr, ok := trigger.Lookup(toks[x].Lower); ok && tr.Noun && (tr.Type == annals.EventVisit || tr.Type == annals.EventConflict) {
			return true
		}
	}
	return false
}

// acceptTrigger is accepting what another party proposes: agreeing to it
// (CAMEO 03, as "agreed to").
var acceptTrigger = trigger.Trigger{Type: annals.EventAgree, CAMEO: "030"}

// acceptsProposal reports verb k accepting a proposal of another party
// as its object, within a few words and no punctuation: "had accepted the
// proposal that calls on Eritrea to ...", "accepted an OAU peace plan",
// "accepts the ceasefire"; not "accepted the award", "accepted an
// invitation" (a visit's), "accepted his resignation", nor a denial ("did
// not accept the plan", "refused to accept the offer").
func acceptsProposal(toks []token.Token, lo, k, hi int) bool {
	if trigger.Negated(toks, lo, k) || k >= 2 && toks[k-1].Lower == "to" && refusals[toks[k-2].Lower] {
		return false
	}
	for x := k + 1; x < hi && x <= k+5; x++ {
		if toks[x].Kind == token.Punct && toks[x].Text != "-" {
			return false
		}
		if proposalNouns[toks[x].Lower] {
			return true
		}
	}
	return false
}

// proposalNouns are what one party offers another to accept.
var proposalNouns = map[string]bool{
	"proposal": true, "proposals": true, "plan": true, "offer": true, "terms": true,
	"ceasefire": true, "cease-fire": true, "truce": true, "roadmap": true, "framework": true,
	"mediation": true, "compromise": true, "settlement": true,
}

// refusals deny the infinitive after them: "refused to accept".
var refusals = map[string]bool{"refused": true, "refuses": true, "refuse": true, "declined": true, "declines": true, "failed": true}

// replyMeans reports a gerund trigger at k that tells the means of a
// past reply: "Norway responded by expelling two diplomats", "Oslo
// replied to the charge on Monday by ordering envoys to leave", "Kenya
// retaliated by recalling its ambassador". The reply verb, in the past
// tense and right after its named subject, reports the act as done, as
// the past verb of the act itself would. A reply still to come ("will
// respond by expelling", "threatened to respond by") has no past verb
// and is left alone.
func replyMeans(s *mention.Sentence, lo, k int) bool {
	if k < 2 || !strings.HasSuffix(s.Toks[k].Lower, "ing") || s.Toks[k-1].Lower != "by" {
		return false
	}
	for x := k - 2; x >= lo && x >= k-14; x-- {
		t := s.Toks[x]
		if t.Kind == token.Punct && t.Text != "," {
			return false
		}
		if replyVerbs[t.Lower] {
			if x+1 < len(s.Toks) && s.Toks[x+1].Lower == "back" || t.Lower != "hit" && t.Lower != "struck" {
				return subjectBefore(s, x)
			}
		}
	}
	return false
}

// replyVerbs tell, in the past tense, that a party answered an act with
// one of its own (CAMEO codes the act the reply names).
var replyVerbs = map[string]bool{
	"responded": true, "replied": true, "reacted": true, "retaliated": true,
	"answered": true, "hit": true, "struck": true,
}

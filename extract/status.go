package extract

import (
	"strconv"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/person"
	"github.com/annals-project/annals/extract/token"
	"github.com/annals-project/annals/extract/trigger"
)

// plannedCues mark a clause as speaking of the future: modal and
// scheduling verbs ("will", "is scheduled for", "plans to", "expected
// to"), "ahead of" and "next". This follows the schema: planned covers
// "future, scheduled, proposed, expected".
var plannedCues = map[string]bool{
	"will": true, "'ll": true, "shall": true, "would": true, "plans": true, "plan": true,
	"planned": true, "planning": true, "scheduled": true, "expected": true, "upcoming": true,
	"next": true, "proposed": true, "ahead": true, "likely": true, "intends": true,
	"intend": true, "intended": true, "forthcoming": true, "tomorrow": true, "hopes": true, "prepare": true,
	"preparing": true, "prepares": true, "going": true, "might": true, "may": true, "could": true,
}

// aimCues before a trigger make it a goal: "in their effort to craft an
// agreement", "seeking a deal" (planned: the schema's "proposed").
var aimCues = map[string]bool{
	"effort": true, "efforts": true, "bid": true, "seeking": true, "seek": true, "seeks": true,
	"trying": true, "attempt": true, "aim": true, "aims": true, "aiming": true,
	// Prospects: "raised the possibility of developing a free trade
	// agreement", "a potential deal".
	"possibility": true, "prospect": true, "prospects": true, "potential": true, "possible": true,
	"eventual": true, "outlook": true, "chances": true, "chance": true, "odds": true,
	// Requests and calls: "requested formal consultations", "called for
	// talks", "urged a meeting".
	"requested": true, "request": true, "requests": true, "calling": true, "urged": true,
	"urging": true, "demanded": true, "sought": true, "proposal": true, "offered": true,
	// Expectations: "optimistic about the results of talks", "looks
	// forward to hosting".
	"forward":    true,
	"optimistic": true, "hopeful": true, "confident": true,
	// Invitations: "accepted an invitation to visit Washington".
	"invitation": true, "invited": true, "invites": true, "inviting": true,
}

// status says whether the event of trigger k happened or is planned: a
// dated event after the article date is planned and one before it
// occurred, whatever the wording; otherwise a future cue makes it planned
// ("set to", "due to", "is to" count when "to" follows): for a verb
// trigger a cue before it, for a noun one anywhere in its clause.
func (d *doc) status(s *mention.Sentence, c mention.Clause, k int, t annals.TimeExpr, hasTime, planned, verb bool) annals.Status {
	if planned {
		return annals.StatusPlanned
	}
	if !verb && calledOffNoun(s, k) {
		// "Ivanov's visit had been scheduled for May but was called
		// off": a plan that never happened stays a plan, however far
		// back its date lies.
		return annals.StatusPlanned
	}
	if hasTime && !d.dct.IsZero() {
		if t.Start.After(d.dct) && !(pastVerbBy(s, k) && !t.Start.After(d.dct.AddDays(1))) {
			// A past verb dated the day after the article's date ("met in
			// Manila on August 7, for the seventh meeting" in a note of
			// August 6 from Washington) is the same day across time
			// zones: it happened.
			return annals.StatusPlanned
		}
		if t.End.Before(d.dct) {
			return annals.StatusOccurred
		}
		if verb && t.End.After(d.dct) && futuratePresent[s.Toks[k].Lower] && !pastVerbBy(s, k) {
			// "In February the minister visits Minsk", told on February
			// 13: a journey told in the present simple for a period still
			// running is the one scheduled in it.
			return annals.StatusPlanned
		}
	}
	toks := s.Toks
	if verb {
		if x := superlativeTo(toks, c.I, k); x >= 0 {
			// "was the first African leader to visit Peru", "one of
			// the last leaders to speak with Biden": the infinitive
			// tells what made its subject first or last, an act told
			// in the tense of the copula before it, not a plan.
			for y := c.I; y < x; y++ {
				switch toks[y].Lower {
				case "will", "would", "shall", "'ll":
					return annals.StatusPlanned
				}
			}
			return annals.StatusOccurred
		}
	}
	if !verb && !pastNoun(toks, c.I, k) {
		// "A troop visit to Spangdahlem Air Base, Germany is on the
		// agenda": what a programme lists is still to come, told
		// however far after the noun the predicate comes.
		for x := k + 1; x+3 < len(toks) && !s.Quoted[x] && toks[x].Text != ";"; x++ {
			if toks[x].Text == "," && agendaStops[toks[x+1].Lower] {
				break // "The talks covered trade, and security is on the agenda"
			}
			if onAgenda(toks, x) {
				return annals.StatusPlanned
			}
		}
	}
	if !verb && programmeNoun(toks, c, k) {
		return annals.StatusPlanned
	}
	if !verb && (toks[c.I].Lower == "during" || toks[c.I].Lower == "on") {
		// "he would make clear during his trip to Washington": a noun in
		// an adverbial of time shares the tense of the clause it is set
		// in.
		// Only a future tense counts: in "was expected to be signed during
		// Rice's visit" the visit itself is under way.
		for x := 0; x < c.I; x++ {
			switch toks[x].Lower {
			case "will", "would", "shall", "'ll":
				if !s.Quoted[x] {
					return annals.StatusPlanned
				}
			}
		}
		if c.I == 0 && mainFuture(s, c.J) {
			// "During the trilateral meeting, the peace process will be
			// discussed": a fronted adverbial shares the main clause's
			// future.
			return annals.StatusPlanned
		}
	}
	if continuation(toks, c) {
		// "will sign an agreement, as well as host business leaders for
		// a discussion", "will meet X and attend a dinner": a second
		// predicate shares the first one's future.
		for x := 0; x < c.I; x++ {
			switch toks[x].Lower {
			case "will", "shall", "'ll":
				if !s.Quoted[x] {
					return annals.StatusPlanned
				}
			}
		}
	}
	if !verb && arrivedFor(toks, c.I, k) {
		// "X arrived in Lima on Tuesday for talks with Y": the meeting
		// is what the trip is for, still to come as the arrival is told.
		return annals.StatusPlanned
	}
	if !verb && pastNoun(toks, c.I, k) {
		// "will discuss security in light of the recent attack": a noun
		// told as past keeps its time whatever the clause plans.
		return annals.StatusOccurred
	}
	if toBeDone(toks, k, verb) {
		return annals.StatusPlanned
	}
	if m := s.Ending(k - 1); (verb || verbalNouns[toks[k].Lower]) && k >= 2 && toks[k-1].Lower == "to" && m >= 0 && !causedBy(toks, s.Ments[m].I) {
		// Headline grammar: "Secretary Tillerson to visit China".
		return annals.StatusPlanned
	}
	for x := c.I; x < c.J; x++ {
		if s.Quoted[x] {
			continue
		}
		w := toks[x].Lower
		if x > k && (verb || w == "that" || complementNoun(toks, c.I, k) || w == "which" || w == "who" || person.IsSpeechVerb(w)) {
			// A verb's tense and modals come before it ("will sign"); what
			// follows it, a relative clause or reported speech speaks of
			// something else ("signed treaties expected to double aid").
			// A noun's predicate follows it ("talks are scheduled for
			// Saturday").
			break
		}
		if x+1 < c.J && (w == "going" && toks[x+1].Lower == "ahead" || w == "ahead" && toks[x+1].Lower == "with") {
			continue // "going ahead with the launch": done, not planned
		}
		if x > k && !verb && x+1 < c.J && plannedCues[w] && effectVerbs[toks[x+1].Lower] && definiteViolent(toks, c.I, k) {
			// "asked whether the attack would have consequences for
			// relations", "the bombing could harm ties": the modal tells
			// what a done attack may bring about, not an attack to come.
			break
		}
		if (w == "may" || w == "might" || w == "could" || w == "must") && x < k && x+1 < c.J && toks[x+1].Lower == "have" {
			continue // "may have been killed", "could have met": a past act told with doubt, not a plan
		}
		if x < k && modals[w] && relativeModal(s, c.I, x, k) {
			continue // "where a crossing might take place has been the scene of a confrontation"
		}
		if plannedCues[w] && toks[x].Text == w { // "may", not the month "May"
			return annals.StatusPlanned
		}
		if w == "agenda" && x >= c.I+3 && onAgenda(toks, x-3) {
			// "... are on the agenda for his first trip": a trip with a
			// programme still to come.
			return annals.StatusPlanned
		}
		if aimCues[w] && x < k && isTrigger(toks[k].Lower) {
			// A figure sought is still a figure ("seeks to restructure 9.4
			// billion dlrs of debt"); only events are aims.
			return annals.StatusPlanned
		}
		if intentCues[w] && x < k && x+1 < c.J && toks[x+1].Lower == "to" && isTrigger(toks[k].Lower) {
			// "wants to meet", "expressed its readiness to hold talks":
			// an intent (CAMEO 03, "express intent to ..."), which the
			// schema counts as proposed, planned.
			return annals.StatusPlanned
		}
		if x+1 < c.J && toks[x+1].Lower == "to" && (w == "set" || w == "due" || w == "slated" || w == "is" || w == "are" || w == "was" && x < k) {
			if x+2 < c.J && toks[x+2].Lower != "be" || w == "set" || w == "due" || w == "slated" {
				return annals.StatusPlanned
			}
		}
	}
	if d.scheduledStop(s, k) {
		return annals.StatusPlanned
	}
	return annals.StatusOccurred
}

// scheduledStop reports an event at token k of a stop told in the present
// simple under a schedule's future frame: "X will depart on Monday ...
// On May 4, the minister visits Kiev for talks with Ukrainian officials.
// Later that day she flies to Minsk": an advisory's programme, still to
// come. The present tense alone is not enough (headlines tell past acts
// in it); the sentence before must be in the future or itself such a stop.
func (d *doc) scheduledStop(s *mention.Sentence, k int) bool {
	if d.sentIndex >= len(d.sents) || d.sents[d.sentIndex] != s {
		return false
	}
	if d.scheduled == nil {
		d.scheduled = scheduleFrames(d.sents)
	}
	if !d.scheduled[d.sentIndex] || pastVerbBy(s, k) {
		return false
	}
	return presentStopBy(s, k) >= 0
}

// presentStopBy returns the last unquoted verb of a journey or meeting in
// the present simple at or before token k ("visits", "flies", "meets"),
// -1 when none.
func presentStopBy(s *mention.Sentence, k int) int {
	for x := min(k, len(s.Toks)-1); x >= 0; x-- {
		if presentStops[s.Toks[x].Lower] && !s.Quoted[x] && s.Toks[x].Text == s.Toks[x].Lower {
			return x
		}
	}
	return -1
}

// scheduleFrames marks each sentence told under a future frame: the
// sentence before it speaks of the future ("will", "shall", "is scheduled
// to", "is slated to", "is set to", "is due to"), or is itself so framed
// and tells a stop in the present simple, so that a programme's stops
// chain ("On May 5 she flies to Minsk. On May 6 she travels to Riga.").
// One pass over the tokens.
func scheduleFrames(sents []*mention.Sentence) []bool {
	out := make([]bool, len(sents))
	for i := 0; i+1 < len(sents); i++ {
		s := sents[i]
		out[i+1] = futureSentence(s) || out[i] && presentStopBy(s, len(s.Toks)-1) >= 0
	}
	return out
}

// futureSentence reports an unquoted future auxiliary or scheduling
// phrase in s.
func futureSentence(s *mention.Sentence) bool {
	for x, t := range s.Toks {
		if s.Quoted[x] {
			continue
		}
		switch t.Lower {
		case "will", "shall", "'ll":
			return true
		case "scheduled", "slated", "set", "due":
			if x+1 < len(s.Toks) && s.Toks[x+1].Lower == "to" {
				return true
			}
		}
	}
	return false
}

// presentStops are verbs of a journey or a meeting in the present simple,
// in which a programme lists its stops.
var presentStops = map[string]bool{
	"visits": true, "travels": true, "tours": true, "heads": true, "flies": true,
	"moves": true, "meets": true, "arrives": true, "departs": true, "leaves": true,
	"goes": true, "returns": true, "attends": true, "continues": true, "proceeds": true,
	"holds": true,
}

// intentCues before "to" and a trigger express an intent to act.
var intentCues = map[string]bool{
	"want": true, "wants": true, "wanted": true, "wanting": true, "wish": true, "wishes": true,
	"wished": true, "keen": true, "eager": true, "ready": true, "readiness": true, "willing": true,
	"willingness": true, "intention": true, "desire": true, "hope": true, "hoped": true,
	"hoping": true, "prepared": true,
}

// continuation reports a clause that is a second predicate of the
// sentence's subject: a coordinated predicate, or one opened by "as well
// as" or "and also".
func continuation(toks []token.Token, c mention.Clause) bool {
	if c.Coord {
		return true
	}
	i := c.I
	if toks[i].Text == "," && i+1 < c.J {
		i++
	}
	return i+2 < c.J && toks[i].Lower == "as" && toks[i+1].Lower == "well" && toks[i+2].Lower == "as" ||
		i+1 < c.J && toks[i].Lower == "and" && toks[i+1].Lower == "also"
}

// caption reports a photo caption: a position marker between commas or
// in parentheses after a name ("Wang Yi, right, ...", "(L)"), or people
// who "pose for" a photo. Captions are written in the present tense of
// the picture's day, which news photos share with the story.
func caption(s *mention.Sentence) bool {
	toks := s.Toks
	for x := 1; x+1 < len(toks); x++ {
		w := toks[x].Lower
		open, close := toks[x-1].Text, toks[x+1].Text
		if (open == "," && close == "," || open == "(" && close == ")") && (positionsSet.Has(w) || w == "l" || w == "r" || w == "c") {
			return true
		}
		if (w == "pose" || w == "poses") && toks[x+1].Lower == "for" {
			return true
		}
	}
	return false
}

var positions = map[string]bool{"left": true, "right": true, "center": true, "centre": true}

// positionsSet spares most words the positions lookup (see token.Set).
var positionsSet = token.NewSet(positions)

// verbalNouns are noun triggers that are verbs too: after "to" they are
// infinitives ("Tillerson to visit China").
var verbalNouns = map[string]bool{"visit": true, "tour": true, "talk": true}

// pastMarkers are auxiliaries of past and perfect tense, and common
// irregular past-tense verbs of news reports ("came", "sat down", "held"),
// which the "-ed" test below cannot see.
var pastMarkers = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "has": true, "have": true,
	"came": true, "sat": true, "held": true, "went": true, "took": true, "made": true, "gave": true,
	"began": true, "saw": true, "spoke": true, "stood": true, "brought": true, "sent": true,
	"won": true, "broke": true, "fell": true, "rose": true, "became": true, "met": true,
	"flew": true, "drew": true, "sought": true, "struck": true, "wrote": true, "told": true,
	"said": true, "thought": true, "led": true, "chose": true, "ended": true,
	"blew": true, "shot": true, "threw": true, "overran": true, "fled": true,
}

// pastReport reports whether the sentence reports a past happening, so an
// undated event takes the article date (the news convention that an
// undated past-tense report happened on the day of the story): a past
// trigger, a past or perfect auxiliary, or a verb in -ed shortly after a
// subject mention.
func (d *doc) pastReport(s *mention.Sentence, tr trigger.Trigger) bool {
	if tr.Past || caption(s) {
		return true
	}
	for x, t := range s.Toks {
		if s.Quoted[x] {
			continue
		}
		if pastMarkers[t.Lower] {
			return true
		}
		if tr2, ok := trigger.Lookup(t.Lower); ok && tr2.Past {
			return true
		}
		if strings.HasSuffix(t.Lower, "ed") && len(t.Lower) > 3 {
			// "-ed" within three words of a subject ("Obama on Monday
			// raised"): a simple past verb.
			for y := x; y >= 0 && y >= x-3; y-- {
				if s.Ending(y) >= 0 {
					return true
				}
			}
		}
	}
	return false
}

// pastVerbBy reports a past-tense trigger verb at or before token k, not
// a verb of saying ("said" reports the story's day, not the event's).
func pastVerbBy(s *mention.Sentence, k int) bool {
	for x := k; x >= 0; x-- {
		if tr, ok := trigger.Lookup(s.Toks[x].Lower); ok && tr.Past && !tr.Noun && !tr.Weak && !(x > 0 && s.Toks[x-1].Lower == "be") {
			// "to be signed", "will be signed": a passive after "be"
			// is still to come, no past verb.
			return true
		}
	}
	return false
}

// toBeDone reports a trigger in a passive infinitive, still to be done:
// a verb after "to be" ("talks due to be held", "an accord to be signed
// when ...") or a noun before it ("a new agreement to be inked when the
// premier visits"). "the first accord to be signed by the two" ranks one
// done, and is left alone.
func toBeDone(toks []token.Token, k int, verb bool) bool {
	to := k - 2
	if !verb {
		to = k + 1
		if k+3 >= len(toks) || toks[k+3].Kind != token.Word || !strings.HasSuffix(toks[k+3].Lower, "ed") {
			return false
		}
	}
	if to < 0 || to+1 >= len(toks) || toks[to].Lower != "to" || toks[to+1].Lower != "be" {
		return false
	}
	for x := to - 1; x >= 0 && x >= to-4; x-- {
		switch toks[x].Lower {
		case "first", "only", "last", "latest", "second", "third":
			return false
		}
	}
	return true
}

// requestBefore returns the index of a verb of asking that governs
// trigger k, or -1: "urged Uganda to resume talks", "called for talks",
// "calling on the sides to resume negotiations", "appealed for a
// ceasefire". The verb stands at most fourteen words before k, with "to",
// "for" or "on" between, and no clause punctuation.
func requestBefore(toks []token.Token, k int) int {
	linked := false
	for x := k - 1; x >= 0 && x >= k-14; x-- {
		w := toks[x].Lower
		switch {
		case w == "to" || w == "for" || w == "on":
			linked = true
		case requestVerbsSet.Has(w):
			if x > 0 && trigger.BeForm(toks[x-1].Lower) {
				return -1 // "was called to a meeting": convened, not asked for
			}
			if x+1 < k && (toks[x+1].Lower == "ahead" || toks[x+1].Lower == "on" && x+2 < k && toks[x+2].Lower == "with") {
				return -1 // "pressed ahead with", "pushed on with": went on with it, asked nothing
			}
			if linked && (!nounLike[w] || x+1 < k && (toks[x+1].Lower == "for" || toks[x+1].Lower == "on")) {
				return x
			}
			return -1
		case toks[x].Kind == token.Punct && toks[x].Text != "-" || requestBarriers[w]:
			return -1 // "called for the strikes after 35 rounds of talks"
		}
	}
	return -1
}

// mainFuture reports a future auxiliary in the main clause that starts
// at token x, before its first past form, speech verb or "that" (in
// "During the visit, he said the countries will ...", the future is what
// was said, and the visit is under way).
func mainFuture(s *mention.Sentence, x int) bool {
	for ; x < len(s.Toks); x++ {
		w := s.Toks[x].Lower
		switch {
		case s.Quoted[x]:
			return false
		case w == "will" || w == "shall" || w == "'ll":
			return true
		case w == "that" || w == "was" || w == "were" || w == "had" || w == "did" || person.IsSpeechVerb(w):
			return false
		case s.Toks[x].Kind == token.Word && !s.Toks[x].IsCap() && strings.HasSuffix(w, "ed"):
			return false
		}
	}
	return false
}

// nounLike request words are nouns as often ("China's demands in an
// editorial"): they ask only with "for" or "on" right after them.
var nounLike = map[string]bool{"demands": true, "calls": true, "call": true, "appeals": true, "demand": true}

// requestBarriers open a clause of its own between a request and a
// trigger.
var requestBarriers = map[string]bool{
	"after": true, "before": true, "while": true, "when": true, "because": true, "which": true,
	"who": true, "that": true, "since": true, "as": true, "but": true,
}

var requestVerbs = map[string]bool{
	"urged": true, "urging": true, "urges": true, "urge": true, "called": true, "calling": true,
	"calls": true, "call": true, "asked": true, "asking": true, "asks": true, "appealed": true,
	"appealing": true, "appeals": true, "demanded": true, "demanding": true, "demands": true,
	"pressed": true, "pressing": true, "pushed": true, "pushing": true,
}

// requestVerbsSet spares most words the requestVerbs lookup (see token.Set).
var requestVerbsSet = token.NewSet(requestVerbs)

// complementNoun reports whether the noun at k is the definite object of a
// preposition after another word ("those responsible for the attack",
// "the perpetrators of the bombing"): the predicate that follows speaks of
// the phrase's head, not of the noun ("those responsible for the attack
// would be found").
func complementNoun(toks []token.Token, lo, k int) bool {
	if k < lo+3 || toks[k-1].Lower != "the" {
		return false
	}
	switch toks[k-2].Lower {
	case "for", "of", "behind":
		return toks[k-3].Kind == token.Word
	}
	return false
}

// pastAdjectives before a noun trigger tell it as past: "the recent
// attack", "the previous round".
var pastAdjectives = map[string]bool{"recent": true, "previous": true, "earlier": true, "past": true, "former": true}

// pastNoun reports whether a past adjective stands right before the noun
// at k or one word before it ("the recent tragic attack").
func pastNoun(toks []token.Token, lo, k int) bool {
	return k > lo && pastAdjectives[toks[k-1].Lower] || k > lo+1 && pastAdjectives[toks[k-2].Lower] && toks[k-1].Kind == token.Word && !toks[k-1].IsCap()
}

// onAgenda reports "is on the agenda" or "are on the agenda" at x.
func onAgenda(toks []token.Token, x int) bool {
	return x+3 < len(toks) && (toks[x].Lower == "is" || toks[x].Lower == "are") && toks[x+1].Lower == "on" &&
		toks[x+2].Lower == "the" && toks[x+3].Lower == "agenda"
}

// agendaStops after a comma open another clause, whose predicate is not
// the noun's.
var agendaStops = map[string]bool{"and": true, "but": true, "while": true, "which": true, "who": true, "where": true}

// programmeNoun reports a visit noun at k in a clause that tells what a trip
// includes, in the present tense ("Her trip also includes stops in Ghana
// and Nigeria", "The itinerary includes a visit to the port"): a
// programme, still to come. ("The tour included ..." tells a past one.)
func programmeNoun(toks []token.Token, c mention.Clause, k int) bool {
	if tr, ok := trigger.Lookup(toks[k].Lower); !ok || tr.Type != annals.EventVisit {
		return false
	}
	for x := c.I; x < c.J; x++ {
		if toks[x].Lower == "includes" || toks[x].Lower == "include" && x > c.I && (toks[x-1].Lower == "will" || toks[x-1].Lower == "to") {
			return true
		}
	}
	return false
}

// futuratePresent are verbs of a journey in the present simple, which
// news copy uses for a scheduled one ("visits Minsk in February").
var futuratePresent = map[string]bool{"visits": true, "travels": true, "tours": true, "heads": true}

// isYear reports a four-digit number read as a year ("signed 2016").
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// cumulativeCount reports event word k counted in a running total
// ("As of July 2016, the two had signed 245 agreements", "have held 40
// rounds of talks to date"): a tally of many happenings over the years,
// none of them told. A count of at least three right before the noun
// (over up to two modifiers) and a cue of a total in the sentence make
// one; "signed three agreements on Monday" has no such cue.
func cumulativeCount(toks []token.Token, k int) bool {
	count := func(x int) bool {
		n, err := strconv.Atoi(strings.ReplaceAll(toks[x].Text, ",", ""))
		return err == nil && n >= 3
	}
	counted := false
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		if toks[x].Kind == token.Number {
			counted = count(x)
			break
		}
		if toks[x].Kind != token.Word {
			break
		}
	}
	// A verb's counted object: "had signed 245 cooperation agreements".
	if x := k + 1; !counted && x < len(toks) && toks[x].Kind == token.Number && !isYear(toks[x].Text) {
		counted = count(x)
	}
	if !counted {
		return false
	}
	for x := 0; x+1 < len(toks); x++ {
		a, b := toks[x].Lower, toks[x+1].Lower
		if a == "as" && b == "of" && x == 0 || a == "so" && b == "far" || a == "to" && b == "date" || a == "in" && b == "total" {
			return true
		}
	}
	return false
}

// arrivedFor reports meeting noun k as the purpose of an arrival told
// before it in its clause: "arrived in Lima Tuesday for his first meeting
// with", "landed in Kabul today for troop visits and meetings with": a
// verb of arriving ("arrived in Lima, Peru,": commas of a place name
// between), then "for" and at most four words before the noun.
func arrivedFor(toks []token.Token, lo, k int) bool {
	if tr, ok := trigger.Lookup(toks[k].Lower); !ok || !tr.Noun || tr.Type != annals.EventMeet {
		return false
	}
	f := -1
	for x := k - 1; x >= lo && x >= k-5; x-- {
		if toks[x].Lower == "for" {
			f = x
			break
		}
		if toks[x].Kind != token.Word {
			return false
		}
	}
	if f < 0 {
		return false
	}
	for x := f - 1; x >= lo && x >= f-12; x-- {
		if arrivalVerbs[toks[x].Lower] {
			return true
		}
		if toks[x].Kind == token.Punct && toks[x].Text != "." && toks[x].Text != "," {
			return false
		}
	}
	return false
}

// arrivalVerbs tell a traveller's arrival in the past: what he arrived
// for is still to come when the arrival is told.
var arrivalVerbs = map[string]bool{"arrived": true, "landed": true}

// causedBy reports a name at token i that is the object of a verb of
// causing, not the subject of headline grammar: in "expelled him,
// prompting Estonia to expel a Russian diplomat", "forced the
// Ukrainian government to close the border", what the name was
// caused to do is told as done, as the causing verb is.
func causedBy(toks []token.Token, i int) bool {
	x := i - 1
	if x >= 0 && toks[x].Lower == "the" {
		x--
	}
	return x >= 0 && causeVerbs[toks[x].Lower]
}

// causedAct reports verb k in an infinitive whose subject is the object
// of a verb of causing: "prompting Estonia to expel", "forced the
// ministry to recall".
func causedAct(s *mention.Sentence, k int) bool {
	if k < 2 || s.Toks[k-1].Lower != "to" {
		return false
	}
	m := s.Ending(k - 1)
	return m >= 0 && causedBy(s.Toks, s.Ments[m].I)
}

// causeVerbs cause their object to act: "prompting X to", "forced X to".
// Verbs of asking ("urged X to") ask for an act still to come and are
// left out.
var causeVerbs = map[string]bool{
	"prompting": true, "prompted": true, "forcing": true, "forced": true,
	"leading": true, "led": true, "causing": true, "caused": true,
	"compelling": true, "compelled": true, "spurring": true, "spurred": true,
	"driving": true, "drove": true, "provoking": true, "provoked": true,
}

// effectVerbs after a modal tell what an act brings about: "would have
// consequences", "could harm relations", "might sour ties".
var effectVerbs = map[string]bool{
	"have": true, "affect": true, "harm": true, "damage": true, "hurt": true, "strain": true,
	"sour": true, "undermine": true, "jeopardise": true, "jeopardize": true, "mean": true,
}

// definiteViolent reports a noun of violence at k told as known: "the
// attack", "this bombing", "the latest attack" (the determiner right
// before it or one word before that).
func definiteViolent(toks []token.Token, lo, k int) bool {
	tr, ok := trigger.Lookup(toks[k].Lower)
	if !ok || !tr.Noun || !violent(tr) {
		return false
	}
	def := func(x int) bool {
		switch toks[x].Lower {
		case "the", "this", "that", "such":
			return true
		}
		return false
	}
	return k > lo && def(k-1) || k > lo+1 && def(k-2) && toks[k-1].Kind == token.Word
}

// superlativeTo returns the index of the ordinal or superlative ("first",
// "last", "only") that verb k's infinitive qualifies, as in "the first
// African leader to visit Peru" or "one of the last leaders to speak
// with", within six words before the "to" and after "the"; -1 when k is
// no such infinitive.
func superlativeTo(toks []token.Token, lo, k int) int {
	if k < 2 || toks[k-1].Lower != "to" {
		return -1
	}
	for x := k - 2; x > lo && x >= k-7; x-- {
		if toks[x].Kind == token.Punct && toks[x].Text != "-" {
			return -1
		}
		if superlatives[toks[x].Lower] && toks[x-1].Lower == "the" {
			return x
		}
	}
	return -1
}

var superlatives = map[string]bool{"first": true, "last": true, "only": true, "second": true, "third": true, "latest": true}

// calledOffNoun reports a noun trigger at k whose own predicate calls it
// off: "the visit was cancelled", "Smit's trip had been planned for
// January but was called off", "the talks have been postponed". The
// passive stands within twelve words after the noun, with no clause
// opener ("after", "when", "which" ...; "but" joins the noun's second
// predicate) or clause punctuation between, so
// that "the visit went ahead after the strike was called off" is left
// alone; a negator before the verb ("was not cancelled") leaves it too.
func calledOffNoun(s *mention.Sentence, k int) bool {
	toks := s.Toks
	be := -1
	for x := k + 1; x < len(toks) && x <= k+12; x++ {
		w := toks[x].Lower
		if s.Quoted[x] || toks[x].Kind == token.Punct && toks[x].Text != "-" || requestBarriers[w] && w != "but" {
			return false
		}
		switch {
		case trigger.BeForm(w) || w == "been":
			be = x
		case w == "not" || w == "never" || w == "n't":
			be = -1
		case be >= 0 && x <= be+2 && (calledOffVerbs[w] || w == "called" && x+1 < len(toks) && toks[x+1].Lower == "off"):
			return true
		}
	}
	return false
}

// calledOffVerbs call a planned event off: once they are told of it, the
// event did not take place. ("Suspended" talks took place first.)
var calledOffVerbs = map[string]bool{
	"cancelled": true, "canceled": true, "postponed": true, "scrapped": true, "shelved": true,
	"deferred": true, "abandoned": true,
}

// modals are the future and possibility auxiliaries among plannedCues.
var modals = map[string]bool{"will": true, "'ll": true, "shall": true, "would": true, "might": true, "may": true, "could": true}

// relativeModal reports a modal at x that belongs to a relative clause
// told before trigger k, not to k's own predicate: a relative word
// ("where", "which", "who") opens it after lo, and a finite past or
// perfect auxiliary ("has", "had", "was", "were") of the main clause
// follows the modal before k. In "The square where a march might take
// place has been the scene of clashes" the clashes took place; in "Smit
// will visit Lima, where talks have been held" nothing opens a relative
// clause before "will".
func relativeModal(s *mention.Sentence, lo, x, k int) bool {
	toks := s.Toks
	rel := false
	for y := lo; y < x; y++ {
		switch toks[y].Lower {
		case "where", "which", "who":
			rel = true
		}
	}
	if !rel {
		return false
	}
	for y := x + 2; y < k; y++ {
		switch toks[y].Lower {
		case "has", "had", "was", "were":
			return !s.Quoted[y]
		}
	}
	return false
}

// sceneOf reports a noun trigger at k told as what a place was the scene
// of: "has been the scene of a tense confrontation", "was the scene of
// clashes" (at most two modifiers after "of" and its article). The
// copula's tense is the noun's.
func sceneOf(toks []token.Token, lo, k int) bool {
	x := k - 1
	for n := 0; n < 2 && x > lo && toks[x].Kind == token.Word && !trigger.BeForm(toks[x].Lower) && toks[x].Lower != "of"; n++ {
		x--
	}
	if x > lo && (toks[x].Lower == "a" || toks[x].Lower == "an" || toks[x].Lower == "the") {
		x--
	}
	return x >= lo+2 && toks[x].Lower == "of" && toks[x-1].Lower == "scene" && toks[x-2].Lower == "the"
}

package timex

import tok "github.com/annals-project/annals/extract/token"

// Tense markers. A relative expression without a direction ("on Friday",
// "in the spring", "March 3") is resolved forward when the nearest marker
// in its sentence points to the future, and backward otherwise: news
// reports mostly what has happened, so the past is the default (the
// HeidelTime strategy for underspecified expressions, Strötgen & Gertz
// 2010, with the tense read from markers rather than a POS tagger).
var tenseWords = map[string]int8{
	// Strong future: modal and planning words.
	"will": 2, "ll": 2, "shall": 2, "would": 2, "going": 2, "scheduled": 2, "schedule": 2, "slated": 2,
	"planned": 2, "plan": 2, "plans": 2, "planning": 2, "expected": 2, "expect": 2,
	"expects": 2, "due": 2, "payable": 2, "upcoming": 2, "intends": 2, "intend": 2, "proposed": 2,
	"hopes": 2, "hope": 2, "should": 2, "must": 2, "next": 1, "tomorrow": 2, "might": 2, "likely": 2,
	// Weak future.
	"ahead": 1, "until": 1, "set": 1, "may": 1,
	// Strong past: finite past forms.
	"was": -2, "were": -2, "had": -2, "did": -2, "said": -2, "told": -2, "began": -2,
	"came": -2, "went": -2, "took": -2, "saw": -2, "gave": -2, "fell": -2, "rose": -2,
	"became": -2, "ago": -2, "yesterday": -2, "wrote": -2, "spoke": -2, "broke": -2,
	"chose": -2, "flew": -2, "grew": -2, "knew": -2, "threw": -2, "drew": -2, "ran": -2,
	"shook": -2, "stole": -2, "swore": -2, "tore": -2, "wore": -2, "sank": -2, "drove": -2,
	"ate": -2, "forgot": -2, "froze": -2, "rode": -2, "rang": -2, "sang": -2, "swam": -2,
	"sprang": -2, "arose": -2, "awoke": -2, "withdrew": -2, "overthrew": -2, "underwent": -2,
	"undertook": -2, "overtook": -2, "forgave": -2, "foresaw": -2, "mistook": -2, "strove": -2,
	"shrank": -2, "stank": -2, "slew": -2, "blew": -2, "bore": -2, "forbade": -2,
	// Weak past: forms that are also participles ("will be held").
	"met": -1, "made": -1, "held": -1, "got": -1, "left": -1, "won": -1, "lost": -1,
	"sold": -1, "bought": -1, "paid": -1, "spent": -1, "found": -1, "earlier": -1, "since": -1,
	"brought": -1, "built": -1, "caught": -1, "fought": -1, "felt": -1, "heard": -1, "kept": -1,
	"led": -1, "sent": -1, "stood": -1, "thought": -1, "struck": -1, "hit": -1, "cut": -1,
	"lit": -1, "fled": -1, "shot": -1, "sought": -1, "taught": -1, "fed": -1, "hung": -1,
	"stuck": -1, "swung": -1, "dug": -1, "spun": -1, "meant": -1, "dealt": -1, "slept": -1,
	"swept": -1, "wept": -1, "crept": -1, "lent": -1, "bent": -1, "laid": -1,
	"understood": -1, "withheld": -1, "upheld": -1, "overcame": -2,
	"slid": -1, "bled": -1, "sped": -1,
	// Regular past forms too short for the -ed rule (which skips "need",
	// "seed"): "died" is never passive, "sued" and "owed" may be.
	"died": -2, "sued": -1, "owed": -1,
	// "last" and "next" mostly belong to another time expression ("due to
	// expire last Thursday, to Nov. 6"), whose direction says little about
	// this one's.
	"last": -1,
}

// tense reads the tense of the sentence around tokens [i, j): positive
// future, negative past, 0 when no marker is found; ±2 when a strong marker
// decided, ±1 when only a weak one did. It takes the first strong marker
// looking back within the clause (to the sentence start, a semicolon, a
// colon or a subordinating word such as "that" or "when", at most maxBack
// tokens), else the first strong marker looking
// forward (up to 8, or for an expression fronted before a comma to the
// main clause's first marker past any other fronted phrases, up to 40),
// else the nearest weak marker. A weak past form right
// before the expression ("announced Wednesday", "ruled Friday") decides at
// once unless an auxiliary makes it passive or future ("will be held
// Monday"). Regular -ed forms are weak past markers, since they may be
// participles.
func (m *matcher) tense(i, j int) int8 {
	v := m.clauseTense(i, j)
	if v > 0 && m.retrospective(i, j) {
		// "Building on the Feb. 26 visit, the president will ...",
		// "after Friday's vote the council will ...": a date that
		// dates the noun a backward-looking preposition governs names
		// an event the clause's future builds on or follows, which
		// has mostly happened; the clause's future is not its tense.
		// A weak past keeps the month next to the DCT's the nearest
		// one ("after the Dec. 3 summit" told in November).
		return -1
	}
	if v == 1 && m.attributive(i, j) && m.infinitiveBefore(i) {
		// "voted to split in a January referendum": the weak future of
		// an infinitive says nothing of a date that dates a noun (the
		// referendum may be past or ahead); the month nearest the DCT
		// decides. A weak past ("have searched since the October
		// shooting") still tells.
		return 0
	}
	if (v == 2 || v == -2) && m.attributive(i, j) {
		// "suspended an April 3 summit": a date before its noun dates
		// the noun, not the verb's event, so the verb's tense is only a
		// hint (the month next to the DCT's stays the nearest one).
		v /= 2
	}
	return v
}

// infinitiveBefore reports whether the nearest tense marker before token i
// in its sentence, within twelve tokens, is the "to" of an infinitive.
func (m *matcher) infinitiveBefore(i int) bool {
	for k, d := i-1, 1; k >= 0 && d <= 12; k, d = k-1, d+1 {
		if m.sentenceBreak(k+1) || m.punct(k, ';') {
			return false
		}
		if v := m.tenseOf(k); v != 0 {
			return v == 1 && m.misc(k, "to")
		}
	}
	return false
}

// attributive reports whether tokens [i, j) stand between an article and
// a lower-case noun: "an April 3 summit", "the Friday meeting".
func (m *matcher) attributive(i, j int) bool {
	if !(m.lit(i-1, "a") || m.lit(i-1, "an") || m.misc(i-1, "the")) || j >= len(m.toks) {
		return false
	}
	t := &m.toks[j]
	return t.kind == kWord && !t.upper && t.w == nil && m.tenseOf(j) == 0 && !m.inSet(j, determiners)
}

// retrospective reports whether tokens [i, j) date a noun phrase that a
// backward-looking preposition governs: "after", "following", "since",
// "building on", "in the wake of" or "in the aftermath of", then a
// determiner, then the date before its noun ("the Feb. 26 visit", "the
// February 26 State visit") or the date as a possessive ("after Friday's
// vote"). A bare date after the preposition ("after Feb. 26") is a time
// of its own, which the clause's tense places.
func (m *matcher) retrospective(i, j int) bool {
	if j >= len(m.toks) {
		return false
	}
	k := i - 1
	possessive := m.punct(j, '\'') && m.adj(j) && m.lit(j+1, "s")
	det := m.lit(k, "the") || m.lit(k, "a") || m.lit(k, "an") || m.lit(k, "this") || m.lit(k, "its") || m.lit(k, "his") || m.lit(k, "her") || m.lit(k, "their")
	if det {
		k--
	}
	if !possessive {
		t := &m.toks[j]
		if !det || t.kind != kWord || t.w != nil || m.tenseOf(j) != 0 || m.inSet(j, determiners) {
			return false
		}
	}
	switch {
	case m.lit(k, "after") || m.lit(k, "following") || m.lit(k, "since"):
		return true
	case m.lit(k, "on"):
		return m.lit(k-1, "building") || m.lit(k-1, "builds") || m.lit(k-1, "built")
	case m.lit(k, "of"):
		return (m.lit(k-1, "wake") || m.lit(k-1, "aftermath")) && m.lit(k-2, "the")
	}
	return false
}

// clauseTense is tense without the attributive check.
func (m *matcher) clauseTense(i, j int) int8 {
	if m.has(j-1, cMonth) != nil && m.inSet(j, deliveryNouns) {
		// "crude for June delivery", "the December contract": a futures
		// contract is named after the month its goods are delivered,
		// which is never past while it trades (a contract expires
		// before its delivery month), so the month lies ahead.
		return 2
	}
	if (m.lit(i-1, "by") || m.misc(i-1, "in") || m.lit(i-1, "between")) && (m.lit(i-2, "delivery") || m.lit(i-2, "shipment")) && m.misc(i-3, "for") {
		// "orders for delivery by July", "crude for delivery in
		// March": goods ordered or sold for a later delivery, whose
		// month lies ahead of the order whatever the tense.
		return 2
	}
	if m.shipmentFor(i, j) {
		// "sold wheat for April shipment", "is for shipment March-May":
		// a sale for shipment in a month is a forward sale, whose
		// month lies ahead of the sale.
		return 2
	}
	if m.lit(i-1, "effective") || (m.misc(i-1, "on") || m.misc(i-1, "from")) && m.lit(i-2, "effective") {
		// "named chairman, effective Feb. 1": the day a change takes
		// effect, which a report announces ahead of it whatever the
		// tense of the announcement.
		return 2
	}
	if m.lit(i-1, "since") {
		return -2 // "since March", "since year-end": the start of a span up to now is past
	}
	if p := m.pastRefPhrase(i); p != "" {
		// "rose since talks in March", "left after visits in
		// December": the time dates an event that a backward-looking
		// preposition sets before the clause's own, so after "since"
		// it is past, and after "after" or "following" it is past
		// whenever the clause is: its month is not the nearest one
		// ahead of the DCT but the last one gone.
		if p == "since" {
			return -2
		}
		v := m.clauseTense0(i, j)
		if v < 0 {
			return -2
		}
		if v > 0 && m.reportedWould(i) {
			// "had predicted the economy would add jobs after robust
			// hiring in October": the future of a past report lies
			// after the report, and what it follows lies before it, so
			// the month is the last one gone, not the next.
			return -1
		}
		return v
	}
	return m.clauseTense0(i, j)
}

// finitePlan reports whether token k is the simple past of a verb of
// planning or expecting ("the sides planned to", "the board scheduled
// a vote"): an -ed form with no auxiliary before it ("was planned for
// Friday" is a passive that looks ahead), after a subject rather than a
// determiner ("the planned talks"), and before its object, "to" or the
// time ("planned on Monday to") rather than "for" ("talks planned for
// Friday" is a reduced relative).
func (m *matcher) finitePlan(k int) bool {
	if !m.edForm(k) || k == 0 || m.auxBefore(k) || m.toks[k-1].kind != kWord || k+1 >= len(m.toks) {
		return false
	}
	if m.inSet(k-1, determiners) && !m.inSet(k-1, personalPronouns) && !m.lit(k-1, "them") {
		return false
	}
	return m.misc(k+1, "to") || m.lit(k+1, "to") || m.lit(k+1, "the") || m.lit(k+1, "a") || m.lit(k+1, "an") || m.lit(k+1, "on") || m.lit(k+1, "in")
}

// pastRefPhrase returns the backward-looking preposition ("since",
// "after", "following") that governs a noun phrase whose
// prepositional modifier holds the time at token i ("since talks in
// March", "after the visits of December"), or "" when there is none. The
// noun phrase is one to three lower-case words that carry no tense, so a
// verb between ("after he left in March") ends the search.
// A month coordinated with one so held ("in October and November") is held too.
func (m *matcher) pastRefPhrase(i int) string {
	if (m.lit(i-1, "and") || m.lit(i-1, "or")) && m.has(i-2, cMonth) != nil && i >= 3 {
		// "after robust hiring in October and November": a month
		// coordinated with one the phrase holds is held by it too.
		return m.pastRefPhrase(i - 2)
	}
	if !(m.lit(i-1, "in") || m.lit(i-1, "of") || m.lit(i-1, "on") || m.lit(i-1, "during")) {
		return ""
	}
	for k := i - 2; k >= i-5 && k >= 0; k-- {
		t := &m.toks[k]
		if t.kind != kWord {
			return ""
		}
		if k < i-2 && (m.lit(k, "since") || m.lit(k, "after") || m.lit(k, "following")) {
			return lowerASCII(m.text[t.b:t.e])
		}
		if m.lit(k, "the") || m.lit(k, "their") || m.lit(k, "his") || m.lit(k, "her") || m.lit(k, "its") {
			continue
		}
		if t.upper || t.w != nil || m.tenseOf(k) != 0 || m.clauseOpener(k) || m.inSet(k, personalPronouns) {
			return ""
		}
	}
	return ""
}

// personalPronouns are subjects that make the words after them a clause.
var personalPronouns = map[string]bool{"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true}

// clauseTense0 is clauseTense past its early rules.
func (m *matcher) clauseTense0(i, j int) int8 {
	if m.misc(i-1, "for") && (m.pointDay(i, j) || m.has(j-1, cMonth) != nil) && m.arrangedFor(i-1) {
		// "called a meeting for Friday", "set the vote for March 3":
		// the time after "for" that follows a verb of arranging is the
		// time arranged, which lies ahead of the arranging even when
		// that is told in the past.
		return 2
	}
	if (m.lit(i-1, "is") || m.lit(i-1, "are")) && m.pointDay(i, j) && !(m.punct(j, '\'') && m.lit(j+1, "s")) && !m.lit(i-2, "it") && !m.lit(i-2, "today") {
		// "The funeral is Saturday", "the first debate is Wednesday":
		// the present of "be" placing an event on a day tells a
		// schedule, as the present of a verb of travel does.
		return 2
	}
	weak, weakDist := int8(0), 1<<30
	planHint := false // a participle of planning before its noun ("the planned strike")
	planInf := false  // the time follows "decision to", "plan to"
	// The present progressive with a time adverbial naming a day tells
	// an arrangement, which lies ahead ("is calling the notes on Dec. 7",
	// "are meeting Friday"; Quirk et al. 1985, §4.31); with a longer
	// period it tells what is going on ("are buying machinery this
	// fall"), which the default handles.
	point := m.pointDay(i, j)
	reported := false
	// "until" right before the time is only a weak hint of the future
	// ("the ban stays until March"); a past verb in the clause before it
	// outweighs it ("kept the shuttle on the pad until May 16", "held
	// the town until March 3": the end of a past state).
	untilHint := m.lit(i-1, "until") || m.lit(i-1, "till")
	// "threatened to stoke tensions in a television interview on Monday":
	// a time that dates an interview, a statement or a news conference
	// dates the speaking, which the finite verb tells; the infinitive
	// before the phrase is what was said, no look ahead of this time.
	speech := m.speechPhraseBefore(i)
	for k, d := i-1, 1; k >= 0 && d <= maxBack; k, d = k-1, d+1 {
		if m.sentenceBreak(k+1) || m.punct(k, ';') || m.asideOpen(k) || m.clauseOpener(k) {
			break
		}
		if k+1 < i && m.punct(k, ',') && (m.lit(k+1, "after") || m.lit(k+1, "before") || m.lit(k+1, "and") && m.verbAfterAnd(k+2, i)) {
			// "must be settled Saturday, after talks Thursday ended": a
			// phrase or clause set off after the main one ("after",
			// "before") has its own verb; the main clause's modal does
			// not reach into it.
			break
		}
		if point && weak == 0 && m.progressive(k) {
			return 2
		}
		if weak == 0 && m.reportOpens(k) {
			// "said its unit on April 1 will redeem the notes": the
			// time stands in the clause a verb of saying opens without
			// "that", whose own verb may follow; the past of saying
			// decides only when that clause shows no strong marker.
			reported = true
			break
		}
		if untilHint && weak == 0 && m.tenseOf(k) == -1 && (m.inSet(k-1, presentLinks) || m.perfectAux(k)) {
			// "banks stay closed until Thursday": an -ed form after a
			// linking verb in the present is an adjective of a state
			// that lasts, so "until" keeps its look ahead; so does the
			// present perfect of a deadline set ("has given them until
			// 9 a.m. Tuesday"), which counts from now.
			weak, weakDist = 1, d
			continue
		}
		switch v := m.tenseOf(k); {
		case v == 2 && (k+1 == i || k+2 == i && (m.lit(k+1, "on") || m.lit(k+1, "in"))) && m.finitePlan(k):
			// "the two sides planned on Monday to meet": the time
			// dates the planning, told in the past; the plan's own time
			// is in the infinitive after it.
			return -2
		case v == 2 || v == -2:
			return v
		case v == 1 && i > k+2 && m.misc(k+1, "for") && (m.lit(k, "plan") || m.lit(k, "plans")):
			// "discussed the plan for 2015 on Monday": a plan noun looks
			// ahead only for its own complement, right after "for"; a
			// time further on belongs to the verb.
		case v == -1 && m.auxBefore(k):
			// A participle after "is", "be", "will" ("when the case is
			// heard in May") is passive or future, not past.
		case v == 1 && weak == 0 && m.misc(k, "to") && m.inSet(k-1, planNouns):
			// "the decision to hold talks on Monday", "a proposal to
			// meet next week": the infinitive of a plan noun tells what
			// is to come after the plan.
			weak, weakDist, planInf = v, d, true
		case v == -1 && d <= 2 && weak == 0:
			if m.lit(k-1, "was") || m.lit(k-1, "were") {
				// "the deal was signed in February": a passive in the
				// simple past is as past as "was" alone; the month is
				// not the nearest one ahead of the DCT.
				return -2
			}
			return -1
		case v == 1 && d == 1 && untilHint:
		case v == 1 && speech && m.misc(k, "to") && m.pastClause(k):
			// Only after a past verb: "wants to explain it in a speech
			// on Monday" and "is to speak in an interview on Monday"
			// still look ahead.
		case v != 0 && d < weakDist:
			weak, weakDist = v, d
		}
		if d <= 6 && m.prenominalPlan(k) {
			planHint = true
		}
	}
	ahead := 8
	fronted := m.sentenceStart(i) || i > 0 && m.toks[i-1].kind == kWord && m.sentenceStart(i-1) || m.frontedPhrase(i)
	if fronted && (m.punct(j, '(') || m.punct(j, '[')) {
		// "On Tuesday (9 p.m. local time), the president will ...": a
		// bracketed gloss on the fronted time does not end the fronted
		// phrase; the comma after it does.
		for k := j + 1; k < len(m.toks) && k <= j+12 && !m.punct(k, ';'); k++ {
			if m.punct(k, ')') || m.punct(k, ']') {
				if m.punct(k+1, ',') {
					j = k + 1
				}
				break
			}
		}
	}
	frontedComma := m.punct(j, ',') && fronted
	if frontedComma {
		// A fronted expression ("On Tuesday, the National Rights League
		// plans to ...") leaves the whole main clause to read, whose verb
		// often follows a long subject, and other fronted phrases ("In
		// March, and again in May, the bank acted"; "On Monday, after
		// talks with the unions, the minister said"): commas bound the
		// search only once a verb of the main clause has been seen.
		ahead = 40
	}
	for k, d := j, 1; k < len(m.toks) && d <= ahead; k, d = k+1, d+1 {
		if k > j && weak != 0 && m.clauseOpener(k) {
			// "In January, the commissioner ruled that the boy should
			// go back": once the main clause's verb is read, a
			// subordinate clause after it has a tense of its own.
			break
		}
		if k > j && m.sentenceBreak(k) || m.punct(k, ';') || m.punct(k, ')') || m.punct(k, '(') || m.punct(k, ',') && (!frontedComma || k > j && weak != 0) || m.dashAside(k) {
			// A clause after a comma or semicolon has its own tense
			// ("to admit them in early March, an official said"); the
			// comma right after a fronted expression ("On Tuesday, the
			// league will ...") leads into the main clause instead.
			break
		}
		if weak < 0 && m.coordinatedTense(k) {
			// "signed the bill Friday and will travel on Monday",
			// "approved it Monday and shareholders will vote": a
			// coordinated verb phrase or clause after the time has a
			// tense of its own; the past verb before the time governs
			// it.
			break
		}
		if point && weak == 0 && m.progressive(k) {
			return 2 // "On Dec. 7, the bank is calling the notes"
		}
		if weak < 0 && m.lit(k, "ahead") && m.misc(k+1, "of") {
			// "arrived in Nairobi on Monday ahead of talks with the
			// president": "ahead of" after the time sets another event
			// after the past verb's; it is no future of this time, and
			// what it governs has a tense of its own.
			break
		}
		switch v := m.tenseOf(k); {
		case planInf && v < 0:
			// "Their decision to meet on Friday was welcomed": the past
			// verb after the plan noun's phrase is the main clause's,
			// which tells of the plan, not of the time planned.
			return 1
		case v == 2 && m.finitePlan(k):
			// "On Monday, the two sides planned to resume talks": a
			// time before the verb dates the verb's own event, and a
			// finite past of planning or expecting is past; the
			// infinitive after it is the plan, not this time.
			return -2
		case v == 2 || v == -2:
			return v
		case v == -1 && m.auxBefore(k):
		case v == 1 && weak < 0 && m.misc(k, "to"):
			// "signed an accord on Monday to end the war", "met on
			// Tuesday to discuss trade": an infinitive after the
			// expression tells the purpose of the past verb that
			// governs it, not a time to come.
		case v != 0 && d < weakDist:
			weak, weakDist = v, d
		}
	}
	if weak == 0 && (untilHint || planHint) {
		// "Two planned strikes on Monday": with no verb to tell, a
		// plan's time most likely lies ahead.
		weak = 1
	}
	switch {
	case reported:
		return -2
	case weak > 0:
		return 1
	case weak < 0:
		return -1
	}
	return 0
}

// speechNouns name an occasion of speaking or writing to the public.
var speechNouns = map[string]bool{"interview": true, "statement": true, "speech": true, "address": true,
	"remarks": true, "conference": true, "briefing": true, "broadcast": true, "communique": true,
	"tweet": true, "post": true, "letter": true, "message": true, "op-ed": true, "editorial": true}

// speechPhraseBefore reports whether the time at token i closes a phrase
// "in", "at" or "during", a determiner, at most three lower-case words
// and a noun of speechNouns, with "on" or nothing before the time ("in
// a television interview on Monday", "at a news conference Tuesday").
func (m *matcher) speechPhraseBefore(i int) bool {
	k := i - 1
	if m.lit(k, "on") {
		k--
	}
	if !m.inSet(k, speechNouns) {
		return false
	}
	for x := k - 1; x >= 0 && x >= k-4; x-- {
		if m.determinerAt(x) {
			return m.lit(x-1, "in") || m.lit(x-1, "at") || m.lit(x-1, "during")
		}
		if m.toks[x].kind != kWord || m.upper(x) {
			return false
		}
	}
	return false
}

// coordinatedTense reports whether token k is "and" or "but" opening a
// verb phrase or clause with a tense marker of its own: the marker right
// after it ("and will travel") or after a subject of up to three
// untensed words ("and shareholders will vote").
func (m *matcher) coordinatedTense(k int) bool {
	if !m.lit(k, "and") && !m.lit(k, "but") {
		return false
	}
	for x := k + 1; x <= k+4 && x < len(m.toks); x++ {
		if m.toks[x].kind != kWord {
			return false
		}
		if m.tenseOf(x) != 0 {
			return true
		}
	}
	return false
}

// beForms are the forms of "be" before "due to" in its sense of a plan,
// and of a copula before a time word. Unlike trigger.BeForm, the set also
// holds "being", "am", the clitic "'s" ("it's due to") and "not" ("is
// not"), which the tagger steps over; timex imports none of the
// extractor's other packages, so it keeps its own list.
var beForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true, "s": true, "not": true}

// aheadVerbs form a phrasal verb with "ahead" (go ahead, press ahead).
var aheadVerbs = map[string]bool{
	"go": true, "goes": true, "going": true, "gone": true, "went": true, "press": true, "presses": true,
	"pressing": true, "push": true, "pushes": true, "pushing": true, "forge": true, "forges": true,
	"forging": true, "move": true, "moves": true, "moving": true, "plough": true, "plow": true,
}

// planNouns take an infinitive that names a happening still to come
// when the plan was made: "the decision to hold talks", "a proposal to
// meet".
var planNouns = map[string]bool{
	"plan": true, "plans": true, "decision": true, "proposal": true, "offer": true,
	"invitation": true, "intention": true, "bid": true, "promise": true, "pledge": true,
}

// arrangeVerbs, in any form, arrange an event for a time: after them
// "for" names the time arranged ("called a meeting for Friday").
var arrangeVerbs = map[string]bool{
	"call": true, "calls": true, "called": true, "set": true, "sets": true,
	"schedule": true, "schedules": true, "scheduled": true, "rescheduled": true,
	"arrange": true, "arranges": true, "arranged": true, "plan": true, "plans": true, "planned": true,
	"fix": true, "fixes": true, "fixed": true, "slated": true, "booked": true,
}

// arrangedFor reports whether a verb of arranging stands at most five
// tokens before the "for" at token p, in its clause, with its object
// between ("called a meeting for Friday", "set a vote for March 3"):
// only words, no punctuation or other time. "called for" alone is a
// demand, not an arrangement.
func (m *matcher) arrangedFor(p int) bool {
	for k := p - 1; k >= 0 && k >= p-5; k-- {
		if m.sentenceBreak(k+1) || m.toks[k].kind == kPunct || m.toks[k].w != nil && !m.misc(k, "the") && !m.lit(k, "a") && !m.lit(k, "an") {
			return false
		}
		if m.inSet(k, arrangeVerbs) {
			return k < p-1 && !m.inSet(k-1, determiners)
		}
	}
	return false
}

// shipmentNouns name the shipment a forward sale is for.
var shipmentNouns = map[string]bool{"shipment": true, "shipments": true, "loading": true, "arrival": true}

// shipmentFor reports whether the month at [i, j), alone or in a range
// of months, stands in "for <months> shipment" or "for shipment
// <months>".
func (m *matcher) shipmentFor(i, j int) bool {
	if m.has(j-1, cMonth) == nil {
		return false
	}
	rangeTok := func(k int) bool {
		return m.has(k, cMonth) != nil || m.misc(k, "to") || m.lit(k, "through") || m.punct(k, '-') || m.punct(k, '/')
	}
	b, e := i-1, j
	for d := 0; d < 4 && b >= 0 && rangeTok(b) && !m.misc(b, "for"); d++ {
		b--
	}
	for d := 0; d < 4 && e < len(m.toks) && rangeTok(e); d++ {
		e++
	}
	if m.misc(b, "for") {
		return m.inSet(e, shipmentNouns)
	}
	return m.inSet(b, shipmentNouns) && m.misc(b-1, "for")
}

// reportOpens reports whether token k is "said" or "says" right before
// the subject of the clause it reports: a pronoun, possessive or article
// ("said its unit", "says the bank").
func (m *matcher) reportOpens(k int) bool {
	return (m.lit(k, "said") || m.lit(k, "says")) && m.inSet(k+1, subjectOpeners)
}

// subjectOpeners start a subject.
var subjectOpeners = map[string]bool{
	"it": true, "he": true, "she": true, "they": true, "we": true, "its": true, "his": true,
	"her": true, "their": true, "the": true, "a": true, "an": true,
}

// deliveryNouns follow a month that names a futures contract.
var deliveryNouns = map[string]bool{"delivery": true, "deliveries": true, "futures": true, "contract": true, "contracts": true}

var auxiliaries = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "will": true, "would": true, "to": true, "ll": true}

// auxBefore reports whether one of the two words before token k is an
// auxiliary that makes a past form passive or future.
func (m *matcher) auxBefore(k int) bool {
	for x := k - 1; x >= k-2 && x >= 0; x-- {
		t := &m.toks[x]
		if t.kind == kWord && t.e-t.b <= 5 && auxiliaries[lowerASCII(m.text[t.b:t.e])] {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases ASCII letters, allocating only when s has an
// upper-case letter.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// sentenceStart reports whether token k begins a sentence.
func (m *matcher) sentenceStart(k int) bool { return k == 0 || m.sentenceBreak(k) }

// sentenceBreak reports whether a sentence ends just before token k: a
// paragraph break, or '.', '!' or '?' not after a one-letter or
// abbreviated word; the full stops of a dotted abbreviation ("a.m.",
// "e.g.") end a sentence only before a capital, a number or a paragraph
// break.
func (m *matcher) sentenceBreak(k int) bool {
	if k <= 0 || k >= len(m.toks) {
		return false
	}
	if m.toks[k].nlGap >= 2 {
		return true
	}
	p := m.toks[k-1]
	if !p.sentEnd {
		return false
	}
	if p.punct == '.' && k >= 2 && m.toks[k].kind == kNum && m.adj(k) && m.toks[k-2].kind == kNum && m.adj(k-1) {
		return false // "$32.4 billion", "fell 2.5%": a decimal point
	}
	if p.punct == '.' && m.punct(k, ',') {
		return false // "Sunnylands, Calif., in June": a comma after the full stop shows an abbreviation
	}
	if k >= 2 {
		q := m.toks[k-2]
		if q.kind == kWord && q.e == p.b && q.e-q.b <= 4 && q.upper && !m.inSet(k-2, shortMonths) {
			return false // "Nov.", "Mr.", "U.S." (but "in July." ends one)
		}
		if q.kind == kWord && q.e == p.b && m.toks[k].upper && (m.lit(k-2, "vs") || m.lit(k-2, "v")) {
			return false // "Roe vs. Wade": the case name goes on
		}
		if q.kind == kWord && q.e == p.b && q.e-q.b == 1 && k >= 4 && m.punct(k-3, '.') && m.toks[k-3].e == q.b && m.toks[k-4].kind == kWord && m.toks[k-4].e == m.toks[k-3].b &&
			m.toks[k].kind == kWord && !m.toks[k].upper {
			return false // "at 9 a.m. on Tuesday", "e.g. the port": a dotted abbreviation before a lower-case word
		}
		if q.kind == kWord && q.e == p.b && q.e-q.b == 1 && m.toks[k].kind == kWord && m.toks[k].b == p.e && m.toks[k].e-m.toks[k].b == 1 {
			return false // the inner full stop of "a.m.", "e.g.", "U.S."
		}
	}
	return true
}

// tenseOf classifies token k as a tense marker: ±2 strong, ±1 weak, 0
// none (see tenseWords; regular -ed forms are weak past).
//
// The answer depends only on the tokens, and each expression's tense
// reads the markers of up to some fifty tokens around it, so the matcher
// keeps each token's answer for the expressions after it.
func (m *matcher) tenseOf(k int) int8 {
	if k < 0 || k >= len(m.toks) {
		return 0 // past either end of the text
	}
	if m.tenses == nil {
		m.tenses = make([]int8, len(m.toks))
	}
	if v := m.tenses[k]; v != 0 {
		return v - tenseKnown
	}
	v := m.tenseOf0(k)
	m.tenses[k] = v + tenseKnown
	return v
}

// tenseKnown offsets a remembered tenseOf answer (-2..2) in
// matcher.tenses, where 0 means not yet computed.
const tenseKnown = 8

// tenseOf0 is tenseOf without the memo.
func (m *matcher) tenseOf0(k int) int8 {
	t := &m.toks[k]
	if t.kind != kWord || t.e-t.b > 16 {
		return 0
	}
	if m.misc(k, "to") && m.infinitive(k+1) {
		if k > 0 && (m.inSet(k-1, implicative) || m.objectImplicative(k)) {
			// "failed to reach a deal on Monday", "managed to land
			// Friday": an implicative verb (Karttunen 1971) dates the
			// infinitive's event with its own tense; the verb decides.
			return 0
		}
		if k > 0 && m.toks[k-1].kind == kWord && m.directiveObject(k-1) {
			// "urged the rebels to lay down their arms on Saturday",
			// "called on both sides to meet Monday": what someone is
			// urged, asked or told to do is still to come when asked.
			return 1
		}
		if k > 0 && (m.punct(k-1, ',') || m.toks[k-1].kind == kWord && m.upper(k-1) && !m.sentenceStart(k-1) && m.toks[k-1].w == nil || m.pluralObject(k-1)) && m.pastClause(k) || m.instrumentObject(k-1) {
			// "..., to counter the advance on Thursday", "met in
			// Geneva to sign the accord": an infinitive of purpose
			// after a comma or a name takes the tense of the past
			// clause it serves, so it marks none of its own. Without
			// a past verb before it ("when he pays a visit to Nairobi
			// to attend ceremonies on Friday") it still looks ahead.
			return 0
		}
		return 1 // "agreed to hold talks in January": the infinitive looks ahead
	}
	if v := m.scheduled(k); v != 0 {
		return v
	}
	if m.lit(k, "due") && m.misc(k+1, "to") && !(k > 0 && (m.punct(k-1, ',') || m.inSet(k-1, beForms))) {
		// "a record increase due to massive buying": after a noun
		// phrase "due to" means because of; only "is due to start",
		// "..., due to expire" tell a plan.
		return 0
	}
	if m.lit(k, "ahead") && !m.misc(k+1, "of") && (m.misc(k+1, "with") || k > 0 && (m.edForm(k-1) || m.inSet(k-1, aheadVerbs))) {
		// "pressed ahead with the launch", "the talks went ahead": in a
		// phrasal verb "ahead" means onward, not later, so it is no cue
		// of the future ("in the weeks ahead" still is).
		return 0
	}
	if m.inSet(k, participles) && m.perfectAux(k) {
		// "exports have grown 4 percent through August": the present
		// perfect tells what happened up to now, so its time is past
		// (a weak marker, as a regular -ed participle is). "has been"
		// before another participle is a passive ("has been extended
		// through August"), which that participle decides.
		if !(m.lit(k, "been") && k+1 < len(m.toks) && (m.inSet(k+1, participles) || m.edForm(k+1))) {
			return -1
		}
	}
	if (m.lit(k, "early") || m.lit(k, "soon")) && m.lit(k-1, "as") && m.lit(k+1, "as") {
		return 2 // "as early as Tuesday", "as soon as Friday"
	}
	if m.lit(k, "next") && (m.misc(k+1, "to") || m.lit(k+1, "door")) {
		return 0 // "next to the embassy": a place, not a time
	}
	if (m.lit(k, "last") || m.lit(k, "next")) && m.misc(k-1, "the") {
		return 0 // "the last week of June", "the next round": an ordinal, no tense
	}
	if m.lit(k, "set") && !(m.misc(k+1, "for") || m.misc(k+1, "to")) {
		if m.misc(k+1, "on") || m.misc(k+1, "in") {
			// "a record set on Aug. 6", "the tone set in March": a past
			// form or participle placing what was set, a weak past.
			return -1
		}
		return 0 // only "set for Friday" and "set to" look ahead
	}
	var buf [16]byte
	n := t.e - t.b
	for x := 0; x < n; x++ {
		c := m.text[t.b+x]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[x] = c
	}
	if v, ok := tenseWordOf(buf[:n]); ok {
		if v == 1 && t.upper && buf[0] == 'm' {
			return 0 // "May" the month, not the modal
		}
		if v == 2 && n > 6 && buf[n-2] == 'e' && buf[n-1] == 'd' && (m.lit(k-1, "as") || m.lit(k-2, "as") && m.lit(k-1, "previously") || m.lit(k-2, "as") && m.lit(k-1, "originally")) {
			return 0 // "began as (previously) planned Saturday": the event kept to an earlier plan; no tense of its own
		}
		if (v == 2 && (buf[0] == 's' || buf[0] == 'w' || buf[0] == 'm') && (n >= 5 || n == 4 && buf[1] == 'u') || v == 1 && n == 3 && buf[0] == 'm') && m.lit(k+1, "have") {
			// "should have been released Monday", "would have", "might
			// have", "must have", "may have been killed on Tuesday": a
			// modal perfect tells a past that did, may or did not
			// happen.
			return -1
		}
		if v == 2 && n > 6 && buf[n-2] == 'e' && buf[n-1] == 'd' && m.prenominal(k) {
			// "began the first of two planned strikes late on Tuesday",
			// "called off the scheduled talks on Friday": a participle
			// between a determiner or a number and its noun is an
			// adjective; it says the event was planned, not that its
			// time lies ahead, so the clause's verb decides (see
			// clauseTense0 for a clause without one).
			return 0
		}
		if v == 2 && (m.lit(k-1, "had") || m.lit(k-1, "been") && m.lit(k-2, "had")) {
			return -2 // "had been due to expire Friday": a plan now past
		}
		if v == 2 && n > 6 && buf[n-2] == 'e' && buf[n-1] == 'd' && (m.superseded(k-1) || m.inSet(k-1, beForms) && m.superseded(k-2)) {
			// "originally was scheduled to launch in late April", "the
			// vote, initially planned for Tuesday": a plan the story
			// says was replaced, so its time is told as past (a
			// "was scheduled to" alone still looks ahead).
			return -2
		}
		if v == 2 && (n == 4 || n == 5) && buf[0] == 'p' && buf[1] == 'l' && k+1 < len(m.toks) && m.toks[k+1].kind == kPunct && m.toks[k+1].punct != '-' {
			// "set aside vacation plans, the ministry ...": the verb
			// "plans" needs a complement, so before punctuation the
			// word is the noun, which dates nothing by itself.
			return 0
		}
		if v == 2 && (n == 4 || n == 5) && buf[0] == 'p' && buf[1] == 'l' && k > 0 && (m.nounBefore(k-1) || (m.possessive(k-1) || m.modifiedNoun(k)) && !m.misc(k+1, "to")) {
			// A possessive makes a noun too ("agreed to Ecuador's plan
			// for the border on Monday"), except before "to", where
			// "Chile's plans to meet Peru on Friday" keeps its look ahead
			// against a later past verb ("... were welcomed").
			if m.misc(k+1, "to") && m.infinitive(k+2) && m.determinerAt(k-1) {
				// "The plans to meet Peru on Friday were welcomed": the
				// noun's infinitive complement is the plan, and a time in
				// it lies ahead, whatever the tense of the verb after it
				// (as after a possessive). After a verb ("announced plans
				// to") the verb may date the announcing; a weak hint.
				return v
			}
			if m.misc(k+1, "to") || m.misc(k+1, "for") {
				return 1 // "announced plans to", "the plan for": the noun, a weak hint
			}
			// "announced the plan Aug. 21": the noun's plan lies in its
			// complement, which here is missing; the verb decides.
			return 0
		}
		return v
	}
	if n > 4 && buf[n-2] == 'e' && buf[n-1] == 'd' {
		if m.punct(k-1, '-') && m.adj(k) && m.adj(k-1) && m.toks[k-2].kind == kWord {
			// "a self-imposed deadline", "state-owned banks": an -ed
			// word closing a hyphenated compound is an adjective, not
			// a verb of its own.
			return 0
		}
		return -1
	}
	return 0
}

// superseded reports whether token k is an adverb that marks a plan as
// since replaced: "originally", "initially".
func (m *matcher) superseded(k int) bool {
	return m.lit(k, "originally") || m.lit(k, "initially")
}

// progressive reports whether token k is the -ing form of a present
// progressive ("is calling", "are meeting").
func (m *matcher) progressive(k int) bool {
	if k < 0 || k >= len(m.toks) {
		return false
	}
	t := &m.toks[k]
	n := t.e - t.b
	return t.kind == kWord && n > 4 && lowerASCII(m.text[t.e-3:t.e]) == "ing" && (m.lit(k-1, "is") || m.lit(k-1, "are") || m.lit(k-1, "am"))
}

// pointDay reports whether tokens [i, j) name a day: a weekday, or a
// month with a day number ("Dec. 7").
func (m *matcher) pointDay(i, j int) bool {
	month, num := false, false
	for k := i; k < j; k++ {
		switch {
		case m.has(k, cWeekday) != nil:
			return true
		case m.has(k, cMonth) != nil:
			month = true
		case k < len(m.toks) && m.toks[k].kind == kNum:
			num = true
		}
	}
	return month && num
}

// pluralObject reports whether token x is a plural noun after a
// determiner, "of", a number or a past verb ("staged celebrations to
// mark", "sent troops to quell"): an infinitive after it tells the
// purpose of the clause's event, not a plan of its own. Nouns of plans
// ("plans to") keep their own reading (see tenseOf).
func (m *matcher) pluralObject(x int) bool {
	t := &m.toks[x]
	n := t.e - t.b
	if t.kind == kWord && m.has(x, cUnit) != nil && n > 3 && m.text[t.e-1] == 's' && x > 0 && (m.toks[x-1].kind == kNum || m.has(x-1, cNum) != nil || m.inSet(x-1, spanAmounts)) {
		// "needed a few extra days to reach a deal", "took three weeks
		// to finish the count": an amount of time the clause's verb
		// spent or sought, and the infinitive after it what the time
		// was for; it is as past as that verb.
		return true
	}
	if t.kind != kWord || t.upper || n < 5 || n > 16 || t.w != nil {
		return false
	}
	if m.text[t.e-1] != 's' || m.text[t.e-2] == 's' || m.text[t.e-2] == 'u' || m.tenseOf(x) != 0 {
		return false
	}
	return m.inSet(x-1, determiners) || m.misc(x-1, "of") || x > 0 && m.toks[x-1].kind == kNum || m.tenseOf(x-1) < 0
}

// instrumentObject reports whether token x ends the object of a past verb
// of using force or a means, at most three words after it: "police used
// tear gas to disperse", "troops fired shots to scatter": the infinitive
// after it tells what the means served, done when the use was. Verbs
// that ask or permit ("urged Iran to", "allowed them to") look ahead and
// are not among them.
func (m *matcher) instrumentObject(x int) bool {
	for k := x - 1; k >= 0 && k >= x-3; k-- {
		if m.toks[k].kind != kWord {
			return false
		}
		if m.inSet(k, instrumentVerbs) {
			return !m.auxBefore(k)
		}
	}
	return false
}

// directiveObject reports whether token x ends the object of a verb of
// urging, asking or telling, at most four words after it and in its
// clause ("urged the rebels to", "called on Kiev to", "asked
// parliament to", "told reporters to"): the infinitive after the object
// is the action asked for, ahead of the asking. Verbs that report a
// success ("persuaded", "forced") are not among them.
func (m *matcher) directiveObject(x int) bool {
	for k := x - 1; k >= 0 && k >= x-4; k-- {
		if m.toks[k].kind != kWord {
			return false
		}
		if m.inSet(k, directiveVerbs) {
			return true
		}
		if (m.lit(k, "on") || m.lit(k, "upon")) && m.inSet(k-1, callVerbs) || m.lit(k, "to") && m.inSet(k-1, appealVerbs) {
			return true // "called on the parties to", "appealed to donors to"
		}
		if m.tenseOf(k) != 0 {
			return false
		}
	}
	return false
}

// directiveVerbs urge, ask or tell someone to act (see directiveObject).
var directiveVerbs = map[string]bool{
	"urge": true, "urges": true, "urged": true, "urging": true, "ask": true, "asks": true, "asked": true, "asking": true,
	"told": true, "tell": true, "tells": true, "ordered": true, "orders": true, "order": true,
	"invited": true, "invites": true, "invite": true, "encouraged": true, "encourages": true, "encourage": true,
	"pressed": true, "presses": true, "press": true, "implored": true, "begged": true, "exhorted": true,
	"requested": true, "requests": true, "instructed": true, "directed": true, "advised": true, "advises": true,
	"pushed": true, "pushing": true, "challenged": true, "warned": true, "warns": true,
}

// callVerbs take "on" before the party called on to act; appealVerbs
// take "to".
var callVerbs = map[string]bool{"call": true, "calls": true, "called": true, "calling": true}

var appealVerbs = map[string]bool{"appeal": true, "appeals": true, "appealed": true, "appealing": true}

// instrumentVerbs take the means or force used as their object (see
// instrumentObject).
var instrumentVerbs = map[string]bool{
	"used": true, "employed": true, "fired": true, "lobbed": true, "hurled": true, "threw": true,
}

// pastClause reports whether the clause before token k, back to the start
// of its sentence or a semicolon and at most 12 tokens, has a past-tense
// marker before any future one ("shelled the town, to stop ...": yes;
// "when he pays a visit to Nairobi to attend ...": no). Participles after an
// auxiliary ("is expected", "will be held") are not past.
func (m *matcher) pastClause(k int) bool {
	for x, d := k-1, 1; x >= 0 && d <= 12; x, d = x-1, d+1 {
		if m.sentenceBreak(x+1) || m.punct(x, ';') {
			return false
		}
		switch v := m.tenseOf(x); {
		case v > 0:
			return false
		case v < 0 && !(v == -1 && m.auxBefore(x)):
			return true
		}
	}
	return false
}

// nounBefore reports whether token k makes the next word a noun: a
// determiner or possessive ("the plan", "its plans") or a past verb
// ("announced plans").
func (m *matcher) nounBefore(k int) bool {
	t := &m.toks[k]
	if t.kind != kWord || t.e-t.b > 16 {
		return false
	}
	w := lowerASCII(m.text[t.b:t.e])
	return determiners[w] && !pronouns[w] || len(w) > 4 && w[len(w)-2:] == "ed"
}

// modifiedNoun reports whether token k ends a noun phrase whose
// determiner or possessive stands up to four modifiers before it: "the
// African Union peace plan", "Egypt's new ceasefire plan", "a two-state
// plan". A verb after a subject ("the rebel group plans to") is told
// from it only by what follows, so callers leave out "to".
func (m *matcher) modifiedNoun(k int) bool {
	for x := k - 1; x >= 0 && x >= k-5; x-- {
		t := &m.toks[x]
		if t.kind == kPunct && t.punct == '-' && x < k-1 {
			continue // "a two-state plan"
		}
		if t.kind != kWord || t.e-t.b > 16 {
			return false
		}
		if x < k-1 && (m.determinerAt(x) || m.possessive(x)) {
			return true
		}
		w := lowerASCII(m.text[t.b:t.e])
		if _, ok := tenseWords[w]; ok || pronouns[w] || determiners[w] || w == "to" || w == "and" || w == "or" {
			return false
		}
	}
	return false
}

// determinerAt reports whether token k is a determiner before a noun
// ("the", "its", "their"), not a pronoun.
func (m *matcher) determinerAt(k int) bool {
	t := &m.toks[k]
	if t.kind != kWord || t.e-t.b > 16 {
		return false
	}
	w := lowerASCII(m.text[t.b:t.e])
	return determiners[w] && !pronouns[w]
}

// possessive reports whether token k is the "s" of a possessive "'s"
// written close up after a word ("Ecuador's").
func (m *matcher) possessive(k int) bool {
	return k >= 2 && m.lit(k, "s") && m.adj(k) && m.punct(k-1, '\'') && m.adj(k-1) && m.toks[k-2].kind == kWord
}

// determiners that follow the preposition "to" rather than an infinitive
// marker.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true, "this": true, "that": true, "these": true, "those": true, "some": true, "all": true, "any": true, "each": true, "every": true, "my": true, "your": true, "date": true, "me": true, "him": true, "them": true, "us": true, "it": true, "what": true, "which": true}

// infinitive reports whether token k, after "to", looks like a verb: a
// lower-case word that is not a determiner, pronoun or time word ("to
// hold", not "to the", "to Russia", "to 5 pct", "to March").
func (m *matcher) infinitive(k int) bool {
	if k >= len(m.toks) {
		return false
	}
	t := &m.toks[k]
	if t.kind != kWord || t.upper || t.w != nil || t.e-t.b > 16 {
		return false
	}
	return !determiners[m.text[t.b:t.e]] && !numberWords[m.text[t.b:t.e]] && !m.inSet(k-2, prepositionTo)
}

// numberWords after "to" are a quantity, not a verb ("fell to zero",
// "cut to one").
var numberWords = map[string]bool{"zero": true, "nil": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true}

// prepositionTo are the words before which "to" is a preposition, not the
// sign of an infinitive: "compared to zero", "according to officials",
// "prior to talks", "owing to strikes".
var prepositionTo = map[string]bool{
	"compared": true, "according": true, "prior": true, "owing": true, "thanks": true,
	"relative": true, "contrary": true, "similar": true, "equivalent": true, "equal": true, "close": true,
}

// implicative verbs, in the past, whose infinitive tells what happened or
// did not happen at that time rather than what is to come.
var implicative = map[string]bool{
	"failed": true, "managed": true, "tried": true, "attempted": true, "refused": true,
	"declined": true, "neglected": true, "forgot": true, "happened": true, "bothered": true,
}

// objectImplicatives are verbs of causing whose past, with an object and
// an infinitive, tells that the infinitive's event happened ("forced the
// league to close the stadium on Saturday", "prompted the bank to cut
// rates Tuesday").
var objectImplicatives = map[string]bool{
	"forced": true, "compelled": true, "obliged": true, "prompted": true, "caused": true,
}

// objectImplicative reports whether the "to" at token k follows a past
// verb of objectImplicatives and its object of one to four words with no
// tense of their own ("forced the tournament to", "prompted dozens of
// families to").
func (m *matcher) objectImplicative(k int) bool {
	for x := k - 1; x >= k-5 && x >= 0; x-- {
		if x < k-1 && m.inSet(x, objectImplicatives) {
			return !m.auxBefore(x) // "will be forced to": not yet done
		}
		if m.toks[x].kind != kWord || m.tenseOf(x) != 0 {
			return false
		}
	}
	return false
}

// scheduleVerbs are verbs of travel, meetings and beginnings that news
// puts in the present tense for what is scheduled: "the delegation sets
// out Wednesday", "the talks resume Monday", "the court rules Friday".
// Both present forms are listed; the plain form only counts after a
// subject, not after "did", "not" or "to".
var scheduleVerbs = map[string]bool{
	"sets": true, "leaves": true, "leave": true, "departs": true, "depart": true,
	"arrives": true, "arrive": true, "travels": true, "travel": true, "heads": true,
	"flies": true, "visits": true, "visit": true, "begins": true, "begin": true,
	"starts": true, "start": true, "opens": true, "resumes": true, "resume": true,
	"ends": true, "meets": true, "meet": true, "hosts": true, "host": true, "returns": true,
	"convenes": true, "convene": true, "reconvenes": true, "reconvene": true,
	"votes": true, "rules": true, "launches": true, "kicks": true, "takes": true,
	"expires": true, "expire": true, "lapses": true, "reopens": true, "reopen": true, "concludes": true,
	// Sport and wire fixtures: "defends his title Sunday", "the Lakers
	// play the Celtics Friday", "faces reporters Thursday", "the panel
	// holds hearings Wednesday", "the crew returns (return) Monday".
	"plays": true, "play": true, "faces": true, "face": true, "defends": true, "defend": true,
	"holds": true, "hold": true, "return": true, "gathers": true, "gather": true,
	// Wire copy's agenda verbs: "voters go to the polls Sunday", "the
	// bill goes to the Senate Tuesday", "delivers his address Tuesday",
	// "testifies Wednesday", "the court hears arguments Monday".
	"goes": true, "go": true, "delivers": true, "addresses": true, "testifies": true, "testify": true,
	"speaks": true, "hears": true, "considers": true, "celebrates": true, "wraps": true,
}

// verbOnlyPlain are plain forms of scheduleVerbs that are never nouns, so
// after a relative "that" or "which" they are the verb ("talks that
// begin Saturday"), where "that visit" or "that return" may be a noun.
var verbOnlyPlain = map[string]bool{
	"begin": true, "arrive": true, "depart": true, "convene": true, "reconvene": true,
	"resume": true, "meet": true, "reopen": true, "expire": true, "gather": true, "go": true,
}

// notPlainVerb are the words after which a plain verb form is an
// infinitive or negated past, not a present tense: "did not meet".
var notPlainVerb = map[string]bool{
	"did": true, "didn": true, "do": true, "does": true, "doesn": true, "don": true, "not": true,
	"t": true, "never": true, "to": true, "could": true, "can": true, "should": true,
	"must": true, "cannot": true, "couldn": true, "let": true, "help": true, "make": true,
}

// scheduled returns 2 when token k is a present-tense verb of
// scheduling (see scheduleVerbs) and 0 otherwise. A determiner or
// possessive before the word makes it a noun ("his visits", "the
// talks"); so does a preposition or "and" ("a week of visits").
func (m *matcher) scheduled(k int) int8 {
	t := &m.toks[k]
	if t.kind != kWord || t.e-t.b > 10 || t.e-t.b < 3 && !m.lit(k, "go") {
		return 0
	}
	headVerb := m.lit(k, "head") && m.inSet(k+1, headParticles)
	if !m.inSet(k, scheduleVerbs) && !headVerb || k == 0 || m.sentenceStart(k) {
		return 0
	}
	if m.habitual(k, k+1) {
		return 0 // "the fair usually opens in May": what recurs, not a plan
	}
	if m.toks[k-1].kind != kWord && !m.afterInsertion(k-1) {
		return 0
	}
	if m.text[t.e-1]|0x20 != 's' && m.nounPhrase(k) {
		return 0
	}
	if m.text[t.e-1]|0x20 != 's' && k >= 3 && m.punct(k-2, '-') && m.toks[k-3].kind == kWord && m.toks[k-1].kind == kWord && m.text[m.toks[k-1].e-1]|0x20 != 's' {
		// "signed an agreement on visa-free travel", "cross-border
		// visit": a hyphenated modifier right before the plain form
		// makes it a noun; a subject would be plural ("hard-liners
		// meet").
		return 0
	}
	if m.inSet(k-1, determiners) && !((m.text[t.e-1]|0x20 == 's' || m.inSet(k, verbOnlyPlain)) && (m.lit(k-1, "that") || m.lit(k-1, "which"))) || m.lit(k-1, "s") || m.misc(k-1, "of") || m.misc(k-1, "for") || m.misc(k-1, "in") || m.misc(k-1, "on") || m.inSet(k-1, nounPrepositions) {
		return 0
	}
	if m.lit(k-1, "or") && m.text[t.e-1]|0x20 != 's' {
		return 0 // "warned them to release the boat or face sanctions": a second infinitive
	}
	if m.misc(k-1, "and") && !(m.text[t.e-1]|0x20 == 's' && k >= 2 && (m.toks[k-2].kind == kNum || m.has(k-2, cWeekday|cMonth|cUnit|cDeictic) != nil)) {
		// "talks and visits" is a list of nouns; after a time ("took
		// effect on July 1 and expires Dec. 31") a verb in -s is a
		// second predicate of the subject.
		return 0
	}
	if m.text[t.e-1]|0x20 != 's' && (m.inSet(k-1, notPlainVerb) || m.auxBefore(k)) {
		return 0
	}
	if m.pastForm(k + 1) {
		// "two new faces joined the cabinet Monday", "rival plays
		// opened Friday": a finite past right after the word is the
		// clause's verb, so the word is its subject, a plural noun.
		return 0
	}
	return 2
}

// pastForm reports whether token k is a past form: a regular -ed form or
// a strong past of tenseWords ("joined", "began", "drew").
func (m *matcher) pastForm(k int) bool {
	if m.edForm(k) {
		return true
	}
	var buf [16]byte
	w := m.lowerWord(k, &buf)
	if w == nil {
		return false
	}
	v, _ := tenseWordOf(w)
	return v == -2
}

// tenseWordsFilter turns away most words before a lookup in tenseWords.
var tenseWordsFilter = tok.NewFilter(tenseWords)

// tenseWordOf returns tenseWords[string(w)] and whether w is listed.
func tenseWordOf(w []byte) (int8, bool) {
	if !tenseWordsFilter.May(string(w)) {
		return 0, false
	}
	v, ok := tenseWords[string(w)]
	return v, ok
}

// headParticles are the words after which a plain "head" is the verb of
// travel ("voters head to the polls Sunday", "troops head home"), not the
// noun ("the agency head said").
var headParticles = map[string]bool{"to": true, "for": true, "into": true, "home": true, "back": true, "off": true}

// nounPrepositions take a noun phrase, never a finite verb, so a
// schedule verb's -s form right after one is the plural noun ("after
// visits in May", "since talks began").
var nounPrepositions = map[string]bool{"after": true, "since": true, "following": true, "before": true, "during": true, "with": true, "from": true, "amid": true, "without": true, "despite": true}

// inSet reports whether word token k, lower-cased, is in set. It builds
// the key on the stack, so the lookup does not allocate. It is false
// past either end of the text.
func (m *matcher) inSet(k int, set map[string]bool) bool {
	var buf [16]byte
	w := m.lowerWord(k, &buf)
	return w != nil && set[string(w)]
}

// lowerWord copies word token k, lower-cased, into buf and returns that
// part of it; nil when k is past either end of the text, not a word, or
// longer than buf. Callers index maps with string(w), which does not
// allocate.
func (m *matcher) lowerWord(k int, buf *[16]byte) []byte {
	if k < 0 || k >= len(m.toks) {
		return nil
	}
	t := &m.toks[k]
	n := t.e - t.b
	if t.kind != kWord || n > len(buf) {
		return nil
	}
	for x := 0; x < n; x++ {
		c := m.text[t.b+x]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[x] = c
	}
	return buf[:n]
}

// nounPhrase reports whether the plain form at k ends a noun phrase: a
// determiner or a possessive one to three words before it with only
// modifiers between ("a state visit", "his three-day visit", "a
// three-day official visit", "Smith's official visit", "the first
// meeting"; a hyphenated modifier counts as one word). A plural
// word right before it is a subject instead ("the two leaders meet
// Monday"), as is an upper-case one ("the Chinese delegation" is no
// modifier of a verb, but "the Senate votes" has the -s form, not seen
// here).
func (m *matcher) nounPhrase(k int) bool {
	p := m.toks[k-1]
	if p.kind == kWord && p.e-p.b > 3 && m.text[p.e-1]|0x20 == 's' && m.text[p.e-2]|0x20 != 's' {
		return false // "the ministers meet"
	}
	for x, words := k-1, 0; x >= 0 && x >= k-6 && words < 3; x-- {
		t := &m.toks[x]
		switch {
		case t.kind == kPunct && t.punct == '-' && m.adj(x) && m.adj(x+1):
			// "three-day": the two halves of a hyphenated modifier are
			// one word ("a three-day official visit").
			words--
			continue
		case t.kind == kNum:
			words++
			continue
		case t.kind != kWord:
			return false
		}
		if m.inSet(x, determiners) && x < k-1 {
			return !m.inSet(x, pronouns)
		}
		if m.possessive(x) && x < k-1 {
			return true // "Smith's official visit", as "the official visit"
		}
		words++
	}
	return false
}

// pronouns among the determiners: a pronoun before a word starts a
// clause, not a noun phrase ("it visits").
var pronouns = map[string]bool{"me": true, "him": true, "them": true, "us": true, "it": true, "what": true, "which": true, "that": true, "date": true}

// afterInsertion reports whether the comma at token c closes an
// insertion between subject and verb: a relative clause or an apposition
// that opened with a comma and "who", "which", "whose", "where" or an
// article in the same sentence ("The minister, who is at home, sets out
// Friday"; "The envoy, a former general, leaves Monday").
func (m *matcher) afterInsertion(c int) bool {
	if !m.punct(c, ',') {
		return false
	}
	for x := c - 1; x >= 0 && x >= c-16; x-- {
		if m.sentenceBreak(x+1) || m.punct(x, ';') {
			return false
		}
		if m.punct(x, ',') {
			return (m.inSet(x+1, insertionOpeners) || m.participle(x+1)) && x > 0 && m.toks[x-1].kind == kWord && !m.sentenceStart(x-1)
		}
	}
	return false
}

// participle reports whether token k is a lower-case -ed or -ing form,
// which opens a participial insertion ("The premier, beleaguered at
// home, sets out Wednesday").
func (m *matcher) participle(k int) bool {
	if k >= len(m.toks) {
		return false
	}
	t := &m.toks[k]
	if t.kind != kWord || t.upper || t.e-t.b < 5 {
		return false
	}
	end := lowerASCII(m.text[t.e-3 : t.e])
	return end == "ing" || end[1:] == "ed"
}

var insertionOpeners = map[string]bool{"who": true, "which": true, "whose": true, "where": true, "a": true, "an": true, "the": true}

// maxBack bounds the backward search for the governing verb within its
// clause: a clause rarely runs longer, and a verb further back mostly
// governs another time.
const maxBack = 16

// subordinators open a clause: a verb before one ("said Friday that",
// "arrived when") governs another clause than the words after it.
var subordinators = map[string]bool{"that": true, "who": true, "which": true, "whom": true, "whose": true, "when": true, "while": true, "because": true, "although": true, "though": true, "but": true, "if": true, "whether": true, "where": true, "unless": true}

// subordinatorsFilter turns away most words before a lookup in subordinators.
var subordinatorsFilter = tok.NewFilter(subordinators)

// clauseOpener reports whether token k opens the clause of what follows
// it: a colon or a subordinating word.
func (m *matcher) clauseOpener(k int) bool {
	t := &m.toks[k]
	if t.kind != kWord {
		// A colon opens a clause, but not the one of a clock ("19:00").
		return m.punct(k, ':') && !(k > 0 && k+1 < len(m.toks) && m.toks[k-1].kind == kNum && m.toks[k+1].kind == kNum && m.adj(k) && m.adj(k+1))
	}
	if t.e-t.b < 2 || t.e-t.b > 8 {
		return false
	}
	var buf [8]byte // lower-cased without allocating
	for x := t.b; x < t.e; x++ {
		c := m.text[x]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[x-t.b] = c
	}
	return subordinatorsFilter.May(string(buf[:t.e-t.b])) && subordinators[string(buf[:t.e-t.b])]
}

// habitualCues mark a sentence as telling what recurs rather than one
// occasion: adverbs of frequency, the words of yearly recurrence and
// "season". A month they date has no year (TimeML: "the monsoon season,
// which usually runs from June to September" is XXXX-06 and XXXX-09).
var habitualCues = map[string]bool{
	"every": true, "each": true, "usually": true, "typically": true, "normally": true,
	"generally": true, "traditionally": true, "annually": true, "annual": true, "yearly": true,
	"season": true, "seasonal": true, "often": true, "always": true, "regularly": true,
}

// habitual reports whether the sentence around tokens [i, j) holds a
// habitual cue, looking at most 24 tokens either way.
func (m *matcher) habitual(i, j int) bool {
	for k, d := i-1, 1; k >= 0 && d <= 24 && !m.sentenceBreak(k+1); k, d = k-1, d+1 {
		if m.habitualCue(k) {
			return true
		}
	}
	for k, d := j, 1; k < len(m.toks) && d <= 24 && !(k > j && m.sentenceBreak(k)); k, d = k+1, d+1 {
		if m.habitualCue(k) {
			return true
		}
	}
	return false
}

// habitualCue reports whether token k is a habitual cue in its context:
// "an annual rate" is a measure, not a recurrence.
func (m *matcher) habitualCue(k int) bool {
	if !m.inSet(k, habitualCues) {
		return false
	}
	if (m.lit(k, "annual") || m.lit(k, "yearly")) && m.inSet(k+1, rateNouns) {
		return false
	}
	return true
}

// rateNouns after "annual" make it a measure: "an annual rate of 240,000".
var rateNouns = map[string]bool{"rate": true, "rates": true, "basis": true, "pace": true, "terms": true}

// shortMonths are the month names as short as an abbreviation, which a
// full stop after ends a sentence rather than abbreviates.
var shortMonths = map[string]bool{"may": true, "june": true, "july": true}

// participles are irregular past participles that differ from the past
// form, which mark a perfect after "has" or "have" ("has risen").
var participles = map[string]bool{
	"been": true, "grown": true, "risen": true, "fallen": true, "seen": true, "done": true,
	"gone": true, "taken": true, "given": true, "shown": true, "known": true, "written": true,
	"begun": true, "driven": true, "chosen": true, "spoken": true, "broken": true, "stolen": true,
	"frozen": true, "forgotten": true, "hidden": true, "withdrawn": true, "drawn": true,
	"thrown": true, "flown": true, "blown": true, "sworn": true, "worn": true, "torn": true,
	"proven": true, "beaten": true, "gotten": true, "become": true, "come": true, "sunk": true,
	"shrunk": true, "swum": true, "sung": true, "rung": true, "eaten": true, "ridden": true,
	"undergone": true, "overtaken": true, "undertaken": true, "outgrown": true,
}

// perfectAux reports whether a form of "have" stands right before token k,
// or before one adverb in front of it ("has already risen", "have not
// grown", "has also been").
func (m *matcher) perfectAux(k int) bool {
	for x := k - 1; x >= k-2 && x >= 0; x-- {
		if m.lit(x, "has") || m.lit(x, "have") || m.lit(x, "ve") || m.lit(x, "having") {
			return true
		}
		if x == k-1 && m.toks[x].kind == kWord && (m.lit(x, "not") || m.lit(x, "already") || m.lit(x, "also") || m.lit(x, "just") || m.lit(x, "since") || m.lit(x, "never") || m.lit(x, "steadily") || m.lit(x, "so") || m.lit(x, "far")) {
			continue
		}
		return false
	}
	return false
}

// edForm reports whether token k is a lower-case word ending in -ed.
func (m *matcher) edForm(k int) bool {
	if k < 0 || k >= len(m.toks) {
		return false
	}
	t := &m.toks[k]
	return t.kind == kWord && t.e-t.b > 4 && m.text[t.e-2] == 'e' && m.text[t.e-1] == 'd'
}

// asideOpen reports whether token k opens a parenthesis that holds a
// clause of its own ("will be his fourth trip (he also went there in
// June)"), which a time inside it reads its tense in; a parenthesis that
// restates a time ("will leave at 4 (4 a.m. EDT Thursday)") does not.
func (m *matcher) asideOpen(k int) bool {
	if !m.punct(k, '(') || k+1 >= len(m.toks) {
		return false
	}
	t := &m.toks[k+1]
	return t.kind == kWord && !t.upper && t.w == nil
}

// dashAside reports whether token k opens an aside set off by a dash:
// "--" or a spaced em or en dash ("the quake of Aug. 23 -- felt by
// millions -- is the topic"). Like a bracket, the aside has a tense of
// its own, which does not place the time before it.
func (m *matcher) dashAside(k int) bool {
	if k <= 0 || k+1 >= len(m.toks) || m.adj(k) || !m.punct(k, '-') {
		return false
	}
	if m.toks[k].e-m.toks[k].b == 3 {
		return !m.adj(k + 1) // a spaced typographic dash, not "June 10–14"
	}
	return m.punct(k+1, '-') && m.adj(k+1)
}

// frontOpeners begin an adverbial phrase fronted before the main clause
// that holds a time further on ("Every Friday in March, the station
// will ...", "Starting in April, the report will ...").
var frontOpeners = map[string]bool{"every": true, "each": true, "starting": true, "beginning": true, "early": true, "late": true, "later": true, "earlier": true}

// frontedPhrase reports whether the words from the start of the sentence
// to token i form such a phrase: two to four words, the first a front
// opener, or two to eight words, the first a preposition that sets a
// scene ("Upon arrival at Mars in September, the probe will ...", "At
// the summit in Lima in June, the leaders will ..."); none a tense
// marker, pronoun or subordinator, so the time at i ends the fronted
// phrase as one at the sentence start would. A backward-looking
// preposition ("after", "since", "following") is left out: what it
// names comes before the main clause's event, whose tense says little of
// it.
func (m *matcher) frontedPhrase(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if m.toks[k].kind != kWord || m.tenseOf(k) != 0 || m.clauseOpener(k) || m.inSet(k, personalPronouns) {
			return false
		}
		if m.sentenceStart(k) {
			return k < i-1 && (k >= i-4 && m.inSet(k, frontOpeners) || m.inSet(k, scenePrepositions))
		}
	}
	return false
}

// scenePrepositions open a fronted phrase that sets the scene of the main
// clause.
var scenePrepositions = map[string]bool{"upon": true, "on": true, "at": true, "in": true, "during": true, "with": true, "by": true, "for": true, "within": true}

// verbAfterAnd reports whether token k, right after ", and", begins a
// coordinated verb phrase before the time at token i ("had ruled that he
// must be returned ..., and set Friday as the deadline"): a lower-case
// word outside the lexicon that is no determiner or pronoun, so the
// coordinated verb, not a modal of the clause before, governs the time.
func (m *matcher) verbAfterAnd(k, i int) bool {
	if k >= i || k >= len(m.toks) {
		return false
	}
	t := &m.toks[k]
	return t.kind == kWord && !t.upper && t.w == nil && !m.inSet(k, determiners) && !m.inSet(k, personalPronouns)
}

// presentLinks are linking verbs in the present whose complement is a
// state ("stay closed", "remains suspended", "is shut").
var presentLinks = map[string]bool{"stay": true, "stays": true, "remain": true, "remains": true, "is": true, "are": true, "be": true, "keep": true, "keeps": true, "am": true}

// spanAmounts are words of amount before a plural unit: "a few extra
// days", "several more weeks".
var spanAmounts = map[string]bool{"few": true, "several": true, "many": true, "extra": true, "more": true, "additional": true}

// articles are the determiners that open a noun phrase and nothing else.
var articles = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "these": true, "those": true, "some": true, "all": true, "any": true, "each": true, "every": true}

// prenominalPlan reports whether token k is an -ed word of planning or
// expecting ("planned", "scheduled") used as an adjective before its noun
// (see prenominal).
func (m *matcher) prenominalPlan(k int) bool {
	if k < 0 || k >= len(m.toks) || m.toks[k].kind != kWord {
		return false
	}
	t := &m.toks[k]
	n := t.e - t.b
	return n > 6 && m.text[t.e-2:t.e] == "ed" && tenseWords[lowerASCII(m.text[t.b:t.e])] == 2 && m.prenominal(k)
}

// prenominal reports whether token k stands between a determiner, a
// possessive or a number and the noun phrase it modifies: "the planned
// visit", "two scheduled 48-hour strikes", "Kenya's proposed law". The
// word after it must start that noun phrase (a lower-case word, a
// number, a quote), not a complement ("planned for", "scheduled to").
func (m *matcher) prenominal(k int) bool {
	if k == 0 || k+1 >= len(m.toks) {
		return false
	}
	b := k - 1
	switch {
	case m.toks[b].kind == kNum, m.inSet(b, numberWords):
	case m.lit(b, "s") && m.punct(b-1, '\'') && m.adj(b):
	case m.inSet(b, articles):
	default:
		return false
	}
	a := &m.toks[k+1]
	switch a.kind {
	case kNum:
		return true
	case kWord:
		return !a.upper && a.w == nil && m.tenseOf(k+1) == 0 && !m.inSet(k+1, nounPrepositions) &&
			!m.lit(k+1, "to") && !m.misc(k+1, "for") && !m.lit(k+1, "on") && !m.lit(k+1, "in") && !m.lit(k+1, "at") && !m.lit(k+1, "by") && !m.lit(k+1, "and") && !m.lit(k+1, "or")
	}
	return m.punct(k+1, '"')
}

// Package trigger holds the event trigger lexicon (triggers.tsv: word forms
// with event type and CAMEO code) and the token-level tests that decide
// whether a trigger word reports an event at all: negation ("did not
// sign"), references to an event already named ("under the agreement",
// "their discussion"), processes ("18 months of negotiations"), named
// treaties ("the Paris Agreement") and other senses ("meet demand").
//
// Every test takes the sentence's tokens, the clause bounds [lo, hi) and
// the trigger's index k, and looks only at a few neighbouring tokens, so
// the cost per trigger is constant.
package trigger

import (
	_ "embed"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/token"
)

//go:embed triggers.tsv
var triggersTSV string

// Trigger is one entry of the lexicon.
type Trigger struct {
	Type  annals.EventType
	CAMEO string
	Past  bool // a past-tense form: a report of something that happened
	Noun  bool // a nominal trigger ("talks", "visit")
	Weak  bool // a statement verb: an event only with a named speaker
}

var lexicon = load()

func load() map[string]Trigger {
	out := map[string]Trigger{}
	for _, line := range strings.Split(triggersTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) < 3 {
			continue
		}
		t := Trigger{Type: annals.EventType(f[1]), CAMEO: f[2]}
		if len(f) > 3 {
			t.Past = strings.Contains(f[3], "past")
			t.Noun = strings.Contains(f[3], "noun")
			t.Weak = strings.Contains(f[3], "weak")
		}
		out[f[0]] = t
	}
	return out
}

// Lookup returns the trigger of a lower-case word form.
func Lookup(lower string) (Trigger, bool) {
	if !lexiconFilter.May(lower) {
		return Trigger{}, false
	}
	t, ok := lexicon[lower]
	return t, ok
}

// LexiconFilter returns the filter of the words Lookup knows.
func LexiconFilter() *token.Filter { return lexiconFilter }

// lexiconFilter and measureFilter spare Lookup and Measure the map
// lookup for most tokens of running text.
var lexiconFilter, measureFilter = token.NewFilter(lexicon), token.NewFilter(measures)

// measures name the economic figure a trade event reports; the schema's
// example calls total trade "trade volume".
var measures = map[string]string{
	"trade": "trade volume", "exports": "exports", "export": "exports", "imports": "imports",
	"import": "imports", "surplus": "surplus", "deficit": "deficit", "investment": "investment",
	"investments": "investment", "aid": "aid", "debt": "debt", "debts": "debt",
	// Assistance and grants are aid by another name ("$348 million in
	// humanitarian assistance", "a $20 million grant").
	"assistance": "aid", "grant": "aid", "grants": "aid",
	// "a donation of $38,000 towards the recovery": a gift of money is
	// aid (political donations are told apart in extract).
	"donation": "aid", "donations": "aid",
	// "Turnover surged to $9.5 billion": in wire copy on two states'
	// trade (Vietnamese, Russian, Central Asian agencies), the trade
	// turnover for short.
	"turnover": "trade volume",
}

// Measure returns the economic measure a lower-case word names ("trade"
// -> "trade volume", "exports").
func Measure(lower string) (string, bool) {
	if !measureFilter.May(lower) {
		return "", false
	}
	m, ok := measures[lower]
	return m, ok
}

// holdVerbs after "agreed to" turn a following meeting noun into a planned
// meeting ("agreed to hold talks"): the agreement is about the meeting,
// and the meeting is the event (SCHEMA.md: planned covers "proposed").
var holdVerbs = map[string]bool{"hold": true, "have": true, "resume": true, "start": true, "begin": true, "open": true, "reopen": true, "launch": true, "meet": true, "convene": true, "stage": true}

// HeldMeeting returns the index of the meeting noun in "to hold
// (vice-ministerial) talks" or of "meet" in "to meet", with to the index
// of "to"; -1 if none.
func HeldMeeting(toks []token.Token, to, hi int) int {
	if to+1 >= hi || toks[to].Lower != "to" {
		return -1
	}
	return heldAfter(toks, to, hi)
}

// CoordinatedMeeting returns the index of the meeting noun in a second
// infinitive of an agreement's complement, at the "and" at and: "agreed
// to revive cooperation and (to) resume their summit", where English
// drops the second "to"; -1 if none.
func CoordinatedMeeting(toks []token.Token, and, hi int) int {
	if and+1 >= hi || toks[and].Lower != "and" {
		return -1
	}
	if toks[and+1].Lower == "to" {
		return HeldMeeting(toks, and+1, hi)
	}
	return heldAfter(toks, and, hi)
}

// heldAfter finds the meeting noun after a hold verb at to+1.
func heldAfter(toks []token.Token, to, hi int) int {
	if !holdVerbs[toks[to+1].Lower] {
		return -1
	}
	if toks[to+1].Lower == "meet" {
		return to + 1
	}
	for m := to + 2; m < hi && m <= to+7; m++ {
		if tr, ok := lexicon[toks[m].Lower]; ok && tr.Type == annals.EventMeet {
			return m
		}
	}
	return -1
}

// ComplementAt returns the index of the "to", "on" or "that" opening the
// complement of an agreement verb at k, allowing a time or adverb between
// ("agreed today to reopen talks", "agreed on Friday to ..."); -1 if none.
func ComplementAt(toks []token.Token, k, hi int) int {
	for x := k + 1; x < hi && x <= k+4; x++ {
		switch toks[x].Lower {
		case "to", "that":
			return x
		case "on":
			if x == k+1 {
				return x
			}
		}
		if toks[x].Kind == token.Punct {
			return -1
		}
	}
	return -1
}

// negators before a trigger cancel it; suspending or postponing an event
// is no report that it happens.
var negators = map[string]bool{
	"not": true, "no": true, "never": true, "without": true, "n't": true, "failed": true,
	"unable": true, "fail": true, "fails": true, "failing": true,
	"refused": true, "against": true, "suspended": true, "suspending": true, "suspend": true,
	"cancelled": true, "canceled": true, "cancelling": true, "cancel": true, "postponed": true,
	"postponing": true, "postpone": true, "scrapped": true, "boycotted": true,
}

// negatorsSet spares most words the negators lookup (see token.Set).
var negatorsSet = token.NewSet(negators)

// negator reports a negator word, among them a contraction with "not",
// which the tokenizer keeps whole ("isn't", "didn’t", "won't").
func negator(w string) bool {
	return negatorsSet.Has(w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// failVerbs take an infinitive whose event did not come about.
var failVerbs = map[string]bool{
	"failed": true, "fail": true, "fails": true, "failing": true, "unable": true, "refused": true,
	"refuses": true, "refusing": true, "declined": true,
}

// failVerbsSet spares most words the failVerbs lookup (see token.Set).
var failVerbsSet = token.NewSet(failVerbs)

var cancelVerbs = map[string]bool{
	"suspended": true, "suspending": true, "suspend": true, "cancelled": true, "canceled": true,
	"cancelling": true, "cancel": true, "postponed": true, "postponing": true, "postpone": true,
	"scrapped": true, "boycotted": true,
	// "failed to reach an agreement", "unable to hold talks".
	"failed": true, "fail": true, "fails": true, "unable": true,
}

// CancelVerb reports a verb that calls an event off ("cancelled",
// "postponed", "scrapped").
func CancelVerb(w string) bool {
	return cancelVerbs[w] && w != "failed" && w != "fail" && w != "fails" && w != "unable"
}

// Negated reports whether trigger k is denied or prevented: a negator up
// to three words before it ("did not sign the accord", "no talks", "failed
// to agree"), or "from"/"without" with a gerund shortly before it ("kept
// the nations from signing a peace treaty").
func Negated(toks []token.Token, lo, k int) bool {
	if k > lo && negator(toks[k-1].Lower) {
		return true
	}
	// Words are counted back from the trigger; a hyphenated word
	// ("high-level") counts once.
	words := 1
	for x := k - 2; x >= lo && words < 5; x-- {
		if toks[x].Kind == token.Punct {
			if !joined(toks, x) {
				break
			}
			x-- // skip the hyphen and the word before it
			if x < lo {
				break
			}
			continue
		}
		words++
		// Beyond three words only a verb of cancelling governs the noun:
		// "suspending an April 3 summit", "cancelled the planned Rome talks".
		if negator(toks[x].Lower) && toks[x+1].Kind == token.Word && (words <= 3 || cancelVerbs[toks[x].Lower]) {
			return true
		}
	}
	// "failed to bring about any kind of lasting cooperation": a verb of
	// failing with its infinitive governs the whole object phrase, however
	// long its modifiers, up to a comma or "and"/"but"; "or" stays in the
	// scope of the failure ("failed to bring about withdrawal or
	// cooperation": neither came about).
	for x := k - 1; x >= lo && x >= k-9; x-- {
		if toks[x].Kind == token.Punct && !joined(toks, x) || toks[x].Lower == "and" || toks[x].Lower == "but" {
			break
		}
		if failVerbsSet.Has(toks[x].Lower) && x+1 < k && toks[x+1].Lower == "to" {
			return true
		}
	}
	for x := k - 1; x > lo && x >= k-4; x-- {
		w := toks[x-1].Lower
		if (w == "from" || w == "without") && strings.HasSuffix(toks[x].Lower, "ing") {
			return true
		}
	}
	return false
}

// nounDeterminers before a verb-form trigger make it a noun ("the first
// signs of", "a meet").
var nounDeterminers = map[string]bool{"a": true, "an": true, "the": true, "first": true, "any": true, "some": true, "every": true, "clear": true, "no": true}

// adverbFirst reports "first" at x as an adverb of order before a verb:
// after a modal, "to", "will" or a subject pronoun ("she would first
// travel to Peru", "plans to first visit Lima", "they first met in
// 2010"), where it makes no noun of the word after it ("the first
// visit" does).
func adverbFirst(toks []token.Token, lo, x int) bool {
	if toks[x].Lower != "first" || x <= lo {
		return false
	}
	w := toks[x-1].Lower
	return dealVerbBefore[w] || w == "he" || w == "she" || w == "shall"
}

var possessivePronouns = map[string]bool{"their": true, "his": true, "her": true, "its": true}

// anaphoric determiners before an agreement noun refer back to it.
var anaphoric = map[string]bool{"the": true, "this": true, "that": true, "its": true, "their": true, "'s": true, "’s": true}

// notMeetings are objects of "meet" that are needs or targets, not
// parties ("meet demand", "met its target").
var notMeetings = map[string]bool{
	"demand": true, "demands": true, "needs": true, "need": true, "target": true, "targets": true,
	"requirements": true, "requirement": true, "deadline": true, "obligations": true,
	"conditions": true, "criteria": true, "costs": true, "expectations": true, "payments": true,
	"standards": true, "commitments": true, "goal": true, "goals": true, "forecasts": true,
	"estimates": true, "requests": true, "shortfall": true, "aspirations": true, "ambitions": true,
	// The press is an audience, not a party.
	"reporters": true, "journalists": true, "press": true, "media": true,
}

// paidObjects are met by paying or achieving them ("to meet scheduled
// debt repayments", "meet the challenge"); other meeting verbs may take
// them as topics ("will discuss debt").
var paidObjects = map[string]bool{
	"repayments": true, "repayment": true, "payment": true, "debts": true, "debt": true,
	"bills": true, "expenses": true, "liabilities": true, "obligation": true, "quota": true,
	"quotas": true, "challenge": true, "challenges": true, "objectives": true, "objective": true,
}

// compoundHeads after a meeting noun make it a modifier ("the summit
// declaration", "the meeting venue"): the phrase names a document, place
// or group, not a happening.
var compoundHeads = map[string]bool{
	"declaration": true, "statement": true, "communique": true, "venue": true, "site": true,
	"agenda": true, "preparations": true, "delegates": true, "delegation": true, "hall": true,
	"room": true, "organizers": true, "organisers": true, "participants": true, "documents": true,
	"host": true, "process": true, "table": true, "nations": true, "countries": true, "leaders": true,
	"position": true, "positions": true, "team": true, "teams": true, "stance": true, "power": true,
	"strategy": true, "tactics": true, "skills": true, "partner": true, "mandate": true,
	"members": true, "partners": true, "hosts": true, "chair": true, "city": true,
}

// hostVerbs host a visit ("hosted Xi"), but with a meeting noun as object
// they host the meeting ("hosted the summit"), which is no visit.
var hostVerbs = map[string]bool{"hosted": true, "hosts": true, "host": true, "hosting": true}

// refPreps before "the" and a meeting or visit noun refer to an event the
// story has named ("featured in the talks", "at the summit"); "of" is
// not one, since "the last of the talks" is partitive.
var refPreps = map[string]bool{"in": true, "at": true, "during": true, "from": true, "after": true, "before": true, "to": true, "on": true, "since": true}

// engagesPeople reports "engage" with people as its object within three
// words ("will engage senior government officials", "engaged Iranian
// leaders", "engage Foreign Minister X"), a meeting with them.
func engagesPeople(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+3; x++ {
		if peopleNouns[toks[x].Lower] || x == k+1 && toks[x].IsCap() {
			return true
		}
		if toks[x].Kind != token.Word || engageStops[toks[x].Lower] {
			return false
		}
	}
	return false
}

var peopleNouns = map[string]bool{
	"officials": true, "leaders": true, "counterparts": true, "counterpart": true, "ministers": true,
	"minister": true, "diplomats": true, "president": true, "lawmakers": true, "advocates": true,
	"envoys": true, "representatives": true,
}

var engageStops = map[string]bool{"in": true, "on": true, "to": true, "and": true}

// opposed reports a conflict noun k that is the object of a verb of
// preventing or ending, up to four words before it with no punctuation
// between ("prevent youth violence", "to end the fighting", "countering
// terrorist attacks", "halt rocket and mortar attacks").
func opposed(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-4; x-- {
		if toks[x].Kind == token.Punct {
			return false
		}
		if opposeVerbs[toks[x].Lower] {
			return true
		}
	}
	return false
}

var opposeVerbs = map[string]bool{
	"prevent": true, "preventing": true, "counter": true, "countering": true, "combat": true, "combating": true,
	"combatting": true, "reduce": true, "reducing": true, "end": true, "ending": true, "stop": true, "stopping": true,
	"curb": true, "curbing": true, "tackle": true, "tackling": true, "halt": true, "halting": true,
	"deter": true, "deterring": true,
}

// aidBodies after "aid" make it a modifier of people or bodies.
var aidBodies = map[string]bool{
	"worker": true, "workers": true, "agency": true, "agencies": true, "group": true, "groups": true,
	"organisation": true, "organisations": true, "organization": true, "organizations": true,
	"official": true, "officials": true, "staff": true, "volunteers": true,
}

// NotAnEvent reports whether trigger t at k, in a clause [lo, hi), names
// no new event of its own:
//   - a verb form after a determiner is a noun of another sense ("the
//     first signs of recovery");
//   - a capitalised noun inside a sentence is part of a name ("the Paris
//     Agreement");
//   - "phone" and "telephone" are a consultation (CAMEO 041) only as a
//     call or conversation ("a phone call", "spoke by telephone");
//   - "landed" is an arrival only "in" or "at" a place;
//   - "cut" and "severed" break relations (CAMEO 161) only with "ties" or
//     "relations" as object ("cut diplomatic ties");
//   - "strike" is an attack only after "missile", "air", "drone" and the
//     like;
//   - a visit or meeting word before a colon is an instruction to the
//     reader ("visit:" and a web address);
//   - a present or nominal form with an adverb of frequency next to it
//     ("visits Kabul quarterly", "regularly meets") tells a habit;
//   - "fire" is shooting only after "exchanged" or "opened";
//   - "fired" is an attack only with a target or a weapon ("fired at",
//     "fired rockets"), not a dismissal ("fired his minister");
//   - "deal" after "to", a modal or a pronoun is the verb ("to deal
//     with");
//   - "meet" with a need, a target or the press as object ("to meet
//     domestic demand", "met with reporters");
//   - a meeting noun or gerund modifying another noun ("the summit
//     declaration", "a weak negotiating position");
//   - a meeting that someone "told" is an audience, not a party;
//   - "hosted" a meeting noun ("hosted the summit") is no visit;
//   - a meeting or visit noun after a preposition and "the" refers to one
//     already named ("featured in the talks", "at the summit");
//   - a "news conference" or "press conference" is where a statement is
//     made, not a meeting between parties;
//   - a meeting noun that an evaluative verb takes as its definite object
//     ("condemned the conference", "welcomed the talks") is a view of a
//     meeting the story names, not a new one;
//   - a noun after "months of", "years of" is a process, background rather
//     than a dated event ("after 18 months of negotiations");
//   - a noun after a possessive pronoun refers to an event named before
//     ("details of their discussion", "during his visit"), unless a verb
//     begins, ends or makes it ("wrapped up his visit");
//   - an agreement noun after a definite or possessive determiner, possibly
//     with modifiers ("the civil nuclear agreement", "today's accord"), or
//     after "under", is an agreement the story has reported or assumes;
//     but "the signing of" names a ceremony.
func NotAnEvent(toks []token.Token, lo, hi, k int, t Trigger) bool {
	return notAnEvent(toks, lo, hi, k, t, true)
}

// Appeal returns the index of the verb of asking when the meeting
// trigger t at k of clause [lo, hi) is a third party's appeal to others
// to meet or negotiate (CAMEO 026: "urged the two sides to resume
// talks", "called for talks between Kenya and Uganda"), and -1 when it
// is not, or is no event for another reason as well. NotAnEvent drops
// such a trigger as a meeting; the appeal is an event of its own.
func Appeal(toks []token.Token, lo, hi, k int, t Trigger) int {
	if t.Type != annals.EventMeet {
		return -1
	}
	r := requestedAt(toks, lo, hi, k)
	if r < 0 || notAnEvent(toks, lo, hi, k, t, false) {
		return -1
	}
	return r
}

// notAnEvent is NotAnEvent; appeals tells whether a third party's
// appeal for a meeting (requested) counts as no event.
func notAnEvent(toks []token.Token, lo, hi, k int, t Trigger, appeals bool) bool {
	f := wordClasses[toks[k].Lower]
	switch {
	case relationWords[toks[k].Lower]:
		// "closed the border", "ordered the expulsion of", "put his
		// signature to", "presenting his Letters of Credence to": the
		// sense decides, capitals or not.
		return !relationSense(toks, lo, hi, k)
	case !t.Noun && k > lo && nounDeterminers[toks[k-1].Lower] && !adverbFirst(toks, lo, k-1):
		return true
	case t.Noun && k > lo && toks[k].IsCap() && !(t.CAMEO == "062" && k+1 < hi && toks[k+1].IsCap()) && t.CAMEO != "072":
		// "Exercise Saber Junction" names an exercise, which is the
		// event; "the Paris Agreement" names a treaty. (Military aid
		// "under a Presidential Drawdown Authority package" is the
		// aid: its trigger is made only in that context.)
		return true
	case (toks[k].Lower == "phone" || toks[k].Lower == "telephone") && !phoneCall(toks, lo, hi, k):
		return true // "phone lines", "a telephone company"
	case (t.Type == annals.EventVisit || t.Type == annals.EventMeet) && k+1 < len(toks) && toks[k+1].Lower == ":":
		return true // "For more, visit:" before a web address: an instruction to the reader
	case !t.Past && habitual(toks, lo, hi, k):
		return true // "she visits the region quarterly": a habit, not a happening
	case (toks[k].Lower == "urged" || toks[k].Lower == "urges" || toks[k].Lower == "pressed") && !ceaseAsked(toks, k, hi):
		return true // "urged Uganda to resume talks" asks for the talks; only a call to stop is a demand
	case (toks[k].Lower == "sale" || toks[k].Lower == "sales") && !armsSale(toks, lo, hi, k):
		return true // "a car sale", "the sale of bonds": only an approved sale of weapons is military cooperation
	case (toks[k].Lower == "deployed" || toks[k].Lower == "dispatched" || toks[k].Lower == "deploying" || toks[k].Lower == "dispatching") && !helpersSent(toks, k, hi):
		return true // "deployed troops", "dispatched a letter": only a team of helpers sent is aid
	case (f&classDialogue != 0) && !toks[k].IsCap() && !aDialogue(toks, lo, k):
		return true // "committed to seeking dialogue", "only a dialogue can end it": a means wished for, no meeting held
	case (toks[k].Lower == "audience" || toks[k].Lower == "audiences") && !(k+1 < hi && toks[k+1].Lower == "with"):
		return true // "told the audience", "an audience of 500": listeners; "an audience with the Pope" meets
	case toks[k].Lower == "consultation" && !heldBy(toks, lo, k):
		return true // "close consultation and cooperation": only "held a consultation" meets
	case (toks[k].Lower == "briefing" || toks[k].Lower == "briefings") && !heldBy(toks, lo, k):
		return true // "a flight for an operations briefing": a briefing received, not given
	case toks[k].Lower == "landed" && !(k+1 < hi && (toks[k+1].Lower == "in" || toks[k+1].Lower == "at")):
		return true // "landed a contract"
	case (toks[k].Lower == "recalled" || toks[k].Lower == "recalls" || toks[k].Lower == "recalling") && !envoyObject(toks, k, hi):
		return true // "recalled that ...": remembered; only an envoy called home reduces relations
	case toks[k].Lower == "cut" && !tiesOrAid(toks, k, hi) || toks[k].Lower == "severed" && !ties(toks, k, hi):
		return true // "cut interest rates": only ties, relations and aid are cut off
	case (toks[k].Lower == "strike" || toks[k].Lower == "strikes") && !(k > lo && strikeKinds[toks[k-1].Lower]):
		return true // only "missile strikes", "air strikes": not labour strikes
	case toks[k].Lower == "fire" && !(k > lo && fireVerbs[toks[k-1].Lower]):
		return true // only "exchanged fire", "opened fire" report shooting
	case toks[k].Lower == "fired" && !firedAt(toks, k, hi):
		return true // "fired the minister": dismissal, not an attack
	case (f&classCasualty != 0) && k >= 2 && (toks[k-1].Lower == "and" || toks[k-1].Lower == "or") && casualtyWords[toks[k-2].Lower]:
		return true // "killed and injured": one toll, told by the first word
	case (toks[k].Lower == "attack" || toks[k].Lower == "attacks") && (k > lo && notAttacks[toks[k-1].Lower] || k+1 < hi && notAttacks[toks[k+1].Lower]):
		return true // "a heart attack", "attack jets"
	case toks[k].Lower == "fought" && k+1 < hi && (toks[k+1].Lower == "hard" || toks[k+1].Lower == "to" || toks[k+1].Lower == "for"):
		return true // "fought hard to protect their interests": a contest, not a battle
	case (toks[k].Lower == "exploded" || toks[k].Lower == "explosion") && !bombNear(toks, lo, hi):
		return true // "a gas tank exploded": only a bomb's explosion is an attack
	case toks[k].Lower == "shot" && !(k+1 < hi && (toks[k+1].Lower == "down" || toks[k+1].Lower == "dead" || toks[k+1].Lower == "at")):
		return true // "a shot at the title"; "shot down", "shot dead", "shot at" are violence
	case toks[k].Lower == "launch" && !launchOfWeapon(toks, k):
		return true // "the launch of a programme": only a rocket's or missile's launch shows force
	case toks[k].Lower == "launched" && (!weaponAfter(toks, k, hi) || k > lo && joined(toks, k-1)):
		// "submarine-launched missile" is a kind of weapon
		return true // "launched a new product": only "launched missiles", "launched an attack" is violence
	case toks[k].Lower == "struck" && !struckTarget(toks, k, hi):
		return true // "struck a deal", "struck a chord"
	case (f&classForce != 0) && !(struckTarget(toks, k, hi) && (armedBefore(toks, lo, k) || forceTarget(toks, k, hi))):
		return true // "storms pounded the coast", "captured the imagination": no armed party, no target
	case toks[k].Lower == "hit" && !armedHit(toks, lo, k):
		return true // "the crisis hit exports": only "jets hit", "a missile hit" is a blow of arms
	case (f&classNewsSense != 0) && !newsSense(toks, k, hi):
		return true // "sat in the front row", "a storm slammed into", "froze prices": not the news sense
	case (f&classInsult != 0) && !nameCalled(toks, lo, k):
		return true // "a liar" said of no one: only "called X a liar" denounces
	case t.Noun && t.Type == annals.EventConflict && calledOff(toks, lo, k):
		return true // "wanted her to call off the protest", "gave up the strike": an act called off happens not
	case (f&classProtest != 0) && !protestHeld(toks, lo, k):
		return true // "the protests over fuel prices": only protests held, staged or called are told
	case ((f&classCasualty != 0) || toks[k].Lower == "killing") && accidentToll(toks, lo, hi, k):
		return true // "killed in a car crash", "a road accident injured six": an accident, no conflict
	case (f&classCasualty != 0) && runningToll(toks, k):
		return true // "have been killed since the war began": a running toll, background to the news
	case t.Noun && t.Type == annals.EventConflict && tollOf(toks, lo, k):
		return true // "have been killed this month alone in violence": the toll's cause, no attack of its own
	case (toks[k].Lower == "killed" || toks[k].Lower == "killing") && abstractObject(toks, k, hi):
		return true // "killed the plan": defeated, not a killing
	case (toks[k].Lower == "engage" || toks[k].Lower == "engaged") && !engagesPeople(toks, k, hi):
		return true // "engage on migration", "engaged in talks": only "engage senior officials" meets them
	case t.Type == annals.EventConflict && t.Noun && (kindOf(toks, lo, k) || lawOfKind(toks, lo, hi, k)):
		return true // "any attack on peacekeepers is unacceptable", "one of the worst attacks": a kind, not a happening
	case (t.Type == annals.EventMeet || t.Type == annals.EventVisit) && genericKind(toks, lo, hi, k):
		return true // "meetings are important", "visits by tourists rose": the kind or a count, no meeting or visit held
	case t.Noun && (t.Type == annals.EventMeet || t.Type == annals.EventVisit) && conjectured(toks, lo, k):
		return true // "a possible three-way meeting", "a potential visit": guessed at, neither set nor proposed
	case t.Noun && hedgedPredicate(toks, lo, k):
		return true // "to discuss what could be the deadliest attack": a guess at how to call one told
	case toks[k].Lower == "cooperation" && !begunCooperation(toks, lo, k):
		return true // "focuses on cooperation", "to advance cooperation on biofuels": a relation, a vague trend
	case t.Type == annals.EventConflict && t.Noun && illKind(toks, lo, k):
		return true // "information on gender-based violence": a social ill, no attack
	case t.Type == annals.EventConflict && t.Noun && opposed(toks, lo, k):
		return true // "to prevent youth violence", "efforts to end the fighting": a goal, not a happening
	case (toks[k].Lower == "aid" || toks[k].Lower == "assistance") && aidWithheld(toks, lo, k):
		return true // "cut off aid to Peru", "froze military assistance": aid withdrawn, no aid given
	case (toks[k].Lower == "aid" || toks[k].Lower == "assistance") && k+1 < hi && aidBodies[toks[k+1].Lower]:
		return true // "two aid workers", "aid agencies": people and bodies, not aid given
	case toks[k].Lower == "deal" && k > lo && dealVerbBefore[toks[k-1].Lower]:
		return true // the verb: "obliged to deal with", "must deal with the crisis"
	case t.Type == annals.EventMeet && (!t.Noun || gerundMeeting(toks, lo, k)) && needObject(toks, k, hi):
		return true // "to meet domestic demand", "support in meeting its development aspirations"
	case t.Type == annals.EventMeet && !t.Noun && passiveMet(toks, lo, hi, k):
		return true // "were met by tear gas", "was met with criticism": a reception, no meeting of parties
	case appeals && t.Type == annals.EventMeet && requestedAt(toks, lo, hi, k) >= 0:
		return true // "urged the two sides to resume talks", "called for a dialogue": asked of others, not held or set
	case t.Type == annals.EventMeet && (t.Noun || strings.HasSuffix(toks[k].Lower, "ing")) && k+1 < hi && compoundHeads[toks[k+1].Lower]:
		return true // "the summit declaration", "a weak negotiating position"
	case t.Type == annals.EventMeet && t.Noun && envoyCalledHome(toks, lo, k):
		return true // "recalled its ambassador for consultations": the reason of a recall, no meeting told
	case t.Type == annals.EventMeet && t.Noun && talksAwaited(toks, lo, hi, k):
		return true // "must withdraw before talks can resume": a condition, no meeting told
	case t.Type == annals.EventMeet && t.Noun && haltedTalks(toks, lo, hi, k):
		return true // "Talks on the border have been stalled since 2019": the talks' state, no meeting held
	case t.Type == annals.EventMeet && t.Noun && toldTo(toks, lo, k):
		return true // "he told a Euromoney conference": an audience
	case (f&classHost != 0) && meetingObject(toks, k, hi):
		return true
	case t.Noun && (t.Type == annals.EventMeet || t.Type == annals.EventVisit) && k >= lo+2 && toks[k-1].Lower == "the" && refPreps[toks[k-2].Lower] && t.CAMEO != "041":
		// ("talked on the telephone" is the call itself.)
		return true
	case t.Noun && processOf(toks, lo, k):
		return true
	case t.Noun && t.Type == annals.EventMeet && judged(toks, lo, k):
		return true // "Russia condemned the conference": a view of a meeting named before
	case toks[k].Lower == "conference" && k > lo && (toks[k-1].Lower == "news" || toks[k-1].Lower == "press"):
		return true // "told a news conference": a statement's setting
	case t.Noun && k > lo && possessivePronouns[toks[k-1].Lower] && !conducted(toks, lo, k-1) && !FrontedTalksWith(toks, lo, hi, k, t) && !(t.Type == annals.EventVisit && k-2 >= lo && (toks[k-2].Lower == "during" || toks[k-2].Lower == "on" || toks[k-2].Lower == "of" && k-3 >= lo && toks[k-3].Lower == "ahead") && k+2 < hi && toks[k+1].Lower == "to" && toks[k+2].IsCap()) && !(t.Type == annals.EventVisit && (PastOfItsOwn(toks, k, hi) || ThankedFor(toks, lo, k) || SpanTold(toks, k))):
		// "during his visit to Nairobi" names where the visit went and
		// sets another event in it: a visit, which joins the visit told
		// elsewhere if there is one ("following her visit to Singapore"
		// recalls one instead). "ahead of his visit to Uganda" names a
		// visit to come after the clause's act.
		return true
	case t.Type == annals.EventAgree && t.Noun && k > lo && (definite(toks, lo, k) && !ceremonyOf(toks, k, hi) || under(toks, lo, k)):
		return true
	case t.Type == annals.EventAgree && !t.Noun && accordsSigned(toks, k):
		return true // "several accords Pyongyang has signed": a set of accords described, not one signing
	case t.Type == annals.EventConflict && feared(toks, k):
		return true // "fearing the rebels will use it to rearm for more violence": an act feared, not planned
	case t.Type == annals.EventConflict && (f&classFight != 0) && nonPartyObject(toks, k, hi):
		return true // "fighting malaria", "the fight against poverty": no party is fought
	case t.Type == annals.EventVisit && t.Noun && excludedStop(toks, k, hi):
		return true // "the trip does not include a stop in Mexico": where the trip does not go
	case t.Type == annals.EventVisit && TravelWarned(toks, lo, hi, k):
		return true // "warned against all but essential travel to Sudan": advice, not a journey
	case t.Type == annals.EventVisit && exchangeOf(toks, lo, k):
		return true // "an exchange of high-level visits": a programme of visits, not one visit
	case t.Type == annals.EventConflict && t.Noun && sufferedFrom(toks, lo, k):
		// "aid to people affected by food insecurity and violence",
		// "Ukrainians displaced by the invasion": the cause of a need,
		// named to say who is helped, not a report of the violence.
		return true
	}
	return false
}

// Word classes of the trigger word that notAnEvent tests, as bit flags
// built once from the word lists above and below (which stay the source):
// one map lookup per call instead of one per list.
const (
	classDialogue uint16 = 1 << iota
	classCasualty
	classForce
	classNewsSense
	classInsult
	classProtest
	classHost
	classFight
)

// wordClasses maps a lower-case word to its word classes.
var wordClasses = buildWordClasses()

func buildWordClasses() map[string]uint16 {
	m := map[string]uint16{}
	for _, l := range []struct {
		words map[string]bool
		class uint16
	}{
		{dialogueWords, classDialogue}, {casualtyWords, classCasualty}, {forceVerbs, classForce},
		{newsSenses, classNewsSense}, {insults, classInsult}, {protestNouns, classProtest},
		{hostVerbs, classHost}, {fightVerbs, classFight},
	} {
		for w, ok := range l.words {
			if ok {
				m[w] |= l.class
			}
		}
	}
	return m
}

// pluralAccords are agreement nouns in the plural: a set of accords.
var pluralAccords = map[string]bool{
	"accords": true, "agreements": true, "treaties": true, "deals": true, "conventions": true,
	"pacts": true, "protocols": true,
}

// accordsSigned reports a signing verb at k in a relative clause with no
// relative pronoun on a plural agreement noun: the noun, a name of one to
// three capitalised words, an optional "has", "have" or "had", then the
// verb ("the accords Pyongyang has signed", "treaties both Koreas
// signed" is not matched: "both" is no name). The clause describes the
// accords; it reports no signing of its own.
func accordsSigned(toks []token.Token, k int) bool {
	x := k - 1
	if x >= 0 && (toks[x].Lower == "has" || toks[x].Lower == "have" || toks[x].Lower == "had") {
		x--
	}
	names := 0
	for ; x >= 0 && names < 3 && toks[x].IsCap() && toks[x].Kind == token.Word; x-- {
		names++
	}
	return names > 0 && x >= 0 && pluralAccords[toks[x].Lower]
}

// fearWords open a complement that tells what someone fears.
var fearWords = map[string]bool{
	"fearing": true, "fear": true, "fears": true, "feared": true, "worried": true, "worries": true,
	"afraid": true, "dreading": true,
}

// outcomeVerbs after a modal tell a possible outcome: "could lead to",
// "might spark", "would trigger".
var outcomeVerbs = map[string]bool{
	"lead": true, "spark": true, "trigger": true, "provoke": true, "ignite": true, "cause": true,
	"unleash": true, "escalate": true, "fuel": true,
}

// feared reports a conflict word at k that someone fears or that a
// possible outcome names, not an act reported or planned:
//   - a fear word up to sixteen words before it with no punctuation
//     between ("fearing the militia will use the pause to rearm for
//     the next round of violence", "fears of renewed clashes"); not
//     "feared killed", where the fear word comes right before and the
//     killing is reported;
//   - a modal and a verb of outcome up to four words before it ("could
//     lead to clashes", "might spark violence");
//   - "risk", "threat" or "danger" of it ("the risk of renewed
//     fighting").
func feared(toks []token.Token, k int) bool {
	for x := k - 1; x >= 0 && x >= k-16; x-- {
		if toks[x].Kind == token.Punct && !joined(toks, x) {
			return false
		}
		w := toks[x].Lower
		if fearWords[w] && x < k-1 && !fearedDead(toks, x) {
			return true
		}
		if x >= k-4 && outcomeVerbs[w] && x > 0 && modals[toks[x-1].Lower] {
			return true
		}
		if x >= k-4 && w == "of" && x > 0 {
			switch toks[x-1].Lower {
			case "risk", "threat", "danger", "spectre", "specter":
				return true
			}
		}
	}
	return false
}

// fearedDead reports "feared killed", "feared dead": a fear word at x
// that reports a loss, not a fear of what may come.
func fearedDead(toks []token.Token, x int) bool {
	if x+1 >= len(toks) {
		return false
	}
	switch toks[x+1].Lower {
	case "dead", "killed", "missing", "drowned", "lost", "injured", "wounded", "trapped":
		return true
	}
	return false
}

var modals = map[string]bool{
	"could": true, "might": true, "may": true, "would": true, "can": true,
}

// fightVerbs are conflict triggers whose object may be no party at all.
var fightVerbs = map[string]bool{
	"fight": true, "fights": true, "fighting": true, "fought": true, "battle": true, "battles": true,
	"battling": true, "battled": true, "war": true,
}

// nonPartyObjects are diseases, disasters and social ills: what is
// fought in "fighting COVID-19", "the war on poverty", "battling the
// fire" is no party, so there is no conflict.
var nonPartyObjects = map[string]bool{
	"covid-19": true, "covid": true, "coronavirus": true, "pandemic": true, "epidemic": true,
	"disease": true, "diseases": true, "virus": true, "malaria": true, "cancer": true, "hiv": true,
	"aids": true, "ebola": true, "polio": true, "tuberculosis": true, "cholera": true, "infection": true,
	"poverty": true, "hunger": true, "corruption": true, "inflation": true, "unemployment": true,
	"crime": true, "drugs": true, "fire": true, "fires": true, "wildfire": true, "wildfires": true,
	"blaze": true, "flames": true, "floods": true, "flooding": true, "drought": true,
	"desertification": true, "illiteracy": true, "smuggling": true, "trafficking": true,
	"climate": true, "pollution": true, "obesity": true, "addiction": true, "famine": true,
}

// nonPartyObject reports a fight word at k whose object, within four
// words after it (through "against", "on", "the"), is a disease, a
// disaster or a social ill ("fighting COVID-19", "the fight against
// poverty", "battling a forest fire").
func nonPartyObject(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+4; x++ {
		if toks[x].Kind == token.Punct && !joined(toks, x) {
			return false
		}
		if nonPartyObjects[toks[x].Lower] {
			return true
		}
	}
	return false
}

// TravelWarned reports a travel word at k in travel advice: "against"
// up to six words before it ("warned against all but essential travel
// to Iran", "advised against travel"), or "advice", "advisory",
// "warning" or "ban" right after it ("a travel warning").
func TravelWarned(toks []token.Token, lo, hi, k int) bool {
	w := toks[k].Lower
	if w != "travel" && w != "travels" && w != "trips" && w != "trip" {
		return false
	}
	if k+1 < hi {
		switch toks[k+1].Lower {
		case "advice", "advisory", "advisories", "warning", "warnings", "alert", "ban", "bans", "restrictions":
			return true
		}
	}
	// "against all but essential travel": the clause may begin at
	// "but", so the look back passes its start.
	for x := k - 1; x >= 0 && x >= k-6; x-- {
		if toks[x].Kind == token.Punct {
			return false
		}
		if toks[x].Lower == "against" {
			return true
		}
	}
	return false
}

// TravelAdvice reports travel advice anywhere in the clause [lo, hi)
// (see TravelWarned): the clause tells of no journey.
func TravelAdvice(toks []token.Token, lo, hi int) bool {
	for x := lo; x < hi; x++ {
		if TravelWarned(toks, lo, hi, x) {
			return true
		}
	}
	return false
}

// exchangeOf reports a visit noun at k after "exchange(s) of", up to
// three words before it ("the exchange of high-level visits").
func exchangeOf(toks []token.Token, lo, k int) bool {
	for x := k - 1; x > lo && x >= k-4; x-- {
		if toks[x].Lower == "of" && (toks[x-1].Lower == "exchange" || toks[x-1].Lower == "exchanges") {
			return true
		}
		if toks[x].Kind == token.Punct && !joined(toks, x) {
			return false
		}
	}
	return false
}

var sufferers = map[string]bool{
	"affected": true, "impacted": true, "displaced": true, "uprooted": true,
	"devastated": true, "ravaged": true, "driven": true, "worsened": true,
	// A place "troubled by violence", "plagued by fighting": its state,
	// told as background to a visit or a mission, no attack of its own.
	"troubled": true, "plagued": true, "wracked": true, "racked": true, "beset": true,
	"torn": true, "scarred": true, "blighted": true,
}

// sufferedFrom reports a conflict noun at k as the cause in a phrase of
// suffering before it ("affected by", "displaced by", "fleeing", "victims
// of"), within six words of the noun phrase it heads.
func sufferedFrom(toks []token.Token, lo, k int) bool {
	for x := k - 1; x > lo && x >= k-6; x-- {
		w := toks[x].Lower
		if toks[x].Kind == token.Punct && w != "'s" && w != "’s" && w != "'" && w != "-" {
			return false
		}
		switch w {
		case "by":
			// "affected by", "affected in Ukraine by".
			for y := x - 1; y >= lo && y >= x-4 && toks[y].Kind == token.Word; y-- {
				if sufferers[toks[y].Lower] {
					return true
				}
			}
		case "of":
			switch toks[x-1].Lower {
			case "victims", "effects", "impact", "impacts", "consequences":
				return true
			}
		case "fleeing", "escaping":
			return true
		}
	}
	return false
}

// bombNear reports a bomb or explosive named in the clause [lo, hi).
func bombNear(toks []token.Token, lo, hi int) bool {
	for x := lo; x < hi; x++ {
		switch toks[x].Lower {
		case "bomb", "bombs", "bomber", "bombers", "explosives", "explosive", "ied", "ieds",
			"grenade", "mine", "landmine", "suicide":
			return true
		}
	}
	return false
}

// weaponAfter reports a weapon, a strike or an attack as the object of
// "launched" within five words ("launched two ballistic missiles",
// "launched air strikes"); an attack noun there is its own trigger, so
// the verb gives way to it.
func weaponAfter(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+5; x++ {
		w := toks[x].Lower
		if weapons[w] || w == "airstrikes" || w == "drones" || armedActs[w] {
			return true
		}
		if toks[x].Kind == token.Punct && !joined(toks, x) {
			return false
		}
	}
	return false
}

// struckTarget reports "struck" as an attack: by a weapon or armed party
// before it ("warplanes struck", "a missile struck"), or with a target
// after it that is no agreement or tone ("struck targets in Gaza", not
// "struck a deal" or "struck a chord").
func struckTarget(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+3; x++ {
		switch toks[x].Lower {
		case "deal", "deals", "agreement", "accord", "bargain", "compromise", "chord", "note", "tone",
			"balance", "pose", "gold", "oil", "back", "down", "out", "off", "up":
			return false
		}
	}
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		if strikers[toks[x].Lower] || weapons[toks[x].Lower] {
			return true
		}
	}
	for x := k + 1; x < hi && x <= k+3; x++ {
		if struckObjects[toks[x].Lower] {
			return true
		}
	}
	return false
}

var strikers = map[string]bool{
	"warplanes": true, "jets": true, "aircraft": true, "drones": true, "drone": true, "troops": true,
	"forces": true, "militants": true, "gunmen": true, "bomber": true, "bombers": true, "army": true,
	"artillery": true, "navy": true, "planes": true, "helicopters": true,
}

var struckObjects = map[string]bool{
	"targets": true, "target": true, "positions": true, "bases": true, "base": true, "convoy": true,
	"village": true, "villages": true, "town": true, "city": true, "camp": true, "camps": true,
	"checkpoint": true, "headquarters": true, "depot": true, "facilities": true,
}

// abstractObject reports a killing verb whose object, within four
// words, is a plan, a law or a hope ("virtually killed the plan",
// "killing any chance of a deal"): the figurative sense.
func abstractObject(toks []token.Token, k, hi int) bool {
	for x, words := k+1, 0; x < hi && words < 4; x++ {
		if toks[x].Kind != token.Word {
			if joined(toks, x) {
				continue // "the Senate-backed plan"
			}
			return false
		}
		words++
		if abstractObjects[toks[x].Lower] {
			return true
		}
	}
	return false
}

// runningToll reports a casualty participle k in the perfect passive
// ("have been killed", "had been wounded") counted over a stretch of
// time rather than told as one happening: "since" an anchor, "this month
// alone", "so far this year", "over the past decade". The toll is
// background to the news, not an attack of its own.
func runningToll(toks []token.Token, k int) bool {
	if k < 2 || toks[k-1].Lower != "been" {
		return false
	}
	if h := toks[k-2].Lower; h != "have" && h != "has" && h != "had" {
		return false
	}
	for x := k + 1; x < len(toks) && x <= k+8; x++ {
		w := toks[x].Lower
		if w == "since" || w == "so" && x+1 < len(toks) && toks[x+1].Lower == "far" {
			return true
		}
		if (w == "this" || w == "past" || w == "last") && x+1 < len(toks) && tollPeriods[toks[x+1].Lower] && !(w == "last" && x > 0 && toks[x-1].Lower != "the") {
			return true // "this month", "the past year"; not "last week" alone, a date
		}
		if x+2 < len(toks) && tollPeriods[toks[x+1].Lower] && toks[x+2].Lower == "of" && (toks[x].Kind == token.Number || countWords[w]) {
			return true // "in three decades of violence", "in 26 years of war"
		}
		if toks[x].Text == "." || toks[x].Text == ";" {
			break
		}
	}
	return false
}

// countWords count the stretches of a running toll ("in three decades
// of war", "over several years of fighting").
var countWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "several": true, "many": true, "few": true,
}

// tollOf reports conflict noun k as the cause of a running toll told
// just before it in its clause: "have been killed this month in clashes".
func tollOf(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-8; x-- {
		if casualtyWords[toks[x].Lower] {
			return runningToll(toks, x)
		}
		if toks[x].Kind == token.Punct {
			return false
		}
	}
	return false
}

// tollPeriods are the stretches a running toll counts over.
var tollPeriods = map[string]bool{
	"month": true, "months": true, "year": true, "years": true, "decade": true, "decades": true,
	"week": true, "weeks": true,
}

// accidentToll reports a toll at k told of an accident: an accident
// word within eight words of k in its clause ("were killed in a car
// crash", "a bus collision injured 20", "died ... when their vehicle
// crashed"), with no weapon, attack or armed party there ("killed when
// a bomb hit the bus": the crash is the attack's).
func accidentToll(toks []token.Token, lo, hi, k int) bool {
	from, to := max(lo, k-8), min(hi, k+9)
	if hi < len(toks) && (toks[hi].Lower == "when" || toks[hi].Lower == "after") {
		to = min(len(toks), k+12) // "were killed when their bus overturned"
	}
	found := false
	for x := from; x < to; x++ {
		w := toks[x].Lower
		if accidentWords[w] {
			found = true
		}
		if accidentArmed[w] {
			return false
		}
	}
	return found
}

// accidentWords name a mishap on the road, rail, sea or in the air.
var accidentWords = map[string]bool{
	"accident": true, "accidents": true, "crash": true, "crashes": true, "crashed": true,
	"collision": true, "collisions": true, "collided": true, "derailed": true, "derailment": true,
	"capsized": true, "pile-up": true, "overturned": true, "skidded": true, "plunged": true,
}

// accidentArmed are words that make a crash an attack's: "a bomb hit the
// bus", "gunmen ambushed the car", "shot down".
var accidentArmed = map[string]bool{
	"bomb": true, "bombs": true, "bomber": true, "explosive": true, "explosives": true,
	"attack": true, "attacks": true, "attacked": true, "ambush": true, "ambushed": true,
	"shot": true, "missile": true, "missiles": true, "rocket": true, "rockets": true,
	"gunmen": true, "militants": true, "rebels": true, "insurgents": true, "fire": true,
	"grenade": true, "mine": true, "landmine": true, "suicide": true, "drone": true,
	"deliberately": true, "rammed": true,
}

// notAttacks are words before or after "attack" that make it a
// seizure of illness or a class of weapon ("a heart attack", "attack
// helicopters").
// casualtyWords tell the toll of violence.
var casualtyWords = map[string]bool{"killed": true, "wounded": true, "injured": true}

var notAttacks = map[string]bool{
	"heart": true, "panic": true, "asthma": true, "anxiety": true,
	"jets": true, "jet": true, "helicopters": true, "helicopter": true, "aircraft": true,
	"submarine": true, "submarines": true, "dogs": true, "dog": true, "planes": true, "boats": true,
}

var abstractObjects = map[string]bool{
	"plan": true, "plans": true, "bill": true, "bills": true, "proposal": true, "proposals": true,
	"deal": true, "idea": true, "hopes": true, "hope": true, "chance": true, "chances": true,
	"measure": true, "legislation": true, "project": true, "amendment": true, "scheme": true,
	"merger": true, "bid": true, "offer": true, "talks": true, "agreement": true, "initiative": true,
	"program": true, "programme": true, "reform": true, "reforms": true, "tax": true, "demand": true,
	"market": true, "prospects": true, "momentum": true, "rally": true, "growth": true,
}

func phoneCall(toks []token.Token, lo, hi, k int) bool {
	if k+1 < hi {
		switch toks[k+1].Lower {
		case "call", "calls", "conversation", "conversations", "talks":
			return true
		}
	}
	if k > lo && (toks[k-1].Lower == "by" || toks[k-1].Lower == "over") {
		return true // "spoke by telephone", "talked over the phone"
	}
	// "talked on the telephone", "spoke over the phone".
	return k-1 > lo && toks[k-1].Lower == "the" && (toks[k-2].Lower == "on" || toks[k-2].Lower == "over")
}

// envoyObject reports an ambassador or envoy as the object of "recalled"
// within four words ("recalled its ambassador to Peru").
func envoyObject(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+4; x++ {
		switch toks[x].Lower {
		case "ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat":
			return true
		}
	}
	return false
}

// newsSenses are trigger verbs with an everyday sense beside the one wire
// news tells; newsSense decides which the sentence has.
var newsSenses = map[string]bool{
	"sat": true, "huddled": true, "jetted": true, "slammed": true, "slams": true, "blasted": true,
	"lashed": true, "rounded": true, "froze": true, "suspended": true, "halted": true, "downgraded": true, "broke": true,
	"exchanged": true, "exchange": true, "consensus": true, "touched": true, "ordered": true, "ordering": true,
	"custody": true, "gunned": true, "breached": true, "disabled": true,
}

// forceVerbs are verbs of taking or battering a place that are an assault
// only by an armed party or on a military target, as "struck" is.
var forceVerbs = map[string]bool{
	"pounded": true, "overran": true, "captured": true, "besieged": true, "occupied": true,
}

// forceTarget reports a military target or a place within three words
// after k: "overran the town", "pounded rebel positions".
func forceTarget(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+3; x++ {
		if struckObjects[toks[x].Lower] {
			return true
		}
	}
	return false
}

// armedBefore reports a weapon or armed party within three words before
// k: "jets hit", "a missile hit".
func armedBefore(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-3; x-- {
		if armed(toks[x].Lower) {
			return true
		}
	}
	return false
}

// armed reports whether the word w is a weapon or an armed party that
// strikes a blow ("jets", "missile"); tear gas is thrown, it strikes no
// blow.
func armed(w string) bool {
	return strikers[w] || weapons[w] && w != "gas"
}

// armedHit reports "hit" at k as a blow of arms: a weapon or armed party
// within three words before it, with no conflict noun between, which
// would be the event told ("shelling hit Kharkiv" tells the shelling).
func armedHit(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-3; x-- {
		w := toks[x].Lower
		if t, ok := Lookup(w); ok && t.Noun && t.Type == annals.EventConflict {
			return false
		}
		if armed(w) {
			return true
		}
	}
	return false
}

// newsSense reports the news sense of a newsSenses verb at k, from the
// words right after it:
//   - "sat down with" and "huddled with" a party meet ("sat in the
//     front row" does not);
//   - "jetted into", "in", "to" or "off" is an arrival or departure;
//   - "slammed", "slams" and "blasted" reproach a party, not when they hit
//     or move something ("slammed into the coast", "slammed the door",
//     "blasted off");
//   - "lashed" reproaches only as "lashed out";
//   - "rounded" arrests only as "rounded up";
//   - "froze" reduces relations with assets, accounts, ties or relations
//     as object ("froze the assets of", not "froze prices");
//   - "suspended", "downgraded" and "broke" (off) reduce relations only
//     with ties or relations as object;
//   - "exchanged" and "exchange" meet only with views, opinions or ideas
//     ("exchanged views with", not "exchanged prisoners");
//   - "consensus" agrees only when reached ("reached a broad consensus
//     on", not "the consensus among economists");
//   - "touched" arrives only as "touched down";
//   - "ordered" expels only envoys told to leave ("ordered two diplomats
//     to leave the country", not "ordered an inquiry") or parties
//     ordered to leave a country (see LeaveCountry);
//   - "custody" arrests only as "into custody" ("remains in custody" is
//     a state);
//   - "gunned" is an assault only as "gunned down";
//   - "breached" and "disabled" are a cyber attack only with computers
//     as object ("breached the networks of", "disabled the ministry's
//     websites"; not "breached the dam", "disabled its radar").
func newsSense(toks []token.Token, k, hi int) bool {
	next := func(d int) string {
		if k+d < hi {
			return toks[k+d].Lower
		}
		return ""
	}
	switch toks[k].Lower {
	case "sat":
		return next(1) == "down" && next(2) == "with"
	case "huddled":
		return next(1) == "with"
	case "jetted":
		switch next(1) {
		case "into", "in", "to", "off":
			return true
		}
		return false
	case "slammed", "slams", "blasted":
		switch next(1) {
		case "into", "shut", "down", "on", "onto", "off", "out", "through", "open", "away", "":
			return false
		}
		return !(next(1) == "the" && (next(2) == "door" || next(2) == "brakes"))
	case "lashed":
		return next(1) == "out"
	case "rounded":
		return next(1) == "up"
	case "consensus":
		for x := k - 1; x >= 0 && x >= k-3; x-- {
			switch toks[x].Lower {
			case "reached", "reach", "reaches", "reaching":
				return true
			}
		}
		return false
	case "touched", "gunned":
		return next(1) == "down"
	case "custody":
		return k > 0 && toks[k-1].Lower == "into"
	case "breached", "disabled":
		return ComputerObject(toks, k, hi)
	case "ordered", "ordering":
		if LeaveCountry(toks, k, hi) {
			return true
		}
		if !envoyObject(toks, k, hi) {
			return false
		}
		for x := k + 1; x < hi && x <= k+8; x++ {
			switch toks[x].Lower {
			case "leave", "out", "home", "return":
				return true
			}
		}
		return false
	case "exchanged", "exchange":
		switch next(1) {
		case "views", "opinions", "ideas":
			return true
		}
		return false
	case "froze":
		for x := k + 1; x < hi && x <= k+3; x++ {
			switch toks[x].Lower {
			case "assets", "accounts", "funds":
				return true
			}
		}
		return tiesOrAid(toks, k, hi)
	case "suspended", "halted":
		return tiesOrAid(toks, k, hi)
	}
	return ties(toks, k, hi)
}

// computerWords are the computer systems a cyber attack takes as object.
var computerWords = map[string]bool{
	"network": true, "networks": true, "server": true, "servers": true, "website": true,
	"websites": true, "computer": true, "computers": true, "database": true, "databases": true,
	"systems": true, "email": true, "emails": true, "e-mail": true, "e-mails": true,
}

// LeaveCountry reports an order to leave a country at k ("asked",
// "ordered", "told", "given", "gave", "instructed"): "to leave" within
// six words after it ("gave two envoys 48 hours to leave"), with the country as
// object ("to leave the country", "to leave Peru") or a time limit
// ("to leave within 72 hours", "given 48 hours to leave"). Leaving a
// room or a beach is no expulsion.
func LeaveCountry(toks []token.Token, k, hi int) bool {
	j := -1
	for x := k + 1; x+1 < hi && x <= k+6; x++ {
		if toks[x].Lower == "to" && toks[x+1].Lower == "leave" {
			j = x + 1
			break
		}
	}
	if j < 0 {
		return false
	}
	limit := false
	for x := k + 1; x < j-1; x++ {
		if toks[x].Kind == token.Number && x+1 < j && leaveUnits[toks[x+1].Lower] {
			limit = true // "given 48 hours to leave"
		}
	}
	if j+1 >= hi {
		return limit
	}
	n := toks[j+1]
	switch {
	case n.Lower == "the":
		if j+2 < hi && (toks[j+2].Lower == "country" || toks[j+2].Lower == "kingdom") {
			return true
		}
		return false // "to leave the room"
	case n.Lower == "within":
		return j+3 < hi && (toks[j+2].Kind == token.Number || toks[j+2].Lower == "a") && leaveUnits[toks[j+3].Lower]
	case n.Kind == token.Word && n.Text != "" && n.Text[0] >= 'A' && n.Text[0] <= 'Z':
		return true // "to leave Peru"
	}
	return limit && (n.Kind == token.Punct || n.Lower == "by" || n.Lower == "or")
}

var leaveUnits = map[string]bool{"hours": true, "hour": true, "days": true, "day": true, "weeks": true, "week": true}

// ComputerObject reports a computer system within five words after k,
// with no punctuation but a possessive between: "hacked into the
// ministry's servers", "breached the networks of".
func ComputerObject(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+5; x++ {
		if computerWords[toks[x].Lower] {
			return true
		}
		if toks[x].Kind == token.Punct && toks[x].Text != "'s" && toks[x].Text != "'" {
			return false
		}
	}
	return false
}

func ties(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+3; x++ {
		if w := toks[x].Lower; w == "ties" || w == "relations" {
			return true
		}
	}
	return false
}

var strikeKinds = map[string]bool{
	"missile": true, "air": true, "drone": true, "rocket": true, "military": true, "artillery": true,
	"retaliatory": true, "preemptive": true, "pre-emptive": true, "precision": true, "nuclear": true,
}

var fireVerbs = map[string]bool{"exchanged": true, "exchange": true, "opened": true, "open": true, "traded": true, "trading": true, "exchanging": true}

// joined reports a hyphen written solid between two words.
func joined(toks []token.Token, x int) bool {
	return toks[x].Text == "-" && x > 0 && x+1 < len(toks) && toks[x].Begin == toks[x-1].End && toks[x+1].Begin == toks[x].End
}

func firedAt(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+5; x++ {
		w := toks[x].Lower
		if (w == "at" || w == "on") && x+1 < len(toks) && (pastUnits[toks[x+1].Lower] || toks[x+1].Kind == token.Number) {
			continue // "fired his minister on Tuesday": a time, not a target
		}
		if w == "at" || w == "on" || w == "upon" || w == "into" || weapons[w] {
			return true
		}
		if toks[x].Kind == token.Punct && !joined(toks, x) {
			return false // "anti-aircraft shells": a hyphen inside a word goes on
		}
	}
	return false
}

// launchOfWeapon reports a launch noun k in a sentence about a rocket or
// missile ("North Korea's launch of a long-range missile", "went ahead
// with the launch despite the belief that the rocket ...") and not
// modifying another noun ("the launch pad").
func launchOfWeapon(toks []token.Token, k int) bool {
	if k+1 < len(toks) && toks[k+1].Kind == token.Word && !launchLinks[toks[k+1].Lower] {
		return false // "launch pad", "launch site"
	}
	for _, t := range toks {
		if weapons[t.Lower] && t.Lower != "shot" && t.Lower != "shots" && t.Lower != "gas" && t.Lower != "flares" {
			return true
		}
	}
	return false
}

var launchLinks = map[string]bool{"of": true, "by": true, "from": true, "despite": true, "in": true, "on": true, "was": true, "is": true, "and": true}

// armedActs after "launched" are operations of force: "launched an
// offensive", "launched a cross-border raid".
var armedActs = map[string]bool{
	"offensive": true, "incursion": true, "raid": true, "raids": true, "assault": true,
}

var weapons = map[string]bool{
	"rocket": true, "rockets": true, "missile": true, "missiles": true, "shells": true, "shell": true,
	"shots": true, "shot": true, "cannon": true, "artillery": true, "mortars": true, "mortar": true,
	"grenades": true, "bullets": true, "gas": true, "flares": true, "torpedo": true, "torpedoes": true,
}

var dealVerbBefore = map[string]bool{
	"to": true, "must": true, "can": true, "could": true, "will": true, "would": true, "should": true,
	"we": true, "they": true, "i": true, "you": true, "cannot": true, "might": true, "may": true,
}

// ceremonyOf reports "signing of": "the signing of the pact" names the
// ceremony by what is signed, an event of the story rather than a
// reference back to an agreement.
func ceremonyOf(toks []token.Token, k, hi int) bool {
	return toks[k].Lower == "signing" && k+1 < hi && toks[k+1].Lower == "of"
}

// judged reports "<evaluative verb> the|this|that [modifiers] <noun k>".
func judged(toks []token.Token, lo, k int) bool {
	for x := k - 1; x > lo && x >= k-4; x-- {
		switch toks[x].Lower {
		case "the", "this", "that", "these":
			return evaluative[toks[x-1].Lower]
		}
		if toks[x].Kind != token.Word {
			return false
		}
	}
	return false
}

var evaluative = map[string]bool{
	"condemned": true, "condemns": true, "criticized": true, "criticised": true, "criticizes": true,
	"welcomed": true, "welcomes": true, "praised": true, "praises": true, "hailed": true, "hails": true,
	"denounced": true, "slammed": true, "dismissed": true, "rejected": true, "described": true,
	"called": true, "questioned": true,
}

// toldTo reports a meeting noun that a "told", "addressed" or "speaking
// to" shortly before takes as its audience ("told a Euromoney conference
// on debt").
func toldTo(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-4; x-- {
		switch toks[x].Lower {
		case "told", "tells", "telling", "addressed", "addresses", "addressing":
			return true
		case "to":
			// "Speaking to an international development conference": an
			// audience too.
			if x > lo && speakingTo[toks[x-1].Lower] {
				return true
			}
		case "at":
			// "Speaking at a press club lunch": a meal where one speaks
			// is the speech's setting (a summit spoken at stays).
			if x > lo && speakingTo[toks[x-1].Lower] && meals[toks[k].Lower] {
				return true
			}
		}
		if toks[x].Kind == token.Punct && !joined(toks, x) {
			return false
		}
	}
	return false
}

var meals = map[string]bool{"lunch": true, "luncheon": true, "dinner": true, "banquet": true, "breakfast": true}

var speakingTo = map[string]bool{"speaking": true, "spoke": true, "speaks": true, "speak": true, "talking": true}

// FrontedTalksWith reports a meeting noun after a possessive pronoun in
// a phrase that opens its sentence and names the other party: "In his
// talks with President X, Y said ...", "During their meeting with the
// Emir, the ministers ...". The phrase frames the sentence with the
// meeting its subject held, which the story may not tell elsewhere; it is
// no mere reference to a meeting named before. Only the opening
// preposition and a capitalised name within a few words of "with" count
// ("in his talks with officials" names no party).
func FrontedTalksWith(toks []token.Token, lo, hi, k int, t Trigger) bool {
	if t.Type != annals.EventMeet || !t.Noun || k < 2 || k-2 != lo || k+2 >= hi || toks[k+1].Lower != "with" {
		return false
	}
	if lo > 0 && toks[lo-1].Text != "\"" && toks[lo-1].Text != "“" {
		return false // the sentence's opening phrase only
	}
	switch toks[k-2].Lower {
	case "in", "during", "at":
	default:
		return false
	}
	for x := k + 2; x < hi && x <= k+7; x++ {
		if toks[x].Kind == token.Punct {
			return false
		}
		if toks[x].IsCap() {
			return true
		}
	}
	return false
}

// conducted reports a verb that begins, ends or makes the event before
// the possessive at p ("wrapped up his visit", "began their talks"): the
// noun then reports the event, not a reference back to it.
func conducted(toks []token.Token, lo, p int) bool {
	x := p - 1
	if x > lo && (toks[x].Lower == "up" || toks[x].Lower == "off" || toks[x].Lower == "short") {
		x--
	}
	return x >= lo && conductVerbs[toks[x].Lower]
}

var conductVerbs = map[string]bool{
	"began": true, "begins": true, "started": true, "starts": true, "opened": true, "opens": true,
	"ended": true, "ends": true, "wrapped": true, "wraps": true, "concluded": true, "concludes": true,
	"kicked": true, "kicks": true, "cut": true, "paid": true, "pays": true, "made": true, "makes": true,
	"completed": true, "completes": true, "continued": true, "continues": true, "resumed": true,
	"held": true, "holds": true,
}

func meetingObject(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+3; x++ {
		if t, ok := lexicon[toks[x].Lower]; ok && t.Type == annals.EventMeet && t.Noun {
			return true
		}
	}
	return false
}

var meetForms = map[string]bool{"meet": true, "meets": true, "met": true, "meeting": true}

func needObject(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+4; x++ {
		if notMeetings[toks[x].Lower] || paidObjects[toks[x].Lower] && meetForms[toks[k].Lower] {
			return true
		}
		if toks[x].Kind != token.Word {
			break
		}
	}
	return false
}

func definite(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-4; x-- {
		w := toks[x].Lower
		if anaphoric[w] {
			return true
		}
		if toks[x].Kind != token.Word || w == "a" || w == "an" {
			return false
		}
	}
	return false
}

func processOf(toks []token.Token, lo, k int) bool {
	if k-2 < lo || toks[k-1].Lower != "of" {
		return false
	}
	// "three days of talks" is one round, an event; months and years of
	// negotiation are a process.
	switch toks[k-2].Lower {
	case "weeks", "months", "years", "decades":
		return true
	}
	return false
}

// under reports "under" before an agreement noun within its phrase
// ("under the agreement", "Under the terms of the U.S.-Greek bases
// accord"): the agreement is the frame of what follows, not news.
func under(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-9; x-- {
		if toks[x].Lower == "under" {
			return true
		}
		if toks[x].Kind == token.Punct && toks[x].Text != "-" && toks[x].Text != "'s" {
			return false
		}
	}
	return false
}

// frequency holds adverbs of frequency, which make a present-tense report a
// habit.
var frequency = map[string]bool{
	"regularly": true, "routinely": true, "usually": true, "frequently": true, "often": true,
	"quarterly": true, "annually": true, "monthly": true, "weekly": true, "yearly": true,
}

// habitual reports whether an adverb of frequency stands right before the
// trigger at k or within the four tokens after it, in its clause.
func habitual(toks []token.Token, lo, hi, k int) bool {
	if k > lo && frequency[toks[k-1].Lower] {
		return true
	}
	for j := k + 1; j < hi && j <= k+4; j++ {
		if frequency[toks[j].Lower] {
			return true
		}
	}
	return false
}

// heldBy reports a verb of holding or giving up to three words before
// noun k ("held a media briefing", "gave a press briefing"): the subject
// is the one who speaks.
var dialogueWords = map[string]bool{"dialogue": true, "dialogues": true, "dialog": true, "dialogs": true}

// aDialogue reports a determiner or possessive within the three words
// before the noun "dialogue" at k, up to a preposition or conjunction:
// "a high-level dialogue", "their dialogue", "this dialogue" are
// occasions held; the bare noun ("seeking dialogue", "the need for
// dialogue", "through sincere dialogue") is a means wished for, and
// "only a dialogue" a condition, neither a meeting told.
func aDialogue(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-3; x-- {
		w := toks[x].Lower
		if toks[x].Kind != token.Word && w != "'s" && w != "’s" || dialogueStops[w] {
			return false
		}
		if anaphoric[w] || possessivePronouns[w] || w == "a" || w == "an" || w == "our" || w == "these" {
			return !(x > lo && (toks[x-1].Lower == "only" || toks[x-1].Lower == "through" || toks[x-1].Lower == "via"))
		}
	}
	return false
}

var dialogueStops = map[string]bool{
	"for": true, "to": true, "of": true, "through": true, "via": true, "by": true, "in": true,
	"with": true, "on": true, "and": true, "or": true, "than": true,
}

func heldBy(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-4; x-- {
		if briefVerbs[toks[x].Lower] {
			return true
		}
	}
	return false
}

var briefVerbs = map[string]bool{
	"held": true, "holds": true, "hold": true, "holding": true, "gave": true, "gives": true,
	"give": true, "giving": true, "conducted": true, "conducts": true,
}

// ceaseAsked reports "to" and a verb of stopping within five words after
// the verb of urging at k ("urged Peru to stop the shipments", "pressed
// the rebels to withdraw"): a demand (CAMEO 10) that the other side
// cease, where urging anything else is a request read with its own
// trigger.
func ceaseAsked(toks []token.Token, k, hi int) bool {
	for x := k + 1; x+1 < hi && x <= k+5; x++ {
		if toks[x].Lower == "to" && ceaseVerbs[toks[x+1].Lower] {
			return true
		}
	}
	return false
}

var ceaseVerbs = map[string]bool{
	"stop": true, "halt": true, "end": true, "cease": true, "withdraw": true, "release": true,
	"free": true, "abandon": true, "refrain": true, "pull": true, "lift": true,
}

// helpersSent reports a team of civilian helpers as the object of the
// verb of sending at k, within six words ("deployed a team of disaster
// experts", "dispatched medical teams"): aid in kind (CAMEO 07). Troops
// and ships sent are a show of force or an alliance's move, not read.
func helpersSent(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+6; x++ {
		if helperNouns[toks[x].Lower] {
			return true
		}
		if toks[x].Kind == token.Punct || toks[x].Lower == "to" || toks[x].Lower == "by" {
			return false
		}
	}
	return false
}

var helperNouns = map[string]bool{
	"team": true, "teams": true, "experts": true, "doctors": true, "rescuers": true,
	"responders": true, "specialists": true, "medics": true, "engineers": true,
}

// kindOf reports a noun k that names a kind of happening rather than
// one: after a quantifier over at most two modifiers ("any attack",
// "every armed attack", "all attacks on UN personnel") or in a
// comparison with its class over at most three ("one of the most severe
// attacks").
func kindOf(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-5; x-- {
		switch toks[x].Lower {
		case "any", "every", "all":
			return x >= k-3
		case "of":
			return x-1 >= lo && toks[x-1].Lower == "one"
		}
		if toks[x].Kind != token.Word {
			return false
		}
	}
	return false
}

// genericKind reports a plural meeting or visit noun k that names the
// kind or a count of private trips rather than a meeting or visit held:
// visits made by tourists or other private people ("visits by tourists
// rose", "tourist visits"), or a bare plural whose present predicate
// judges the kind ("meetings are important", "regular visits remain
// essential"). "Talks are productive" tells of talks under way, so
// "talks" is left out of the bare plural test.
func genericKind(toks []token.Token, lo, hi, k int) bool {
	w := toks[k].Lower
	if !pluralVisitMeet[w] {
		return false
	}
	if k+2 < hi && toks[k+1].Lower == "by" && privateVisitors[toks[k+2].Lower] {
		return true
	}
	if k > lo && privateVisitors[toks[k-1].Lower] {
		return true
	}
	if k > lo && (boundNoun[toks[k-1].Lower] || toks[k-1].Kind != token.Word || toks[k-1].IsCap() || possessivePronouns[toks[k-1].Lower]) {
		return false
	}
	x := k + 1
	if x >= hi || !(toks[x].Lower == "are" || toks[x].Lower == "remain") {
		return false
	}
	x++
	if x < hi && degreeAdverbs[toks[x].Lower] {
		x++
	}
	return x < hi && kindPredicates[toks[x].Lower]
}

// pluralVisitMeet are the plural meeting and visit nouns genericKind
// tests ("talks" only after "by" or a private visitor).
var pluralVisitMeet = map[string]bool{
	"visits": true, "trips": true, "tours": true, "meetings": true, "consultations": true,
	"summits": true, "contacts": true,
}

// privateVisitors make trips that are no diplomatic visit.
var privateVisitors = map[string]bool{
	"tourist": true, "tourists": true, "tourism": true, "visitor": true, "visitors": true,
	"holidaymakers": true, "pilgrims": true, "pilgrim": true, "travellers": true, "travelers": true,
	"family": true, "families": true, "fans": true, "patients": true, "shoppers": true,
}

// degreeAdverbs may stand between "are" and its predicate adjective.
var degreeAdverbs = map[string]bool{
	"very": true, "so": true, "always": true, "extremely": true, "particularly": true, "also": true,
	"still": true, "equally": true, "especially": true, "highly": true, "often": true, "usually": true,
}

// kindPredicates judge a kind of happening ("meetings are important").
var kindPredicates = map[string]bool{
	"important": true, "essential": true, "necessary": true, "vital": true, "crucial": true,
	"key": true, "useful": true, "valuable": true, "helpful": true, "beneficial": true,
	"common": true, "rare": true, "routine": true, "frequent": true, "costly": true, "expensive": true,
}

// lawOfKind reports a bare plural noun k (no determiner, number or
// modifier before it) whose predicate speaks of what such happenings may
// be: "noted attacks against peacekeepers may constitute war crimes",
// "attacks on civilians can never be justified". The modals of
// possibility make a statement about the kind; "attacks will continue"
// still plans some.
func lawOfKind(toks []token.Token, lo, hi, k int) bool {
	if !strings.HasSuffix(toks[k].Lower, "s") || k > lo && (boundNoun[toks[k-1].Lower] || toks[k-1].Kind != token.Word || toks[k-1].IsCap()) {
		return false
	}
	for x := k + 1; x < hi && x <= k+7; x++ {
		switch toks[x].Lower {
		case "may", "might", "can", "constitute":
			return true
		}
		if toks[x].Kind != token.Word {
			return false
		}
	}
	return false
}

// boundNoun are the words before a noun that make it some particular
// happenings rather than the kind.
var boundNoun = map[string]bool{
	"the": true, "these": true, "those": true, "their": true, "its": true, "his": true, "her": true,
	"our": true, "such": true, "recent": true, "further": true, "more": true, "new": true,
	"several": true, "two": true, "three": true, "many": true, "some": true, "deadly": true,
	"repeated": true, "last": true, "latest": true, "weekend": true, "overnight": true,
}

// PastOfItsOwn reports a visit noun k whose own phrase says when, in the
// past, it was made: "her visit just a few days ago to the region", "his
// trip to Chile last week". Such a visit is a happening told, not the
// story's visit recalled by its traveller's pronoun.
func PastOfItsOwn(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+8; x++ {
		w := toks[x].Lower
		if toks[x].Kind == token.Punct {
			return false
		}
		if w == "ago" {
			return true
		}
		if w == "last" && x+1 < hi && pastUnits[toks[x+1].Lower] {
			return true
		}
	}
	return false
}

// ThankedFor reports a visit noun k after "for" and a possessive pronoun
// that a word of thanks governs, in clause [lo, k): "thanked the president
// for her visit to Accra", "was grateful for his trip", "expressed
// gratitude for their visit". Thanks are given for a visit made: the noun
// tells a happening, not the story's visit recalled by its traveller's
// pronoun (a visit told elsewhere joins it). The word of thanks stands at
// most eight tokens before "for".
func ThankedFor(toks []token.Token, lo, k int) bool {
	if k-2 < lo || !possessivePronouns[toks[k-1].Lower] || toks[k-2].Lower != "for" {
		return false
	}
	for x := k - 3; x >= lo && x >= k-10; x-- {
		if thanksWords[toks[x].Lower] {
			return true
		}
		if toks[x].Kind == token.Punct {
			return false
		}
	}
	return false
}

// thanksWords say that thanks are given or felt.
var thanksWords = map[string]bool{
	"thank": true, "thanks": true, "thanked": true, "thanking": true, "grateful": true,
	"gratitude": true, "appreciation": true, "appreciative": true, "thankful": true,
}

// SpanTold reports a visit noun k with a relative clause after its short
// complement that tells when it began or runs: "his trip to Chile,
// Argentina and Brazil, which began today", "her tour of the region,
// which runs until Friday". The phrase tells a happening of its own, with
// its own time, not the story's visit recalled by a pronoun. The
// complement is at most twelve tokens of "to", "of", "in", "the", "and",
// commas and capitalised words.
func SpanTold(toks []token.Token, k int) bool {
	for x := k + 1; x+2 < len(toks) && x <= k+13; x++ {
		w := toks[x]
		if w.Text == "," && (toks[x+1].Lower == "which" || toks[x+1].Lower == "that") {
			y := x + 2
			for y+1 < len(toks) && y <= x+4 && spanAux[toks[y].Lower] {
				y++ // "which will begin", "which has begun"
			}
			return spanStarts[toks[y].Lower]
		}
		if !(w.Text == "," || w.IsCap() || w.Lower == "to" || w.Lower == "of" || w.Lower == "in" || w.Lower == "the" || w.Lower == "and") {
			return false
		}
	}
	return false
}

// spanStarts open a relative clause that tells when a visit began or
// runs ("which began today", "that runs until Friday").
var spanStarts = map[string]bool{
	"began": true, "begins": true, "begin": true, "begun": true, "started": true, "starts": true,
	"start": true, "runs": true, "ran": true, "run": true, "lasts": true, "lasted": true,
	"last": true, "opened": true, "opens": true, "open": true,
}

// spanAux may stand between the relative pronoun and the verb of
// spanStarts ("which will begin", "that has started").
var spanAux = map[string]bool{
	"will": true, "would": true, "is": true, "was": true, "has": true, "had": true, "have": true,
	"be": true, "been": true, "to": true, "due": true, "set": true, "officially": true,
}

// pastUnits follow "last" in a time of the past ("last week").
var pastUnits = map[string]bool{
	"week": true, "month": true, "year": true, "weekend": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// haltedWords say that a process has stopped or is stuck.
var haltedWords = map[string]bool{
	"halted": true, "stalled": true, "suspended": true, "frozen": true, "deadlocked": true,
	"stopped": true, "stuck": true, "paused": true, "interrupted": true, "blocked": true,
}

// stateAux are the auxiliaries and linking verbs that open a predicate of
// state ("have been halted", "remain stalled").
var stateAux = map[string]bool{
	"have": true, "has": true, "had": true, "was": true, "were": true, "is": true, "are": true,
	"remain": true, "remains": true, "remained": true, "been": true, "be": true,
}

// stateFillers may stand between the auxiliary and the participle of a
// state ("have largely been stalled", "have been on hold").
var stateFillers = map[string]bool{
	"been": true, "be": true, "largely": true, "effectively": true, "still": true, "now": true,
	"virtually": true, "all": true, "mostly": true, "long": true,
}

// haltedTalks reports a meeting noun at k that is the subject of a
// predicate saying the talks have stopped or are stuck ("Talks to settle
// the dispute have been halted since 1994", "negotiations remain
// stalled", "the talks stalled", "talks are on hold"): the state of the
// talks, told as background, not a meeting held. The noun must open its
// clause's subject (no verb-like word before it in the clause), and the
// first auxiliary after it must lead to the participle; a relative
// pronoun or a comma ends the search ("resumed talks that had been
// suspended" reports the resumption).
func haltedTalks(toks []token.Token, lo, hi, k int) bool {
	for x := lo; x < k; x++ {
		w := toks[x].Lower
		if stateAux[w] || toks[x].Kind == token.Word && !toks[x].IsCap() && (strings.HasSuffix(w, "ed") || reportVerbs[w]) {
			return false // "Kenya held talks ...", "said talks ...": the noun is an object
		}
	}
	if k+1 < hi && haltedWords[toks[k+1].Lower] {
		return true // "the talks stalled"
	}
	for x := k + 1; x < hi && x <= k+16; x++ {
		w := toks[x].Lower
		if toks[x].Kind == token.Punct && w != "-" || w == "that" || w == "which" || w == "who" {
			return false
		}
		if !stateAux[w] {
			continue
		}
		for y := x + 1; y < hi && y <= x+4; y++ {
			w := toks[y].Lower
			if haltedWords[w] || w == "on" && y+1 < hi && toks[y+1].Lower == "hold" {
				return true
			}
			if !stateFillers[w] {
				return false
			}
		}
		return false
	}
	return false
}

// reportVerbs introduce what is reported, so a noun after them is no
// subject of the sentence's own predicate.
var reportVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true}

// envoyCalledHome reports a meeting noun right after "for" in a clause
// that names an envoy before it ("Kenya recalled its ambassador to
// Uganda for consultations", "called its envoy home from Kampala for
// talks"): the stated reason of a recall, which is the event; no meeting
// is told. A minister who travels "for consultations" is not matched.
func envoyCalledHome(toks []token.Token, lo, k int) bool {
	if k-1 <= lo || toks[k-1].Lower != "for" {
		return false
	}
	for x := k - 2; x >= lo && x >= k-12; x-- {
		switch toks[x].Lower {
		case "ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat", "charge", "chargé":
			return true
		}
	}
	return false
}

// awaitedVerbs, in the present or after a modal, tell talks still to
// come after "before", "until" or "once".
var awaitedVerbs = map[string]bool{
	"resume": true, "resumes": true, "begin": true, "begins": true, "start": true, "starts": true,
	"restart": true, "restarts": true, "can": true, "could": true, "get": true, "gets": true,
}

// talksAwaited reports a meeting noun in a clause of time opened by
// "before", "until", "till", "unless" or "once", whose verb is present or
// modal ("must withdraw its troops before talks can resume", "will not
// return until negotiations resume"): talks awaited as a condition, not a
// meeting told. A past verb ("before the talks began on Monday") tells
// talks that were held.
func talksAwaited(toks []token.Token, lo, hi, k int) bool {
	opened := false
	for x := k - 1; x >= lo && x >= k-4; x-- {
		w := toks[x].Lower
		if w == "before" || w == "until" || w == "till" || w == "unless" || w == "once" {
			opened = true
			break
		}
		if toks[x].Kind != token.Word || stateAux[w] {
			return false
		}
	}
	if !opened {
		return false
	}
	for x := k + 1; x < hi && x <= k+4; x++ {
		if awaitedVerbs[toks[x].Lower] {
			return true
		}
		if toks[x].Kind != token.Word {
			return false
		}
	}
	return false
}

// calledOff reports a noun at k that a verb of calling off governs
// within four words before it, across its modifiers: "call off the
// protest", "gave up the planned strike", "cancelled Friday's march",
// "abandoned the boycott".
func calledOff(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-4; x-- {
		if toks[x].Kind == token.Punct {
			return false
		}
		switch toks[x].Lower {
		case "off":
			if x > lo {
				switch toks[x-1].Lower {
				case "call", "calls", "called", "calling":
					return true
				}
			}
			return false
		case "up":
			if x > lo {
				switch toks[x-1].Lower {
				case "give", "gives", "gave", "given", "giving":
					return true
				}
			}
			return false
		case "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling",
			"abandon", "abandons", "abandoned", "abandoning":
			return true
		}
	}
	return false
}

// protestNouns name street protests told as a noun.
var protestNouns = map[string]bool{"protests": true, "demonstrations": true, "demonstration": true}

// protestHeld reports a protest noun at k that a verb of holding or
// calling governs within five words before it, across its modifiers:
// "staged a demonstration", "will hold nationwide protests", "called
// for protests on Friday", "there will be mass demonstrations".
func protestHeld(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-5; x-- {
		w := toks[x].Lower
		if toks[x].Kind == token.Punct {
			return false
		}
		switch w {
		case "held", "hold", "holding", "holds", "staged", "stage", "staging", "stages",
			"organised", "organized", "organise", "organize", "organising", "organizing", "led":
			return true
		case "for":
			return x > lo && (toks[x-1].Lower == "called" || toks[x-1].Lower == "calls" || toks[x-1].Lower == "calling")
		case "be":
			return x > lo && toks[x-1].Lower == "will"
		}
	}
	return false
}

// insults are the epithets of name-calling, triggers only after "called
// X a" (see nameCalled).
var insults = map[string]bool{
	"liar": true, "liars": true, "mafioso": true, "traitor": true, "traitors": true, "thief": true,
	"fascist": true, "fascists": true, "coward": true, "clown": true, "hypocrite": true,
	"puppet": true, "murderer": true,
}

// nameCalled reports insult k as the epithet of "called", "branded" or
// "labelled" X, within seven words ("called Uribe a \"liar\"", "branded
// the Colombian president a traitor"), with an article or quote mark
// right before it.
func nameCalled(toks []token.Token, lo, k int) bool {
	x := k - 1
	for x >= lo && toks[x].Kind == token.Punct && strings.ContainsAny(toks[x].Text, "\"'“”‘’") {
		x--
	}
	if x < lo || !(toks[x].Lower == "a" || toks[x].Lower == "an" || toks[x].Lower == "as" || strings.HasSuffix(toks[k].Lower, "s")) {
		return false
	}
	for y := x - 1; y >= lo && y >= k-8; y-- {
		switch toks[y].Lower {
		case "called", "calling", "calls", "branded", "branding", "labelled", "labeled", "dubbed":
			return y < x-1 // someone named between: "called Uribe a liar"
		}
	}
	return false
}

// saleApprovals before a sale noun make it a government's permission to
// sell ("approved a possible sale", "cleared $2 billion in sales").
// SaleApproval reports a verb that approves an arms sale ("approved",
// "cleared", "notified").
func SaleApproval(w string) bool { return saleApprovals[w] }

var saleApprovals = map[string]bool{"approved": true, "approves": true, "approve": true, "cleared": true, "clears": true, "authorized": true, "authorised": true, "notified": true}

// weaponWords name what an arms sale sells ("sale of F-16 fighter jets",
// "weapons sales", "military sales", "defense articles").
var weaponWords = map[string]bool{"weapons": true, "weapon": true, "arms": true, "military": true, "missiles": true, "missile": true, "jets": true, "fighter": true, "fighters": true, "tanks": true, "helicopters": true, "munitions": true, "defense": true, "defence": true, "aircraft": true, "drones": true, "warships": true, "artillery": true, "rockets": true, "howitzers": true}

// armsSale reports whether the sale noun at k is an approved sale of
// weapons: an approval verb at most eight words before it (over a figure:
// "approved $4.7 billion of potential weapons sales") and a weapon word
// among the three words before or the eight after it, within [lo, hi).
func armsSale(toks []token.Token, lo, hi, k int) bool {
	approved := false
	for i := k - 1; i >= lo && i >= k-8; i-- {
		if saleApprovals[toks[i].Lower] {
			approved = true
			break
		}
	}
	if !approved {
		return false
	}
	for i := k - 3; i < hi && i <= k+8; i++ {
		if i >= lo && i != k && weaponWords[toks[i].Lower] {
			return true
		}
	}
	return false
}

// gerundPreps before "meeting" make it the gerund of the verb ("in
// meeting its targets", "for meeting demand"), not the noun.
var gerundPreps = map[string]bool{
	"in": true, "for": true, "of": true, "by": true, "toward": true, "towards": true, "at": true, "while": true,
}

// gerundMeeting reports "meeting" at k as a gerund after a preposition.
func gerundMeeting(toks []token.Token, lo, k int) bool {
	return toks[k].Lower == "meeting" && k > lo && gerundPreps[toks[k-1].Lower]
}

// BeForm reports whether a lower-case word is a form of "be" that
// carries a copula or a passive: "be", "is", "are", "was", "were",
// "been". "being", "am" and the clitic "'s" are left out: the callers
// ask after a subject in the third person or before "in" or "here" of a
// presence, where they do not occur or mean something else.
func BeForm(w string) bool { return beForms[w] }

var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true}

// passiveAux reports an auxiliary before "met" that makes it passive:
// a form of "be" (with "being": "was being met by"), or of "get" ("got
// met by").
func passiveAux(w string) bool {
	return beForms[w] || w == "being" || w == "get" || w == "got" || w == "gets"
}

// passiveMet reports a passive "met with" or "met by" at k whose agent
// is no party: "were met by a curtain of tear gas", "was met with
// criticism", "were met by police". The agent is a party when one of
// its first three words (up to a preposition) is a name or a title
// ("was met by President X", "was met by senior officials", "by his
// counterpart"); "was met at the airport by X" is not matched.
func passiveMet(toks []token.Token, lo, hi, k int) bool {
	if toks[k].Lower != "met" || k+1 >= hi || toks[k+1].Lower != "with" && toks[k+1].Lower != "by" {
		return false
	}
	b := k - 1
	if b > lo && strings.HasSuffix(toks[b].Lower, "ly") {
		b-- // "was quickly met"
	}
	if b < lo || !passiveAux(toks[b].Lower) {
		return false
	}
	n := 0
	for x := k + 2; x < hi && n < 3; x++ {
		w := toks[x].Lower
		if toks[x].Kind != token.Word || dialogueStops[w] || w == "from" || w == "at" {
			break
		}
		if toks[x].IsCap() || peopleNouns[w] || partyNouns[w] {
			return false
		}
		if w == "a" || w == "an" || w == "the" || possessivePronouns[w] {
			continue
		}
		n++
	}
	return true
}

// partyNouns name people who meet as parties, beside peopleNouns.
var partyNouns = map[string]bool{
	"officials": true, "official": true, "delegation": true, "delegates": true, "ambassador": true,
	"envoy": true, "secretary": true, "mayor": true, "governor": true, "king": true, "queen": true,
	"host": true, "hosts": true, "premier": true, "chancellor": true,
}

// requestVerbs ask others to act; "called", "appealed" only with "on",
// "upon" or "for" after them.
var requestVerbs = map[string]bool{
	"urged": true, "urges": true, "urge": true, "urging": true, "pressed": true, "pressing": true,
	"exhorted": true, "implored": true,
}

// requestVerbsSet spares most words the requestVerbs lookup (see token.Set).
var requestVerbsSet = token.NewSet(requestVerbs)

var callVerbs = map[string]bool{
	"called": true, "calls": true, "call": true, "calling": true, "appealed": true, "appeals": true,
	"appealing": true,
}

// callVerbsSet spares most words the callVerbs lookup (see token.Set).
var callVerbsSet = token.NewSet(callVerbs)

// requestedAt returns the index of the request, or -1, when a meeting
// trigger at k, up to twenty words after a request in its clause, is one
// that a third party asks both sides to hold: in
// the infinitive after a verb of urging whose object names both sides
// ("urged Colombo and the rebels to resume talks", "called on the
// parties to return to negotiations", "pressed Sudan and South Sudan to
// meet"). The speaker takes no part, so no meeting is proposed (SCHEMA:
// planned covers "proposed"); the appeal is a statement (CAMEO 026). A party's own
// call ("Kenya urged Uganda to resume talks", "called for talks with
// Uganda") proposes talks and stays a planned meeting, and so does a
// meeting already named ("to continue with the proposed April talks").
// The sides may also be named after the trigger: a call for talks
// between or among others ("called for a dialogue between Kenya and
// Uganda", "urged talks among the factions"), or a call on one side to
// meet the other ("urged Kenya to hold talks with Uganda"); these are
// appeals too.
func requestedAt(toks []token.Token, lo, hi, k int) int {
	for x := k - 1; x >= lo && x >= k-20; x-- {
		w := toks[x].Lower
		if toks[x].Kind == token.Punct && !joined(toks, x) {
			return -1
		}
		if (requestVerbsSet.Has(w) || callVerbsSet.Has(w) && x+1 < k && toks[x+1].Lower == "for") && sidesAfter(toks, hi, k, betweenWords) {
			from := x + 1
			if toks[from].Lower == "for" {
				from++
			}
			if bareBefore(toks, from, k) {
				return x // "called for talks between Kenya and Uganda", "urged a dialogue among the factions"
			}
		}
		if requestVerbsSet.Has(w) || callVerbsSet.Has(w) && x+1 < k && (toks[x+1].Lower == "on" || toks[x+1].Lower == "upon") {
			if askedMeeting(toks, x, hi, k) {
				return x
			}
			return -1
		}
	}
	return -1
}

// betweenWords after a meeting trigger name all its sides ("talks
// between Kenya and Uganda", "a dialogue among the factions"); withWords
// name the side the asked party is to meet ("talks with Uganda").
var (
	betweenWords = map[string]bool{"between": true, "among": true, "amongst": true}
	withWords    = map[string]bool{"with": true}
)

// selfWords after "between" or "with" take in the caller itself ("talks
// with it", "a dialogue between its government and the rebels"): the
// caller's own call for talks, no third party's appeal.
var selfWords = map[string]bool{
	"it": true, "its": true, "itself": true, "them": true, "their": true, "themselves": true,
	"us": true, "our": true, "him": true, "his": true, "her": true, "me": true, "my": true,
}

// sidesAfter reports the meeting trigger at k followed at once by one of
// preps and a side that is not the caller: "talks between Kenya and
// Uganda", "talks with Uganda", not "talks with it".
func sidesAfter(toks []token.Token, hi, k int, preps map[string]bool) bool {
	return k+2 < hi && preps[toks[k+1].Lower] && toks[k+2].Kind == token.Word && !selfWords[toks[k+2].Lower]
}

// askedMeeting checks the words between the request verb at r and the
// meeting trigger at k: an object that names both sides, then "to" with
// a verb of holding before the trigger, or the trigger's own verb after
// "to". An object that names one side will do when the trigger names
// the other after "with" ("urged Kenya to hold talks with Uganda"). A
// verb or a relative word between the request and "to" ("urged
// restraint and agreed to hold talks") ends the request's reach.
func askedMeeting(toks []token.Token, r, hi, k int) bool {
	first, both := -1, false
	for x := r + 1; x < k && first < 0; x++ {
		w := toks[x].Lower
		switch {
		case w == "to":
			first = x
		case requestEnds[w] || !toks[x].IsCap() && strings.HasSuffix(w, "ed"):
			return false
		case w == "and" || bothSides[w]:
			both = true
		}
	}
	if first < 0 || !both && !sidesAfter(toks, hi, k, withWords) {
		return false
	}
	// The asked act is the infinitive nearest the trigger: "to stop the
	// shelling and to return to negotiations".
	for x := k - 1; x >= first; x-- {
		if toks[x].Lower != "to" {
			continue
		}
		if x == k-1 {
			return true // "urged them to meet", "to negotiate", "return to talks"
		}
		if askVerbs[toks[x+1].Lower] || holdVerbs[toks[x+1].Lower] {
			return bareBefore(toks, x+1, k)
		}
	}
	return false
}

// bothSides name the two sides of a dispute as one object ("urged both
// sides", "called on the parties").
var bothSides = map[string]bool{
	"both": true, "sides": true, "parties": true, "all": true, "belligerents": true, "rivals": true,
}

// requestEnds between a request and its "to" end the request's reach:
// a conjunction or relative word, or a past verb ("urged calm as the
// leaders met to discuss it").
var requestEnds = map[string]bool{
	"but": true, "while": true, "which": true, "who": true, "whom": true, "where": true, "as": true,
	"when": true, "after": true, "before": true, "since": true, "because": true, "then": true,
	"met": true, "held": true, "sat": true, "spoke": true, "went": true, "came": true, "began": true,
	"took": true, "made": true, "said": true, "told": true,
}

// askVerbs, beside holdVerbs, take an asked-for meeting as object.
var askVerbs = map[string]bool{
	"continue": true, "pursue": true, "return": true, "enter": true, "seek": true, "restart": true,
	"revive": true, "engage": true, "join": true,
}

// bareBefore reports that the words after from and before the trigger k
// are no more than four, with no definite determiner, possessive, name
// or conjunction: "a cultural dialogue", "immediate talks", "to talks".
func bareBefore(toks []token.Token, from, k int) bool {
	if k-from > 5 {
		return false
	}
	for x := from; x < k; x++ {
		w := toks[x].Lower
		if w == "the" || w == "this" || w == "that" || w == "these" || w == "'s" || w == "’s" || w == "and" || w == "or" || possessivePronouns[w] || toks[x].IsCap() {
			return false
		}
	}
	return true
}

// helpVerbs after a pledge make it a pledge of aid.
var helpVerbs = map[string]bool{
	"help": true, "helping": true, "assist": true, "assisting": true, "support": true,
	"supporting": true, "aid": true, "aiding": true,
}

// PledgedHelp reports a pledge at k whose infinitive, within four words,
// is a verb of helping, possibly after "continue": "pledged on Monday to
// help Haiti rebuild",
// "pledged to continue helping Colombia", "pledges to support the
// refugees". The pledge is aid promised, not an agreement.
func PledgedHelp(toks []token.Token, k, hi int) bool {
	x := k + 1
	for ; x < hi && x <= k+4 && toks[x].Lower != "to"; x++ {
		if toks[x].Kind == token.Punct {
			return false // "pledged on Monday to help", not past a comma
		}
	}
	if x+1 >= hi || toks[x].Lower != "to" {
		return false
	}
	x++
	if toks[x].Lower == "continue" && x+1 < hi {
		x++
		if toks[x].Lower == "to" && x+1 < hi {
			x++
		}
	}
	if !helpVerbs[toks[x].Lower] {
		return false
	}
	if w := toks[x].Lower; w == "support" || w == "supporting" {
		// "pledged to support the refugees", "to support Haiti": only
		// support given to people or a party is aid; support for a
		// resolution, a bid or a ceasefire is a stance.
		return supportedParty(toks, x+1, hi)
	}
	return true
}

// supportedParty reports whether the object of "support" that starts at
// toks[y] names people or a party: a name that opens no possessive
// ("Haiti", "the Sudanese people"), a pronoun, or a noun for people in
// need ("the refugees", "flood victims").
func supportedParty(toks []token.Token, y, hi int) bool {
	for n := 0; y < hi && n < 3; y, n = y+1, n+1 {
		t := toks[y]
		switch {
		case t.Kind != token.Word:
			return false
		case objectPronouns[t.Lower] || needyNouns[t.Lower]:
			return true
		case t.IsCap():
			return y+1 >= hi || toks[y+1].Lower != "'s" && toks[y+1].Lower != "’s"
		case t.Lower == "the" || t.Lower == "its" || t.Lower == "their" || needyModifiers[t.Lower]:
			continue
		default:
			return false
		}
	}
	return false
}

var objectPronouns = map[string]bool{"them": true, "him": true, "her": true, "us": true, "you": true}

// needyNouns name people that aid goes to.
var needyNouns = map[string]bool{
	"refugees": true, "victims": true, "survivors": true, "people": true, "families": true,
	"children": true, "displaced": true, "communities": true, "farmers": true, "migrants": true,
}

// needyModifiers may stand before a needyNoun: "flood victims", "the
// affected families".
var needyModifiers = map[string]bool{
	"flood": true, "quake": true, "earthquake": true, "storm": true, "war": true, "affected": true,
	"displaced": true, "local": true, "poor": true, "vulnerable": true, "hungry": true,
}

// illKinds before "violence" name a social ill, a kind of harm talked
// about ("information on gender-based violence", "a domestic violence
// shelter"), not an attack between parties.
func illKind(toks []token.Token, lo, k int) bool {
	if toks[k].Lower != "violence" || k-1 < lo {
		return false
	}
	switch toks[k-1].Lower {
	case "domestic":
		return true
	case "based":
		return k-3 >= lo && toks[k-2].Lower == "-" && toks[k-3].Lower == "gender"
	}
	return false
}

// beginVerbs start or launch what they take as object.
var beginVerbs = map[string]bool{
	"began": true, "begin": true, "begins": true, "beginning": true, "begun": true,
	"launched": true, "launch": true, "launches": true, "launching": true,
	"started": true, "start": true, "starts": true, "starting": true,
	"opened": true, "inaugurated": true,
}

// begunCooperation reports the noun "cooperation" at k as the object of
// a verb of beginning, up to three words before it ("began military
// cooperation", "launched a new cooperation"): a co-operation that
// starts is news. The bare noun otherwise names a relation or its
// state ("focuses on cooperation", "strengthened international
// cooperation", "to advance cooperation on biofuels"), which the
// schema counts among vague trends (every seen annotation of one is
// optional), not an act of co-operation.
func begunCooperation(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-3; x-- {
		if toks[x].Kind == token.Punct && !joined(toks, x) {
			return false
		}
		if beginVerbs[toks[x].Lower] {
			return true
		}
	}
	return false
}

// conjectures before a meeting or visit noun make it one guessed at.
var conjectures = map[string]bool{
	"possible": true, "potential": true, "hypothetical": true, "eventual": true,
}

// conjectured reports a conjecture among the modifiers of noun k, back
// to its determiner ("a possible three-way meeting", "a potential
// visit"): a meeting that may or may not come about is neither
// scheduled nor proposed (SCHEMA's planned), but talked about.
func conjectured(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-5; x-- {
		w := toks[x].Lower
		if toks[x].Kind == token.Punct && !joined(toks, x) || nounDeterminers[w] || possessivePronouns[w] {
			return false
		}
		if conjectures[w] {
			return true
		}
	}
	return false
}

// hedgedPredicate reports noun k in the predicate of "what" with a modal
// and "be" up to six words before it ("what could be the deadliest
// attack", "what may be the largest summit"): the phrase names, with a
// hedge, a happening the story tells elsewhere.
func hedgedPredicate(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo+2 && x >= k-6; x-- {
		if toks[x].Kind == token.Punct && !joined(toks, x) {
			return false
		}
		if toks[x].Lower == "be" && modals[toks[x-1].Lower] && toks[x-2].Lower == "what" {
			return true
		}
	}
	return false
}

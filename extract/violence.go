package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
	"github.com/annals-project/annals/extract/trigger"
)

// violent reports a trigger of physical violence: CAMEO 18 (assault), 19
// (fight) and 20 (unconventional mass violence), as opposed to the verbal
// and diplomatic conflict of 11-17 (accusations, threats, sanctions).
// Seizing (192) is left out: goods and assets are seized too.
func violent(tr trigger.Trigger) bool {
	return tr.Type == annals.EventConflict && violentCode(tr.CAMEO)
}

// violentCode reports a CAMEO code of physical violence (see violent).
func violentCode(cameo string) bool {
	return len(cameo) == 3 && cameo != "192" &&
		(strings.HasPrefix(cameo, "18") || strings.HasPrefix(cameo, "19") || strings.HasPrefix(cameo, "20"))
}

// condemnsAttack gives a condemnation, accusation or protest c (CAMEO
// 10-14) the states of the attack e its clause names: "the Council
// condemned the attack on Wednesday against the UN mission in Mali"
// disapproves of what was done in Mali.
func condemnsAttack(c *cand, e cand) {
	if c.ev.Type != annals.EventConflict || !verbalConflict(c.ev.CAMEO) || !violentCode(e.ev.CAMEO) || c.sent != e.sent {
		return
	}
	c.ev.Countries = union(c.ev.Countries, e.ev.Countries)
}

// violentAct reports a violent trigger k told as an act that took place,
// rather than as a threat, a topic or a reference: a past-tense verb
// ("stormed", "were killed"), a noun that a past or perfect verb takes
// as its object ("opened fire", "have carried out an attack", "launched
// airstrikes"), or a participle after a comma that continues such a
// clause ("..., killing five soldiers").
func violentAct(toks []token.Token, lo, k int, tr trigger.Trigger) bool {
	switch {
	case tr.Past && !tr.Noun:
		return true
	case !tr.Noun && strings.HasSuffix(toks[k].Lower, "ing"):
		return k > lo && toks[k-1].Text == ","
	}
	// A noun: the verb before it, across a determiner and up to two
	// modifiers ("carried out a deadly suicide attack").
	for x := k - 1; x >= lo && x >= k-4; x-- {
		w := toks[x].Lower
		if toks[x].Kind != token.Word {
			return false
		}
		if actVerbs[w] {
			return true
		}
	}
	return false
}

// actVerbs take a violent noun as the object of an act done: "opened
// fire", "launched an attack", "carried out strikes", "staged a raid".
var actVerbs = map[string]bool{
	"opened": true, "launched": true, "carried": true, "staged": true, "mounted": true,
	"conducted": true, "exchanged": true, "unleashed": true, "waged": true, "traded": true,
}

// theatre returns the state a violent act of unnamed parties happens in:
// the first state sentence s names as a party (the victims' or the
// place's: "killing five Afghan soldiers"), else the dateline's state,
// else the story's most named state; none when the story names none.
//
// Without a named party, the sentence must name an armed party or a
// weapon besides the trigger ("suicide bombers", "a roadside bomb",
// "militants"): a quake, a crash or a disease also kills, and "scene of
// fierce fighting in 1983" recalls background.
func (d *doc) theatre(s *mention.Sentence, k int, pp []int, ps []annals.Country) []annals.Country {
	if !armedCue(s.Toks, k) {
		return nil
	}
	return d.scene(s, pp, ps)
}

// scene returns the state where what sentence s tells took place, when
// no party is named: the state the sentence names or the state of the
// place it names, else the story's principal state, else the
// dateline's.
func (d *doc) scene(s *mention.Sentence, pp []int, ps []annals.Country) []annals.Country {
	_, cs := d.participants(s, mention.Clause{I: 0, J: len(s.Toks)}, pp, ps, annals.EventConflict)
	if len(cs) == 0 {
		// "a car bomb exploded outside a police station in Kabul": the
		// state of the place named.
		for _, m := range s.Ments {
			if m.Kind == mention.Place && m.Country != "" && !mention.Macro(m.Entry) {
				cs = []annals.Country{m.Country}
				break
			}
		}
	}
	switch {
	case len(cs) > 0:
		return cs[:1]
	case len(ps) > 0:
		// The story's state before the dateline's: wire copy is often
		// filed far from the fighting.
		return ps[:1]
	case d.datelineState != "":
		return []annals.Country{d.datelineState}
	}
	return nil
}

// armedCue reports a word of s other than the trigger k that names an
// armed party or a weapon.
func armedCue(toks []token.Token, k int) bool {
	for x, t := range toks {
		if x != k && armedWords[t.Lower] {
			return true
		}
		if x != k && x > 0 && t.Lower == "gas" && toks[x-1].Lower == "tear" {
			return true // "fired tear gas at the crowd"
		}
	}
	return false
}

var armedWords = map[string]bool{
	"militants": true, "militant": true, "gunmen": true, "gunman": true, "insurgents": true,
	"insurgent": true, "rebels": true, "rebel": true, "guerrillas": true, "guerrilla": true,
	"fighters": true, "terrorists": true, "terrorist": true, "bombers": true, "bomber": true,
	"troops": true, "soldiers": true, "forces": true, "army": true, "police": true,
	"militia": true, "militias": true, "militiamen": true, "militiaman": true, "separatists": true, "jihadists": true, "extremists": true,
	"bomb": true, "bombs": true, "explosives": true, "suicide": true, "grenade": true,
	"grenades": true, "rockets": true, "rocket": true, "missiles": true, "missile": true,
	"bullets": true, "bullet": true, "teargas": true, "machine-gun": true,
	"mortar": true, "mortars": true, "artillery": true, "shells": true, "gunfire": true,
	"airstrike": true, "airstrikes": true, "drone": true, "drones": true, "attack": true,
	"attacks": true, "attackers": true, "ambush": true, "raid": true, "offensive": true,
	"battalion": true, "brigade": true, "brigades": true, "warplanes": true, "tanks": true,
	// Armed craft: "two helicopters opened fire", "jets bombed".
	"helicopters": true, "helicopter": true, "gunships": true, "gunship": true, "jets": true,
	"warships": true, "warship": true, "gunboats": true, "gunboat": true, "fighter": true,
}

// Coercion told by a phrase rather than a word (CAMEO 16-17, after the
// lexicon's convention: 163 sanctions, 172 administrative sanctions, 174
// expulsion).
var (
	expelTrigger      = trigger.Trigger{Type: annals.EventConflict, CAMEO: "174"}
	recallTrigger     = trigger.Trigger{Type: annals.EventConflict, CAMEO: "161"}
	sanctionTrigger   = trigger.Trigger{Type: annals.EventConflict, CAMEO: "163"}
	restrictTrigger   = trigger.Trigger{Type: annals.EventConflict, CAMEO: "172"}
	repressTrigger    = trigger.Trigger{Type: annals.EventConflict, CAMEO: "175"}
	violateTrigger    = trigger.Trigger{Type: annals.EventConflict, CAMEO: "196"}
	protestTrigger    = trigger.Trigger{Type: annals.EventConflict, CAMEO: "141"}
	assaultTrigger    = trigger.Trigger{Type: annals.EventConflict, CAMEO: "182"}
	cyberTrigger      = trigger.Trigger{Type: annals.EventConflict, CAMEO: "190"}
	conflictPhraseSet = map[string]bool{
		"kick": true, "kicks": true, "kicked": true, "kicking": true,
		"boot": true, "boots": true, "booted": true, "booting": true,
		"declared": true, "declares": true, "declare": true, "declaring": true,
		"designated": true, "designates": true, "sanctioned": true,
		"named": true, "names": true, "labelled": true, "labeled": true, "labels": true,
		"freeze": true, "froze": true, "freezes": true, "freezing": true,
		"banned": true, "bans": true, "barred": true, "bars": true,
		"violated": true, "violates": true, "violating": true,
		"dispersed": true, "disperse": true, "dispersing": true,
		"broke": true, "break": true, "breaking": true,
		"gathered": true, "gather": true, "gathers": true, "assembled": true, "massed": true,
		"hacked": true, "hacking": true, "beat": true, "beaten": true, "beating": true, "stabbed": true,
		"clubbed": true, "stoned": true, "bludgeoned": true, "burned": true, "burnt": true,
		"warned": true, "warns": true,
		"asked": true, "told": true, "given": true, "gave": true, "gives": true, "instructed": true,
	}
	threatTrigger = trigger.Trigger{Type: annals.EventConflict, CAMEO: "130"}
)

// conflictPhraseFilter spares conflictPhrase the conflictPhraseSet
// lookup for most tokens.
var conflictPhraseFilter = token.NewFilter(conflictPhraseSet)

// conflictPhrase returns the conflict trigger of word k of clause
// [lo, hi) that names coercion only with the words around it:
//   - expulsion: "kicked out two diplomats", "will boot four",
//     "declared the attaché persona non grata";
//   - sanctions: "designated ten officials" and "sanctioned three
//     banks" in a sentence about sanctions, "a freeze on all government
//     assets", "froze the assets of";
//   - administrative sanctions: "declared the firm a national security
//     risk", "banned the company from selling".
func conflictPhrase(toks []token.Token, lo, hi, k int) (trigger.Trigger, bool) {
	w := toks[k].Lower
	if tr, ok := sanctionOrBombPhrase(toks, lo, hi, k); ok {
		return tr, true
	}
	if !conflictPhraseFilter.May(w) || !conflictPhraseSet[w] {
		return trigger.Trigger{}, false
	}
	past := strings.HasSuffix(w, "ed") || w == "froze"
	tr := trigger.Trigger{}
	switch w {
	case "named", "names", "labelled", "labeled", "labels", "designated", "designates", "declared", "declares":
		if blacklisting(toks, k, hi) {
			tr = restrictTrigger
			break
		}
		if w == "designated" || w == "designates" {
			// "designated ten officials" in a sentence about sanctions
			// ("the Treasury's Office of Foreign Assets Control
			// designated ten officials"); not "designated by" or
			// "a UN-designated zone".
			if k > lo && toks[k-1].Lower == "-" || k+1 < hi && (toks[k+1].Lower == "by" || toks[k+1].Lower == "as" || toks[k+1].Kind == token.Punct) {
				break
			}
			if sanctionStory(toks) {
				tr = sanctionTrigger
			}
			break
		}
		if w == "declared" || w == "declares" {
			tr = declaredTrigger(toks, k, hi)
		}
	case "kick", "kicks", "kicked", "kicking":
		// "kicked out Russian diplomats", "kicked the envoys out"; not
		// "kicked off talks".
		for x := k + 1; x < hi && x <= k+4; x++ {
			if toks[x].Lower == "out" {
				tr = expelTrigger
				break
			}
			if toks[x].Kind != token.Word {
				break
			}
		}
	case "boot", "boots", "booted", "booting":
		// A verb with an object ("planned to boot four"), not the noun
		// ("the boot"), "boot camp", "boot up" or "to boot".
		if k > lo && determiners[toks[k-1].Lower] || k+1 >= hi {
			break
		}
		if n := toks[k+1]; (n.Kind == token.Word || n.Kind == token.Number) && n.Lower != "camp" && n.Lower != "camps" && n.Lower != "up" {
			tr = expelTrigger
		}
	case "declare", "declaring":
		tr = declaredTrigger(toks, k, hi)
	case "sanctioned":
		// "sanctioned three banks" in a sentence about sanctions;
		// "sanctioned" is approved in "a UN-sanctioned force" and
		// "sanctioned by the council".
		if k > lo && toks[k-1].Lower == "-" || k+1 < hi && (toks[k+1].Lower == "by" || toks[k+1].Lower == "as" || toks[k+1].Kind == token.Punct) {
			break
		}
		if sanctionStory(toks) {
			tr = sanctionTrigger
		}
	case "freeze", "freezes", "froze", "freezing":
		// "a freeze on all Venezuelan government assets", "froze Iraqi
		// assets", "the asset freeze" in a story of sanctions; not a
		// court's freeze of a former chairman's assets.
		for x := k + 1; x < hi && x <= k+7; x++ {
			if toks[x].Lower == "assets" || toks[x].Lower == "asset" || toks[x].Lower == "accounts" {
				if stateOwned(toks[k+1:x]) || sanctionStory(toks) {
					tr = sanctionTrigger
				}
				break
			}
		}
		if k > lo && (toks[k-1].Lower == "asset" || toks[k-1].Lower == "assets") && (sanctionStory(toks) || listedTargets(toks, k, hi)) {
			tr = sanctionTrigger
		}
		tr.Noun = w == "freeze" && k > lo && (determiners[toks[k-1].Lower] || toks[k-1].Lower == "asset" || toks[k-1].Lower == "assets")
	case "banned", "bans", "barred", "bars":
		// "banned the firm from selling its chips": a ban on a party's
		// dealings, not "banned smoking".
		for x := k + 1; x+1 < hi && x <= k+8; x++ {
			if toks[x].Lower == "from" {
				if dealings[toks[x+1].Lower] {
					tr = restrictTrigger
				}
				break
			}
		}
	case "violated", "violates", "violating":
		// "violated the no-fly zones", "violated Turkish airspace 40
		// times"; not "violated the rules".
		for x := k + 1; x < hi && x <= k+6; x++ { // "the no-fly zones"
			if violable[toks[x].Lower] {
				tr = violateTrigger
				break
			}
		}
	case "hacked", "hacking", "beat", "beaten", "beating", "stabbed", "clubbed", "stoned", "bludgeoned", "burned", "burnt":
		// "hacked 15 villagers to death", "was beaten to death by
		// soldiers": a killing by assault (CAMEO 182); not "beat the
		// champion", "burned the flag". "hacked into the ministry's
		// servers" is a cyber attack (190, as the lexicon's "breached
		// the networks of"); "hacked together" and "hacked into pieces" are neither.
		if (w == "hacked" || w == "hacking") && trigger.ComputerObject(toks, k, hi) {
			tr = cyberTrigger
		}
		for x := k + 1; tr.Type == "" && x+1 < hi && x <= k+6; x++ {
			if toks[x].Kind == token.Punct {
				break
			}
			if toks[x].Lower == "to" && toks[x+1].Lower == "death" {
				tr = assaultTrigger
				break
			}
		}
		past = w != "hacking" && w != "beating" && w != "beat"
	case "gathered", "gather", "gathers", "assembled", "massed":
		// "protesters gathered outside the embassy": a crowd that
		// gathers demonstrates (CAMEO 141); delegates who gather meet.
		for x := k - 1; x >= lo && x >= k-4; x-- {
			if toks[x].Kind == token.Punct {
				break
			}
			if protesters[toks[x].Lower] {
				tr = protestTrigger
				break
			}
		}
	case "warned", "warns":
		// A warning that the speaker will act against the addressee is a
		// threat (CAMEO 13x, docs/annotating.md §13): "warned that it
		// would close the strait unless ...", "warned Pyongyang to halt
		// the tests or face sanctions"; a warning of a danger ("warned
		// that war may not be far away") stays a statement.
		if speakerWillAct(toks, k, hi) {
			tr = threatTrigger
		}
	case "asked", "told", "given", "gave", "gives", "instructed":
		// "were asked to leave the country", "gave them 48 hours to
		// leave": an expulsion (174); not "asked to leave the room".
		if trigger.LeaveCountry(toks, k, hi) {
			tr = expelTrigger
		} else if w == "instructed" && trigger.EnvoyCalledHome(toks, k, hi) {
			// "instructed its ambassador to Peru to return to Lima":
			// the envoy recalled (161).
			tr = recallTrigger
		}
		past = w != "gives"
	case "dispersed", "disperse", "dispersing", "broke", "break", "breaking":
		// Police "broke up a protest", "dispersed the demonstrators".
		x := k + 1
		if w == "broke" || w == "break" || w == "breaking" {
			if x >= hi || toks[x].Lower != "up" {
				break
			}
			x++
		}
		for ; x < hi && x <= k+5; x++ {
			if crowds[toks[x].Lower] {
				tr = repressTrigger
				break
			}
		}
	}
	if tr.Type == "" {
		return tr, false
	}
	tr.Past = past && !tr.Noun
	return tr, true
}

// sanctionOrBombPhrase is conflictPhrase for words common in running
// text, tested by the words around them before any lookup:
//   - sanctions kept in force: "decided to prolong until 28 February
//     the restrictive measures", "extended the sanctions on"; not
//     "extended the deadline for sanctions relief";
//   - "the restrictive measures against officials": the EU's name for
//     its sanctions;
//   - a bombing: "militants set off a car bomb", "set off explosives";
//     not "set off for Paris".
func sanctionOrBombPhrase(toks []token.Token, lo, hi, k int) (trigger.Trigger, bool) {
	w := toks[k].Lower
	if !sanctionOrBombFilter.May(w) || !sanctionOrBombHeads[w] && !extendVerbs[w] {
		return trigger.Trigger{}, false
	}
	switch {
	case w == "measures" && k > lo && toks[k-1].Lower == "restrictive":
		tr := sanctionTrigger
		tr.Noun = true
		return tr, true
	case w != "measures" && visaSanction(toks, lo, hi, k):
		tr := sanctionTrigger
		tr.Noun = true
		return tr, true
	case (w == "set" || w == "sets" || w == "setting") && k+1 < hi && toks[k+1].Lower == "off":
		for x := k + 2; x < hi && x <= k+5; x++ {
			if explosives[toks[x].Lower] {
				return trigger.Trigger{Type: annals.EventConflict, CAMEO: "183", Past: w == "set"}, true
			}
			if toks[x].Kind != token.Word {
				break
			}
		}
	case (strings.HasPrefix(w, "prolong") || strings.HasPrefix(w, "extend") || strings.HasPrefix(w, "renew")) && extendVerbs[w]:
		if sanctionsObject(toks, k, len(toks)) { // across an "until" clause
			tr := sanctionTrigger
			tr.Past = strings.HasSuffix(w, "ed")
			return tr, true
		}
	}
	return trigger.Trigger{}, false
}

// sanctionOrBombHeads are the words but the verbs of extendVerbs that
// open a phrase of sanctionOrBombPhrase.
var sanctionOrBombHeads = map[string]bool{"measures": true, "set": true, "sets": true, "setting": true,
	"restrictions": true, "restriction": true, "bans": true, "ban": true}

// visaSanction reports whether noun k of clause [lo, hi) is visa
// restrictions or bans aimed at someone: "imposed visa restrictions on
// 116 officials", "visa bans against the judges". Like an asset freeze
// they sanction the persons named (CAMEO 163, as the lexicon's
// "sanctions"). Restrictions for travellers ("visa restrictions for
// tourists") aim at no one, and lifting or easing them ("eased visa
// restrictions on Chinese visitors") is the opposite of a sanction.
func visaSanction(toks []token.Token, lo, hi, k int) bool {
	if k <= lo || toks[k-1].Lower != "visa" && toks[k-1].Lower != "visas" {
		return false
	}
	if k+1 >= hi || toks[k+1].Lower != "on" && toks[k+1].Lower != "against" {
		return false
	}
	for x := k - 2; x >= lo && x >= k-6; x-- {
		if easeVerbs[toks[x].Lower] {
			return false
		}
	}
	return true
}

// easeVerbs lift or soften restrictions (see visaSanction).
var easeVerbs = map[string]bool{
	"lift": true, "lifts": true, "lifted": true, "lifting": true, "ease": true, "eases": true, "eased": true, "easing": true,
	"relax": true, "relaxes": true, "relaxed": true, "relaxing": true, "scrap": true, "scraps": true, "scrapped": true, "scrapping": true,
	"waive": true, "waives": true, "waived": true, "waiving": true, "remove": true, "removes": true, "removed": true, "removing": true,
	"abolish": true, "abolishes": true, "abolished": true, "abolishing": true, "end": true, "ended": true, "ends": true, "ending": true,
}

// sanctionOrBombFilter spares sanctionOrBombPhrase the lookups of
// sanctionOrBombHeads and extendVerbs for most words.
var sanctionOrBombFilter = token.Union(token.NewFilter(sanctionOrBombHeads), token.NewFilter(extendVerbs))

// sanctionsObject reports sanctions as the object of verb k: "the
// restrictive measures", "its sanctions", "the arms embargo" within a
// few words after it, with no other noun's "for", "of" or "on" before them
// ("the deadline for sanctions relief" is no sanction).
func sanctionsObject(toks []token.Token, k, hi int) bool {
	return sanctionsObjectAt(toks, k, hi) >= 0
}

// sanctionsObjectAt returns the index of the sanctions noun that
// sanctionsObject finds, or -1.
func sanctionsObjectAt(toks []token.Token, k, hi int) int {
	for x := k + 1; x < hi && x <= k+10; x++ {
		t := toks[x]
		if t.Kind == token.Punct && t.Text != "," {
			return -1
		}
		switch t.Lower {
		case "for", "of", "on", "against", "that", "to":
			return -1
		case "sanctions", "embargo":
			if x+1 >= hi || toks[x+1].Lower != "relief" && toks[x+1].Lower != "waiver" && toks[x+1].Lower != "waivers" {
				return x
			}
			return -1
		case "measures":
			if toks[x-1].Lower == "restrictive" {
				return x
			}
			return -1
		}
	}
	return -1
}

// extendedTargets returns the states of the sanctions that verb k of
// clause c extends when they stand in a later clause ("decided to prolong
// until 31 March the restrictive measures against officials in
// Nicaragua": "until" opens a clause of its own).
func (d *doc) extendedTargets(s *mention.Sentence, c mention.Clause, k int, tr trigger.Trigger, pp []int, ps []annals.Country) []annals.Country {
	if tr != sanctionTrigger || !extendVerbs[s.Toks[k].Lower] {
		return nil
	}
	x := sanctionsObjectAt(s.Toks, k, len(s.Toks))
	if x < c.J {
		return nil
	}
	for _, o := range s.Clauses() {
		if o.I <= x && x < o.J {
			_, cs := d.participants(s, o, pp, ps, annals.EventConflict)
			return cs
		}
	}
	return nil
}

// wars name a whole armed conflict, whose killings a relative clause
// describes rather than tells as acts of their own.
var wars = map[string]bool{
	"war": true, "wars": true, "insurgency": true, "rebellion": true, "uprising": true,
}

// explosives are what is set off in a bombing.
var explosives = map[string]bool{
	"bomb": true, "bombs": true, "explosives": true, "explosive": true, "device": true,
	"devices": true, "grenade": true, "grenades": true, "mine": true, "mines": true,
}

// attackMentioned reports violent word k told only as the reference or
// the toll of an attack, not as an act: the victims ("Among those killed
// was General X", "those wounded") or the object of a claim or blame
// ("claimed responsibility for the attack", "blamed the rebels for the
// bombing").
func attackMentioned(toks []token.Token, k int) bool {
	if k > 0 && toks[k-1].Lower == "those" {
		return true
	}
	x := k - 1
	for x > 0 && x >= k-3 && toks[x].Kind == token.Word && toks[x].Lower != "for" {
		x-- // "for the suicide attack", "for Sunday's attack"
	}
	if x <= 0 || toks[x].Lower != "for" || x == k-1 {
		return false
	}
	switch toks[x-1].Lower {
	case "responsibility", "credit", "blame", "blamed", "blames", "blaming", "accused", "accuses", "responsible":
		return true
	}
	return false
}

var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true,
	"this": true, "that": true, "new": true,
}

// sanctionCues name sanctions regimes and the bodies that impose them.
var sanctionCues = map[string]bool{
	"sanctions": true, "ofac": true, "treasury": true, "treasury's": true, "blacklist": true,
	"embargo": true,
}

// dealings are the gerunds a ban bars a party from.
var dealings = map[string]bool{
	"buying": true, "selling": true, "importing": true, "exporting": true, "using": true,
	"purchasing": true, "doing": true, "trading": true, "operating": true, "supplying": true,
	"entering": true, "investing": true,
	// a ban on standing for office or on leaving: "barred the opposition
	// leader from running for office", "barred from leaving the country".
	"running": true, "standing": true, "contesting": true, "leaving": true,
}

// performative reports a verb of disapproval (CAMEO 11: "condemns",
// "denounces", "accuses") told in the simple present right after its
// named subject, outside quotes: "The United States condemns X's
// continued attacks on ...", "the ministry strongly condemns ...".
// Statements speak in the present tense; the act is the statement, made
// the day it is issued.
func performative(s *mention.Sentence, k int, tr trigger.Trigger) bool {
	if tr.Type != annals.EventConflict || tr.Past || tr.Noun || !(strings.HasPrefix(tr.CAMEO, "11") || tr.CAMEO == "174" || tr.CAMEO == "163") || s.Quoted[k] {
		return false
	}
	if w := s.Toks[k].Lower; strings.HasSuffix(w, "ing") && k > 1 && progressive[s.Toks[k-1].Lower] {
		// "Russia is expelling 23 diplomats", "it was expelling
		// diplomats": an act under way as it is announced.
		return s.Toks[k-2].Lower == "it" || subjectBefore(s, k-1)
	}
	x := k
	for x > 0 && x > k-2 && statementAdverbs[s.Toks[x-1].Lower] {
		x-- // "strongly condemns", "also accuses"; not "routinely"
	}
	if w := s.Toks[k].Lower; !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		// The plural present: "Kenya and Uganda condemn ...", "The Union
		// and its member states strongly condemn ...".
		return !tr.Past && pluralSubject(s, beforeAside(s.Toks, x))
	}
	return subjectBefore(s, x)
}

// pluralSubject reports a subject of two conjuncts joined by "and" that
// ends right before token x: two named parties ("Kenya and Uganda"), or a
// named body and its members ("the Union and its member states").
func pluralSubject(s *mention.Sentence, x int) bool {
	y := x
	if y > 2 && s.Toks[y-1].Lower == "states" && s.Toks[y-2].Lower == "member" {
		y -= 2
		if s.Toks[y-1].Lower == "its" || s.Toks[y-1].Lower == "their" {
			y--
		}
	} else if m := s.Ending(y); m >= 0 {
		y = s.Ments[m].I
	} else {
		return false
	}
	return y > 1 && s.Toks[y-1].Lower == "and" && s.Ending(y-1) >= 0
}

// perfectPassive reports an expulsion or a sanction (CAMEO 174, 163) told
// by a verb in the present perfect passive, outside quotes: "two envoys
// have been expelled", "the attaché has been declared persona non grata",
// "ten officials have been sanctioned". With no agent named, the present
// perfect still reports the act as the story's news, done by the day it is
// told; "had been expelled" and "were expelled" may be background and are
// left to the rules for past acts.
func perfectPassive(s *mention.Sentence, k int, tr trigger.Trigger) bool {
	if tr.Type != annals.EventConflict || tr.Noun || (tr.CAMEO != "174" && tr.CAMEO != "163") || s.Quoted[k] || k < 2 {
		return false
	}
	x := k - 1
	if s.Toks[x].Lower != "been" {
		return false
	}
	if x > 1 && statementAdverbs[s.Toks[x-1].Lower] {
		x-- // "have also been expelled"
	}
	w := s.Toks[x-1].Lower
	return w == "has" || w == "have"
}

var progressive = map[string]bool{"is": true, "are": true, "was": true, "were": true}

var statementAdverbs = map[string]bool{
	"also": true, "strongly": true, "firmly": true, "vehemently": true, "categorically": true,
	"unequivocally": true, "again": true, "further": true, "today": true,
}

// violable are what an armed party violates: a state's territory or a
// truce.
var violable = map[string]bool{
	"airspace": true, "border": true, "borders": true, "territory": true, "waters": true,
	"ceasefire": true, "cease-fire": true, "truce": true, "zone": true, "zones": true,
	"armistice": true, "sovereignty": true, "commitment": true, "commitments": true,
}

// crowds are what police break up or disperse.
// protesters are crowds whose gathering is a protest.
var protesters = map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "marchers": true,
	"rioters": true, "mob": true, "mobs": true,
}

var crowds = map[string]bool{
	"protest": true, "protests": true, "protesters": true, "protestors": true, "rally": true,
	"rallies": true, "demonstration": true, "demonstrations": true, "demonstrators": true,
	"march": true, "marchers": true, "crowd": true, "crowds": true, "sit-in": true,
	"gathering": true, "vigil": true,
}

// sinceSpan returns the span a conflict act k of sentence s is counted
// over: from a "since" time of the sentence to the article date, when the
// act is told in the perfect ("Since January, Syria has violated Turkish
// airspace 40 times", "have fired more than 20 missiles since May"). The
// act repeats over the span rather than happening on the day reported.
func (d *doc) sinceSpan(s *mention.Sentence, k int) (annals.TimeExpr, bool) {
	if d.dct.IsZero() || !perfectAt(s.Toks, k) {
		return annals.TimeExpr{}, false
	}
	lo, hi := d.timesIn(s.Span[0], s.Span[1])
	for _, t := range d.times[lo:hi] {
		if t.Start.IsZero() || t.Type == annals.TimeDuration || t.Type == annals.TimeSet || !t.Start.Before(d.dct) {
			continue
		}
		if d.sinceAnchor(t) && !d.firstIn(t) {
			return annals.TimeExpr{Type: annals.TimeDate, Start: t.Start, End: d.dct}, true
		}
	}
	return annals.TimeExpr{}, false
}

// perfectAt reports a verb k in the present perfect: "has violated",
// "have repeatedly fired".
func perfectAt(toks []token.Token, k int) bool {
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		switch w := toks[x].Lower; {
		case w == "has" || w == "have":
			return true
		case strings.HasSuffix(w, "ly") || w == "also" || w == "already":
		default:
			return false
		}
	}
	return false
}

// quotedAct reports a word k inside quotation marks that can tell an act
// of conflict the speaker reports as fact: a verb right after a named
// state, over "has" or "have" ("Iraq has violated the no-fly zones more
// than 100 times," Cohen said). Other quoted words are the speaker's
// views, plans and conditions; the caller keeps only past conflict verbs.
func quotedAct(s *mention.Sentence, k int) bool {
	if k == 0 || s.Toks[k].Kind != token.Word {
		return false
	}
	x := k
	if s.Toks[x-1].Lower == "has" || s.Toks[x-1].Lower == "have" {
		x--
	}
	m := s.Ending(x)
	return m >= 0 && s.Ments[m].Kind == mention.Country && s.Quoted[s.Ments[m].I]
}

// quotedStates returns the states named inside quotation marks in clause
// c of s, the parties of a quoted act (see quotedAct), which the
// participants of unquoted text leave out.
func (d *doc) quotedStates(s *mention.Sentence, c mention.Clause) []annals.Country {
	var out []annals.Country
	for _, m := range s.Ments {
		if m.I < c.I || m.J > c.J || !s.Quoted[m.I] || m.Kind != mention.Country || !d.countsAsState(m) || locator(s, m) {
			continue
		}
		if !slices.Contains(out, m.Country) {
			out = append(out, m.Country)
		}
	}
	return out
}

// gappedStates returns the states of the gapped conjuncts after trigger
// k of s, which share its verb and name only a party and a count:
// "Germany expelled four Russian diplomats, Poland three and Italy two".
// Each state did what the verb says; the list is one happening.
func gappedStates(s *mention.Sentence, k int) []annals.Country {
	var out []annals.Country
	toks := s.Toks
	for _, m := range s.Ments {
		if m.I <= k+1 || m.Kind != mention.Country || s.Quoted[m.I] || m.J >= len(toks) {
			continue
		}
		b := m.I - 1
		if toks[b].Lower == "the" && b > k+1 {
			b-- // ", the Czech Republic three"
		}
		if w := toks[b].Lower; w != "," && w != "and" {
			continue
		}
		if n := toks[m.J]; n.Kind != token.Number && !countWords[n.Lower] {
			continue
		}
		if m.J+1 < len(toks) {
			if a := toks[m.J+1].Lower; a != "," && a != "and" && a != "." && a != ";" {
				continue
			}
		}
		if !slices.Contains(out, m.Country) {
			out = append(out, m.Country)
		}
	}
	return out
}

var countWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"dozen": true, "more": true, "others": true,
}

// sanctionStory reports a sentence that names sanctions or a body that
// imposes them.
func sanctionStory(toks []token.Token) bool {
	for _, t := range toks {
		if sanctionCues[t.Lower] {
			return true
		}
	}
	return false
}

// stateOwned reports words before "assets" that make them a state's: a
// demonym or name ("Venezuelan", "Iraqi", "Libya's") or "government".
func stateOwned(ws []token.Token) bool {
	for _, t := range ws {
		if t.IsCap() || t.Lower == "government" || t.Lower == "state" {
			return true
		}
	}
	return false
}

// attackers are nouns for the doers of an attack that, with a definite
// determiner, point back to an attack told before ("killed all of the
// attackers").
var attackers = map[string]bool{"attackers": true, "assailants": true, "bombers": true}

// definiteAttack reports a definite noun of violence in the sentence: a
// violent noun trigger or a word for its doers right after "the", "this"
// or "that", or one word after it ("the attack", "the hotel attack",
// "the attackers"). Such a noun names an attack the reader already knows.
func definiteAttack(toks []token.Token) bool {
	return definiteNoun(toks, func(w string) bool {
		tr, ok := trigger.Lookup(w)
		return ok && tr.Noun && violent(tr) || attackers[w]
	})
}

// documents are nouns for a signed text that the trigger lexicon lacks.
var documents = map[string]bool{"mou": true, "memorandum": true, "pact": true}

// definiteAccord reports a definite noun of a signed agreement in the
// sentence ("the MOU was signed by ...", "the accord"): the agreement the
// reader already knows.
func definiteAccord(toks []token.Token) bool {
	return definiteNoun(toks, func(w string) bool {
		tr, ok := trigger.Lookup(w)
		return ok && tr.Noun && tr.CAMEO == "057" && w != "signing" || documents[w]
	})
}

// definiteNoun reports a word the predicate accepts right after "the",
// "this" or "that", or one word after it.
func definiteNoun(toks []token.Token, noun func(string) bool) bool {
	for x := 1; x < len(toks); x++ {
		if !noun(toks[x].Lower) {
			continue
		}
		for y := x - 1; y >= 0 && y >= x-2; y-- {
			if toks[y].Kind != token.Word {
				break
			}
			if d := toks[y].Lower; d == "the" || d == "this" || d == "that" {
				return true
			}
			if _, trig := trigger.Lookup(toks[y].Lower); trig {
				break
			}
		}
	}
	return false
}

// attackDated returns the determiner opening violent noun k when a day
// follows the noun ("condemned the attack on Wednesday against the UN
// mission"): the attack is a happening of its own, on that day, besides
// the condemnation; -1 otherwise.
//
// A day right after the noun dates it too when the noun's phrase goes on
// after the day ("condemns the attack today on a UN camp in Kidal"): the
// day stands inside the phrase. Without that ("condemned the attack
// Monday, saying ...") the day is the condemnation's.
func (d *doc) attackDated(s *mention.Sentence, k int) int {
	if k == 0 || k+2 >= len(s.Toks) || !determiners[s.Toks[k-1].Lower] {
		return -1
	}
	if s.Toks[k+1].Lower == "on" {
		if d.dateAt(s.Toks[k+2].Begin) != nil {
			return k - 1
		}
		return -1
	}
	t := d.dateAt(s.Toks[k+1].Begin)
	if t == nil {
		return -1
	}
	for x := k + 1; x < len(s.Toks); x++ {
		if s.Toks[x].Begin < t.Span[1] {
			continue
		}
		if attackTargetPreps[s.Toks[x].Lower] {
			return k - 1
		}
		break
	}
	return -1
}

// attackTargetPreps go on with a noun of violence past a day set inside
// its phrase: "the attack today on", "the bombing yesterday in".
var attackTargetPreps = map[string]bool{"on": true, "against": true, "in": true, "at": true, "near": true}

// dateAt returns the dated time expression starting at byte b, or nil.
func (d *doc) dateAt(b int) *annals.TimeExpr {
	for i := range d.times {
		t := &d.times[i]
		if t.Span[0] == b && !t.Start.IsZero() && t.Type == annals.TimeDate {
			return t
		}
		if t.Span[0] > b {
			break
		}
	}
	return nil
}

// incidentTime returns the day of the incident told last (doc.mainAttack)
// for an act of violence of trigger tr, told in clause c of sentence si
// after the incident's sentence: "Five soldiers were killed in the July
// 8 attack on a convoy ... Militants ambushed the convoy near the border"
// retells the attack, and the day the story gave it is its day, not the
// article's or a speaker's. A sign of one more incident ("another
// convoy", "a second attack", "attacked again", "a new assault") makes
// it an act of its own, and ok is false; so it is for what is not an act
// of violence, and for the verb k of a clause that names an act of
// violence of its own ("a rocket attack on Friday killed 19 soldiers").
func (d *doc) incidentTime(si int, s *mention.Sentence, c mention.Clause, k int, tr trigger.Trigger) (annals.TimeExpr, bool) {
	a := d.mainAttack
	if a.Type == "" || si <= d.mainAttackSent || tr.Type != annals.EventConflict || !violentCode(tr.CAMEO) {
		return annals.TimeExpr{}, false
	}
	for x := c.I; x < c.J; x++ {
		if newIncident[s.Toks[x].Lower] {
			return annals.TimeExpr{}, false
		}
	}
	for x := range s.Toks {
		if o, ok := trigger.Lookup(s.Toks[x].Lower); ok && x != k && o.Noun && violent(o) {
			// "A rocket attack on Friday killed 19 soldiers and wounded
			// 93": the verbs tell what the attack named with them did.
			return annals.TimeExpr{}, false
		}
	}
	return annals.TimeExpr{Type: annals.TimeDate, Value: a.Time, Start: a.Start, End: a.End}, true
}

// newIncident are the words that tell one more act rather than the one
// told before: "another", "a second attack", "again", "a new assault".
var newIncident = map[string]bool{
	"another": true, "second": true, "third": true, "again": true, "new": true, "fresh": true,
	"separate": true, "separately": true, "also": true, "further": true, "more": true,
	"previous": true, "earlier": true, "later": true, "latest": true, "other": true,
}

// condemnedAttack gives a condemnation c (CAMEO 10-14) of a definite
// attack that its sentence does not tell ("The Council condemned the
// hotel attack") the states of the last act of violence told before: the
// attack the reader knows. It then notes c itself as the last such act
// when it is one.
func (d *doc) condemnedAttack(s *mention.Sentence, c *cand) {
	switch {
	case c.ev.Type != annals.EventConflict:
	case violentCode(c.ev.CAMEO) && len(c.ev.Countries) > 0:
		d.lastAttack = c.ev
	case verbalConflict(c.ev.CAMEO) && len(c.ev.Countries) == 0 && len(d.lastAttack.Countries) > 0 && definiteAttack(s.Toks):
		c.ev.Countries = slices.Clone(d.lastAttack.Countries)
	}
}

// rallyTrigger types a protest told by a crowd rallying (CAMEO 141,
// demonstrate or rally).
var rallyTrigger = trigger.Trigger{Type: annals.EventConflict, CAMEO: "141"}

// rallyVerbs tell people gathering in protest when their subject is a
// crowd (see crowdRallied).
var rallyVerbs = map[string]bool{
	"rallied": true, "rally": true, "rallies": true, "demonstrated": true, "demonstrate": true,
	// A crowd marching or picketing: "thousands marched through the
	// capital", "workers picketed the embassy".
	"marched": true, "march": true, "picketed": true, "picket": true,
}

// crowdRallied reports a rally verb at k whose subject, the words just
// before it in the clause (from lo, over a number and at most an adverb),
// is a crowd of people: "Up to 15,000 opposition supporters also rallied
// Wednesday", "thousands of students demonstrated". Markets and
// currencies rally too ("stocks rallied"), and "rallied behind" or
// "rallied to" a leader is support, not protest.
func crowdRallied(toks []token.Token, lo, k int) bool {
	if k+1 < len(toks) {
		switch toks[k+1].Lower {
		case "behind", "around", "round", "to", "for", "back", "from", "in":
			if toks[k+1].Lower != "in" || k+2 >= len(toks) || !toks[k+2].IsCap() {
				return false // "rallied in late trade"; "rallied in Nis" stays
			}
		}
	}
	for x := k - 1; x >= lo && x >= k-3; x-- {
		w := toks[x].Lower
		if rallyAdverbs[w] {
			continue
		}
		return rallyCrowds[w]
	}
	return false
}

var rallyAdverbs = map[string]bool{"also": true, "again": true, "later": true, "then": true, "peacefully": true, "have": true, "had": true, "has": true}

// rallyCrowds are people who rally in protest.
var rallyCrowds = map[string]bool{
	"supporters": true, "protesters": true, "protestors": true, "demonstrators": true,
	"students": true, "workers": true, "activists": true, "residents": true, "people": true,
	"thousands": true, "hundreds": true, "farmers": true, "followers": true, "opponents": true,
	"unionists": true, "villagers": true, "citizens": true, "women": true, "crowds": true,
}

// decideVerbs put sanctions in force: "agreed to impose sanctions",
// "agreed to adopt new sanctions".
var decideVerbs = map[string]bool{
	"impose": true, "adopt": true, "slap": true, "introduce": true, "levy": true, "apply": true,
}

// agreedSanctions returns the sanctions noun of an agreement's complement
// at to that puts them in force ("to impose new sanctions on", "to adopt
// restrictive measures against"), or -1 ("to lift the sanctions", "to
// discuss sanctions" decide no sanctions).
func agreedSanctions(toks []token.Token, to, hi int) int {
	if to < 0 || to+1 >= hi || toks[to].Lower != "to" || !decideVerbs[toks[to+1].Lower] {
		return -1
	}
	return sanctionsObjectAt(toks, to+1, hi)
}

// sanctionsList reports a clause c that opens with ", including" after
// a sanctions noun of its sentence ("sanctions against X, including asset
// freezes"): it lists the sanctions told, no further ones.
func sanctionsList(toks []token.Token, c mention.Clause) bool {
	return c.I+1 < c.J && toks[c.I].Text == "," && toks[c.I+1].Lower == "including" && sanctionsNamed(toks[:c.I])
}

// sanctionsNamed reports a sanctions noun among toks: "sanctions", "an
// embargo", "restrictive measures".
func sanctionsNamed(toks []token.Token) bool {
	for x, t := range toks {
		switch t.Lower {
		case "sanctions", "embargo":
			return true
		case "measures":
			if x > 0 && toks[x-1].Lower == "restrictive" {
				return true
			}
		}
	}
	return false
}

// speakerWillAct reports the complement of warning verb k, within the
// clause [.., hi) and the next twenty words, as an act of the speaker's
// own: a pronoun subject with "will" or "would" and a verb of doing
// ("that it would retaliate", "they will strike back"), or a demand
// with its price ("to withdraw or face sanctions").
func speakerWillAct(toks []token.Token, k, hi int) bool {
	end := min(len(toks), k+20)
	for x := k + 1; x+2 < end; x++ {
		w := toks[x].Lower
		if w == "or" && (toks[x+1].Lower == "face" || toks[x+1].Lower == "else") {
			return true // "to halt the tests or face sanctions"
		}
		if !speakerPronouns[w] || x > hi+1 && toks[x-1].Lower != "that" {
			continue
		}
		m := toks[x+1].Lower
		if m != "will" && m != "would" && m != "'ll" {
			continue
		}
		v := toks[x+2].Lower
		if v == "not" && x+3 < end && toks[x+3].Lower == "hesitate" {
			return true // "would not hesitate to respond"
		}
		return toks[x+2].Kind == token.Word && !stateVerbs[v]
	}
	return false
}

// speakerPronouns may stand for the speaker of a warning as the subject
// of what it warns of.
var speakerPronouns = map[string]bool{"it": true, "they": true, "we": true, "he": true, "she": true, "i": true}

// stateVerbs after "would" tell a state or a happening, not an act of
// the subject's: "it would be a mistake", "they would lose out".
var stateVerbs = map[string]bool{
	"be": true, "become": true, "remain": true, "have": true, "need": true, "not": true, "seem": true,
	"lose": true, "suffer": true, "fail": true, "likely": true, "probably": true, "also": true, "continue": true,
}

// resultOfAttack dates the violent acts of a participle clause that tells
// what the act of the clause before it did (", killing four soldiers",
// ", wounding 12"): "Gunmen attacked a convoy on July 8, killing four
// soldiers" is one incident on July 8, whatever later day the story
// tells as its news. Only an act dated by the article-date default takes
// the day; prev holds the events of the clause before c.
func resultOfAttack(s *mention.Sentence, c mention.Clause, prev, evs []cand) {
	x := c.I // the participle, after the comma that opens the clause
	if x < len(s.Toks) && s.Toks[x].Text == "," {
		x++
	}
	if x == 0 || x >= c.J || s.Toks[x-1].Text != "," || !strings.HasSuffix(s.Toks[x].Lower, "ing") {
		return
	}
	var act *cand
	for i := range prev {
		if p := &prev[i]; p.ev.Type == annals.EventConflict && violentCode(p.ev.CAMEO) && !p.weak && !p.ev.Interval().IsZero() {
			act = p
		}
	}
	if act == nil {
		return
	}
	for i := range evs {
		e := &evs[i]
		if e.weak && e.order == s.Toks[x].Begin && e.ev.Type == annals.EventConflict && violentCode(e.ev.CAMEO) && e.ev.Status == act.ev.Status {
			e.ev.Start, e.ev.End, e.ev.Time = act.ev.Start, act.ev.End, act.ev.Time
			e.weak = false
		}
	}
}

// streetScene returns the state where a protest or its breaking up by
// unnamed parties took place: the state sentence s names, else the state
// of the place the story named last before it ("Gunmen attacked a convoy
// in Dhaka on Saturday. ... Police used tear gas to disperse crowds on
// Sunday": the police of the city the story is in),
// else the scene's fallbacks. Crowds and riot police are local; the
// story's principal state may be that of a visiting envoy.
func (d *doc) streetScene(s *mention.Sentence, pp []int, ps []annals.Country) []annals.Country {
	if _, cs := d.participants(s, mention.Clause{I: 0, J: len(s.Toks)}, pp, ps, annals.EventConflict); len(cs) > 0 {
		return cs[:1]
	}
	for _, m := range s.Ments {
		if m.Kind == mention.Place && m.Country != "" && !mention.Macro(m.Entry) {
			return []annals.Country{m.Country}
		}
	}
	if d.sentIndex < len(d.sents) && d.sents[d.sentIndex] == s {
		for i := d.sentIndex - 1; i >= 0; i-- {
			ms := d.sents[i].Ments
			for x := len(ms) - 1; x >= 0; x-- {
				if m := ms[x]; m.Kind == mention.Place && m.Country != "" && !mention.Macro(m.Entry) {
					return []annals.Country{m.Country}
				}
			}
		}
	}
	return d.scene(s, pp, ps)
}

// declaredTrigger reads "declared" as expelling ("declared the attaché
// persona non grata") or as an administrative sanction ("declared the
// firm a national security risk").
func declaredTrigger(toks []token.Token, k, hi int) trigger.Trigger {
	for x := k + 1; x+1 < hi && x <= k+10; x++ {
		if toks[x].Lower == "persona" && toks[x+1].Lower == "non" {
			return expelTrigger
		}
		if (toks[x].Lower == "security" || toks[x].Lower == "national-security") && (toks[x+1].Lower == "risk" || toks[x+1].Lower == "threat") {
			return restrictTrigger
		}
	}
	return trigger.Trigger{}
}

// blacklisting reports whether verb k (named, labelled, designated,
// declared) puts its object on a blacklist that brings measures with it
// (CAMEO 172, as "declared the firm a national security risk"): "named
// Vietnam a currency manipulator", "designated the group a foreign
// terrorist organisation", "labelled Cuba a state sponsor of terrorism".
// The blacklist's name must follow within a few words, with "a", "an" or
// "as" before it; "named a new envoy" and "was named a minister" are no
// such thing.
func blacklisting(toks []token.Token, k, hi int) bool {
	for x := k + 1; x+1 < hi && x <= k+8; x++ {
		t := toks[x]
		if t.Kind == token.Punct && t.Text != "-" && t.Text != "'" {
			return false
		}
		if t.Lower != "a" && t.Lower != "an" && t.Lower != "as" {
			continue
		}
		y := x + 1
		if t.Lower == "as" && y < hi && (toks[y].Lower == "a" || toks[y].Lower == "an") {
			y++
		}
		for ; y < hi && y <= x+4; y++ {
			w := toks[y].Lower
			switch {
			case w == "manipulator" && toks[y-1].Lower == "currency":
				return true
			case w == "sponsor" && y+2 < hi && toks[y+1].Lower == "of" && (toks[y+2].Lower == "terrorism" || toks[y+2].Lower == "terror"):
				return true
			case terrorLists[w] && (toks[y-1].Lower == "terrorist" || toks[y-1].Lower == "terror"):
				return true
			}
		}
		return false
	}
	return false
}

// terrorLists head the names of terrorist blacklists ("a terrorist
// organisation", "a foreign terrorist organization", "a terror group").
var terrorLists = map[string]bool{
	"organisation": true, "organization": true, "group": true, "entity": true, "outfit": true,
}

// accuseTrigger is an accusation (CAMEO 112, as the lexicon's "accused").
var accuseTrigger = trigger.Trigger{Type: annals.EventConflict, CAMEO: "112"}

// attributedAttack adds to the events evs of clause c the accusation a
// reported attribution makes: "Russia was behind a cyber attack launched
// against the parliament in August, the foreign minister said on
// Tuesday" tells the attack (dated August) and the minister's charge,
// dated by the saying (conflict includes accusations, SCHEMA.md; the
// lexicon's "accused" is CAMEO 112). The attribution is a party that
// "was behind", "stood behind" or "was responsible for" the act of
// violence; the saying's day closes the sentence (attributedDay) and
// differs from the attack's interval, else the one event tells both.
func (d *doc) attributedAttack(s *mention.Sentence, c mention.Clause, evs []cand) []cand {
	var attack *cand
	for i := range evs {
		if e := &evs[i]; e.ev.Type == annals.EventConflict && violentCode(e.ev.CAMEO) && e.ev.Status == annals.StatusOccurred && len(e.ev.Countries) >= 2 {
			attack = e
			break
		}
	}
	if attack == nil || !attributionIn(s.Toks, c.I, c.J) {
		return evs
	}
	t, ok := d.attributedDay(s, c)
	if !ok && (d.dct.IsZero() || !reportedAfter(s.Toks, c.J)) {
		return evs
	}
	ev := annals.Event{Type: annals.EventConflict, CAMEO: accuseTrigger.CAMEO, Status: annals.StatusOccurred,
		Actors: []string{}, Countries: slices.Clone(attack.ev.Countries), Evidence: attack.ev.Evidence, Span: attack.ev.Span}
	d.dateBy(&ev, t, ok) // "..., the minister said.": the story's day
	if attack.ev.Interval().Overlaps(ev.Interval()) {
		return evs
	}
	return append(evs, cand{ev: ev, sent: attack.sent, order: attack.order + 1})
}

// reportedAfter reports a reporting verb ("said", "told") after token j,
// closing a sentence's report ("..., the minister said").
func reportedAfter(toks []token.Token, j int) bool {
	for x := j; x < len(toks); x++ {
		if reporting[toks[x].Lower] {
			return true
		}
	}
	return false
}

// attributionIn reports a party said to stand behind an act in tokens
// [lo, hi): "was behind", "were behind", "stood behind", "is responsible
// for". "rallied behind" and "stood behind the president" back a
// leader; the act must follow within a few words as a noun of violence.
func attributionIn(toks []token.Token, lo, hi int) bool {
	for k := lo + 1; k+1 < hi; k++ {
		w := toks[k].Lower
		var from int
		switch {
		case w == "behind" && attributionVerbs[toks[k-1].Lower]:
			from = k + 1
		case w == "responsible" && attributionVerbs[toks[k-1].Lower] && toks[k+1].Lower == "for":
			from = k + 2
		default:
			continue
		}
		for x := from; x < hi && x <= from+5; x++ {
			if toks[x].Kind == token.Punct {
				break
			}
			if attributedActs[toks[x].Lower] {
				return true
			}
		}
	}
	return false
}

// attributionVerbs stand before "behind" or "responsible" in an
// attribution (see attributionIn).
var attributionVerbs = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "been": true, "be": true,
	"stood": true, "stands": true, "stand": true,
}

// attributedActs are the acts an attribution charges someone with.
var attributedActs = map[string]bool{
	"attack": true, "attacks": true, "cyberattack": true, "cyberattacks": true, "cyber-attack": true,
	"cyber-attacks": true, "hacking": true, "hack": true, "bombing": true, "bombings": true,
	"killing": true, "killings": true, "assassination": true, "intrusion": true, "breach": true,
	"ambush": true, "raid": true, "strike": true, "strikes": true, "massacre": true, "blast": true,
}

// continuedProtest returns the length in days of a protest (CAMEO 14x)
// told as going on by the noun at k after a verb of continuing in clause
// [lo, ...): "thousands continue a week-long protest" (7), "students
// continued their sit-in" (1, the story's day). It returns 0 when the
// noun is no such object. A protest going on is under way on the story's
// day, begun as long before as its length tells.
func continuedProtest(toks []token.Token, lo, k int, tr trigger.Trigger) int {
	if tr.Type != annals.EventConflict || !tr.Noun || !strings.HasPrefix(tr.CAMEO, "14") {
		return 0
	}
	days := 1
	for x := k - 1; x >= lo && x >= k-5; x-- {
		w := toks[x].Lower
		switch {
		case continueVerbs[w]:
			return days
		case determiners[w] || w == "their" || w == "its" || w == "his" || w == "her" || w == "-" || w == "street" || w == "mass" || w == "nationwide":
		case strings.HasSuffix(w, "-long") || strings.HasSuffix(w, "-day") || strings.HasSuffix(w, "-week") || strings.HasSuffix(w, "-month") || w == "long" || w == "day" || w == "week" || w == "month" || w == "days" || w == "weeks":
			if n := spanDays(toks, lo, x); n > days {
				days = n
			}
		default:
			if toks[x].Kind == token.Number || numberWords[w] > 0 {
				continue
			}
			return 0
		}
	}
	return 0
}

// continueVerbs tell an act going on (see continuedProtest).
var continueVerbs = map[string]bool{
	"continue": true, "continues": true, "continued": true, "continuing": true,
	"extended": true, "extend": true, "extends": true, "extending": true, "resumed": true, "kept": true,
}

// numberWords are the small numbers that count days or weeks.
var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// spanDays reads the length in days of a compound ending at token x:
// "week-long" 7, "two-week" 14, "three-day" 3, "month-long" 30, "10-day"
// 10 (the number may stand as its own token before a hyphen).
func spanDays(toks []token.Token, lo, x int) int {
	w := toks[x].Lower
	unit := 0
	switch {
	case strings.Contains(w, "week"):
		unit = 7
	case strings.Contains(w, "month"):
		unit = 30
	case strings.Contains(w, "day"):
		unit = 1
	default:
		// "long" after the unit as its own token ("two-week long",
		// "week - long"): the length is that of the word right before
		// it, over a hyphen. A unit further back ("on Monday", "after
		// weeks of talks", "at the weekend") is no part of the compound.
		y := x - 1
		if y >= lo && toks[y].Lower == "-" {
			y--
		}
		if y >= lo {
			if v := toks[y].Lower; strings.Contains(v, "week") || strings.Contains(v, "month") || strings.Contains(v, "day") {
				return spanDays(toks, lo, y)
			}
		}
		return 0
	}
	n := 1
	head, _, _ := strings.Cut(w, "-")
	if v, ok := numberWords[head]; ok {
		n = v
	} else if v, err := strconv.Atoi(head); err == nil && v > 0 && v < 100 {
		n = v
	} else {
		for y := x - 1; y >= lo && y >= x-2; y-- {
			t := toks[y].Lower
			if t == "-" {
				continue
			}
			if v, ok := numberWords[t]; ok {
				n = v
			} else if v, err := strconv.Atoi(t); err == nil && v > 0 && v < 100 {
				n = v
			}
			break
		}
	}
	return n * unit
}

// attackOwnParties keeps to the attack e, told in the phrase np after a
// condemnation of it in the same clause (out), the parties of its own
// phrase: "The African Union condemned the attack on a police post in
// Diffa, Niger" is an attack in Niger, which the Union only condemned.
// The condemner, borrowed when the phrase names no attacker, is dropped,
// and a phrase with no state of its own takes the state of the place it
// names.
func (d *doc) attackOwnParties(s *mention.Sentence, np mention.Clause, out []cand, e *cand) {
	if e.ev.Type != annals.EventConflict || !violentCode(e.ev.CAMEO) {
		return
	}
	condemned := false
	for _, o := range out {
		if o.ev.Type != annals.EventConflict || !verbalConflict(o.ev.CAMEO) || o.sent != e.sent {
			continue
		}
		condemned = true
		e.ev.Actors = slices.DeleteFunc(e.ev.Actors, func(a string) bool {
			return slices.Contains(o.ev.Actors, a) && !d.namedIn(s, np, a)
		})
	}
	if !condemned || len(e.ev.Countries) > 0 {
		return
	}
	for _, m := range s.Ments {
		if m.I >= np.I && m.J <= np.J && (m.Kind == mention.Place || m.Kind == mention.Country) && m.Country != "" && !mention.Macro(m.Entry) {
			e.ev.Countries = append(e.ev.Countries, m.Country)
			return
		}
	}
}

// namedIn reports whether the person or organisation name is mentioned
// within the tokens of c.
func (d *doc) namedIn(s *mention.Sentence, c mention.Clause, name string) bool {
	for _, m := range s.Ments {
		if m.I < c.I || m.J > c.J {
			continue
		}
		if m.Kind == mention.Org && m.Name == name || m.Kind == mention.Person && !m.Pronoun && m.PersonIndex >= 0 && m.PersonIndex < len(d.persons) && d.persons[m.PersonIndex] != nil && d.persons[m.PersonIndex].Name == name {
			return true
		}
	}
	return false
}

// listedTargets reports a measure at k aimed "on" or "against" a group of
// officials or bodies: "an asset freeze on 12 Belarusian officials",
// "against three state banks". A court's freeze "on the former chairman"
// names no such group.
func listedTargets(toks []token.Token, k, hi int) bool {
	if k+1 >= hi || toks[k+1].Lower != "on" && toks[k+1].Lower != "against" {
		return false
	}
	for x := k + 2; x < hi && x <= k+7; x++ {
		if toks[x].Kind == token.Punct {
			return false
		}
		if targetGroups[toks[x].Lower] {
			return true
		}
	}
	return false
}

// targetGroups are the plural bodies sanctions list (see listedTargets).
var targetGroups = map[string]bool{
	"officials": true, "individuals": true, "entities": true, "companies": true, "firms": true,
	"banks": true, "persons": true, "members": true, "generals": true, "oligarchs": true, "judges": true,
}

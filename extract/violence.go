package extract

import (
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
	return tr.Type == annals.EventConflict && len(tr.CAMEO) == 3 && tr.CAMEO != "192" &&
		(strings.HasPrefix(tr.CAMEO, "18") || strings.HasPrefix(tr.CAMEO, "19") || strings.HasPrefix(tr.CAMEO, "20"))
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
	}
	return false
}

var armedWords = map[string]bool{
	"militants": true, "militant": true, "gunmen": true, "gunman": true, "insurgents": true,
	"insurgent": true, "rebels": true, "rebel": true, "guerrillas": true, "guerrilla": true,
	"fighters": true, "terrorists": true, "terrorist": true, "bombers": true, "bomber": true,
	"troops": true, "soldiers": true, "forces": true, "army": true, "police": true,
	"militia": true, "militias": true, "separatists": true, "jihadists": true, "extremists": true,
	"bomb": true, "bombs": true, "explosives": true, "suicide": true, "grenade": true,
	"grenades": true, "rockets": true, "rocket": true, "missiles": true, "missile": true,
	"mortar": true, "mortars": true, "artillery": true, "shells": true, "gunfire": true,
	"airstrike": true, "airstrikes": true, "drone": true, "drones": true, "attack": true,
	"attacks": true, "attackers": true, "ambush": true, "raid": true, "offensive": true,
	"battalion": true, "brigade": true, "brigades": true, "warplanes": true, "tanks": true,
	// Armed craft: "two helicopters opened fire", "jets bombed".
	"helicopters": true, "helicopter": true, "gunships": true, "gunship": true, "jets": true,
	"warships": true, "warship": true, "gunboats": true, "gunboat": true, "fighter": true,
}

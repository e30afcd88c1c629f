package extract

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/person"
	"github.com/annals-project/annals/extract/token"
	"github.com/annals-project/annals/extract/trigger"
)

// attackTarget reports an organisation named as what a violent act is
// aimed at: the noun phrase after "on", "against" or "targeting" that
// follows a noun or verb of violence ("attacks against vehicles of the
// UN mission", "an attack on Wednesday against AU facilities"). The
// seen sets list the attackers of such an attack as its actors and the
// body attacked not at all (gold7 xinhua-unsc-mali-minusma-2021, gold10
// xinhua-unsc-leer-attack-2017 and un-sg-mali-minusma-attacks-2017, among
// others; against that, three events list the body attacked too). The
// body's state, if it has one, stays among the event's states: SCHEMA
// lists both the acting and the target state.
func attackTarget(s *mention.Sentence, m mention.Mention) bool {
	toks := s.Toks
	if m.I >= 2 && toks[m.I-1].Text == "(" && m.J < len(toks) && toks[m.J].Text == ")" {
		// "against vehicles of the UN Mission in Liberia (UNMIL)": the
		// acronym stands for the name before it.
		if e := s.Ending(m.I - 1); e >= 0 {
			return attackTarget(s, s.Ments[e])
		}
	}
	x := m.I - 1
	// The head of the noun phrase the organisation ends: "vehicles of
	// the", "the UN's", "camps of".
	for ; x >= 0 && x >= m.I-5; x-- {
		t := toks[x]
		if targetPreps[t.Lower] {
			break
		}
		if t.Kind != token.Word || t.IsCap() || s.Quoted[x] {
			if t.Text != "'s" && t.Text != "’s" && t.Text != "-" {
				return false
			}
		}
		if person.IsSpeechVerb(t.Lower) {
			return false
		}
		if _, ok := trigger.Lookup(t.Lower); ok {
			return false // "attacks on Gaza that killed the UN's ..."
		}
	}
	if x < 1 || !targetPreps[toks[x].Lower] {
		return false
	}
	// A noun or verb of violence a few words before, with no clause
	// break between: "the attacks perpetrated on Saturday against".
	for y := x - 1; y >= 0 && y >= x-4; y-- {
		t := toks[y]
		if t.Kind != token.Word {
			return false
		}
		if tr, ok := trigger.Lookup(t.Lower); ok && violent(tr) || attackNouns[t.Lower] {
			return true
		}
	}
	return false
}

// targetPreps open the phrase naming what an attack is aimed at.
var targetPreps = map[string]bool{"on": true, "against": true, "targeting": true, "targetting": true}

// attackNouns are nouns of violence that aim at a target, whether or not
// the trigger lexicon types them.
var attackNouns = map[string]bool{
	"attack": true, "attacks": true, "assault": true, "assaults": true, "raid": true, "raids": true,
	"strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "ambush": true,
	"ambushes": true, "shelling": true, "bombing": true, "bombings": true, "offensive": true,
}

// speechAfter reports a verb of saying that a mention ending at token j
// is the subject of, directly ("X said") or past what the mention's
// phrase goes on with: a bracketed acronym ("the UN Mission in Liberia
// (UNMIL) said") or an apposition ("Jane Doe, a spokeswoman for the
// mission, said"). It returns the verb's index, or -1. The mention is a
// speaker's: the act reported is evidence of an event, not one of the
// speaker's or the speaker's body's.
func speechAfter(toks []token.Token, j int) int {
	x := j
	if x < len(toks) && x > 0 && toks[x].Text == ")" && toks[x-1].IsAllCaps() {
		x++ // the acronym in brackets: "the UN Mission in Liberia (UNMIL), said"
	} else if x < len(toks) && toks[x].Text == "(" {
		y := x + 1
		for y < len(toks) && y <= x+6 && toks[y].Text != ")" {
			y++
		}
		if y >= len(toks) || toks[y].Text != ")" {
			return -1
		}
		x = y + 1
	}
	if x >= len(toks) {
		return -1
	}
	if person.IsSpeechVerb(toks[x].Lower) {
		return x
	}
	if toks[x].Text != "," || x+1 >= len(toks) {
		return -1
	}
	if person.IsSpeechVerb(toks[x+1].Lower) && x > j {
		// "the UN Mission in Liberia (UNMIL), said": the comma closes an
		// apposition the mention stands in.
		return x + 1
	}
	if !appositionOpeners[toks[x+1].Lower] {
		return -1
	}
	for y := x + 2; y < len(toks) && y <= x+16; y++ {
		switch toks[y].Text {
		case ",":
			if y+1 < len(toks) && person.IsSpeechVerb(toks[y+1].Lower) {
				return y + 1
			}
			return -1
		case ";", ".", "\"", "“", "”":
			return -1
		}
	}
	return -1
}

// appositionOpeners open an apposition that describes the noun before it
// ("X, a spokesman for ...", "X, the agency's chief, said").
var appositionOpeners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true}

// nameState returns the state an organisation's name places it in after
// "in" ("the UN Mission in South Sudan", "the Interim Force in Lebanon"),
// or "". Such a body works in that state, which is involved in what the
// body does or suffers, as when the name's words were matched apart.
func (d *doc) nameState(s *mention.Sentence, m mention.Mention) annals.Country {
	for k := m.I + 1; k+1 < m.J; k++ {
		if s.Toks[k].Text != "in" {
			continue
		}
		x := k + 1
		if s.Toks[x].Lower == "the" && x+1 < m.J {
			x++
		}
		n, es := d.g.Lookup(s.Toks[:m.J], x)
		if n > 0 && x+n == m.J {
			for _, e := range es {
				if e.Kind == gazetteer.CountryName && e.Country != "" {
					return e.Country
				}
			}
		}
	}
	return ""
}

// victimOrg reports an organisation whose members, vehicles or camp are
// the subject of a passive verb of violence: "Nine UN peacekeepers were
// killed", "an AU convoy was ambushed", "a convoy of the mission was
// ambushed". The body suffers the act; the
// seen sets list such victims' bodies as no actors (gold6
// kaaf-tasnim-unsc-mali-2019, gold7 and gold8 on Kidal), only their
// states.
func victimOrg(s *mention.Sentence, m mention.Mention) bool {
	toks := s.Toks
	if m.I >= 2 && toks[m.I-1].Text == "(" && m.J < len(toks) && toks[m.J].Text == ")" {
		if e := s.Ending(m.I - 1); e >= 0 {
			return victimOrg(s, s.Ments[e]) // the acronym of the name before
		}
	}
	x := m.J
	if y := m.I - 1; y > 0 && toks[y].Lower == "the" {
		m.I = y
	}
	if m.I >= 2 && toks[m.I-1].Lower == "of" && victimNouns[toks[m.I-2].Lower] {
		// "a convoy of the AU mission (AMIS) was ambushed"
		if x+2 < len(toks) && toks[x].Text == "(" && toks[x+2].Text == ")" {
			x += 3
		}
	} else if x < len(toks) && victimNouns[toks[x].Lower] {
		x++
	} else {
		return false
	}
	n := 0
	for x < len(toks) && n < 2 && passiveAux[toks[x].Lower] {
		x++
		n++
	}
	return n > 0 && x < len(toks) && sufferedVerbs[toks[x].Lower]
}

// victimNouns are the members and things of a body that an attack hits.
var victimNouns = map[string]bool{
	"peacekeeper": true, "peacekeepers": true, "soldier": true, "soldiers": true, "troops": true,
	"staff": true, "staffer": true, "staffers": true, "worker": true, "workers": true,
	"personnel": true, "officer": true, "officers": true, "employee": true, "employees": true,
	"convoy": true, "convoys": true, "base": true, "camp": true, "vehicle": true, "vehicles": true,
	"patrol": true, "patrols": true, "helicopter": true,
}

// passiveAux are the forms of "be" (and "have been") of a passive.
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "had": true, "have": true, "has": true}

// sufferedVerbs are past participles of violence suffered.
var sufferedVerbs = map[string]bool{
	"killed": true, "wounded": true, "injured": true, "attacked": true, "ambushed": true,
	"abducted": true, "kidnapped": true, "shot": true, "hit": true, "targeted": true, "shelled": true,
}

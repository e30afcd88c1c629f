package extract

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
	"github.com/annals-project/annals/extract/trigger"
)

// drawdownAid reports whether the "drawdown" at token k of s is US
// military aid drawn from stocks: a drawdown named by the presidential
// authority or as a package ("a Presidential Drawdown Authority package",
// "the latest drawdown package"), or a drawdown of weapons or equipment
// ("a $300 million drawdown of arms"), with a recipient state named for
// it ("for Ukraine", "to Taiwan", "a Ukraine drawdown package"). A
// drawdown of troops (a withdrawal) or of reserves (finance) is none.
func drawdownAid(s *mention.Sentence, k int) bool {
	toks := s.Toks
	if toks[k].Lower != "drawdown" && toks[k].Lower != "drawdowns" {
		return false
	}
	military := k > 0 && toks[k-1].Lower == "presidential" || k+1 < len(toks) && drawdownKinds[toks[k+1].Lower]
	if !military && k+1 < len(toks) && toks[k+1].Lower == "of" {
		// "of weapons", "of U.S. military equipment", "of arms and
		// ammunition": a weapons word within the next few words.
		for x := k + 2; x < len(toks) && x <= k+5; x++ {
			if armsNouns[toks[x].Lower] {
				military = true
				break
			}
			if toks[x].Kind != token.Word && toks[x].Text != "." {
				break
			}
		}
	}
	return military && drawdownRecipient(s, k)
}

// drawdownRecipient reports a state the drawdown at k is for: named right
// before it ("a Ukraine drawdown") or after "for" or "to" within the next
// dozen tokens of its phrase ("of equipment for Ukraine").
func drawdownRecipient(s *mention.Sentence, k int) bool {
	toks := s.Toks
	for x := k - 1; x >= 0 && x >= k-2; x-- {
		if m := s.Ending(x + 1); m >= 0 && s.Ments[m].Kind == mention.Country {
			return true
		}
		if toks[x].Lower != "presidential" {
			break
		}
	}
	for x := k + 1; x+1 < len(toks) && x <= k+12; x++ {
		if toks[x].Text == "," || toks[x].Text == ";" {
			break
		}
		if toks[x].Lower != "for" && toks[x].Lower != "to" {
			continue
		}
		y := x + 1
		if toks[y].Lower == "the" && y+1 < len(toks) {
			y++
		}
		if m := s.At(y); m >= 0 && s.Ments[m].Kind == mention.Country {
			return true
		}
	}
	return false
}

// drawdownKinds after "drawdown" name the presidential drawdown of stocks.
var drawdownKinds = map[string]bool{"package": true, "packages": true, "authority": true}

// armsNouns name what a military drawdown hands over. Own compilation
// for annals (2026).
var armsNouns = map[string]bool{
	"weapons": true, "weaponry": true, "arms": true, "equipment": true, "munitions": true,
	"ammunition": true, "materiel": true, "missiles": true, "artillery": true, "military": true,
	"defense": true, "defence": true, "security": true,
}

// militaryAidTrigger is the aid event of a drawdown named without a
// figure: military aid (CAMEO 072).
var militaryAidTrigger = trigger.Trigger{Type: annals.EventCooperate, CAMEO: "072", Noun: true}

// militaryAidClause reports whether clause c of s tells its aid as a
// military drawdown: its figures are military aid (CAMEO 072).
func militaryAidClause(s *mention.Sentence, c mention.Clause) bool {
	for k := c.I; k < c.J; k++ {
		if drawdownAid(s, k) {
			return true
		}
	}
	return false
}

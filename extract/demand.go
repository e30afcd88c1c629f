package extract

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/trigger"
)

// demandedStates returns the states a demand is made of when the demand
// is told with a "that" clause: the states that open the clause as its
// subject ("demanded on Sunday that Syria and Lebanon restrain the
// militias", "urged that Iran release the sailors"). The clause split
// at "that" would otherwise leave the demand with its maker alone.
func demandedStates(s *mention.Sentence, k int, tr trigger.Trigger) []annals.Country {
	if tr.Type != annals.EventConflict || tr.Noun || !strings.HasPrefix(tr.CAMEO, "10") {
		return nil
	}
	// "that" within four words after the verb ("demanded on Sunday that").
	that := -1
	for x := k + 1; x < len(s.Toks) && x <= k+4; x++ {
		if s.Toks[x].Lower == "that" {
			that = x
			break
		}
		if s.Toks[x].Text == "," || s.Toks[x].Text == "." {
			return nil
		}
	}
	if that < 0 {
		return nil
	}
	// The clause's subject: state mentions from "that" on, joined by
	// "and", "," or "the", up to the first other word.
	var out []annals.Country
	x := that + 1
	for _, m := range s.Ments {
		if m.I < x {
			continue
		}
		for x < m.I && joinWords[s.Toks[x].Lower] {
			x++
		}
		if m.I != x || m.Kind != mention.Country || m.Demonym || m.Country == "" {
			break
		}
		out = append(out, m.Country)
		x = m.J
	}
	return out
}

// joinWords may stand between the states of one subject.
var joinWords = map[string]bool{"and": true, ",": true, "the": true}

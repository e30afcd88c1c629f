package extract

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
)

// backgroundClause returns the token range [lo, hi) and the time of a
// participle clause of s set off by commas that dates an old fact: a
// past participle after a comma, a time inside that ends before the
// article's year, and a closing comma or the sentence's end ("the only
// state with which Kenya has a pact, signed in 1994, is ...", "relations,
// severed by Togo in 1972, ..."). SCHEMA.md makes such background history
// optional at most; the clause reports nothing of the story's own. ok is
// false when s holds no such clause.
func (d *doc) backgroundClause(s *mention.Sentence) (lo, hi int, t annals.TimeExpr, ok bool) {
	toks := s.Toks
	if d.dct.IsZero() {
		return 0, 0, t, false
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k-1].Text != "," || !pastParticiple(toks[k].Lower) || toks[k].Lower == "compared" {
			// "$65 billion in 2020, compared with $66.6 billion for
			// all of 2019": a figure's comparison, not a fact of its own.
			continue
		}
		end := k + 1
		for end < len(toks) && end <= k+10 && toks[end].Text != "," && toks[end].Text != ";" && toks[end].Text != "." {
			end++
		}
		if end > k+10 || end < len(toks) && toks[end].Text == ";" {
			continue
		}
		a, b := d.timesIn(toks[k].Begin, toks[end-1].End)
		for _, x := range d.times[a:b] {
			if x.Span[1] <= toks[end-1].End && !x.End.IsZero() && x.End.Year < d.dct.Year {
				return k, end, x, true
			}
		}
	}
	return 0, 0, t, false
}

// pastParticiple reports a word that may be a past participle opening a
// clause ("signed", "severed", "broken", "founded").
func pastParticiple(w string) bool {
	switch w {
	case "broken", "built", "struck", "made", "held", "won", "drawn", "begun", "set", "cut", "torn":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// dropBackground removes from out the events of s that the background
// clause tells or dates: a trigger inside it, or the clause's old time
// taken by another trigger of the sentence.
func (d *doc) dropBackground(s *mention.Sentence, out []cand) []cand {
	lo, hi, t, ok := d.backgroundClause(s)
	if !ok {
		return out
	}
	b, e := s.Toks[lo].Begin, s.Toks[hi-1].End
	return slices.DeleteFunc(out, func(c cand) bool {
		// A trade figure for a past year is a measure, not history.
		return c.ev.Type != annals.EventTrade && (c.order >= b && c.order < e || c.ev.Start == t.Start && c.ev.End == t.End)
	})
}

package extract

import (
	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/person"
	"github.com/annals-project/annals/extract/token"
)

// findBases adds military bases, places the gazetteer does not list: a
// capitalised name before the kind of base ("Ramstein Air Base",
// "Bagram Airfield", "Lavarack Barracks", "Rota Naval Station") or after
// it ("Forward Operating Base Lagman", "Fort Bragg", "Joint Base
// Andrews"). Every word is capitalised and no mention covers it.
func (d *doc) findBases(s *mention.Sentence) {
	defer s.Flush()
	toks := s.Toks
	for k := 0; k < len(toks); k++ {
		// Every kind opens (baseNameAfter) or closes (baseNameBefore)
		// with a capitalised word of baseKindEnds: the other tokens,
		// nearly all of them, need no sequence compared.
		if t := toks[k]; t.Kind != token.Word || !baseKindFilter.May(t.Lower) || !t.IsCap() || !baseKindEnds[t.Lower] {
			continue
		}
		if n := capsSeq(s, k, baseNameAfter); n > 0 {
			// "Fort Bragg": the kind, then one or two words of name.
			j := k + n
			for j < len(toks) && j < k+n+2 && freeCap(s, j) {
				j++
			}
			if j > k+n {
				d.addBase(s, k, j)
				k = j - 1
			}
			continue
		}
		for _, h := range baseNameBefore {
			if k < len(h) || !capsAt(s, k-len(h)+1, h) {
				continue
			}
			// "Spangdahlem Air Base": one to three words of name, then the kind.
			e := k - len(h) + 1
			b := e
			for b > 0 && e-b < 3 && freeCap(s, b-1) {
				b--
			}
			if b < e && !(b > 0 && toks[b-1].Kind == token.Word && toks[b-1].IsCap()) {
				d.addBase(s, b, k+1)
			}
			break
		}
	}
}

func (d *doc) addBase(s *mention.Sentence, b, e int) {
	name := mention.Text(d.text, s.Toks, b, e)
	s.Add(mention.Mention{Kind: mention.Place, I: b, J: e, Name: name, Entry: gazetteer.Entry{Kind: gazetteer.Place, Name: name, Sub: "base"}})
}

// freeCap reports a capitalised word at k that no mention covers and that
// can be part of a name.
func freeCap(s *mention.Sentence, k int) bool {
	t := s.Toks[k]
	return t.Kind == token.Word && t.IsCap() && !t.IsAllCaps() && !s.Covered(k) && !person.NotName(t.Lower)
}

// capsSeq returns the length of the first of seqs whose capitalised words
// start at token k, uncovered; 0 if none.
func capsSeq(s *mention.Sentence, k int, seqs [][]string) int {
	for _, q := range seqs {
		if capsAt(s, k, q) {
			return len(q)
		}
	}
	return 0
}

// capsAt reports whether the capitalised words of q start at token k,
// uncovered.
func capsAt(s *mention.Sentence, k int, q []string) bool {
	if k < 0 || k+len(q) > len(s.Toks) {
		return false
	}
	for i, w := range q {
		t := s.Toks[k+i]
		if t.Lower != w || !t.IsCap() || s.Covered(k+i) {
			return false
		}
	}
	return true
}

// baseNameBefore are the kinds of base that follow a base's name, baseNameAfter
// those that precede it.
var (
	baseNameBefore = [][]string{{"air", "force", "base"}, {"air", "base"}, {"airfield"}, {"air", "field"}, {"barracks"},
		{"naval", "base"}, {"naval", "station"}, {"naval", "air", "station"}, {"air", "station"}}
	baseNameAfter = [][]string{{"forward", "operating", "base"}, {"joint", "base"}, {"fort"}}
	// baseKindEnds holds the first word of each baseNameAfter and the last
	// of each baseNameBefore: a base's kind starts or ends at such a word.
	baseKindEnds = func() map[string]bool {
		m := map[string]bool{}
		for _, q := range baseNameAfter {
			m[q[0]] = true
		}
		for _, q := range baseNameBefore {
			m[q[len(q)-1]] = true
		}
		return m
	}()
	baseKindFilter = token.NewFilter(baseKindEnds)
)

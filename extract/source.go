package extract

import (
	"strings"

	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/person"
	"github.com/annals-project/annals/extract/token"
)

// reportedBy returns, for a person m who is the source of a report, the
// index of the first token of what is reported: m followed by a verb of
// saying, directly or after an appositive of its own ("Ana Obi, a Foreign
// Ministry spokeswoman, said ...", "A spokesman, Tom Berg, told ..."), or
// named after "according to" and closed by a comma ("According to Ana
// Obi, the president will ..."). -1 when m reports nothing.
func reportedBy(s *mention.Sentence, m mention.Mention) int {
	toks := s.Toks
	if m.Kind != mention.Person && m.J < len(toks) && spokesNouns[toks[m.J].Lower] {
		// "A Foreign Ministry spokesman, Tom Berg, said": the body
		// whose spokesman reports.
		m.J++
	}
	if m.J < len(toks) && person.IsSpeechVerb(toks[m.J].Lower) {
		return m.J + 1
	}
	if m.J+1 < len(toks) && toks[m.J].Text == "," && person.IsSpeechVerb(toks[m.J+1].Lower) {
		return m.J + 2 // "A spokesman, Tom Berg, said"
	}
	if m.J < len(toks) && toks[m.J].Text == "," {
		// "Ana Obi, a Foreign Ministry spokeswoman, said": a short
		// appositive with no clause in it, closed by a comma before the
		// verb; "A spokesman, Tom Berg, said": the name is the appositive.
		for y := m.J + 1; y < len(toks) && y <= m.J+10; y++ {
			if toks[y].Text == "," {
				if y+1 < len(toks) && person.IsSpeechVerb(toks[y+1].Lower) {
					return y + 2
				}
				break
			}
			if toks[y].Kind == token.Punct && toks[y].Text != "-" && toks[y].Text != "." || s.Quoted[y] {
				break
			}
		}
	}
	// "According to Ana Obi, ...", "according to a spokeswoman, Ana Obi,
	// ...": a source named before the report, set off by its comma.
	for x := m.I - 1; x >= 1 && x >= m.I-8; x-- {
		if toks[x-1].Lower == "according" && toks[x].Lower == "to" {
			if m.J < len(toks) && toks[m.J].Text == "," {
				return m.J + 1
			}
			break
		}
		if toks[x].Kind == token.Punct && toks[x].Text != "," && toks[x].Text != "-" && toks[x].Text != "." {
			break
		}
	}
	return -1
}

// reportsOwnPlan reports whether the report that starts at token y of s
// speaks of its source by a pronoun near its start ("Obi said he will
// visit Peru", "said on Monday that her visit ..."): the source is then
// the one who acts. A report with a subject of its own ("said the
// president will visit Peru", "said Berg will visit Peru") speaks of
// another.
func reportsOwnPlan(s *mention.Sentence, y int) bool {
	for x := y; x < len(s.Toks) && x < y+6; x++ {
		switch s.Toks[x].Lower {
		case "he", "she", "his", "her", "i", "my", "we", "our":
			return true
		}
	}
	return false
}

// reportHolds reports whether the trigger at token k stands in the report
// that starts at token y: after its start, with no adverbial clause or
// phrase opened between them ("told reporters after meeting X", "said
// during a tour of Asia", "said at a conference": the source acts there,
// the report is elsewhere).
func reportHolds(s *mention.Sentence, y, k int) bool {
	if k < y {
		return false
	}
	for x := y; x < k; x++ {
		switch s.Toks[x].Lower {
		case "after", "before", "during", "while", "when", "following", "upon", "since", "until", "ahead", "as", "at":
			return false
		}
	}
	return true
}

// spokesNouns name the one who speaks for a body named before them.
var spokesNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// verbUse reports whether the trigger at token k, a word that is noun
// and verb alike ("visit", "tour"), is used as a verb: after a modal or
// the infinitive's "to", an adverb between them allowed ("will visit",
// "would also visit", "plans to visit").
func verbUse(toks []token.Token, k int) bool {
	x := k - 1
	if x > 0 && (toks[x].Lower == "also" || toks[x].Lower == "soon" || toks[x].Lower == "then" || strings.HasSuffix(toks[x].Lower, "ly")) {
		x--
	}
	if x < 0 {
		return false
	}
	switch toks[x].Lower {
	case "will", "would", "to", "shall", "may", "might", "could", "can", "should", "must", "'ll":
		return true
	}
	return false
}

package extract

import (
	"slices"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
	"github.com/annals-project/annals/extract/trigger"
)

// signatureTrigger is the signing of "put his signature under the
// agreement" (CAMEO 057, sign formal agreement).
var signatureTrigger = trigger.Trigger{Type: annals.EventAgree, CAMEO: "057"}

// signatureUnder reports verb k putting a signature to a document: "put
// his signature under the agreement", "affixed their signatures to the
// treaty". A signature is how an agreement is signed; without the noun
// ("put the question to") the verb tells nothing.
func signatureUnder(toks []token.Token, k, hi int) bool {
	x := k + 1
	if x < hi && signatureDets[toks[x].Lower] {
		x++
	}
	if x+1 >= hi || toks[x].Lower != "signature" && toks[x].Lower != "signatures" {
		return false
	}
	switch toks[x+1].Lower {
	case "under", "to", "on":
		return true
	}
	return false
}

// signatureDets may stand between a verb and "signature": possessives and
// articles ("put his signature", "affixed a signature").
var signatureDets = map[string]bool{"his": true, "her": true, "their": true, "its": true, "the": true, "a": true, "our": true, "my": true}

// accordNouns name a signed document.
var accordNouns = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true, "treaties": true,
	"memorandum": true, "memoranda": true, "memorandums": true, "protocol": true, "protocols": true,
	"mou": true, "mous": true, "convention": true, "deal": true,
}

// topicOfAccord reports a meeting or travel noun k that is the subject
// matter of an agreement named before it in the clause ("an agreement on
// visa-free travel", "a memorandum on consultations between the
// ministries"): what the document is about is no event of its own. The
// noun follows "on", "about" or "regarding" over at most two modifiers,
// and an agreement noun stands at most ten words before the preposition
// with no punctuation between but hyphens.
func topicOfAccord(toks []token.Token, lo, k int) bool {
	x := k - 1
	for n := 0; x >= lo && n < 2 && !accordTopicPreps[toks[x].Lower] && (toks[x].Kind == token.Word || toks[x].Text == "-"); x-- {
		if toks[x].Text != "-" {
			n++ // "visa-free" is one modifier
		}
	}
	if x < lo || !accordTopicPreps[toks[x].Lower] {
		return false
	}
	for y := x - 1; y >= lo && y >= x-10; y-- {
		if accordNouns[toks[y].Lower] {
			return true
		}
		if toks[y].Kind == token.Punct && toks[y].Text != "-" {
			return false
		}
	}
	return false
}

var accordTopicPreps = map[string]bool{"on": true, "about": true, "regarding": true, "concerning": true}

// separateAccords splits the agreement of out that the sentence tells as
// several documents, each between the signer's state and another
// ("signed the agreement between the governments of Russia and Zambia
// on ..., the agreement between the governments of Russia and Kenya on
// ...", "a memorandum between the ministries of Russia and Kenya, as well
// as a memorandum between the ministries of Russia and Ghana"): one
// agreement per document, as a signed document is one agreement (CAMEO
// 057). Each document names its pair after "between" (over "the
// governments of" or "the ministries of") or its partner after "with".
// The agreement keeps the clause's actors; its states are the pair's
// and those of the clause no other document names.
// Fewer than two documents with different pairs leave out as it is.
func (d *doc) separateAccords(s *mention.Sentence, c mention.Clause, out []cand) []cand {
	x := slices.IndexFunc(out, func(e cand) bool { return e.ev.Type == annals.EventAgree && e.ev.Amount == nil })
	if x < 0 {
		return out
	}
	toks := s.Toks
	var pairs [][]annals.Country
	for k := c.I; k < len(toks); k++ {
		if !accordNouns[toks[k].Lower] {
			continue
		}
		if k >= c.J && !(k > 0 && (toks[k-1].Lower == "the" || toks[k-1].Lower == "a" || toks[k-1].Lower == "an")) {
			continue
		}
		p := accordPair(s, k)
		if len(p) == 0 {
			continue
		}
		if slices.ContainsFunc(pairs, func(q []annals.Country) bool { return slices.Equal(q, p) }) {
			continue
		}
		pairs = append(pairs, p)
	}
	if len(pairs) < 2 {
		return out
	}
	base := out[x]
	var split []cand
	for _, p := range pairs {
		e := base
		// The pair's states, and the clause's states that are no other
		// document's party (the signer's, for "an agreement with Zambia").
		e.ev.Countries = slices.Clone(p)
		for _, k := range base.ev.Countries {
			if !slices.Contains(e.ev.Countries, k) && !slices.ContainsFunc(pairs, func(q []annals.Country) bool { return slices.Contains(q, k) }) {
				e.ev.Countries = append(e.ev.Countries, k)
			}
		}
		// "the agreement between Russia and Zambia" names its document
		// by its pair, not as one told before.
		e.separate, e.accordRef = true, false
		split = append(split, e)
	}
	return slices.Concat(out[:x], split, out[x+1:])
}

// accordPair returns the states an agreement noun k names as its
// parties: "between [the governments of] A and B" or "with B", within the
// next dozen words and before any punctuation but hyphens; nil when it
// names none.
func accordPair(s *mention.Sentence, k int) []annals.Country {
	toks := s.Toks
	for y := k + 1; y < len(toks) && y <= k+12; y++ {
		if toks[y].Kind == token.Punct && toks[y].Text != "-" {
			return nil
		}
		switch toks[y].Lower {
		case "between":
			var p []annals.Country
			for z := y + 1; z < len(toks) && z <= y+10 && len(p) < 2; z++ {
				if toks[z].Kind == token.Punct && toks[z].Text != "-" {
					break
				}
				if m := s.At(z); m >= 0 && s.Ments[m].Kind == mention.Country && s.Ments[m].Country != "" {
					if !slices.Contains(p, s.Ments[m].Country) {
						p = append(p, s.Ments[m].Country)
					}
					z = s.Ments[m].J - 1
				}
			}
			if len(p) == 2 {
				return p
			}
			return nil
		case "with":
			if m := s.At(y + 1); m >= 0 && s.Ments[m].Kind == mention.Country && s.Ments[m].Country != "" {
				return []annals.Country{s.Ments[m].Country}
			}
			return nil
		}
	}
	return nil
}

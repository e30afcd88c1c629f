package eval

import (
	"strings"

	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/token"
)

// sameRole reports whether a gold and a system role name the same role:
// equal after [roleKey]'s normalisation. An empty role equals nothing, so
// a person the system gives no role counts as a miss.
func sameRole(gold, sys string) bool {
	g, s := roleKey(gold), roleKey(sys)
	return g != "" && g == s
}

// roleKey normalises a role for comparison. It drops punctuation at either
// end, a leading "the", leading country words ("Japanese", "Japan's",
// "U.S."; the state is scored as the person's country) or names of a body
// the gazetteer knows ("U.N."), and a trailing "of" or "for" and such a
// name ("Minister of Foreign Affairs of Algeria").
// When what is left is a whole role of the extractor's roles lexicon
// (extract/gazetteer/data/roles.tsv, written from news usage, not from the
// evaluation data), the key is that role's canonical name, so "FM",
// "Foreign Minister" and "Minister of Foreign Affairs" are one role;
// otherwise it is the words folded as names are (case, accents and
// punctuation), so "Minister of Commerce" and "Minister" differ.
func roleKey(role string) string {
	toks := token.Tokenize(role, 0)
	g := gazetteer.Default()
	// isState is true of a state's name or demonym, and of a body the
	// person serves ("U.N. Secretary-General"): the affiliation, not the
	// role.
	isState := func(es []gazetteer.Entry) bool {
		for _, e := range es {
			if e.Kind == gazetteer.CountryName || e.Kind == gazetteer.Demonym || e.Kind == gazetteer.Org {
				return true
			}
		}
		return false
	}
	i, j := 0, len(toks)
	for i < j {
		t := toks[i]
		if t.Kind == token.Punct || t.Lower == "the" || t.Lower == "'s" || t.Lower == "’s" {
			i++
			continue
		}
		if n, es := g.Lookup(toks[:j], i); n > 0 && i+n < j && isState(es) {
			i += n
			continue
		}
		break
	}
	for i < j && toks[j-1].Kind == token.Punct {
		j--
	}
	// A trailing "of STATE" or "for STATE", possibly "of the STATE".
	for k := j - 2; k > i; k-- {
		if w := toks[k].Lower; w != "of" && w != "for" {
			continue
		}
		m := k + 1
		if toks[m].Lower == "the" {
			m++
		}
		if n, es := g.Lookup(toks[:j], m); n > 0 && m+n == j && isState(es) {
			j = k
		}
		break
	}
	if i >= j {
		return ""
	}
	if n, es := g.Lookup(toks[i:j], 0); n == j-i {
		for _, e := range es {
			if e.Kind == gazetteer.Role {
				return strings.ToLower(e.Name)
			}
		}
	}
	return foldName(role[toks[i].Begin:toks[j-1].End])
}

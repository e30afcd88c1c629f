package trigger

import "github.com/annals-project/annals/extract/token"

// excludedStop reports a trip noun at k whose predicate denies a stop:
// an auxiliary, a negator and a verb of including right after it ("the
// trip does not include a stop in Mexico", "the tour will not take in
// Peru"). The clause says where the trip does not go; the trip itself is
// told elsewhere, and the place named is none of its stops.
func excludedStop(toks []token.Token, k, hi int) bool {
	x := k + 1
	if x < hi && excludeAux[toks[x].Lower] {
		x++
	}
	if x >= hi || !negator(toks[x].Lower) {
		return false
	}
	x++
	return x < hi && includeVerbs[toks[x].Lower]
}

var excludeAux = map[string]bool{
	"does": true, "do": true, "did": true, "will": true, "would": true, "is": true, "was": true,
	"should": true, "could": true,
}

var includeVerbs = map[string]bool{
	"include": true, "includes": true, "included": true, "including": true, "involve": true,
	"take": true, "cover": true, "extend": true,
}

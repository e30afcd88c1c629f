package trigger

import "github.com/annals-project/annals/extract/token"

// Senses of the reduce-relations and signing triggers taken from the
// CAMEO 2.0 verb dictionary of PETRARCH-2 (its CANCEL, EXPEL and SIGN
// blocks): each word has an everyday sense beside the one CAMEO codes,
// and the object or the governing verb tells them apart.

// relationWords are the trigger words relationSense decides.
var relationWords = map[string]bool{
	"closed": true, "shut": true, "expulsion": true, "expulsions": true,
	"signature": true, "credentials": true, "credence": true,
}

// relationSense reports whether the trigger at k of clause [lo, hi) has
// the sense CAMEO codes:
//   - "closed", "shut": a border, border crossing, embassy or consulate
//     as object within four words ("closed the border with Colombia",
//     "shut several border crossings", "has closed its embassy"), not
//     "closed the deal", "closed-door talks", "shut the door";
//   - "expulsion(s)": the object of a verb of ordering or announcing, a
//     determiner at most between ("ordered the expulsion of", "announced
//     the expulsions"), not "protested the expulsion", "the expulsion was
//     a mistake";
//   - "signature": put, affixed or placed to, under or on a text ("put
//     his signature to the accord"), not "collected 5,000 signatures" or
//     "the signature of the memorandum will serve";
//   - "credentials", "credence": presented to someone ("presented her
//     credentials to President Ruto", "presenting his Letters of Credence
//     to"), the envoy's audience with the head of state; not "the
//     credentials of the delegates were checked".
func relationSense(toks []token.Token, lo, hi, k int) bool {
	switch toks[k].Lower {
	case "closed", "shut":
		if joined(toks, k+1) || k+1 < hi && toks[k+1].Lower == "-" {
			return false // "closed-door"
		}
		return closeObject(toks, k, hi)
	case "expulsion", "expulsions":
		x := k - 1
		if x >= lo && (toks[x].Lower == "the" || toks[x].Lower == "an") {
			x--
		}
		return x >= lo && orderVerbs[toks[x].Lower]
	case "signature":
		x := k - 1
		if x >= lo && possessivePronouns[toks[x].Lower] {
			x--
		}
		if x < lo || !signVerbs[toks[x].Lower] || k+1 >= hi {
			return false
		}
		switch toks[k+1].Lower {
		case "to", "under", "on":
			return true
		}
	case "credentials", "credence":
		if k+1 >= hi || toks[k+1].Lower != "to" {
			return false
		}
		for x := k - 1; x >= lo && x >= k-5; x-- {
			if presentVerbs[toks[x].Lower] {
				return true
			}
		}
	}
	return false
}

// presentVerbs hand over an envoy's credentials.
var presentVerbs = map[string]bool{
	"presented": true, "presents": true, "present": true, "presenting": true, "submitted": true,
	"handed": true,
}

// closeObjects are what a state closes to cut relations or traffic with
// another (CAMEO CLOSE: border 172, border crossing 160, embassy and
// consulate 161).
var closeObjects = map[string]bool{
	"border": true, "borders": true, "crossings": true, "embassy": true, "embassies": true,
	"consulate": true, "consulates": true,
}

// closeObject reports a closeObjects word within four words after k,
// with no punctuation between but a possessive.
func closeObject(toks []token.Token, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+4; x++ {
		if closeObjects[toks[x].Lower] {
			return true
		}
		if toks[x].Kind == token.Punct && toks[x].Text != "'s" && toks[x].Text != "’s" {
			return false
		}
	}
	return false
}

// orderVerbs govern an expulsion ordered or made known.
var orderVerbs = map[string]bool{
	"ordered": true, "orders": true, "order": true, "ordering": true, "announced": true,
	"announces": true, "announce": true, "announcing": true, "decreed": true, "decrees": true,
}

// signVerbs put a signature to a text.
var signVerbs = map[string]bool{
	"put": true, "puts": true, "putting": true, "affixed": true, "affixes": true, "affixing": true,
	"placed": true, "places": true, "placing": true,
}

// EnvoyCalledHome reports an envoy as the object of the verb of ordering
// at k ("instructed", "ordered", "told") and "return" or "home" after it
// within fourteen words: "instructed its ambassador to Peru, Ana Ruiz, to
// return to Lima" recalls the envoy (CAMEO 161); "instructed the army to
// withdraw" is an order of another kind.
func EnvoyCalledHome(toks []token.Token, k, hi int) bool {
	if !envoyObject(toks, k, hi) {
		return false
	}
	for x := k + 1; x < hi && x <= k+14; x++ {
		if toks[x].Lower == "return" || toks[x].Lower == "home" {
			return true
		}
	}
	return false
}

// aidObjects are what a state cuts off to reduce material cooperation
// (CAMEO 162: CANCEL + AID, + ARMS SHIPMENT, + MILITARY COOPERATION).
var aidObjects = map[string]bool{
	"aid": true, "assistance": true, "shipments": true, "deliveries": true, "cooperation": true,
}

// tiesOrAid reports ties or relations within three words after k, as
// ties does, or aid, shipments or cooperation within four, no punctuation
// between: "suspended military aid to", "halted arms shipments", "cut off
// assistance"; not "cut interest rates", "halted the match".
func tiesOrAid(toks []token.Token, k, hi int) bool {
	if ties(toks, k, hi) {
		return true
	}
	for x := k + 1; x < hi && x <= k+4; x++ {
		if aidObjects[toks[x].Lower] {
			return true
		}
		if toks[x].Kind == token.Punct {
			return false
		}
	}
	return false
}

// withholdVerbs cut aid off.
var withholdVerbs = map[string]bool{
	"cut": true, "froze": true, "frozen": true, "halted": true, "halt": true, "stopped": true,
	"withheld": true, "withholding": true, "withhold": true, "slashed": true,
}

// aidWithheld reports a verb of cutting aid off within three words before
// the aid noun at k, in the same phrase: "cut off aid", "froze military
// assistance", "halted all aid". The aid is withdrawn, not given.
func aidWithheld(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-3; x-- {
		if withholdVerbs[toks[x].Lower] {
			return true
		}
		if toks[x].Kind == token.Punct {
			return false
		}
	}
	return false
}

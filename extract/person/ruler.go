package person

import (
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
)

// rulerNoun returns "regime" or "administration" when the one-word name
// run toks[k:j] names the ruler of a government the noun after it stands
// for: "the Assad regime", "the illegitimate Ortega regime", "Syria's
// Assad regime", "the Biden administration". The noun is lower case (a
// capitalised "Administration" ends an agency's name: "the Small Business
// Administration"), the run one word that is neither a political or
// period adjective ("the Communist regime", "the former regime") nor a
// treaty's place ("the Schengen regime"), and the word before it "the",
// a lower-case adjective after "the", or a possessive. "" otherwise.
func rulerNoun(s *mention.Sentence, k, j int) string {
	toks := s.Toks
	if j-k != 1 || k == 0 || j >= len(toks) || toks[k].Kind != token.Word || !hasLower(toks[k:j]) || regimeWords[toks[k].Lower] {
		return ""
	}
	if utf8.RuneCountInString(toks[k].Text) < 3 {
		return ""
	}
	noun := toks[j].Text
	if noun != "regime" && noun != "administration" {
		return ""
	}
	switch b := toks[k-1]; {
	case b.Lower == "the", b.Lower == "'s" || b.Lower == "’s":
		return noun
	case noun == "regime" && b.Kind == token.Word && startsLower(b.Text):
		// "the illegitimate Ortega regime", "the brutal Assad regime":
		// at most two adjectives between the article and the name.
		for x := k - 2; x >= 0 && x >= k-3; x-- {
			if toks[x].Lower == "the" {
				return noun
			}
			if toks[x].Kind != token.Word || !startsLower(toks[x].Text) {
				break
			}
		}
	}
	return ""
}

// startsLower reports whether w begins with a lower-case letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// regimeWords are capitalised words that name the kind or period of a
// government or a treaty's regime rather than its ruler: "the Communist
// regime", "the Taliban regime", "the Democratic administration", "the
// Schengen regime". Own compilation for annals (2026).
var regimeWords = map[string]bool{
	"communist": true, "socialist": true, "military": true, "islamic": true, "islamist": true,
	"nazi": true, "fascist": true, "marxist": true, "apartheid": true, "baathist": true, "ba'athist": true,
	"baath": true, "ba'ath": true, "taliban": true, "junta": true, "soviet": true, "colonial": true,
	"sandinista": true, "zionist": true, "clerical": true, "theocratic": true, "revolutionary": true,
	"democratic": true, "republican": true, "federal": true, "interim": true, "transitional": true,
	"provisional": true, "tory": true, "labour": true, "labor": true, "conservative": true,
	"liberal": true, "new": true, "old": true, "current": true, "previous": true, "former": true,
	"present": true, "ancien": true, "authoritarian": true, "puppet": true, "kremlin": true,
	"schengen": true, "kyoto": true, "dublin": true, "basel": true, "bretton": true, "montreal": true,
	"paris": true, "geneva": true, "vienna": true, "trust": true, "customs": true, "visa": true,
	"sanctions": true, "trade": true, "tax": true, "civil": true, "civilian": true, "local": true,
	"national": true, "regional": true, "state": true, "city": true, "county": true, "municipal": true,
	"white": true, "house": true, "trusteeship": true, "mandate": true, "occupation": true,
	"that": true, "this": true, "his": true, "her": true, "their": true, "its": true, "our": true,
}

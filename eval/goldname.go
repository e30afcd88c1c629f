package eval

import (
	"slices"
	"strings"
	"unicode"

	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/token"
)

// foldName lowers a name, strips accents from Latin letters, drops dots
// and apostrophes ("U.N." and "UN", "O'Neill" and "ONeill" fold alike) and
// turns other punctuation into spaces ("Jean-Yves" is two given names).
// Annotators and extractors differ on exactly these marks, and a person
// reading the scores would call such names equal.
func foldName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		r = unicode.ToLower(r)
		if a, ok := accentFold[r]; ok {
			b.WriteString(a)
			space = false
			continue
		}
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // a combining accent of a decomposed letter
		case r == '.' || r == '\'' || r == '’' || r == '`':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// accentFold maps accented Latin letters to their base letters, the
// folding news wires apply when they drop diacritics (Sánchez, Sanchez).
var accentFold = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d", 'þ': "th", 'ł': "l", 'ı': "i"}
	for base, list := range map[string]string{
		"a": "àáâãäåāăą",
		"c": "çćĉċč",
		"d": "ď",
		"e": "èéêëēĕėęě",
		"g": "ĝğġģ",
		"h": "ĥħ",
		"i": "ìíîïĩīĭį",
		"j": "ĵ",
		"k": "ķ",
		"l": "ĺļľŀ",
		"n": "ñńņňŉ",
		"o": "òóôõöōŏő",
		"r": "ŕŗř",
		"s": "śŝşšș",
		"t": "ţťŧț",
		"u": "ùúûüũūŭůűų",
		"w": "ŵ",
		"y": "ýÿŷ",
		"z": "źżž",
	} {
		for _, r := range list {
			m[r] = base
		}
	}
	return m
}()

// splitName returns a folded person name's given names and surname (the
// last token, as in Western name order, which is how English-language news
// writes most names).
func splitName(name string) (given []string, surname string) {
	tok := strings.Fields(foldName(name))
	if len(tok) == 0 {
		return nil, ""
	}
	return tok[:len(tok)-1], tok[len(tok)-1]
}

// samePerson reports whether two person names denote the same person:
// equal after folding, or equal surnames and compatible given names (see
// compatibleGiven). A name without given names ("Lavrov") is compatible
// with any, as news writes later mentions by surname alone.
func samePerson(a, b string) bool {
	fa, fb := foldName(a), foldName(b)
	if fa == "" || fb == "" {
		return false
	}
	if fa == fb {
		return true
	}
	ga, sa := splitName(a)
	gb, sb := splitName(b)
	if sa != sb {
		return false
	}
	if len(ga) == 0 || len(gb) == 0 {
		return true
	}
	for _, x := range ga {
		for _, y := range gb {
			if compatibleGiven(x, y) {
				return true
			}
		}
	}
	return false
}

// compatibleGiven reports whether two folded given names can be the same
// name: equal, one an initial of the other ("S" and "Sergei"), or the
// same after folding the usual variation of romanised names (y/i and j/i:
// Sergey/Sergei, Yuri/Juri; x/ks: Alexander/Aleksandr) up to one edit,
// two for long names (Mikheil/Mikhail, Alexandr/Alexander).
func compatibleGiven(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) == 1 || len(b) == 1 {
		return a[0] == b[0]
	}
	ra, rb := romanFold(a), romanFold(b)
	d := editDistance(ra, rb)
	if d <= 1 {
		return true
	}
	return d == 2 && min(len(ra), len(rb)) >= 6
}

var romanReplacer = strings.NewReplacer("ks", "x", "y", "i", "j", "i", "ph", "f", "w", "v")

func romanFold(s string) string { return romanReplacer.Replace(s) }

// editDistance is the Levenshtein distance between a and b, in bytes
// (names are folded to ASCII first).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// acronymStop are the function words acronyms skip (South Asian
// Association for Regional Cooperation, SAARC).
var acronymStop = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true, "in": true, "de": true, "des": true, "du": true, "la": true, "le": true, "et": true}

// acronym returns the initials of a folded multi-word name, skipping
// function words; "" for one-word names.
func acronym(folded string) string {
	tok := strings.Fields(folded)
	if len(tok) < 2 {
		return ""
	}
	var b strings.Builder
	for _, t := range tok {
		if !acronymStop[t] {
			b.WriteByte(t[0])
		}
	}
	return b.String()
}

// sameOrganization reports whether two organisation names denote the same
// body: equal after folding, or one the acronym of the other (United
// Nations and U.N.).
func sameOrganization(a, b string) bool {
	if sameOrgSpelling(a, b) {
		return true
	}
	oa, ob := orgCanon(a), orgCanon(b)
	return oa != "" && oa == ob
}

// sameOrgSpelling is sameOrganization without the gazetteer: names equal
// after folding, or one the acronym of the other. The scorer groups an
// annotation's own names with it, so that the gold counts do not move
// when the extractor's lexicon does.
func sameOrgSpelling(a, b string) bool {
	fa, fb := foldName(a), foldName(b)
	if fa == "" || fb == "" {
		return false
	}
	if fa == fb {
		return true
	}
	ca, cb := strings.ReplaceAll(fa, " ", ""), strings.ReplaceAll(fb, " ", "")
	if len(ca) < 2 || len(cb) < 2 {
		return false
	}
	aa, ab := acronym(foldName(spellInitials(a))), acronym(foldName(spellInitials(b)))
	return aa == cb || ab == ca
}

// spellInitials writes a dotted abbreviation inside a name as its letters
// ("U.S. Agency for ..." as "U S Agency for ..."), so that the name's
// acronym takes each of them: USAID.
func spellInitials(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		if len(w) >= 4 && strings.Count(w, ".") >= 2 && strings.Count(w, ".")*2 == len(w) {
			f[i] = strings.Join(strings.Split(strings.TrimSuffix(w, "."), "."), " ")
		}
	}
	return strings.Join(f, " ")
}

// samePlace reports whether two place names denote the same place: equal
// after folding, once a leading "the", a comma qualifier ("Washington, DC")
// and a generic head ("Okinawa Prefecture", "Gaza Strip" is kept: strip is
// not generic) are dropped, or names the gazetteer lists for one place.
func samePlace(a, b string) bool {
	fa, fb := placeKey(a), placeKey(b)
	if fa == "" || fb == "" {
		return false
	}
	if fa == fb {
		return true
	}
	pa, pb := placeCanon(a), placeCanon(b)
	return pa != "" && pa == pb
}

// placeHeads are generic words that follow a place's name without
// changing which place it is.
var placeHeads = []string{" prefecture", " province", " region", " state", " city", " county", " district", " governorate", " oblast", " municipality"}

func placeKey(name string) string {
	if i := strings.IndexByte(name, ','); i > 0 {
		name = name[:i]
	}
	f := strings.TrimPrefix(foldName(name), "the ")
	for _, h := range placeHeads {
		if t := strings.TrimSuffix(f, h); t != f && t != "" {
			return t
		}
	}
	return f
}

// placeCanon returns the canonical name of a city, region or landmark
// whose whole name the embedded gazetteer lists; "" otherwise.
func placeCanon(name string) string {
	return gazetteerName(name, gazetteer.Place, gazetteer.Capital)
}

// orgCanon returns the canonical name of an organisation whose whole name,
// or alias, the embedded gazetteer lists ("ASEAN" and "Association of
// Southeast Asian Nations" are one body, though the initials of the second
// spell ASAN); "" when the name is not an organisation the gazetteer knows.
func orgCanon(name string) string {
	return gazetteerName(name, gazetteer.Org)
}

// gazetteerName returns the canonical name of the first entry of one of
// kinds that the embedded gazetteer lists under the whole of name; "" when
// there is none.
func gazetteerName(name string, kinds ...gazetteer.Kind) string {
	toks := token.Tokenize(name, 0)
	if len(toks) == 0 {
		return ""
	}
	n, es := gazetteer.Default().Lookup(toks, 0)
	if n != len(toks) {
		return ""
	}
	for _, e := range es {
		if slices.Contains(kinds, e.Kind) {
			return e.Name
		}
	}
	return ""
}

// sameSurname reports whether two person names share their surname, the
// participant test of issue 4 for persons.
func sameSurname(a, b string) bool {
	_, sa := splitName(a)
	_, sb := splitName(b)
	return sa != "" && sa == sb
}

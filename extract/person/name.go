package person

import (
	"strings"

	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
)

// speechVerbs after a capitalised name mark it as a person ("X said"), the
// classic contextual cue of rule-based NER (Wacholder et al., 1997).
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "reports": true,
	"reported": true, "asked": true, "stated": true, "explained": true,
	"announced": true, "noted": true, "wrote": true, "declared": true,
	"insisted": true, "warned": true, "stressed": true, "thanked": true,
	"urged": true, "replied": true, "argued": true, "tells": true,
}

// honorifics are stripped from names; they mark a person without giving a
// role.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "dame": true, "madame": true, "mme": true, "prof": true, "sheikh": true, "sheik": true,
	// Military ranks, abbreviated as in news copy ("Maj. Gen. Pat Ryder").
	"gen": true, "maj": true, "lt": true, "col": true, "adm": true, "brig": true, "capt": true, "cmdr": true, "sgt": true}

// particles may sit inside a name between capitalised parts ("Daniel arap
// Moi", "Osama bin Laden", "Ursula von der Leyen").
var particles = map[string]bool{"arap": true, "bin": true, "ibn": true, "al": true, "el": true, "de": true, "da": true, "di": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "dos": true, "du": true}

// notName are capitalised words that start sentences or headings and
// never start or continue a person's name.
var notName = map[string]bool{}

// IsSpeechVerb reports whether a lower-case word is a verb of saying
// ("said", "told").
func IsSpeechVerb(w string) bool { return speechVerbs[w] }

// NotName reports whether a lower-case word never starts or continues a
// name (sentence openers, months, weekdays, titles).
func NotName(w string) bool { return notName[w] }

// OrgHead reports whether a lower-case word ends organisation names
// ("ministry", "bank", "co"), so that a name ending in it is no person.
func OrgHead(w string) bool { return orgHeads[w] }

// orgHeads end organisation names the gazetteer does not list ("Foreign
// Ministry", "Liberal Democratic Party"), the head-noun rule of
// rule-based NER.
var orgHeads = map[string]bool{
	"ministry": true, "agency": true, "party": true, "council": true, "committee": true,
	"bank": true, "company": true, "corporation": true, "corp": true, "inc": true,
	"group": true, "association": true, "organization": true, "organisation": true,
	"commission": true, "parliament": true, "institute": true, "university": true,
	"fund": true, "authority": true, "federation": true, "front": true, "movement": true,
	"foundation": true, "institution": true, "center": true, "centre": true,
	// Company suffixes: "General Electric Co", "American President Lines".
	"co": true, "cos": true, "ltd": true, "plc": true, "llc": true, "ag": true, "gmbh": true,
	"sa": true, "nv": true, "spa": true, "lines": true, "airlines": true, "airways": true,
	"industries": true, "holdings": true, "partners": true, "enterprises": true,
	"systems": true, "technologies": true, "international": true, "office": true,
}

func init() {
	for _, w := range strings.Fields(`the a an in on at but and or if as it he she they we i our his her their
	this that these those there here what when where why how who whom mid wide earlier later meanwhile however
	after before during since while also both some many most all no not yes one two three four five six seven
	eight nine ten january february march april may june july august september october november december monday
	tuesday wednesday thursday friday saturday sunday soundbite storyline mr mrs ms dr sir by for with from to
	of about over under between among against than then so such its my your you me us them new old
	world war ii iii iv islands island north south east west northern southern eastern western central
	minister ministers president foreign defence defense prime secretary state party government news
	agency ministry city street press conference jr sr sheikh sheik gen maj lt col adm brig capt cmdr sgt`) {
		notName[w] = true
	}
}

// nameAt returns the end of a name candidate starting at token k of s:
// capitalised words not covered by another mention, with internal
// particles, initials ("J.") and hyphenated parts. 0 when none.
func nameAt(s *mention.Sentence, k int) int {
	toks := s.Toks
	isPart := func(x int) bool {
		t := toks[x]
		return t.Kind == token.Word && t.IsCap() && !t.IsAllCaps() && !notName[t.Lower] && !s.Covered(x)
	}
	if k >= len(toks) || !isPart(k) {
		return 0
	}
	j := k + 1
	for j < len(toks) && j-k < 6 {
		switch {
		case isPart(j):
			j++
		case particles[toks[j].Lower] && j+1 < len(toks) && isPart(j+1):
			j += 2
		case particles[toks[j].Lower] && j+2 < len(toks) && joined(toks, j+1) && isPart(j+2):
			j += 3 // "Omar al-Bashir"
		case joined(toks, j) && (isPart(j+1) || toks[j+1].Kind == token.Word && !s.Covered(j+1)):
			j += 2 // "Abdul-Aziz", "Ban Ki-moon"
		case toks[j].Text == "." && len(toks[j-1].Text) == 1 && j+1 < len(toks) && isPart(j+1):
			j++ // the dot of an initial
		default:
			return j
		}
	}
	return j
}

// joined reports whether toks[j] is a hyphen written solid between two
// words ("Ki-moon", "al-Bashir").
func joined(toks []token.Token, j int) bool {
	return j > 0 && j+1 < len(toks) && toks[j].Text == "-" && toks[j].Begin == toks[j-1].End && toks[j+1].Begin == toks[j].End && toks[j+1].Kind == token.Word
}

// isTitleCase reports whether a sentence that does not end like one (a
// headline or caption) has four or more words, most of them capitalised:
// title case, where capitals carry no name signal.
func isTitleCase(toks []token.Token) bool {
	if n := len(toks); n == 0 || toks[n-1].Text == "." || toks[n-1].Text == "!" || toks[n-1].Text == "?" || toks[n-1].Text == "\"" {
		return false // prose: a sentence that ends like one
	}
	words, caps := 0, 0
	for _, t := range toks {
		if t.Kind != token.Word || len(t.Text) < 3 {
			continue
		}
		words++
		if t.IsCap() {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

func honorificBefore(toks []token.Token, k int) bool {
	if k > 0 && honorifics[toks[k-1].Lower] {
		return true
	}
	return k > 1 && toks[k-1].Text == "." && honorifics[toks[k-2].Lower]
}

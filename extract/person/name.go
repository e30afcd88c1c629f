package person

import (
	"github.com/annals-project/annals"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals/extract/gazetteer"

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
	"gen": true, "maj": true, "lt": true, "col": true, "adm": true, "brig": true, "capt": true, "cmdr": true, "sgt": true,
	"general": true, "admiral": true, "colonel": true, "lieutenant": true, "captain": true, "sergeant": true,
	"brigadier": true, "commodore": true, "rear": true,
	// Abbreviated titles of office: "Rep. Cardiss Collins", "Sen. Sam Nunn".
	"rep": true, "sen": true, "gov": true, "reps": true, "sens": true, "govs": true, "amb": true, "pres": true, "atty": true,
	// Clerical styles: "the Rev. Ana Obi", "Archbishop Paul Gallo". Not
	// "Bishop", "Cardinal" or "Father", which are also surnames or words.
	"rev": true, "reverend": true, "archbishop": true, "msgr": true, "monsignor": true, "rabbi": true,
	// Diplomatic and parliamentary styles: "His Excellency Ana Obi", "Hon.
	// Ana Obi". ("the Honourable Ana Obi" is only kept out of the name:
	// "the Honourable Members" are no one.)
	"excellency": true, "hon": true,
	// Malaysian and Bruneian styles: "Datuk Seri Ana Obi", "Dato Tom Lee".
	"datuk": true, "dato": true, "datin": true, "seri": true}

// honorificsSet spares most words the honorifics lookup (see token.Set).
var honorificsSet = token.NewSet(honorifics)

// particles may sit inside a name between capitalised parts ("Daniel arap
// Moi", "Osama bin Laden", "Ursula von der Leyen"), as may the Portuguese
// "e" and Spanish "y" joining two family names ("Jose Ortega y Gasset"),
// and the Portuguese "do" and "das" ("Paulo do Couto Ferreira").
var particles = map[string]bool{"e": true, "y": true, "arap": true, "bin": true, "ibn": true, "al": true, "el": true, "de": true, "da": true, "di": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "dos": true, "do": true, "das": true, "du": true, "del": true}

// particlesSet spares most words the particles lookup (see token.Set).
var particlesSet = token.NewSet(particles)

// notName are capitalised words that start sentences or headings and
// never start or continue a person's name: among them the clerical styles
// of honorifics and a newsroom's collective by-line in French or Spanish
// ("By Rédaction Westnews", "Por la Redacción").
var notName = map[string]bool{}

// IsSpeechVerb reports whether a lower-case word is a verb of saying
// ("said", "told").
func IsSpeechVerb(w string) bool { return speechVerbs[w] }

// NotName reports whether a lower-case word never starts or continues a
// name (sentence openers, months, weekdays, titles).
func NotName(w string) bool { return notNameSet.Has(w) }

// OrgHead reports whether a lower-case word ends organisation names
// ("ministry", "bank", "co"), so that a name ending in it is no person.
func OrgHead(w string) bool { return orgHeadsSet.Has(w) }

// orgHeads end organisation names the gazetteer does not list ("Foreign
// Ministry", "Liberal Democratic Party"), the head-noun rule of
// rule-based NER.
var orgHeads = map[string]bool{
	"ministry": true, "agency": true, "party": true, "council": true, "committee": true,
	"bank": true, "company": true, "corporation": true, "corp": true, "inc": true,
	"group": true, "association": true, "organization": true, "organisation": true,
	"commission": true, "parliament": true, "institute": true, "university": true,
	"fund": true, "authority": true, "federation": true, "front": true, "movement": true,
	"foundation": true, "watch": true, "institution": true, "center": true, "centre": true, "republic": true, "kingdom": true, "emirates": true,
	// Company suffixes: "General Electric Co", "American President Lines".
	"co": true, "cos": true, "limited": true, "incorporated": true, "bancorp": true, "bancshares": true, "trustco": true, "ltd": true, "plc": true, "llc": true, "ag": true, "gmbh": true,
	"sa": true, "nv": true, "spa": true, "lines": true, "airlines": true, "airways": true,
	"industries": true, "holdings": true, "partners": true, "enterprises": true,
	"systems": true, "technologies": true, "international": true, "office": true,
	"department": true, "exchange": true, "securities": true, "partnership": true,
	// A blog's or desk's collective signature: "Posted by Harbor Watch
	// Bloggers", "By the Globe Editors".
	"bloggers": true, "editors": true,
	"chamber": true, "chambers": true, "assembly": true, "trust": true, "services": true, "service": true, "associates": true,
	"statistics": true, "reports": true, "works": true, "administration": true, "corps": true,
	"growers": true, "producers": true, "exporters": true, "importers": true, "workers": true,
	"bureau": true, "board": true, "society": true, "union": true, "league": true,
	"alliance": true, "network": true, "journal": true, "tribune": true,
	"cooperative": true, "consortium": true, "syndicate": true,
	"gazette": true, "magazine": true, "newspaper": true,
	"command": true, "headquarters": true, "forces": true, "inspectorate": true,
}

// orgHeadsSet spares most words the orgHeads lookup (see token.Set).
var orgHeadsSet = token.NewSet(orgHeads)

// romanceOrgHeads open the names of bodies in Spanish, Portuguese, French
// and Italian, whose head noun comes first ("Partido de los Trabajadores",
// "Banco do Brasil", "Front de libération"); romanceOf are the words for
// "of" that follow it.
var romanceOrgHeads = map[string]bool{
	"clan": true, "cartel": true, "cártel": true, "partido": true, "partito": true, "parti": true,
	"frente": true, "front": true, "fronte": true, "movimiento": true, "movimento": true, "mouvement": true,
	"ejército": true, "ejercito": true, "exército": true, "armée": true, "esercito": true,
	"fuerzas": true, "forças": true, "banco": true, "banque": true, "grupo": true, "groupe": true,
	"consejo": true, "conselho": true, "conseil": true, "consiglio": true, "ministerio": true, "ministério": true, "ministère": true, "ministero": true,
	"secretaría": true, "secretaria": true, "instituto": true, "institut": true, "istituto": true,
	"universidad": true, "universidade": true, "université": true, "università": true,
	"asamblea": true, "assembleia": true, "assemblée": true, "congreso": true, "congresso": true,
	"sindicato": true, "syndicat": true, "federación": true, "federação": true, "fédération": true,
	"confederación": true, "confederação": true, "alianza": true, "aliança": true, "alliance": true,
	"unión": true, "união": true, "union": true, "comisión": true, "comissão": true, "commission": true,
	"corporación": true, "empresa": true, "compañía": true, "companhia": true, "compagnie": true,
}

var romanceOf = map[string]bool{"de": true, "del": true, "do": true, "da": true, "dos": true, "das": true, "des": true, "du": true, "della": true, "dei": true, "degli": true, "di": true}

// unitHeads end the names of missions, military units and zones ("the UN
// Integrated Stabilization Mission", "the Western Defense Zone", "the
// 3rd Armored Brigade"); a name run ending in one is no person. They are
// kept apart from orgHeads, which also make organisations.
var unitHeads = map[string]bool{
	"mission": true, "missions": true, "zone": true, "zones": true, "operation": true, "operations": true,
	"brigade": true, "brigades": true, "battalion": true, "regiment": true, "squadron": true, "army": true, "navy": true,
}

// unitHeadsSet spares most words the unitHeads lookup (see token.Set).
var unitHeadsSet = token.NewSet(unitHeads)

func init() {
	for _, w := range strings.Fields(`although though because unless whether once until despite following according
	including besides instead still yet thus hence indeed perhaps today yesterday tomorrow last next every each
	another other several few more less only even just now
	the a an in on at but and or if as it he she they we i our his her their
	this that these those there here what when where why how who whom mid wide earlier later meanwhile however
	after before during since while also both some many most all no not yes one two three four five six seven
	eight nine ten january february march april may june july august september october november december monday
	tuesday wednesday thursday friday saturday sunday soundbite storyline mr mrs ms dr sir by for with from to
	of about over under between among against than then so such its my your you me us them new old
	world war ii iii iv islands island north south east west northern southern eastern western central
	minister ministers president foreign defence defense prime secretary state party government news
	agency ministry city street press conference jr sr sheikh sheik gen maj lt col adm brig capt cmdr sgt
	first second third fourth fifth sixth seventh eighth ninth tenth tonight extraordinary plenipotentiary
	datuk dato datin seri rev reverend archbishop msgr monsignor rabbi excellency honourable honorable rédaction redaction redacción counterpart counterparts
	i'm i’m i'd i’d i'll i’ll i've i’ve`) {
		notName[w] = true
	}
	for w := range headlineVerbs {
		notName[w] = true
	}
	for w := range documentKinds {
		notName[w] = true
	}
	notNameSet = *token.NewSet(notName) // notName is complete
}

// notNameSet spares most words the notName lookup (see token.Set); init
// makes it (before that it holds no word, as the empty notName would).
var notNameSet token.Set

// documentKinds are the nouns naming a kind of paper or record that a
// title heads in a release's title ("Press Secretary Statement on the
// Attack", "Minister Fact Sheet on Aid", "Ambassador Testimony Before
// Congress"): the holder is not named, and none of them is a name.
// Own compilation for annals (2026).
var documentKinds = map[string]bool{
	"statement": true, "statements": true, "remarks": true, "readout": true, "readouts": true,
	"briefing": true, "briefings": true, "testimony": true, "testimonies": true,
	"transcript": true, "transcripts": true, "interview": true, "interviews": true,
	"fact": true, "op": true, "op-ed": true, "oped": true, "letter": true, "letters": true,
	"message": true, "messages": true, "communique": true, "communiqué": true,
}

// headlineVerbs are verbs that headlines write in title case ("Premier
// Meets Envoy", "Minister to Visit Troops"), none of them a name.
var headlineVerbs = map[string]bool{
	"meets": true, "meet": true, "met": true, "visits": true, "visit": true, "holds": true, "says": true,
	"urges": true, "warns": true, "vows": true, "hosts": true, "welcomes": true, "receives": true,
	"signs": true, "talks": true, "calls": true, "condemns": true, "discusses": true, "pledges": true,
	"rejects": true, "praises": true, "arrives": true, "seeks": true, "attends": true, "announces": true,
	"unveils": true, "interviews": true, "congratulates": true, "telephones": true, "stresses": true,
	"reaffirms": true, "addresses": true, "agrees": true, "offers": true, "opens": true, "concludes": true,
	"begins": true, "ends": true, "starts": true, "launches": true, "leaves": true, "returns": true,
	"departs": true, "resumes": true, "wraps": true, "kicks": true, "wins": true, "loses": true, "beats": true, "defeats": true, "faces": true,
}

// nameAt returns the end of a name candidate starting at token k of s:
// capitalised words not covered by another mention, with internal
// particles, initials ("J.") and hyphenated parts. 0 when none.
func nameAt(s *mention.Sentence, k int) int {
	toks := s.Toks
	// Most tokens are no name's start: punctuation, numbers and words that
	// begin with an ASCII letter other than a capital. Neither test below
	// can accept them (isPart needs a capital, initialA the word "A"), so
	// they are turned away before either runs; nameAt is asked at every
	// token of a text.
	if k >= len(toks) {
		return 0
	}
	if t := &toks[k]; t.Kind != token.Word || t.Text == "" || t.Text[0] < utf8.RuneSelf && (t.Text[0] < 'A' || t.Text[0] > 'Z') {
		return 0
	}
	isPart := func(x int) bool {
		t := toks[x]
		return t.Kind == token.Word && t.IsCap() && !t.IsAllCaps() && !NotName(t.Lower) && !s.Covered(x) && !camelJoined(t.Text) && !capitalEnd(t.Text) && !malayPairStyle(toks, x)
	}
	if k >= len(toks) || !isPart(k) && !(initialA(s, k) && isPart(k+1)) && !(dottedInitials(toks[k].Text) && !styleInitials[toks[k].Lower] && !s.Covered(k) && k+1 < len(toks) && isPart(k+1)) {
		// "J.D. Smith", "H.W. Brandt": initials written as one word may
		// open a name too, unless they are a style ("H.E.") or a state.
		return 0
	}
	if k+1 < len(toks) && namingNounsSet.Has(toks[k].Lower) && toks[k].IsCap() && isPart(k+1) {
		// "Farmer Jonas Meyer said", "Activist Ana Obi": a noun for a
		// person's trade, written with a capital at a sentence's start
		// or in a headline, describes the name after it.
		return 0
	}
	j := k + 1
	// A name holds at most six words besides its particles: a chain of
	// "Al" or "bin" parts ("Salem Al Fahad Al Nasser Al Sabah") runs
	// longer than six tokens, and ends on a name, not on a particle.
	nPart := 0
	for j < len(toks) && j-k-nPart < 6 {
		if toks[j].Begin-toks[j-1].End >= 2 {
			// "From: Ana Obi  Read Replies (2)": a run of blanks sets
			// off a page's fields; a name does not run across it.
			return j
		}
		particle := particles[toks[j].Lower] // looked up once for the cases below
		if particle && j+1 < len(toks) && isPart(j+1) {
			nPart++
		}
		switch {
		case isPart(j):
			j++
		case particle && j+1 < len(toks) && isPart(j+1):
			j += 2
		case particle && j+2 < len(toks) && particlesSet.Has(toks[j+1].Lower) && !toks[j+1].IsCap() && isPart(j+2):
			j += 3 // "Luis Fernandez de la Pena", "Ursula von der Leyen"
		case particle && j+2 < len(toks) && joined(toks, j+1) && isPart(j+2):
			j += 3 // "Omar al-Bashir"
		case joined(toks, j) && (isPart(j+1) || j > k+1 && toks[j+1].Kind == token.Word && !s.Covered(j+1)):
			// "Abdul-Aziz", "Ban Ki-moon"; a lower-case part only after
			// another name ("Afro-descendant" is no name).
			j += 2
		case toks[j].Kind == token.Punct && openQuote[toks[j].Text] && nicknameEnd(toks, j, isPart) > 0:
			// a nickname in quotes: "Benjamin “Ben” Ashworth", "Joaquín
			// “El Chapo” Guzmán"
			j = nicknameEnd(toks, j, isPart)
		case (toks[j].Text == "’" || toks[j].Text == "'") && toks[j].Begin == toks[j-1].End && j+1 < len(toks) && toks[j+1].Begin > toks[j].End &&
			isPart(j+1) && !strings.HasSuffix(toks[j-1].Lower, "s") && !s.Quoted[j-1]:
			// "Mohammad Shia’ Al-Sudani": a final ayn or hamza written
			// as an apostrophe inside a name; not a plural possessive
			// ("the Ministers’ Meeting").
			j += 2
		case (toks[j].Text == "I" || toks[j].Text == "A" && (gazetteer.GivenName(toks[j-1].Lower) || j-1 == k && titledStart(s, k))) && j+2 < len(toks) && toks[j+1].Text == "." && toks[j+1].Begin == toks[j].End && isPart(j+2):
			// the initial "I." ("Amber I. Smith"), not the pronoun; the
			// initial "A." after a given name ("Eduard A. Shevardnadze")
			// or after the first word of a name that a title opens
			// ("President Tadeusz A. Wrobczak"), not the article ("top
			// of Group A. Ana Obi scored")
			j += 3
		case toks[j].Text == "." && len(toks[j-1].Text) == 1 && j+1 < len(toks) && isPart(j+1):
			j++ // the dot of an initial
		case bareInitial(s, k, j) && isPart(j+1):
			j++ // "Ramon T Ortega": an initial written without its dot
		case dottedInitials(toks[j].Text) && j+1 < len(toks) && isPart(j+1):
			j++ // "John S.R. Shad"
		case toks[j].Text == "." && (toks[j-1].Text == "St" || toks[j-1].Text == "Ste") && toks[j].Begin == toks[j-1].End && j+1 < len(toks) && isPart(j+1):
			j++ // "Fernand St. Germain": Saint abbreviated inside a name
		case toks[j].IsCap() && compass[toks[j].Lower] && !s.Covered(j) && gazetteer.GivenName(toks[j-1].Lower) &&
			(j+1 == len(toks) || !toks[j+1].IsCap()):
			// "Oliver North who": a compass word after a given name, with
			// no name of a place after it, is a surname.
			return j + 1
		case toks[j].IsCap() && surnameMonths[toks[j].Lower] && !s.Covered(j) && gazetteer.GivenName(toks[j-1].Lower) &&
			(j+1 == len(toks) || toks[j+1].Kind != token.Number && !toks[j+1].IsCap()):
			// "Theresa May said": a month that is also a surname, after a
			// given name and with no day or year after it, ends the name.
			return j + 1
		case (toks[j].Lower == "sheikh" || toks[j].Lower == "sheik") && toks[j].IsCap() && j+1 < len(toks) && isPart(j+1):
			// "Hassan Sheikh Mohamud": inside a run of names the rank of
			// birth is a part of the name, not a title opening another.
			j += 2
		default:
			return j
		}
	}
	return j
}

// styleInitials are dotted abbreviations that open no name of their own:
// styles of address ("H.E. Ana Obi", "H.R.H. Prince Ali") and states
// ("U.S. Steel").
var styleInitials = map[string]bool{"h.e.": true, "h.h.": true, "h.m.": true, "h.r.h.": true, "u.s.": true, "u.k.": true, "u.n.": true, "e.u.": true}

// spacedStyleEnd returns the end of a style of address written as
// initials apart ("H. E.", "H. R. H.") that starts at token k, or k when
// none does: the style opens the name after it and is no initial of it.
func spacedStyleEnd(toks []token.Token, k int) int {
	var b strings.Builder
	j := k
	for j+1 < len(toks) && len(toks[j].Text) == 1 && toks[j].Text[0] >= 'A' && toks[j].Text[0] <= 'Z' && toks[j+1].Text == "." && toks[j+1].Begin == toks[j].End {
		b.WriteString(toks[j].Lower + ".")
		j += 2
	}
	if j-k < 4 || !styleInitials[b.String()] {
		return k
	}
	return j
}

// spacedStyleStart returns the start of a style of address written as
// initials apart that ends right before token k, or k when none does.
func spacedStyleStart(toks []token.Token, k int) int {
	for st := k - 4; st >= 0 && st >= k-6; st -= 2 {
		if spacedStyleEnd(toks, st) == k {
			return st
		}
	}
	return k
}

// bareInitial reports whether toks[j] is a middle initial written without
// a dot ("Ramon T Ortega"): one capital letter, set off by spaces, right
// after a known given name, or after the first word of a name that an
// honorific or a title opens ("Dr Tariq B Haddad"), and before another
// word. "I" is the pronoun ("Mark I"), and "A" is the article when the
// given name opens the sentence ("Will A Deal Hold?").
func bareInitial(s *mention.Sentence, k, j int) bool {
	toks := s.Toks
	t := toks[j]
	if len(t.Text) != 1 || t.Text[0] < 'A' || t.Text[0] > 'Z' || t.Text == "I" || j+1 >= len(toks) || s.Covered(j) {
		return false
	}
	if t.Begin == toks[j-1].End || toks[j+1].Begin == t.End || t.Text == "A" && j-1 == 0 {
		return false
	}
	if gazetteer.GivenName(toks[j-1].Lower) {
		return true
	}
	return j-1 == k && titledStart(s, k)
}

// titledStart reports whether an honorific or a title stands right before
// token k, the first word of a name: "Dr Tariq", "President Tadeusz".
func titledStart(s *mention.Sentence, k int) bool {
	x := s.Ending(k)
	return honorificBefore(s.Toks, k) || x >= 0 && s.Ments[x].Kind == mention.Role
}

// dottedInitials reports whether w is two or more initials written as one
// word: "S.R.", "J.F.".
func dottedInitials(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// compass words are surnames too ("Oliver North", "Adam West").
// surnameMonths are months that are also family names ("May", "June").
var surnameMonths = map[string]bool{"may": true, "june": true, "april": true, "august": true}

var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// initialA reports whether the capital "A" at token k is an initial that
// opens a name after a title ("former telecom minister A Raja"), where
// the article would be lower case, or before another initial ("A K
// Mathur").
func initialA(s *mention.Sentence, k int) bool {
	toks := s.Toks
	if toks[k].Text != "A" || k+1 >= len(toks) || toks[k+1].Begin != toks[k].End+1 {
		return false
	}
	if k+2 < len(toks) && toks[k+1].Kind == token.Word && len(toks[k+1].Text) == 1 && toks[k+1].Text != "I" && unicode.IsUpper(rune(toks[k+1].Text[0])) &&
		toks[k+2].Begin == toks[k+1].End+1 && toks[k+2].Kind == token.Word && toks[k+2].IsCap() && len(toks[k+2].Text) > 1 {
		// "A K Mathur": initials written without full stops, as South
		// Asian papers do; the article is never followed by a lone
		// capital and a name.
		return true
	}
	if k == 0 {
		return false
	}
	x := s.Ending(k)
	return x >= 0 && s.Ments[x].Kind == mention.Role
}

// loneLineEnd returns the end of the name run toks[k:j] without a last
// word that stands alone on the next line: a heading or a page's button
// ("Readout", "Share") that a name ending the line before does not run
// on into, nor the words of a label ending in a colon on the next line.
func loneLineEnd(text string, toks []token.Token, k, j int) int {
	if j < len(toks) && toks[j].Text == ":" {
		// "... talks with Deputy PM Ruiz" then "File Photo Credit: AP": a
		// run that goes on to the next line and ends at a colon there
		// takes a label's words; the name ends with its line.
		for x := k + 1; x < j; x++ {
			if strings.Contains(text[toks[x-1].End:toks[x].Begin], "\n") {
				return x
			}
		}
	}
	if k >= 2 && toks[k-1].Text == ":" && creditLabels[toks[k-2].Lower] {
		// "Editor: Li Wen" then "Video Player": a credit's name ends
		// with the credit's line.
		for x := k + 1; x < j; x++ {
			if strings.Contains(text[toks[x-1].End:toks[x].Begin], "\n") {
				return x
			}
		}
	}
	for x := k + 2; x < j; x++ {
		// "Spokesman Ana P. Ruiz" on a short line of its own, then a
		// heading ("Excerpts from ..."): a line much shorter than a
		// wrapped line of prose ends with the name; the next line's first
		// word does not go on it.
		if nl := strings.IndexByte(text[toks[x-1].End:toks[x].Begin], '\n'); nl >= 0 && toks[x-1].Kind == token.Word && len(toks[x-1].Text) > 1 &&
			toks[x-1].End-lineBegin(text, toks[x-1].Begin) < shortLine {
			return x
		}
	}
	if j-k < 2 || !strings.Contains(text[toks[j-2].End:toks[j-1].Begin], "\n") {
		return j
	}
	if j == len(toks) || strings.Contains(text[toks[j-1].End:toks[j].Begin], "\n") {
		return j - 1
	}
	return j
}

// shortLine is the length in bytes under which a line is no wrapped line
// of prose: wire copy and web text wrap at 60 to 80 characters.
const shortLine = 50

// lineBegin returns the byte offset where the line holding byte i begins.
func lineBegin(text string, i int) int {
	return strings.LastIndexByte(text[:i], '\n') + 1
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
	if n := len(toks); n == 0 || strings.HasSuffix(toks[n-1].Text, ".") || toks[n-1].Text == "!" || toks[n-1].Text == "?" || toks[n-1].Text == "\"" {
		// Prose: a sentence that ends like one, if need be with an
		// abbreviation ("in Washington, D.C.").
		return false
	}
	words, caps := 0, 0
	for x, t := range toks {
		if t.Kind != token.Word || len(t.Text) < 3 {
			continue
		}
		words++
		if t.IsCap() {
			caps++
		} else if len(t.Text) >= 4 && !minorWords[t.Lower] && !joined(toks, x-1) {
			// Title case capitalises every content word: a caption
			// ("Ana Ruiz at the Trade Forum as part of the Summit") that
			// leaves a noun or verb in lower case is not a headline.
			return false
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// minorWords are the prepositions, conjunctions and pronouns of four or
// more letters that title case may leave in lower case ("Talks Resume
// after Pause", "Envoy Meets Leaders with Aid").
var minorWords = map[string]bool{
	"with": true, "from": true, "into": true, "onto": true, "over": true, "than": true, "upon": true,
	"amid": true, "after": true, "about": true, "before": true, "under": true, "until": true, "while": true,
	"near": true, "like": true, "that": true, "this": true, "against": true, "between": true, "during": true,
	"through": true, "without": true, "within": true, "toward": true, "towards": true, "across": true,
	"along": true, "among": true, "versus": true, "since": true, "past": true, "despite": true, "when": true,
	"where": true, "what": true, "their": true, "your": true, "unto": true, "till": true, "around": true,
	"behind": true, "beyond": true, "inside": true, "outside": true, "following": true, "beside": true,
}

// chineseFamilyNames are the commonest Chinese family names in the
// romanisations of Singapore and Malaysia (Hokkien, Teochew, Cantonese,
// Hakka) and of Mandarin, as English news writes them before a given name
// of two syllables ("Tan Kok Leong", "Lim Mei Ling"). Source: own
// compilation for annals (2026); licence: same as annals.
var chineseFamilyNames = map[string]bool{
	"tan": true, "lim": true, "lee": true, "ng": true, "ong": true, "wong": true, "goh": true,
	"chua": true, "chan": true, "koh": true, "teo": true, "teoh": true, "ang": true, "yeo": true,
	"toh": true, "chong": true, "leong": true, "foo": true, "soh": true, "sim": true, "quek": true,
	"chew": true, "yap": true, "yong": true, "heng": true, "tay": true, "khoo": true, "loh": true,
	"ho": true, "lau": true, "cheong": true, "liew": true, "chia": true, "seah": true, "tham": true,
	"wang": true, "zhang": true, "liu": true, "chen": true, "yang": true, "huang": true, "zhao": true,
	"zhou": true, "wu": true, "xu": true, "sun": true, "zhu": true, "guo": true, "lin": true,
}

// chineseThreePart reports whether the capitalised run toks[k:j] is a
// Chinese name of three parts, family name first and a given name of two
// syllables written apart ("Tan Kok Leong signed the deal"): a known
// family name, then two capitalised syllables of two to five letters,
// and a lower-case word after the run. "Tan Sri" is a Malay style, not a
// family name.
func chineseThreePart(s *mention.Sentence, k, j int) bool {
	toks := s.Toks
	if j-k != 3 || j >= len(toks) || !chineseFamilyNames[toks[k].Lower] || malayPairStyle(toks, k) {
		return false
	}
	if toks[j].Kind != token.Word || toks[j].IsCap() {
		return false
	}
	for i := k; i < j; i++ {
		n := utf8.RuneCountInString(toks[i].Text)
		if toks[i].Kind != token.Word || !toks[i].IsCap() || toks[i].IsAllCaps() || n < 2 || n > 5 && i > k || s.Covered(i) || thingHeads[toks[i].Lower] || orgHeadsSet.Has(toks[i].Lower) {
			return false
		}
	}
	return true
}

// malayPairStyle reports whether toks[x] is a word of a Malaysian style
// written in two words ("Tan Sri", "Puan Sri", "Datuk Sri", "Dato' Sri").
// Neither word is a style alone: "Tan" is a Chinese family name ("Tan
// Wei Ming") and "Sri" a given name ("Sri Mulyani Indrawati"), so each is
// a style only beside the other, or "Sri" after a one-word style.
func malayPairStyle(toks []token.Token, x int) bool {
	switch toks[x].Lower {
	case "tan", "puan":
		return x+1 < len(toks) && toks[x+1].Lower == "sri" && toks[x+1].IsCap() && toks[x].IsCap()
	case "sri":
		if x == 0 || !toks[x].IsCap() {
			return false
		}
		p := x - 1
		if (toks[p].Text == "'" || toks[p].Text == "’") && p > 0 {
			p-- // "Dato' Sri"
		}
		switch toks[p].Lower {
		case "tan", "puan", "datuk", "dato", "seri":
			return toks[p].IsCap()
		}
	}
	return false
}

func honorificBefore(toks []token.Token, k int) bool {
	if k > 0 && (honorificsSet.Has(toks[k-1].Lower) || malayPairStyle(toks, k-1)) {
		return true
	}
	return k > 1 && toks[k-1].Text == "." && honorificsSet.Has(toks[k-2].Lower)
}

// givenNameFirst reports whether the name candidate toks[k:j] opens with a
// given name and goes on to a surname ("Paul Whelan", "Michael R.
// Pompeo", "Jean-Yves Le Drian"): a person by the lexicon alone, with no
// title or verb around it. Not when a determiner stands before it ("the
// Christian Science Monitor") or its last word heads the name of a place
// or thing ("Victoria Falls", "Marshall Plan").
func givenNameFirst(s *mention.Sentence, k, j int) bool {
	toks := s.Toks
	if j-k < 2 || nameWords(toks[k:j]) > 5 {
		return false
	}
	if !gazetteer.GivenName(toks[k].Lower) && !placeGivenNames[toks[k].Lower] && !(gazetteer.CommonGivenName(toks[k].Lower) && midSentence(s, k)) {
		return false
	}
	last := toks[j-1]
	if last.Kind != token.Word || utf8.RuneCountInString(last.Text) < 2 || thingHeads[last.Lower] || orgHeadsSet.Has(last.Lower) {
		return false
	}
	if nonPerson(toks, k, j) {
		return false
	}
	// A determiner before the name, perhaps with a quotation mark or one
	// lower-case modifier between, makes it a modifier or a thing: "the
	// "Anne Klein" line", "the annual Toy Fair", "the majority Christian
	// Democrats"; not "the late John Smith".
	b := k - 1
	if b >= 0 && (toks[b].Kind == token.Punct && strings.ContainsAny(toks[b].Text, "\"“'‘") || toks[b].Kind == token.Word && !toks[b].IsCap() && toks[b].Lower != "late" && !s.Covered(b)) {
		b--
	}
	if b >= 0 && determiners[toks[b].Lower] {
		return false
	}
	// "at Lazaro Cardenas", "in Nova Scotia": a place, or a firm ("an
	// analyst at Morgan Grenfell").
	return k == 0 || !placePreps[toks[k-1].Lower]
}

// midSentence reports whether token k follows a lower-case word, a comma
// or an office word of a title, so that its capital marks a name, not the
// start of a sentence or heading: "met Mark Lowe", "Director Grant
// Ellery", not "Mark Lowe." opening a line.
func midSentence(s *mention.Sentence, k int) bool {
	if k == 0 {
		return false
	}
	p := s.Toks[k-1]
	if x := s.Ending(k - 1); x >= 0 && s.Ments[x].Kind == mention.Role {
		return true
	}
	return p.Text == "," || officeNouns[p.Lower] || p.Kind == token.Word && !p.IsCap()
}

var placePreps = map[string]bool{"at": true, "in": true, "near": true, "outside": true}

// nonPerson reports whether toks[k:j] is listed in the gazetteer's names
// that look like persons' names but name firms or things ("Merrill
// Lynch", "Freddie Mac"), or begins one ("Merrill Lynch Capital Markets"),
// or is one word said twice.
func nonPerson(toks []token.Token, k, j int) bool {
	if j-k == 2 && toks[k].Lower == toks[k+1].Lower {
		// "Sim Sim", "Bora Bora": a word said twice is a slogan, a
		// greeting or a place, never a given name and a surname.
		return true
	}
	if j-k >= 3 && romanceOrgHeads[toks[k].Lower] && romanceOf[toks[k+1].Lower] {
		// "Clan del Golfo", "Cártel de Sinaloa", "Frente de Liberación":
		// a Spanish, Portuguese, French or Italian name that opens with
		// its head noun and "of" names a body, never a person.
		return true
	}
	var buf [64]byte // most names fit: no allocation for them
	b := buf[:0]
	for x := k; x < j; x++ {
		if x > k && toks[x].Begin > toks[x-1].End {
			b = append(b, ' ')
		}
		b = append(b, toks[x].Lower...)
		if gazetteer.NotPerson(string(b)) {
			return true
		}
	}
	return false
}

// officeStart returns where a name starts inside the capitalised run
// toks[k:j] when the run opens with an office the gazetteer does not list
// ("Mission Director", "Acting Administrator", "Administrative
// Executive") and two words or more follow it; k when it does not.
func officeStart(s *mention.Sentence, k, j int) int {
	toks := s.Toks
	if gazetteer.GivenName(toks[k].Lower) {
		return k
	}
	first := -1
	for i := k + 1; i < j-1; i++ {
		if officeNouns[toks[i-1].Lower] && !officeNouns[toks[i].Lower] {
			if gazetteer.GivenName(toks[i].Lower) {
				// "Deputy National Security Adviser Ana Ruiz": the
				// given name after the last office word starts it.
				return i
			}
			if first < 0 {
				first = i
			}
		}
	}
	if first >= 0 {
		return first
	}
	if j-k >= 3 && descriptors[toks[k].Lower] && gazetteer.GivenName(toks[k+1].Lower) {
		// "Democrat Ana Ruiz", "Analyst Tom Reed": a capitalised
		// description, then the name.
		return k + 1
	}
	// "Lieutenant General Dhiya'uldin Jamal": ranks and offices open the
	// run; the name is what follows them.
	i := k
	for i < j-2 && officeNouns[toks[i].Lower] {
		i++
	}
	return i
}

// lineEnd reports whether a name ending before token j ends its sentence
// or line: nothing follows on its line but punctuation or a possessive.
func lineEnd(text string, s *mention.Sentence, j int) bool {
	if j >= len(s.Toks) || s.Toks[j].Kind == token.Punct || s.Toks[j].Lower == "'s" || s.Toks[j].Lower == "’s" {
		return true
	}
	return strings.Contains(text[s.Toks[j-1].End:s.Toks[j].Begin], "\n")
}

// nameWords counts the tokens of a name leaving out hyphens and
// particles in lower case: "Khalid bin Ibrahim al-Hamar" has three.
func nameWords(toks []token.Token) int {
	n := 0
	for _, t := range toks {
		if t.Text == "-" || particlesSet.Has(t.Text) {
			continue // the particles' keys are in lower case
		}
		n++
	}
	return n
}

// words counts the word tokens of toks: "Co-Chairs" is one word.
func words(toks []token.Token) int {
	n := 0
	for i, t := range toks {
		if t.Kind == token.Word && (i == 0 || toks[i-1].Text != "-") {
			n++
		}
	}
	return n
}

// capitalEnd reports whether w, with a lower-case letter in it, ends in
// a capital: "MoFA", "MoD", "MoU" abbreviate a body or a paper; a name's
// word never ends so.
func capitalEnd(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsUpper(r) && strings.IndexFunc(w, unicode.IsLower) >= 0
}

// camelJoined reports a word in which a capital follows four or more
// lower-case letters ("BandaAmbassador"): two words run together by a
// scraper, not a name such as "McDonald", "MacKay" or "DeSantis".
func camelJoined(w string) bool {
	lowers := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			if lowers >= 4 {
				return true
			}
			lowers = 0
		case unicode.IsLower(r):
			lowers++
		}
	}
	return false
}

// phraseWords are capitalised common words that open or go on phrases
// which are not names ("Foreign Affairs", "State Department", "Prime
// Time"); a name never starts right after one.
var phraseWords = map[string]bool{
	"foreign": true, "defence": true, "defense": true, "prime": true, "state": true, "party": true,
	"government": true, "news": true, "agency": true, "ministry": true, "city": true, "street": true,
	"press": true, "conference": true, "world": true, "war": true, "north": true, "south": true,
	"east": true, "west": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "new": true, "old": true, "islands": true, "island": true,
}

// lineStart reports whether byte i of text opens a line, after blanks.
func lineStart(text string, i int) bool { return opensAfterBlanks(text, i, false) }

// fieldStart reports whether text[i] opens a line or a field of a
// page's date line that bars set apart: "January 13, 1996|By Ana Ruiz",
// "Source: Xinhua| 2018-07-24|Editor: Li Wen".
func fieldStart(text string, i int) bool { return opensAfterBlanks(text, i, true) }

// opensAfterBlanks reports whether only blanks stand between text[i] and
// the start of the text, a line break or, when bar is set, a '|'.
func opensAfterBlanks(text string, i int, bar bool) bool {
	for i > 0 {
		switch c := text[i-1]; {
		case c == '\n', bar && c == '|':
			return true
		case c == ' ', c == '\t', c == '\r':
			i--
		default:
			return false
		}
	}
	return true
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "these": true, "those": true}

// officeNouns end titles of office that the role gazetteer does not list;
// a given name after one starts a person's name.
var officeNouns = map[string]bool{
	"director": true, "administrator": true, "coordinator": true, "commissioner": true,
	"officer": true, "adviser": true, "advisor": true, "counselor": true, "counsellor": true,
	"attache": true, "attaché": true, "undersecretary": true, "under-secretary": true,
	"deputy": true, "chief": true, "chair": true, "co-chair": true, "chairwoman": true,
	"chairperson": true, "head": true, "manager": true, "editor": true, "reporter": true,
	"writer": true, "delegate": true, "negotiator": true, "rapporteur": true, "general": true,
	"colonel": true, "captain": true, "sergeant": true, "admiral": true, "lieutenant": true,
	"major": true, "corporal": true, "staff": true, "investor": true, "commandant": true, "judge": true,
	"justice": true, "bishop": true, "cardinal": true, "rabbi": true, "imam": true, "sheriff": true,
	"consul": true, "executive": true, "dato": true, "datuk": true, "seri": true, "treasurer": true, "comptroller": true, "controller": true, "inspector": true,
	"superintendent": true, "prosecutor": true, "attorney": true, "economist": true,
}

// descriptors are capitalised words of affiliation or description that
// may stand before a name without being part of it ("Republican John
// McCain", "Candidate ...").
var descriptors = map[string]bool{
	"democrat": true, "republican": true, "independent": true, "socialist": true, "conservative": true,
	"liberal": true, "communist": true, "labour": true, "candidate": true, "nominee": true,
	"senator": true, "congressman": true, "congresswoman": true, "lawmaker": true, "photographer": true,
	"analyst": true, "spokesman": true, "spokeswoman": true, "columnist": true, "correspondent": true,
}

// thingHeads end names of places, works and things that may open with a
// given name ("George Town", "Victoria Falls", "Marshall Plan", "Nobel
// Prize"): such a name is no person's.
var thingHeads = map[string]bool{
	"town": true, "city": true, "county": true, "island": true, "islands": true, "river": true,
	"valley": true, "bay": true, "beach": true, "park": true, "street": true, "avenue": true,
	"road": true, "square": true, "hills": true, "heights": true, "falls": true, "lake": true,
	"mountain": true, "mountains": true, "port": true, "airport": true, "station": true,
	"hall": true, "house": true, "palace": true, "prize": true, "award": true, "plaza": true,
	"hospital": true, "school": true, "college": true, "academy": true, "stadium": true,
	"bridge": true, "doctrine": true, "act": true, "plan": true, "report": true, "cup": true,
	"trophy": true, "memorial": true, "fellowship": true, "scholarship": true, "canal": true,
	"dam": true, "highway": true, "tower": true, "building": true, "library": true, "museum": true,
	"cathedral": true, "church": true, "mosque": true, "temple": true, "base": true, "camp": true,
	"fort": true, "accords": true, "accord": true, "treaty": true, "declaration": true,
	"initiative": true, "program": true, "programme": true, "project": true, "prison": true,
	"province": true, "state": true, "district": true, "region": true, "peninsula": true,
	"sea": true, "strait": true, "gulf": true, "coast": true, "harbor": true, "harbour": true,
	"show": true, "festival": true, "games": true, "trust": true, "brothers": true,
	// units of a newsroom: "the Times Political Desk reports"
	"desk": true, "bureau": true, "newsroom": true,
	"sons": true, "associates": true, "brands": true, "research": true, "technology": true, "investors": true, "capital": true, "securities": true, "motors": true,
	"index": true, "exchange": true, "market": true, "markets": true, "fields": true, "field": true,
	"club": true, "democrats": true, "republicans": true, "socialists": true, "liberals": true,
	"conservatives": true, "communists": true, "greens": true, "fair": true, "line": true, "lines": true,
	// Firms named after their founders ("Ted Bates Worldwide", "Stuart
	// Pharmaceuticals") and things named after persons ("Reagan
	// Administration", "Hilton Hotel").
	"worldwide": true, "pharmaceuticals": true, "administration": true, "hotel": true, "hotels": true,
	"restaurant": true, "restaurants": true, "plus": true, "inn": true, "casino": true, "cafe": true,
	"store": true, "stores": true, "foods": true, "products": true, "resources": true,
	"communications": true, "electronics": true, "chemicals": true, "petroleum": true, "oil": true,
	"mining": true, "energy": true, "steel": true, "textiles": true, "financial": true,
	"savings": true, "insurance": true, "realty": true, "properties": true, "construction": true,
	"laboratories": true, "labs": true, "publishing": true, "press": true, "records": true,
	"studios": true, "pictures": true, "entertainment": true, "media": true, "software": true,
}

// personContext reports a name of two words or more that its context
// shows to be a person's, whatever its given name: after "said" ("...,
// said Dillard Spriggs of ..."), or before an apposition that describes
// a person: "Youcef Yousfi, director-general of ...", "Terumi Fujitsuka,
// 35, a steel firm employee", "Perrin Long, who ...", "X, a senior U.S.
// official".
func personContext(s *mention.Sentence, k, j int) bool {
	toks := s.Toks
	if words(toks[k:j]) < 2 || nonPerson(toks, k, j) || thingHeads[toks[j-1].Lower] {
		return false
	}
	if k > 0 && (toks[k-1].Lower == "said" || toks[k-1].Lower == "says" || toks[k-1].Lower == "added") {
		// "said Dana Johnson of First Chicago", "..., said Dana
		// Johnson.": not "said Korean Air signed", where the name is a
		// clause's subject.
		if j == len(toks) || toks[j].Lower == "of" || toks[j].Text == "." || toks[j].Text == "\"" {
			return true
		}
	}
	x := j
	if x < len(toks) && (toks[x].Lower == "jr" || toks[x].Lower == "sr") {
		x++
		if x < len(toks) && toks[x].Text == "." {
			x++
		}
	}
	if x+1 >= len(toks) || toks[x].Text != "," {
		return false
	}
	x++
	if toks[x].Lower == "who" || toks[x].Kind == token.Number && x+1 < len(toks) && toks[x+1].Text == "," {
		return true
	}
	det := determiners[toks[x].Lower]
	if det {
		x++
	}
	for n := 0; x < len(toks) && n < 4; n, x = n+1, x+1 {
		t := toks[x]
		if personNouns[t.Lower] || officeNouns[t.Lower] {
			return !t.IsCap() || s.Covered(x) || officeRun(s, x)
		}
		if t.Kind == token.Word && !t.IsCap() || s.Covered(x) || t.Text == "-" {
			continue
		}
		if det && t.Kind == token.Word {
			// "Michio Watanabe, a Nakasone faction member": after an
			// article a capitalised word modifies the person noun.
			continue
		}
		if t.Kind == token.Word && x+1 < len(toks) && (toks[x+1].Lower == "'s" || toks[x+1].Lower == "’s") {
			x++ // "X, Kirkwall's mayor, said": a place's or firm's office
			continue
		}
		return false
	}
	return false
}

// officeRun reports whether the capitalised words from token x on are all
// office and person nouns, closed by a comma or a lower-case word: "X,
// OPEC Deputy Secretary General, said", not "At Goldman Sachs, Chief
// Economist Jan Hatzius said".
func officeRun(s *mention.Sentence, x int) bool {
	toks := s.Toks
	for x < len(toks) && toks[x].Kind == token.Word && toks[x].IsCap() && (officeNouns[toks[x].Lower] || personNouns[toks[x].Lower] || s.Covered(x)) {
		x++
	}
	return x < len(toks) && (toks[x].Text == "," || toks[x].Kind == token.Word && !toks[x].IsCap())
}

// personNouns describe a person in an apposition ("X, an analyst at
// ...").
var personNouns = map[string]bool{
	"chairman": true, "chairwoman": true, "president": true, "vice": true, "economist": true,
	"analyst": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"employee": true, "executive": true, "member": true, "lawyer": true, "professor": true,
	"researcher": true, "secretary": true, "minister": true, "governor": true, "mayor": true, "author": true,
	"founder": true, "owner": true, "partner": true, "trader": true, "broker": true, "dealer": true,
	"strategist": true, "consultant": true, "engineer": true, "farmer": true, "worker": true,
	"student": true, "teacher": true, "leader": true, "ambassador": true, "envoy": true,
	"diplomat": true, "correspondent": true, "son": true, "daughter": true, "wife": true,
	"husband": true, "mother": true, "father": true, "widow": true, "brother": true, "sister": true,
	"citizen": true, "resident": true, "veteran": true, "former": true, "retired": true,
	"senior": true, "aide": true, "scientist": true, "expert": true, "activist": true,
	"journalist": true, "soldier": true, "pilot": true, "doctor": true, "nurse": true,
	// a person's part in public life: "X, an opponent of the plan,"
	"opponent": true, "critic": true, "lawmaker": true, "legislator": true, "politician": true,
	"dissident": true, "businessman": true, "businesswoman": true, "banker": true, "novelist": true,
	"writer": true, "adviser": true, "advisor": true, "negotiator": true, "campaigner": true,
}

// successionNouns name the holder of an office before or after a person
// ("His successor, Vojan Kostic, has pledged"); after "its" they name a
// firm or a body as well, so only "his" or "her" makes them a person's.
var successionNouns = map[string]bool{"successor": true, "predecessor": true, "challenger": true}

var openQuote = map[string]bool{"\"": true, "“": true, "'": true, "‘": true}
var closeQuote = map[string]bool{"\"": true, "”": true, "'": true, "’": true}

// nicknameEnd returns the index of the token after a nickname of one to
// three capitalised words in quotes that opens at toks[q] inside a name
// and the name's next part after it ("“Ben” Ashworth", "“El Chapo”
// Guzmán"), 0 when there is none. The quotes hug the nickname.
func nicknameEnd(toks []token.Token, q int, isPart func(int) bool) int {
	for n := 1; n <= 3; n++ {
		c := q + n + 1 // the closing quote
		if c+1 >= len(toks) || !isPart(c-1) {
			return 0
		}
		if closeQuote[toks[c].Text] {
			if toks[q+1].Begin != toks[q].End || toks[c].Begin != toks[c-1].End || !isPart(c+1) {
				return 0
			}
			return c + 2
		}
	}
	return 0
}

// dropNickname returns a name without a nickname in quotes between its
// words: "Benjamin Ashworth" of "Benjamin “Ben” Ashworth", "Joaquín
// Guzmán" of "Joaquín “El Chapo” Guzmán", as the name is recorded.
func dropNickname(name string) string {
	if !strings.ContainsAny(name, "\"'‘’“”") && singleSpaced(name) {
		return name // no quotes: the words as they are (most names)
	}
	f := strings.Fields(name)
	out := f[:0]
	for i := 0; i < len(f); i++ {
		r := []rune(f[i])
		if len(r) > 1 && openQuote[string(r[0])] {
			// the words up to the one that closes the quote
			end := -1
			for k := i; k < len(f) && k < i+3; k++ {
				rk := []rune(f[k])
				if len(rk) > 1 && closeQuote[string(rk[len(rk)-1])] && (k > i || len(rk) > 2) {
					end = k
					break
				}
			}
			if end >= 0 {
				i = end
				continue
			}
		}
		out = append(out, f[i])
	}
	return strings.Join(out, " ")
}

// singleSpaced reports whether s is words separated by single ASCII
// spaces, with no other white space and none at either end: what
// strings.Join(strings.Fields(s), " ") leaves as it is.
func singleSpaced(s string) bool {
	if s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case c < ' ':
			if unicode.IsSpace(rune(c)) {
				return false
			}
		case c >= utf8.RuneSelf:
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

// institutionWords end the names of ministries, portfolios, bodies and
// meetings ("Foreign Affairs", "Management and Budget", "Director-General
// of Police", "Foreign Ministers Meeting") and never a person's name. Own
// compilation for annals (2026) from the portfolios of cabinet titles.
var institutionWords = map[string]bool{
	"affairs": true, "budget": true, "police": true, "policy": true, "meeting": true, "summit": true,
	"development": true, "security": true, "cooperation": true, "relations": true, "planning": true,
	"propaganda": true, "management": true, "intelligence": true, "finance": true, "commerce": true,
	"industry": true, "agriculture": true, "health": true, "education": true, "interior": true,
	"environment": true, "transport": true, "transportation": true, "labour": true, "labor": true,
	"welfare": true, "tourism": true, "culture": true, "information": true, "fisheries": true,
	"forestry": true, "infrastructure": true, "treasury": true, "customs": true, "immigration": true,
	"revenue": true, "taxation": true, "telecommunications": true, "aviation": true, "housing": true,
	"fed": true, "trade": true, "defence": true, "defense": true, "justice": true, "energy": true,
	// Exchanges a headline names after a person whose possessive lost its
	// apostrophe in a feed ("Secretary Blinkens Call with ...").
	"call": true, "remarks": true, "readout": true, "interview": true, "briefing": true,
}

// institutionWordsSet spares most words the institutionWords lookup (see token.Set).
var institutionWordsSet = token.NewSet(institutionWords)

// institutionEnd returns where a name starts in the capitalised run
// toks[k:j] that opens with institution words ("Affairs Jan de Wit" of
// "Secretary for Foreign Affairs Jan de Wit"): after them, when a word is
// left; k when the run does not open with one.
func institutionEnd(toks []token.Token, k, j int) int {
	i := k
	for i < j-1 && institutionWordsSet.Has(toks[i].Lower) {
		i++
	}
	if toks[i].Text == "-" {
		return k
	}
	return i
}

// firmNouns are lower-case nouns for a firm or body that stand before its
// name ("brokerage James Capel", "stockbroker Hoare Govett", "carmaker
// Ford"): the name after one is no person's.
var firmNouns = map[string]bool{
	"brokerage": true, "stockbroker": true, "stockbrokers": true, "firm": true, "bank": true,
	"consultancy": true, "insurer": true, "carmaker": true, "automaker": true, "retailer": true,
	"conglomerate": true, "airline": true, "newspaper": true, "broadcaster": true, "company": true,
	"subsidiary": true, "manufacturer": true, "lender": true, "publisher's": true, "chain": true,
}

// firmNounBefore reports whether a lower-case firm noun stands right
// before token k.
func firmNounBefore(toks []token.Token, k int) bool {
	return k > 0 && firmNouns[toks[k-1].Text]
}

// speechAfterAffiliation reports whether the name ending before token j
// is followed by its affiliation and a speech verb: "of Phillips and Drew
// told", "of Bear Stearns said". The affiliation is capitalised words,
// known mentions, "and" and "&", at most six tokens.
func speechAfterAffiliation(s *mention.Sentence, j int) bool {
	toks := s.Toks
	if j+2 >= len(toks) || toks[j].Lower != "of" {
		return false
	}
	x := j + 1
	for n := 0; x < len(toks) && n < 6; n, x = n+1, x+1 {
		t := toks[x]
		if !(t.Kind == token.Word && t.IsCap() || s.Covered(x) || t.Lower == "and" || t.Text == "&") {
			break
		}
	}
	return x > j+1 && x < len(toks) && speechVerbs[toks[x].Lower] && toks[x-1].Lower != "and"
}

// officeApposition reports whether the name toks[k:j] stands in commas
// after a lower-case office or person noun: "its president and chief
// operating officer, Armon Mills, is", "the fund's economist, Ana Ruiz,
// said".
func officeApposition(s *mention.Sentence, k, j int) bool {
	toks := s.Toks
	if k < 2 || j >= len(toks) || toks[k-1].Text != "," || toks[j].Text != "," {
		return false
	}
	p := toks[k-2]
	if successionNouns[p.Lower] {
		return k >= 3 && (toks[k-3].Lower == "his" || toks[k-3].Lower == "her")
	}
	return p.Kind == token.Word && !p.IsCap() && (officeNouns[p.Lower] || personNouns[p.Lower]) && !firmsToo[p.Lower]
}

// firmsToo are person nouns that describe firms as well ("its European
// partner, European Silicon Structures,"): no apposition of a person.
var firmsToo = map[string]bool{
	"partner": true, "member": true, "owner": true, "founder": true, "dealer": true, "broker": true,
	"trader": true, "leader": true, "investor": true, "former": true, "senior": true, "vice": true,
	"resident": true, "citizen": true, "veteran": true, "retired": true, "head": true, "staff": true,
}

// outletHeads end an outlet's name after its acronym in a by-line: "By
// Jane Roe DoD News", "By Ana Ruiz VOA News".
var outletHeads = map[string]bool{"news": true, "service": true, "wire": true, "press": true, "radio": true, "television": true, "tv": true}

// acronym reports whether w is an outlet's or agency's initialism: two or
// more capitals in at most four letters with no lower-case letter in a row
// after the first capital ("VOA", "DoD", "AFP"), unlike "McKay" or "DeLay".
func acronym(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 || len(rs) > 4 || !unicode.IsUpper(rs[0]) || !unicode.IsUpper(rs[len(rs)-1]) {
		return false
	}
	for i := 1; i < len(rs); i++ {
		if !unicode.IsLetter(rs[i]) || unicode.IsLower(rs[i]) && unicode.IsLower(rs[i-1]) {
			return false
		}
	}
	return true
}

// headerName reports whether toks[k:j] is a name alone on its line, opened
// by a given name, with a line holding only a title after it (the sentence
// next): the signature block of a press statement ("Ana K. Berg\nDeputy
// Spokesperson").
func headerName(text string, s, next *mention.Sentence, k, j int) bool {
	toks := s.Toks
	if next == nil || j-k < 2 || j-k > 5 || !lineStart(text, toks[k].Begin) || !lineEnd(text, s, j) || j < len(toks) && toks[j].Kind != token.Punct {
		return false
	}
	if !gazetteer.GivenName(toks[k].Lower) && !gazetteer.CommonGivenName(toks[k].Lower) {
		return false
	}
	role, _, _ := headerRole(text, s, next)
	return role != ""
}

// headerRole returns the title that fills the line next opens, with the
// capitalised words before it but "Acting" ("Acting Deputy Spokesman" gives
// "Deputy Spokesperson"), when next starts on the line after s; else "".
// A comma may end the title, before the office's own name ("Acting
// Department Spokesperson, Office of the Spokesperson"). written is the
// title as the line words it, without "Acting", when it says more than
// role (see Person.Written), and acting is whether "Acting" opens it.
func headerRole(text string, s, next *mention.Sentence) (role, written string, acting bool) {
	toks := next.Toks
	if len(toks) == 0 || len(s.Toks) == 0 || !strings.Contains(text[s.Toks[len(s.Toks)-1].End:toks[0].Begin], "\n") {
		return "", "", false
	}
	var mods []string
	j, first := 0, 0
	for ; j < len(toks) && j < 3 && next.At(j) < 0 && toks[j].Kind == token.Word && toks[j].IsCap(); j++ {
		if toks[j].Lower != "acting" {
			mods = append(mods, toks[j].Text)
		} else if j == 0 {
			acting, first = true, 1
		}
	}
	x := next.At(j)
	if x < 0 || next.Ments[x].Kind != mention.Role || next.Ments[x].Entry.Plural {
		return "", "", false
	}
	e := next.Ments[x].J
	if e < len(toks) && !strings.Contains(text[toks[e-1].End:toks[e].Begin], "\n") && toks[e].Text != "," {
		return "", "", false
	}
	role = strings.Join(append(mods, next.Ments[x].Entry.Name), " ")
	if w := text[toks[first].Begin:toks[e-1].End]; first < e && (acting || next.Ments[x].Entry.Name == "Spokesperson") && w != role {
		written = w
	}
	return role, written, acting
}

// commenter reports whether toks[k:k+3] is a reader's signature: a given
// name and an initial with its full stop alone on a line ("Gloria P."),
// above a line that a capitalised word opens (the reader's place, as in
// "Oregon, USA"). It returns the state that line names, if any.
func commenter(text string, s, next *mention.Sentence, k int) (annals.Country, bool) {
	toks := s.Toks
	if k+3 > len(toks) || !lineStart(text, toks[k].Begin) || toks[k+2].Text != "." || toks[k+2].Begin != toks[k+1].End {
		return "", false
	}
	if !gazetteer.GivenName(toks[k].Lower) && !gazetteer.CommonGivenName(toks[k].Lower) || !toks[k].IsCap() {
		return "", false
	}
	if r := []rune(toks[k+1].Text); len(r) != 1 || !unicode.IsUpper(r[0]) {
		return "", false
	}
	// The place line: the rest of this sentence after a line break, or
	// the next sentence on the next line.
	ls, i := s, k+3
	if i == len(toks) {
		if next == nil || len(next.Toks) == 0 {
			return "", false
		}
		ls, i = next, 0
	}
	if !strings.Contains(text[toks[k+2].End:ls.Toks[i].Begin], "\n") || ls.Toks[i].Kind != token.Word || !ls.Toks[i].IsCap() {
		return "", false
	}
	for _, m := range ls.Ments {
		if m.I < i {
			continue
		}
		if strings.Contains(text[ls.Toks[i].Begin:ls.Toks[m.I].Begin], "\n") {
			break // past the place line
		}
		if m.Kind == mention.Country || m.Kind == mention.Place {
			return m.Country, true
		}
	}
	return "", true
}

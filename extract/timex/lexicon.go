package timex

import (
	_ "embed"
	"strconv"
	"strings"
)

// Word classes of the lexicon (lexicon.txt). A word may belong to several
// classes ("second" is a unit and an ordinal, "past" a reference and a
// direction), so an entry is a bit set with one value per class.
const (
	cMonth uint32 = 1 << iota
	cWeekday
	cUnit
	cNum
	cOrd
	cSeason
	cPart
	cDeictic
	cRef
	cRel
	cMod
	cFreq
	cQuant
	cMisc
	cHoliday
)

var classBits = map[string]uint32{
	"month": cMonth, "weekday": cWeekday, "unit": cUnit, "num": cNum, "ord": cOrd,
	"season": cSeason, "part": cPart, "deictic": cDeictic, "ref": cRef, "rel": cRel,
	"mod": cMod, "freq": cFreq, "quant": cQuant, "misc": cMisc, "holiday": cHoliday,
}

// word is one lexicon entry: the classes a word belongs to and its value in
// each.
type word struct {
	cls                                       uint32
	month, wd, num, ord, deictic, rel         int
	unit, season, part, ref, mod, freq, quant string
	misc                                      string
}

func (w *word) is(c uint32) bool { return w != nil && w.cls&c != 0 }

//go:embed lexicon.txt
var lexiconText string

// lexicon maps a lower-case ASCII word to its entry. It is built once at
// package initialisation from the embedded list and never written again, so
// concurrent Tag calls may read it.
var lexicon = buildLexicon(lexiconText)

// maybeWord[c][n] is true when some lexicon word starts with lower-case
// letter c and has n bytes. Checking it first skips the map lookup for most
// words of running text (names, nouns, verbs), which is where the
// tokenizer spends its time.
var maybeWord = func() (t [26][17]bool) {
	for w := range lexicon {
		if c := w[0]; c >= 'a' && c <= 'z' && len(w) <= 16 {
			t[c-'a'][len(w)] = true
		}
	}
	return t
}()

func buildLexicon(src string) map[string]*word {
	m := make(map[string]*word)
	for _, line := range strings.Split(src, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		bit, ok := classBits[f[1]]
		if !ok {
			continue
		}
		w := m[f[0]]
		if w == nil {
			w = &word{}
			m[f[0]] = w
		}
		w.cls |= bit
		n, _ := strconv.Atoi(f[2])
		switch bit {
		case cMonth:
			w.month = n
		case cWeekday:
			w.wd = n
		case cNum:
			w.num = n
		case cOrd:
			w.ord = n
		case cDeictic:
			w.deictic = n
		case cRel:
			w.rel = n
		case cUnit:
			w.unit = f[2]
		case cSeason:
			w.season = f[2]
		case cPart:
			w.part = f[2]
		case cRef:
			w.ref = f[2]
		case cMod:
			w.mod = f[2]
		case cFreq:
			w.freq = f[2]
		case cQuant:
			w.quant = f[2]
		case cMisc:
			w.misc = f[2]
		}
	}
	return m
}

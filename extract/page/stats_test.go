package page

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLineStats checks the one-pass line counts Lines hands to mainScript
// and classify against counting each line afresh: the same class for
// every line under each main script, and the same main script, on ASCII
// lines, lines padded with no-break spaces, and lines in other scripts.
func TestLineStats(t *testing.T) {
	texts := []string{
		"Harbour talks\n\n  Ministers from Oslo and Riga met on Friday to discuss fishing quotas.  \nShare this\n",
		"\u00a0 Share this \u00a0\nMinisters met in Tromsø and Ålesund on Friday, officials said.\n\t \n",
		"Министры встретились в Осло в пятницу, сообщили официальные лица и эксперты.\nOslo talks end\n» Home",
		"\u00a0\u00a0 one two three four five six seven eight \u00a0\n• Menu",
	}
	for _, text := range texts {
		lines := Lines(text)
		stats := make([]lineStats, len(lines))
		for i, l := range lines {
			stats[i] = statsOf(text[l.Span[0]:l.Span[1]])
		}
		if got, want := mainScript(text, lines, stats), slowMainScript(text, lines); got != want {
			t.Errorf("mainScript(%q) differs from counting every rune", text)
		}
		for i, l := range lines {
			line := text[l.Span[0]:l.Span[1]]
			for _, main := range []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, nil} {
				if got, want := classify(strings.TrimSpace(line), main, &stats[i]), Classify(line, main); got != want {
					t.Errorf("classify(%q) with line counts = %d, Classify = %d", line, got, want)
				}
			}
		}
	}
}

// slowMainScript is mainScript decoding every rune of every line.
func slowMainScript(text string, lines []Line) *unicode.RangeTable {
	counts := make([]int, len(scripts))
	count := func(onlyLong bool) {
		for _, l := range lines {
			s := text[l.Span[0]:l.Span[1]]
			if onlyLong && countWords(s) < 8 {
				continue
			}
			for _, r := range s {
				if r == utf8.RuneError || !unicode.IsLetter(r) {
					continue
				}
				for k, tab := range scripts {
					if unicode.Is(tab, r) {
						counts[k]++
						break
					}
				}
			}
		}
	}
	best := func() int {
		b := -1
		for k, c := range counts {
			if c > 0 && (b < 0 || c > counts[b]) {
				b = k
			}
		}
		return b
	}
	count(true)
	b := best()
	if b < 0 {
		count(false)
		b = best()
	}
	if b < 0 {
		return nil
	}
	return scripts[b]
}

// TestStatsOf checks statsOf's counts against counting each one plainly.
func TestStatsOf(t *testing.T) {
	for _, s := range []string{
		"", " ", "Oslo", "  Ministers from Oslo met\ton Friday.  ", "\u00a0 Tromsø and Ålesund \u00a0",
		"a\vb\fc\rd", "Министры встретились", "x\xffy 12 34", "----", "•  Menu",
	} {
		letters, ascii := 0, true
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				ascii = false
			} else if isASCIILetter(s[i]) {
				letters++
			}
		}
		want := lineStats{words: countWords(s), asciiLetters: letters, ascii: ascii}
		if got := statsOf(s); got != want {
			t.Errorf("statsOf(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// TestStatsOfWords checks statsOf, which reads eight ASCII bytes at a
// time, against counting byte by byte, on lines of every length around
// the eight-byte steps, with each kind of white space, letters at the
// edges of the ASCII letter ranges ('@', '[', '`', '{'), control bytes
// and multi-byte characters in and across the steps.
func TestStatsOfWords(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\v", "\f", "\r", "\x08", "\x0e", "\x1f", "!", "@", "A", "Z", "[", "`", "a", "z", "{", "\x7f", "0", "9", "é", "\u00a0", "Ж", "\xff", "word", "  ", "Ministers"}
	next := uint32(1)
	rnd := func(n int) int { // a fixed xorshift sequence: the same lines every run
		next ^= next << 13
		next ^= next >> 17
		next ^= next << 5
		return int(next % uint32(n))
	}
	for range 5000 {
		var b strings.Builder
		for range rnd(30) {
			b.WriteString(pieces[rnd(len(pieces))])
		}
		s := b.String()
		want := lineStats{words: countWords(s), ascii: true}
		for i := 0; i < len(s); i++ {
			if isASCIILetter(s[i]) {
				want.asciiLetters++
			}
			if s[i] >= utf8.RuneSelf {
				want.ascii = false
			}
		}
		if got := statsOf(s); got != want {
			t.Fatalf("statsOf(%q) = %+v, want %+v", s, got, want)
		}
	}
}

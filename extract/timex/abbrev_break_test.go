package timex

import "testing"

// TestSentenceBreakDottedAbbreviation checks that the full stop of a
// dotted abbreviation ("a.m.", "p.m.", "e.g.") before a lower-case word
// ends no sentence, while one before a capital, a number or a paragraph
// break, or after a plain word, still does.
func TestSentenceBreakDottedAbbreviation(t *testing.T) {
	for _, c := range []struct {
		text  string
		after string // the token just after the full stop in question
		brk   bool
	}{
		{"The ferry leaves at 7 a.m. on weekdays.", "on", false},
		{"The ferry leaves at 7 a.m. on weekdays.", "m", false},
		{"Voting closes at 8 p.m. local time in the capital.", "local", false},
		{"Some ports, e.g. the northern ones, stayed shut.", "the", false},
		{"The train left at 6 a.m. Officials said nobody was hurt.", "Officials", true},
		{"The train left at 6 a.m.\n\nthen the line closed.", "then", true},
		{"The talks ended at 4 p.m. 12 delegates stayed.", "12", true},
		{"The talks ended in the morning. then nothing happened.", "then", true},
	} {
		m := &matcher{text: c.text, toks: tokenize(c.text, nil)}
		k := -1
		for i := 1; i < len(m.toks); i++ {
			tk := m.toks[i]
			if c.text[tk.b:tk.e] == c.after && m.punct(i-1, '.') {
				k = i
				break
			}
		}
		if k < 0 {
			t.Fatalf("%q: no full stop before %q", c.text, c.after)
		}
		if got := m.sentenceBreak(k); got != c.brk {
			t.Errorf("%q: sentenceBreak before %q = %v, want %v", c.text, c.after, got, c.brk)
		}
	}
}

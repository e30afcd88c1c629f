package token_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals/extract/token"
)

func texts(ts []token.Token) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.Text
	}
	return strings.Join(s, "|")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Russia's Itar-Tass news agency", "Russia|'s|Itar|-|Tass|news|agency"},
		{"the U.S. and U.N officials", "the|U.S.|and|U.N|officials"},
		{"33 billion (b) US dollars", "33|billion|(|b|)|US|dollars"},
		{"$1.2bn and €500m", "$|1.2|bn|and|€|500|m"},
		{"1,200 tonnes.", "1,200|tonnes|."},
		{"O'Brien met J. Smith", "O'Brien|met|J|.|Smith"},
		{"Kishida’s visit", "Kishida|’s|visit"},
		{"Москва и Токио", "Москва|и|Токио"},
		{"bad \xff byte", "bad|byte"},
		{"end.", "end|."},
		{"B52s, 3rd café naïve rock'n'roll_x", "B52s|,|3|rd|café|naïve|rock'n'roll|_|x"},
		{"PoliticsKenya votes today\nInternationalNorway ships grain", "Politics|Kenya|votes|today|International|Norway|ships|grain"},
		{"InternationalAustralia's crop", "International|Australia|'s|crop"},
		{"McDonald MacArthur PetroChina WorldCom InterContinental", "McDonald|MacArthur|PetroChina|WorldCom|InterContinental"},
		{"InternationalUSA Nationally NationalIST", "InternationalUSA|Nationally|NationalIST"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := texts(token.Tokenize(tt.in, 0)); got != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeSpans(t *testing.T) {
	text := "xx Japan-Russia trade, \"1.5 trillion yen\""
	for _, tk := range token.Tokenize(text[3:], 3) {
		if text[tk.Begin:tk.End] != tk.Text {
			t.Errorf("token %q has span %d..%d = %q", tk.Text, tk.Begin, tk.End, text[tk.Begin:tk.End])
		}
		if tk.Lower != strings.ToLower(tk.Text) {
			t.Errorf("token %q Lower = %q", tk.Text, tk.Lower)
		}
	}
}

func TestCase(t *testing.T) {
	tests := []struct {
		in           string
		cap, allCaps bool
	}{
		{"Japan", true, false}, {"NATO", true, true}, {"U.S.", true, true}, {"talks", false, false}, {"A", true, false},
		{"Ørsted", true, false}, {"ÆRØ", true, true}, {"ÉTAT", true, true}, {"éclair", false, false}, {"Δήλος", true, false},
		{"ΔΗΛΟΣ", true, true}, {"McCain", true, false}, {"1990s", false, false}, {"X1", true, false}, {"BMW3", true, true},
	}
	for _, tt := range tests {
		tk := token.Tokenize(tt.in, 0)[0]
		if tk.IsCap() != tt.cap || tk.IsAllCaps() != tt.allCaps {
			t.Errorf("%q: IsCap, IsAllCaps = %v, %v, want %v, %v", tt.in, tk.IsCap(), tk.IsAllCaps(), tt.cap, tt.allCaps)
		}
	}
}

// TestLower checks every token's lower-case form against strings.ToLower
// of its text, in ASCII texts (lowered once for all their tokens) and in
// texts with other letters (lowered token by token), some of which change
// length when lowered.
func TestLower(t *testing.T) {
	for _, s := range []string{
		"Harbour talks in OSLO ended; the Mayor of Bergen's office said so.",
		"all lower case words here",
		"İzmir and KİEL: Ærø's ferry, Δήλος and ΣΟΦΙΑ met in Kraków.",
		"Ἀθῆναι ȺȾ ẞ Kelvin\u212a sign",
	} {
		for _, tk := range token.Tokenize(s, 0) {
			if want := strings.ToLower(tk.Text); tk.Lower != want {
				t.Errorf("Tokenize(%q): token %q has Lower %q, want %q", s, tk.Text, tk.Lower, want)
			}
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "U.S.-Japan", "\xff\xfe", "1.2.3,4", "Itar-Tass's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range token.Tokenize(s, 0) {
			if tk.Begin < prev || tk.End <= tk.Begin || tk.End > len(s) || s[tk.Begin:tk.End] != tk.Text || tk.Lower != strings.ToLower(tk.Text) {
				t.Fatalf("Tokenize(%q): bad token %+v", s, tk)
			}
			prev = tk.End
		}
		// An arena gives the tokens of each piece as Tokenize does.
		var a token.Arena
		for b := 0; b < len(s); b += 7 {
			e := min(b+7, len(s))
			if got, want := a.Tokenize(s, b, e), token.Tokenize(s[b:e], b); !equal(got, want) {
				t.Fatalf("Arena.Tokenize(%q, %d, %d) = %q, want %q", s, b, e, texts(got), texts(want))
			}
		}
	})
}

// TestArena checks that tokens taken from an arena are those of Tokenize,
// sentence by sentence: a sentence opening with "'s" right after another
// does not join the token before it, a punctuation-only sentence that
// overflows the block opens a new one, and appending to one result leaves
// the next one alone.
func TestArena(t *testing.T) {
	text := "Moldova's envoy left Vilnius'" + "'s ferry" + strings.Repeat("-,", 400) + "Then Tbilisi."
	cuts := []int{0, 17, 29, 37, 37 + 800, len(text)}
	var a token.Arena
	var got [][]token.Token
	for i := 0; i+1 < len(cuts); i++ {
		b, e := cuts[i], cuts[i+1]
		toks := a.Tokenize(text, b, e)
		if want := token.Tokenize(text[b:e], b); !equal(toks, want) {
			t.Errorf("Arena.Tokenize(text, %d, %d) = %q, want %q", b, e, texts(toks), texts(want))
		}
		if cap(toks) != len(toks) {
			t.Errorf("Arena.Tokenize(text, %d, %d): cap %d, want len %d", b, e, cap(toks), len(toks))
		}
		got = append(got, toks)
	}
	_ = append(got[0], token.Token{Text: "x"})
	if want := token.Tokenize(text[cuts[1]:cuts[2]], cuts[1]); !equal(got[1], want) {
		t.Errorf("after appending to sentence 0, sentence 1 = %q, want %q", texts(got[1]), texts(want))
	}
}

func equal(a, b []token.Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestArenaRelease checks that a released arena's blocks are cleared, so
// they hold on to no text, and that a later arena reusing them gives the
// same tokens as Tokenize.
func TestArenaRelease(t *testing.T) {
	long := strings.Repeat("Fishing quotas for Riga were agreed on Friday. ", 40)
	var a token.Arena
	old := a.Tokenize(long, 0, len(long))
	a.Release()
	for i, tk := range old {
		if tk != (token.Token{}) {
			t.Fatalf("token %d after Release = %+v, want cleared", i, tk)
		}
	}
	short := "Talks in Oslo's harbour."
	for range 3 {
		var b token.Arena
		if got, want := b.Tokenize(short, 9, len(short)), token.Tokenize(short[9:], 9); !equal(got, want) {
			t.Errorf("reused Arena.Tokenize = %q, want %q", texts(got), texts(want))
		}
		b.Release()
	}
}

// TestFilter checks that a filter passes every word of its set, long and
// empty ones too, and turns away most common words outside it.
func TestFilter(t *testing.T) {
	set := map[string]bool{"while": true, "as": true, "although": true, "": true, strings.Repeat("x", 40): true}
	f := token.NewFilter(set)
	for w := range set {
		if !f.May(w) {
			t.Errorf("Filter.May(%q) = false for a word of the set", w)
		}
	}
	// Words of running text outside the set mostly miss it: a few may
	// share a bit with a word of the set, never most.
	other := strings.Fields("the a was ferry whale at of to in and said on for with by from that it is be has have were he she they its an at year new would will")
	passed := 0
	for _, w := range other {
		if f.May(w) {
			passed++
		}
	}
	if passed > len(other)/10 {
		t.Errorf("Filter.May passed %d of %d words outside the set, want at most %d", passed, len(other), len(other)/10)
	}
	// A filter of no words passes none.
	if token.NewFilter(map[string]bool{}).May("while") {
		t.Error("the empty filter passed \"while\"")
	}
}

// TestCaseFastPaths checks IsCap and IsAllCaps, whose common cases are
// inlined, against plain rune-by-rune readings of their definitions, on
// texts of every kind a token can carry (and some it cannot).
func TestCaseFastPaths(t *testing.T) {
	refCap := func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		return unicode.IsUpper(r)
	}
	refAll := func(s string) bool {
		n := 0
		for _, r := range s {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				n++
			}
		}
		return n >= 2
	}
	for _, s := range []string{
		"", "a", "Z", "@", "[", "`", "{", "0", "-", "zA", "aBC", "Ab", "AB", "A.B.", "A-b", "AB-c",
		"É", "ÉT", "Éa", "éT", "ÆRØ", "Δ", "ΔΗ", "\xff", "\xffAB", "AB\xff", "ǅ", "ǅA", "ⅫⅫ", "ＡＢ",
		"1990s", "BMW3", "X1", "K-9", "'TIS", "Oʼneil",
	} {
		tk := token.Token{Text: s}
		if got, want := tk.IsCap(), refCap(s); got != want {
			t.Errorf("Token{%q}.IsCap() = %v, want %v", s, got, want)
		}
		if got, want := tk.IsAllCaps(), refAll(s); got != want {
			t.Errorf("Token{%q}.IsAllCaps() = %v, want %v", s, got, want)
		}
	}
}

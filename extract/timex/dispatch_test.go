package timex

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestLitWordsComplete reads the package's source: every word a pattern
// compares by spelling (lit) must be in litWords, or startsNothing would
// skip an article before it ("the distant past") unseen. A lit call with a
// computed word is allowed only where litWords takes in the list it reads.
func TestLitWordsComplete(t *testing.T) {
	fset := gotoken.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil || len(names) == 0 {
		t.Fatalf("no source: %v", err)
	}
	literal := 0
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, _ := d.(*ast.FuncDecl)
			ast.Inspect(d, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 2 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "lit" {
					return true
				}
				lit, ok := call.Args[1].(*ast.BasicLit)
				if !ok || lit.Kind != gotoken.STRING {
					// absolute.go ranges over dayFollowers and
					// teenthDays, decadeWord over decadeNames.
					if fn == nil || !(name == "absolute.go" || fn.Name.Name == "decadeWord") {
						t.Errorf("%s: lit with a computed word: add the words it may take to litWords", fset.Position(call.Pos()))
					}
					return true
				}
				w, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				literal++
				if !litWords[w] {
					t.Errorf("%s: lit word %q is missing from litWords (dispatch.go)", fset.Position(call.Pos()), w)
				}
				return true
			})
		}
	}
	if literal < 100 {
		t.Fatalf("found only %d lit calls: the source scan is broken", literal)
	}
}

// checkStartsNothing fails when startsNothing skips a token where a
// pattern matches; it returns how many tokens it skipped.
func checkStartsNothing(t *testing.T, text string) int {
	t.Helper()
	m := &matcher{text: text, toks: tokenize(text, nil)}
	n := 0
	for i := range m.toks {
		if !m.startsNothing(i) {
			continue
		}
		n++
		if mm, ok := m.longest(i); ok {
			end := m.toks[min(mm.end, len(m.toks))-1].e
			t.Errorf("startsNothing skips %q, which matches", text[m.toks[i].b:end])
		}
	}
	return n
}

// TestStartsNothing checks on invented sentences that an article before a
// plain word is skipped and one before a time word is not, and on every
// TimeML and article fixture of the repository that no skipped token
// starts a match.
func TestStartsNothing(t *testing.T) {
	for _, c := range []struct {
		text string
		skip []string // articles startsNothing must skip, in order
	}{
		{"The board said a merger with the bank was near.", []string{"The", "a", "the"}},
		{"In the distant past the valley flooded; in the near term a while of calm.", []string{"the"}},
		{"the nineties, the weekend, the full year, the year's end, an hour, a Monday", nil},
		{"the 1990s, the '80s, a 10-day strike, the third quarter, a dozen years", nil},
		{"the Fed", []string{"the"}},
		{"It shipped 15 mln dlrs of goods and 3 tonnes of tin.", []string{"15", "3"}},
		{"at 5 pm, the 3rd quarter, 10 days, the 21st century, 1987 sales, 4 o'clock, 12 March", nil},
		{"the", nil},
	} {
		m := &matcher{text: c.text, toks: tokenize(c.text, nil)}
		var got []string
		for i, tk := range m.toks {
			if m.startsNothing(i) {
				got = append(got, c.text[tk.b:tk.e])
			}
		}
		if strings.Join(got, "|") != strings.Join(c.skip, "|") {
			t.Errorf("%q: startsNothing skips %q, want %q", c.text, got, c.skip)
		}
		checkStartsNothing(t, c.text)
	}
	var names []string
	for _, g := range []string{"../../testdata/timeml*/*.tml", "../../testdata/articles/*.txt", "testdata/seed.txt"} {
		ns, _ := filepath.Glob(g)
		for _, n := range ns {
			if !unscoredSet(filepath.Dir(n)) {
				names = append(names, n)
			}
		}
	}
	if len(names) < 10 {
		t.Fatalf("only %d fixtures found", len(names))
	}
	skipped := 0
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		skipped += checkStartsNothing(t, string(b))
	}
	if skipped < 1000 {
		t.Errorf("startsNothing skipped only %d tokens of %d fixtures", skipped, len(names))
	}
}

// FuzzStartsNothing: no token that startsNothing skips starts a match.
func FuzzStartsNothing(f *testing.F) {
	for _, s := range []string{
		"the company said a deal was close", "the distant past, the near term, a while", "the nineties and the weekend",
		"the remaining months, a record year, the final quarter", "an hour, the 1990s, the '80s", "15 mln dlrs in 3 weeks, 5 pm, 21st century, 2 o'clock",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkStartsNothing(t, text) })
}

// unscoredSet reports whether dir is an evaluation set that is still blind
// or fresh (its README's status says it awaits its first score): no code
// of the tagger may run over such a set before the coordinator scores it.
func unscoredSet(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil {
		return false
	}
	lower := strings.ToLower(string(b))
	return strings.Contains(lower, "first score pending") || strings.Contains(lower, "not yet scored")
}

func TestUnscoredSet(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		readme string
		want   bool
	}{
		{"", false}, // no README: an ordinary fixture folder
		{"**Status: fresh: first score pending (the coordinator scores it once).**", true},
		{"**blind: not yet scored; only its annotator has opened it.**", true},
		{"**Status: development set since its first score** (strict 90.00).", false},
	} {
		if c.readme != "" {
			if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte(c.readme), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if got := unscoredSet(dir); got != c.want {
			t.Errorf("README %q: unscoredSet = %v, want %v", c.readme, got, c.want)
		}
	}
}

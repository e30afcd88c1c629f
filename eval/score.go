package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/timex"
)

// TimeMLOptions configures [TimeML].
type TimeMLOptions struct {
	// Tagger tags a text against its DCT; nil means timex.Tag. Tests pass
	// fakes here.
	Tagger func(text string, dct annals.Date) []annals.TimeExpr
}

// TimexReport is the score of a tagger on a directory of TimeML files,
// pooled over all files (micro-averaged), as the TempEval-3 toolkit counts.
type TimexReport struct {
	Dir   string
	Files []FileScore // sorted by name
	Counts
	// ByType breaks the gold side down by gold TIMEX3 type (DATE, TIME,
	// DURATION, SET): Gold, Relaxed, Strict, Value and Type count the gold
	// expressions of that type; System counts system expressions of that
	// type. The TempEval-3 scores are the pooled Counts; this is for
	// finding where a tagger loses.
	ByType map[string]Counts
}

// Counts are the tallies a score is computed from.
type Counts struct {
	Gold    int // gold expressions (the DCT excluded)
	System  int // tagged expressions
	Relaxed int // one-to-one pairs of overlapping expressions
	Strict  int // pairs whose texts are identical
	Value   int // pairs whose values are identical strings
	Type    int // pairs whose types are identical
}

// FileScore is one file's counts and the differences a person wants to
// see: gold expressions missed, spurious system expressions, and pairs
// whose value, type or extent differ.
type FileScore struct {
	Name string
	Counts
	ByType   map[string]Counts // as TimexReport.ByType, for this file
	Missed   []Timex
	Spurious []Timex
	Pairs    []Pair // matched pairs that differ in value, type or text
}

// Pair is a gold expression and the system expression aligned with it.
type Pair struct {
	Gold, System Timex
}

// Score is a precision, recall and F1 triple.
type Score struct {
	P, R, F1 float64
}

func prf(match, sys, gold int) Score {
	var s Score
	if sys > 0 {
		s.P = float64(match) / float64(sys)
	}
	if gold > 0 {
		s.R = float64(match) / float64(gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// StrictScore is the strict-match score: overlapping and textually
// identical extents.
func (c Counts) StrictScore() Score { return prf(c.Strict, c.System, c.Gold) }

// RelaxedScore is the relaxed-match score: overlapping extents.
func (c Counts) RelaxedScore() Score { return prf(c.Relaxed, c.System, c.Gold) }

// ValueAccuracy is the share of relaxed matches whose values are equal
// strings (no partial credit, TempEval-3 §4.1).
func (c Counts) ValueAccuracy() float64 { return ratio(c.Value, c.Relaxed) }

// TypeAccuracy is the share of relaxed matches whose types are equal.
func (c Counts) TypeAccuracy() float64 { return ratio(c.Type, c.Relaxed) }

// ValueF1 is relaxed F1 times value accuracy, the measure TempEval-3 task A
// was ranked on ("Value F1 = Timex F1 * Value Accuracy", §5.1.1).
func (c Counts) ValueF1() float64 { return c.RelaxedScore().F1 * c.ValueAccuracy() }

// TypeF1 is relaxed F1 times type accuracy.
func (c Counts) TypeF1() float64 { return c.RelaxedScore().F1 * c.TypeAccuracy() }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.System += o.System
	c.Relaxed += o.Relaxed
	c.Strict += o.Strict
	c.Value += o.Value
	c.Type += o.Type
}

// TimeML tags the text of every .tml file in dir against the file's DCT and
// scores the tags against the file's TIMEX3s. It returns an error when dir
// cannot be read, holds no .tml file, or a file does not parse.
func TimeML(dir string, opts TimeMLOptions) (*TimexReport, error) {
	tag := opts.Tagger
	if tag == nil {
		tag = timex.Tag
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, fmt.Errorf("eval: timeml %q: %w", dir, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("eval: timeml %q: no .tml files: %w", dir, annals.ErrNotFound)
	}
	sort.Strings(names)
	rep := &TimexReport{Dir: dir, ByType: map[string]Counts{}}
	for _, name := range names {
		doc, err := readFile(name)
		if err != nil {
			return nil, err
		}
		var sys []Timex
		for _, e := range tag(doc.Text, doc.DCT) {
			sys = append(sys, Timex{Span: e.Span, Text: e.Text, Type: string(e.Type), Value: string(e.Value), Mod: string(e.Mod)})
		}
		fs := ScoreDoc(doc.Gold, sys)
		fs.Name = filepath.Base(name)
		rep.Files = append(rep.Files, fs)
		rep.Counts.add(fs.Counts)
		for t, c := range fs.ByType {
			sum := rep.ByType[t]
			sum.add(c)
			rep.ByType[t] = sum
		}
	}
	return rep, nil
}

func readFile(name string) (*TimeMLDoc, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("eval: timeml: %w", err)
	}
	defer f.Close()
	doc, err := ReadTimeML(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("eval: timeml %s: %w", filepath.Base(name), err)
	}
	return doc, nil
}

// ScoreDoc aligns system expressions with gold ones and counts matches.
// Alignment is one-to-one: each gold expression, in text order, is paired
// with the first unpaired system expression that overlaps it (the
// TimeML-Normalizer's token-overlap pairing, here on byte offsets).
func ScoreDoc(gold, sys []Timex) FileScore {
	fs := FileScore{Counts: Counts{Gold: len(gold), System: len(sys)}, ByType: map[string]Counts{}}
	bump := func(typ string, f func(*Counts)) {
		c := fs.ByType[typ]
		f(&c)
		fs.ByType[typ] = c
	}
	for _, s := range sys {
		bump(s.Type, func(c *Counts) { c.System++ })
	}
	used := make([]bool, len(sys))
	for _, g := range gold {
		bump(g.Type, func(c *Counts) { c.Gold++ })
		paired := -1
		for k, s := range sys {
			if !used[k] && s.Span[0] < g.Span[1] && g.Span[0] < s.Span[1] {
				paired = k
				break
			}
		}
		if paired < 0 {
			fs.Missed = append(fs.Missed, g)
			continue
		}
		used[paired] = true
		s := sys[paired]
		strict := strings.TrimSpace(s.Text) == strings.TrimSpace(g.Text)
		value, typ := s.Value == g.Value, s.Type == g.Type
		count := func(c *Counts) {
			c.Relaxed++
			c.Strict += boolInt(strict)
			c.Value += boolInt(value)
			c.Type += boolInt(typ)
		}
		count(&fs.Counts)
		bump(g.Type, count)
		same := strict && value && typ
		if !same {
			fs.Pairs = append(fs.Pairs, Pair{g, s})
		}
	}
	for k, s := range sys {
		if !used[k] {
			fs.Spurious = append(fs.Spurious, s)
		}
	}
	return fs
}

// Write prints the report: the pooled scores and, when verbose, every
// file's misses ("-"), spurious expressions ("+") and differing pairs
// ("~"), each with its offset. Percentages have two decimals.
func (r *TimexReport) Write(w io.Writer, verbose bool) error {
	bw := bufio.NewWriter(w)
	if verbose {
		for _, f := range r.Files {
			if len(f.Missed)+len(f.Spurious)+len(f.Pairs) == 0 {
				continue
			}
			fmt.Fprintf(bw, "== %s\n", f.Name)
			for _, g := range f.Missed {
				fmt.Fprintf(bw, "  - %6d %-30q %-8s %s\n", g.Span[0], g.Text, g.Type, g.Value)
			}
			for _, s := range f.Spurious {
				fmt.Fprintf(bw, "  + %6d %-30q %-8s %s\n", s.Span[0], s.Text, s.Type, s.Value)
			}
			for _, p := range f.Pairs {
				fmt.Fprintf(bw, "  ~ %6d %-30q %-8s %-12s | sys %q %s %s\n", p.Gold.Span[0], p.Gold.Text, p.Gold.Type, p.Gold.Value, p.System.Text, p.System.Type, p.System.Value)
			}
		}
	}
	c := r.Counts
	st, rl := c.StrictScore(), c.RelaxedScore()
	fmt.Fprintf(bw, "TimeML %s: %d files, %d gold, %d system\n", r.Dir, len(r.Files), c.Gold, c.System)
	fmt.Fprintf(bw, "strict   F1 %6.2f  P %6.2f  R %6.2f\n", 100*st.F1, 100*st.P, 100*st.R)
	fmt.Fprintf(bw, "relaxed  F1 %6.2f  P %6.2f  R %6.2f\n", 100*rl.F1, 100*rl.P, 100*rl.R)
	fmt.Fprintf(bw, "value    F1 %6.2f  accuracy %6.2f\n", 100*c.ValueF1(), 100*c.ValueAccuracy())
	fmt.Fprintf(bw, "type     F1 %6.2f  accuracy %6.2f\n", 100*c.TypeF1(), 100*c.TypeAccuracy())
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(bw, "by gold type: %-8s %5s %7s %8s %9s\n", "type", "gold", "system", "recall", "value acc")
	for _, t := range types {
		tc := r.ByType[t]
		fmt.Fprintf(bw, "              %-8s %5d %7d %7.2f%% %8.2f%%\n", t, tc.Gold, tc.System, 100*ratio(tc.Relaxed, tc.Gold), 100*tc.ValueAccuracy())
	}
	return bw.Flush()
}

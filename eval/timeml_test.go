package eval_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/eval"
)

func TestReadTimeML(t *testing.T) {
	const in = `<TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>
<TEXT>A &amp; B <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t9" type="DATE" value="1989" /><TIMEX3 tid="t1" type="DATE" value="1989-10-31" mod="END">Tuesday</TIMEX3>&#46;</TEXT></TimeML>`
	doc, err := eval.ReadTimeML(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "x" || doc.DCT.String() != "1989-11-02" || doc.Text != "A & B said Tuesday." {
		t.Errorf("ReadTimeML = id %q dct %s text %q, want x 1989-11-02 %q", doc.ID, doc.DCT, doc.Text, "A & B said Tuesday.")
	}
	if len(doc.Gold) != 1 {
		t.Fatalf("ReadTimeML: %d gold, want 1", len(doc.Gold))
	}
	g := doc.Gold[0]
	if doc.Text[g.Span[0]:g.Span[1]] != "Tuesday" || g.Text != "Tuesday" || g.Value != "1989-10-31" || g.Type != "DATE" || g.Mod != "END" {
		t.Errorf("ReadTimeML gold = %+v, want Tuesday DATE 1989-10-31 END at its offsets", g)
	}
}

func TestReadTimeMLErrors(t *testing.T) {
	for _, in := range []string{
		"<TimeML>no text</TimeML>",
		"<TEXT><TIMEX3 tid=\"t1\"><TIMEX3 tid=\"t2\">x</TIMEX3></TIMEX3></TEXT>",
		"<TEXT>x</TIMEX3></TEXT>",
		"<TEXT>x <TIMEX3 </TEXT>",
	} {
		if _, err := eval.ReadTimeML(strings.NewReader(in)); !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("ReadTimeML(%q) error = %v, want ErrInvalid", in, err)
		}
	}
}

func span(b, e int, text, typ, value string) eval.Timex {
	return eval.Timex{Span: annals.Span{b, e}, Text: text, Type: typ, Value: value}
}

func TestScoreDoc(t *testing.T) {
	gold := []eval.Timex{
		span(0, 6, "Friday", "DATE", "2013-11-01"),
		span(10, 19, "last year", "DATE", "2012"),
		span(30, 41, "three years", "DURATION", "P3Y"),
		span(50, 53, "now", "DATE", "PRESENT_REF"),
	}
	sys := []eval.Timex{
		span(0, 6, "Friday", "DATE", "2013-11-01"), // strict, value, type
		span(5, 19, "y last year", "DATE", "2012"), // relaxed only
		span(30, 41, "three years", "DATE", "P3Y"), // strict, value, wrong type
		span(60, 63, "May", "DATE", "2013-05"),     // spurious
		span(50, 53, "now", "DATE", "PAST_REF"),    // strict, wrong value
	}
	fs := eval.ScoreDoc(gold, sys)
	want := eval.Counts{Gold: 4, System: 5, Relaxed: 4, Strict: 3, Value: 3, Type: 3}
	if fs.Counts != want {
		t.Errorf("ScoreDoc counts = %+v, want %+v", fs.Counts, want)
	}
	wantType := map[string]eval.Counts{
		"DATE":     {Gold: 3, System: 5, Relaxed: 3, Strict: 2, Value: 2, Type: 3},
		"DURATION": {Gold: 1, System: 0, Relaxed: 1, Strict: 1, Value: 1, Type: 0},
	}
	for typ, w := range wantType {
		if got := fs.ByType[typ]; got != w {
			t.Errorf("ScoreDoc ByType[%s] = %+v, want %+v", typ, got, w)
		}
	}
	if len(fs.Missed) != 0 || len(fs.Spurious) != 1 || len(fs.Pairs) != 3 {
		t.Errorf("ScoreDoc = %d missed, %d spurious, %d differing pairs, want 0, 1, 3", len(fs.Missed), len(fs.Spurious), len(fs.Pairs))
	}
	// One-to-one: a second system expression overlapping the same gold one
	// is spurious, not a second match.
	fs = eval.ScoreDoc(gold[:1], []eval.Timex{span(0, 3, "Fri", "DATE", "x"), span(3, 6, "day", "DATE", "x")})
	if fs.Relaxed != 1 || len(fs.Spurious) != 1 {
		t.Errorf("ScoreDoc(one gold, two overlapping) = relaxed %d spurious %d, want 1, 1", fs.Relaxed, len(fs.Spurious))
	}
}

func TestScores(t *testing.T) {
	c := eval.Counts{Gold: 10, System: 8, Relaxed: 8, Strict: 6, Value: 4, Type: 8}
	rl := c.RelaxedScore()
	checks := []struct {
		name      string
		got, want float64
	}{
		{"relaxed P", rl.P, 1},
		{"relaxed R", rl.R, 0.8},
		{"relaxed F1", rl.F1, 2 * 0.8 / 1.8},
		{"strict F1", c.StrictScore().F1, 2 * 0.75 * 0.6 / 1.35},
		{"value accuracy", c.ValueAccuracy(), 0.5},
		{"value F1", c.ValueF1(), 0.5 * 2 * 0.8 / 1.8},
		{"type accuracy", c.TypeAccuracy(), 1},
	}
	for _, ch := range checks {
		if d := ch.got - ch.want; d > 1e-12 || d < -1e-12 {
			t.Errorf("%s = %v, want %v", ch.name, ch.got, ch.want)
		}
	}
	if (eval.Counts{}).RelaxedScore() != (eval.Score{}) || (eval.Counts{}).ValueF1() != 0 {
		t.Errorf("empty Counts do not score zero")
	}
}

// TestTimeMLDir runs the whole directory path with a fake tagger that
// returns the gold expressions of a.tml shifted by nothing and misses b's.
func TestTimeMLDir(t *testing.T) {
	calls := 0
	fake := func(text string, dct annals.Date) []annals.TimeExpr {
		calls++
		if dct.String() == "1998-02-27" {
			return nil // b.tml: DCT read from a TIME value
		}
		i := strings.Index(text, "Friday")
		j := strings.Index(text, "spring")
		return []annals.TimeExpr{
			{Text: "Friday", Span: annals.Span{i, i + 6}, Type: annals.TimeDate, Value: "2013-11-01"},
			{Text: "spring", Span: annals.Span{j, j + 6}, Type: annals.TimeDate, Value: "2013-SP"},
		}
	}
	rep, err := eval.TimeML("testdata/timeml", eval.TimeMLOptions{Tagger: fake})
	if err != nil {
		t.Fatal(err)
	}
	want := eval.Counts{Gold: 5, System: 2, Relaxed: 2, Strict: 1, Value: 1, Type: 2}
	if calls != 2 || rep.Counts != want {
		t.Errorf("TimeML(testdata) = %d calls, %+v, want 2, %+v", calls, rep.Counts, want)
	}
	var b strings.Builder
	if err := rep.Write(&b, true); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"== a.tml", `- `, `"last year"`, `~ `, `"in the spring"`, "value    F1  28.57", "relaxed  F1  57.14", "DURATION     1       0    0.00%"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("Write(verbose) = %q, want it to contain %q", b.String(), s)
		}
	}
	if _, err := eval.TimeML(t.TempDir(), eval.TimeMLOptions{}); !errors.Is(err, annals.ErrNotFound) {
		t.Errorf("TimeML(empty dir) error = %v, want ErrNotFound", err)
	}
}

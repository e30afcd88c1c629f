package extract

import (
	"strings"
	"testing"

	"github.com/annals-project/annals"
)

// listingDoc is an invented page of statements, each under a line holding
// only its day, with a day inside running text that is no date line.
func listingDoc() *doc {
	text := "Statements\n\n\u00a0March 4, 2019.\nThe ministry condemns the raid.\n\nMarch 6, 2019\nTalks on March 5, 2019 ended.\n\nMarch 9, 2019\nThe envoy left.\n"
	day := func(s string, d int) annals.TimeExpr {
		b := strings.Index(text, s)
		dt := annals.Date{Year: 2019, Month: 3, Day: d}
		return annals.TimeExpr{Text: s, Span: annals.Span{b, b + len(s)}, Type: annals.TimeDate, Start: dt, End: dt}
	}
	return &doc{
		text:  text,
		dct:   annals.Date{Year: 2019, Month: 3, Day: 8},
		times: []annals.TimeExpr{day("March 4, 2019", 4), day("March 6, 2019\n", 6), day("March 5, 2019 ", 5), day("March 9, 2019", 9)},
	}
}

func spanOf(d *doc, s string) annals.Span {
	b := strings.Index(d.text, s)
	return annals.Span{b, b + len(s)}
}

// A report takes the day of the last date line above it when that day is
// before the page's; a day in running text is no date line, and a date
// line after the page's day leaves the page's day.
func TestReportDay(t *testing.T) {
	d := listingDoc()
	d.times[1].Span[1]-- // "March 6, 2019" without its line break
	d.times[2].Span[1]-- // "March 5, 2019" without its space
	for _, c := range []struct {
		sent string
		want int
	}{
		{"Statements", 8},
		{"The ministry condemns the raid.", 4},
		{"Talks on March 5, 2019 ended.", 6},
		{"The envoy left.", 8},
	} {
		if got := d.reportDay(spanOf(d, c.sent)); got != (annals.Date{Year: 2019, Month: 3, Day: c.want}) {
			t.Errorf("reportDay(%q) = %v, want 2019-03-%02d", c.sent, got, c.want)
		}
	}
}

// The date lines are read once per document: every event reported asks
// for its day, and reading each time and its line again per event made a
// long paragraph of dated events cost the cube of its length.
func TestReportDayReadsDateLinesOnce(t *testing.T) {
	d := listingDoc()
	d.times[1].Span[1]--
	d.times[2].Span[1]--
	sp := spanOf(d, "The ministry condemns the raid.")
	if got := d.reportDay(sp); got.Day != 4 {
		t.Fatalf("reportDay = %v, want 2019-03-04", got)
	}
	d.times = nil // a second call must not look at the times again
	if got := d.reportDay(sp); got.Day != 4 {
		t.Errorf("second reportDay = %v, want 2019-03-04 from the date lines read once", got)
	}
}

// A time is alone on its line with white space before it (a no-break
// space too) and spaces or full stops after it, and only then.
func TestAloneOnLine(t *testing.T) {
	d := &doc{text: "x\n \u00a0May 2.  \nsaid May 2\nMay 3, he said\nMay 4"}
	for _, c := range []struct {
		s    string
		want bool
	}{{"May 2.", true}, {"May 2\n", false}, {"May 3", false}, {"May 4", true}} {
		sp := spanOf(d, c.s)
		if c.s == "May 2." {
			sp[1]-- // the date, its stop after it
		}
		if c.s == "May 2\n" {
			sp[1]--
		}
		if got := d.aloneOnLine(sp); got != c.want {
			t.Errorf("aloneOnLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

package extract

import (
	"strings"

	"github.com/annals-project/annals"
)

// reportDay returns the day the report holding span sp was issued: the
// date of the last date line before it (a line that is a single day and
// nothing else, as in a listing of press statements: "December 22,
// 2017" over each one), when that day is earlier than the article's
// date; else the article's date. Listing pages carry the page's date,
// while each statement in them speaks of its own day.
func (d *doc) reportDay(sp annals.Span) annals.Date {
	for i := len(d.times) - 1; i >= 0; i-- {
		t := d.times[i]
		if t.Span[1] > sp[0] {
			continue
		}
		if t.Type != annals.TimeDate || t.Start.IsZero() || t.Start != t.End || !d.aloneOnLine(t.Span) {
			continue
		}
		if t.Start.Before(d.dct) {
			return t.Start
		}
		break
	}
	return d.dct
}

// aloneOnLine reports a span that fills its line of the text, but for
// spaces and trailing punctuation.
func (d *doc) aloneOnLine(sp annals.Span) bool {
	b := strings.LastIndexByte(d.text[:sp[0]], '\n') + 1
	e := strings.IndexByte(d.text[sp[1]:], '\n')
	if e < 0 {
		e = len(d.text)
	} else {
		e += sp[1]
	}
	return strings.TrimSpace(d.text[b:sp[0]]) == "" && strings.Trim(d.text[sp[1]:e], " \t\r.") == ""
}

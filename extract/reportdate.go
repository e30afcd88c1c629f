package extract

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// reportDay returns the day the report holding span sp was issued: the
// date of the last date line before it (a line that is a single day and
// nothing else, as in a listing of press statements: "December 22,
// 2017" over each one), when that day is earlier than the article's
// date; else the article's date. Listing pages carry the page's date,
// while each statement in them speaks of its own day.
//
// The date lines are found once per document (dateLineTimes), so that a
// call costs a binary search, not a pass over every time and line of the
// text before sp: it is asked for each event reported.
func (d *doc) reportDay(sp annals.Span) annals.Date {
	if !d.dateLinesDone {
		d.dateLines, d.dateLinesSorted = d.dateLineTimes()
		d.dateLinesDone = true
	}
	var t annals.TimeExpr
	if d.dateLinesSorted {
		i := sort.Search(len(d.dateLines), func(i int) bool { return d.dateLines[i].Span[1] > sp[0] })
		if i == 0 {
			return d.dct
		}
		t = d.dateLines[i-1]
	} else {
		i := len(d.dateLines) - 1
		for i >= 0 && d.dateLines[i].Span[1] > sp[0] {
			i--
		}
		if i < 0 {
			return d.dct
		}
		t = d.dateLines[i]
	}
	if t.Start.Before(d.dct) {
		return t.Start
	}
	return d.dct
}

// dateLineTimes returns the times of the text, in order, that are a
// single day alone on their line, and whether their ends ascend.
func (d *doc) dateLineTimes() ([]annals.TimeExpr, bool) {
	var out []annals.TimeExpr
	sorted := true
	for _, t := range d.times {
		if t.Type != annals.TimeDate || t.Start.IsZero() || t.Start != t.End || !d.aloneOnLine(t.Span) {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Span[1] > t.Span[1] {
			sorted = false
		}
		out = append(out, t)
	}
	return out, sorted
}

// aloneOnLine reports a span that fills its line of the text, but for
// spaces and trailing punctuation. It reads only the characters beside
// the span up to the first that is neither.
func (d *doc) aloneOnLine(sp annals.Span) bool {
	for p := sp[0]; p > 0; {
		r, n := utf8.DecodeLastRuneInString(d.text[:p])
		if r == '\n' {
			break
		}
		if !unicode.IsSpace(r) {
			return false
		}
		p -= n
	}
	for p := sp[1]; p < len(d.text) && d.text[p] != '\n'; p++ {
		switch d.text[p] {
		case ' ', '\t', '\r', '.':
		default:
			return false
		}
	}
	return true
}

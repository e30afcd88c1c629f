package extract

import (
	"strings"

	"github.com/annals-project/annals"
)

// newsDay returns the day a story's news happened when the story tells it
// by a relative day before the article's date: the first time in the text
// that names a day by a weekday or by "yesterday", "today" or "tonight"
// ("The UN on Tuesday condemned ...", "..., the spokesman said on
// Thursday"), when that day is one of the six before the article's date.
// Wire and newspaper stories print a day's news the next day and tell it
// by its weekday; what such a story reports with no time of its own is
// that day's news. A story whose first such day is its own date ("today",
// "on Friday" in Friday's paper) or is further back, or that names days
// only by full dates (a page's "Published: Friday, May 22, 2020" line),
// has none.
func (d *doc) newsDay() (annals.TimeExpr, bool) {
	if !d.newsDaySet {
		d.newsDaySet = true
		d.news, d.hasNews = d.findNewsDay()
	}
	return d.news, d.hasNews
}

func (d *doc) findNewsDay() (annals.TimeExpr, bool) {
	if d.dct.IsZero() {
		return annals.TimeExpr{}, false
	}
	for i, t := range d.times {
		if t.Type != annals.TimeDate || t.Start.IsZero() || t.Start != t.End || !relativeDay(d.text[t.Span[0]:t.Span[1]]) {
			continue
		}
		if i+1 < len(d.times) && d.times[i+1].Type == annals.TimeDate && strings.TrimLeft(d.text[t.Span[1]:max(t.Span[1], d.times[i+1].Span[0])], " ,") == "" && !relativeDay(d.text[d.times[i+1].Span[0]:d.times[i+1].Span[1]]) {
			// "Tuesday, March 2, 2021": a weekday before a full date
			// is a page's or a release's stamp, not the story's telling.
			continue
		}
		if t.Start.Before(d.dct) && !t.Start.AddDays(6).Before(d.dct) {
			return t, true
		}
		return annals.TimeExpr{}, false
	}
	return annals.TimeExpr{}, false
}

// relativeDay reports a time expression that names a day relative to the
// article's date: by a weekday or as yesterday, today or tonight, with no
// year of its own.
func relativeDay(text string) bool {
	named := false
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		switch {
		case fourDigits(w):
			return false
		case weekdayWord(w), w == "yesterday", w == "today", w == "tonight":
			named = true
		}
	}
	return named
}

// weekdayWord reports whether a lower-case word names a day of the week.
func weekdayWord(w string) bool { return weekdays[w] }

package timex_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/timex"
)

// FuzzTag checks the properties every tagging must have, whatever the
// input and DCT: no panic; spans in bounds, ordered, non-overlapping and on
// UTF-8 boundaries of valid input; Text equal to the spanned bytes; every
// value parsing back with annals.ParseTimeValue; every interval ordered.
func FuzzTag(f *testing.F) {
	seed, _ := os.ReadFile("testdata/seed.txt")
	for _, s := range []string{
		string(seed), // the seed article, page chrome included
		"",           // nothing
		"Загрузка страницы\n31 июля 2015 г. 15:46:15\n00:02:14\nЯндекс.Метрика",        // Cyrillic page chrome
		"Show more\nShow less\nShow more Show more\n",                                  // scraped page noise
		strings.Repeat("on Friday last year in late January or February 2 p.m. ", 500), // one very long line
		"\xff\xfe March 3\xc3, 1987 \xe2\x82 late Jan\x80uary",                         // invalid UTF-8
		"the past 20 years, a year earlier, the third quarter, 3/22/2013, 2013-11-01",
		"the third-quarter", // a pattern that ends with the text
		"the week of April",
		"the last week of February, Monday through Friday, Q4 2012, 2Q, the next morning, half a dozen years, 2012's",
		"the last week of", // a pattern cut short
		"every Sunday morning, Tuesday nights, twice a week, 3 times a year, April 24 and 25, 12 and", // sets and coordinated days
		"for a while, the years 1920, the second day of, 52 years old, until December, at 6 a.m.",
		"on June 30 and 31", // a coordinated day past the month's end
		"New Year\u2019s Eve, the \u201990s, 10\u00a0May, June 10\u201314, \xe2\x80",                                             // typographic marks, one cut short
		"7.45pm, 23.10 GMT, 3.10.15 pm, 30-Sep-2013, 31-Feb-13, FY13, FY-2014, H2 2013, 0900 hours, 2013-14, 2099-00, per annum", // codes and split years
		"Saturday, Feb. 29, a quarter of a century, the 1800s",
		"the 2016-17 season, 2009/10, fiscal 2021-22, 2010-11-05, 2012-13x, 2099-00",                                                                      // split years
		"no more than, not less than a, hundreds of, a number of years, two full, 2130 local time, June to",                                               // quantified lengths cut short                                                                   // a weekday date that no nearby year has
		"at 0557 EDT (0957 UTC) yesterday, (he went in June), Calif., in May, 19:00 (1800 UTC), should have, midmorning on April 2, the evening on",       // parentheses and colons
		"extended the loan through, postponed until, delayed to",                                                                                          // moving verbs
		"later in the day, throughout the, early in the",                                                                                                  // the reference day
		"at night, at, a hard winter, a sharp fall, a wet spring",                                                                                         // a part of day and season nouns
		"this fall in, the next fall of, last fall to $, this fall of 2013, has been, have already grown through",                                         // fall as a decline, perfects cut short
		"open from 6 a.m. to 9 p.m. seven days a week. Every Friday. It airs at 1645 UTC, usually at noon, on Sundays at 7:30 p.m, year-to-date, year to", // clocks on no day the text gives
	} {
		f.Add(s, 2013, 11, 1)
	}
	f.Add("last week on Monday", 1, 1, 1)
	f.Add("next year in the spring", 9999, 12, 31)
	f.Fuzz(func(t *testing.T, text string, y, mo, dd int) {
		var dct annals.Date
		if y >= 1 && y <= 9999 && mo >= 1 && mo <= 12 && dd >= 1 && dd <= annals.DaysIn(y, monthOf(mo)) {
			dct = annals.Date{Year: y, Month: monthOf(mo), Day: dd}
		}
		got := timex.Tag(text, dct)
		prev := 0
		for i, e := range got {
			b, en := e.Span[0], e.Span[1]
			if b < prev || en <= b || en > len(text) {
				t.Fatalf("Tag(%q)[%d]: span %v out of order or bounds (prev end %d, len %d)", text, i, e.Span, prev, len(text))
			}
			prev = en
			if text[b:en] != e.Text {
				t.Fatalf("Tag(%q)[%d]: Text %q, spanned %q", text, i, e.Text, text[b:en])
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[b]) || (en < len(text) && !utf8.RuneStart(text[en]))) {
				t.Fatalf("Tag(%q)[%d]: span %v not on rune boundaries", text, i, e.Span)
			}
			if e.Value != "" {
				if _, _, err := annals.ParseTimeValue(string(e.Value)); err != nil {
					t.Fatalf("Tag(%q)[%d]: value %q does not parse: %v", text, i, e.Value, err)
				}
			}
			if err := e.Interval().Validate(); err != nil {
				t.Fatalf("Tag(%q)[%d]: interval %s: %v", text, i, e.Interval(), err)
			}
			switch e.Type {
			case annals.TimeDate, annals.TimeTime, annals.TimeDuration, annals.TimeSet:
			default:
				t.Fatalf("Tag(%q)[%d]: type %q", text, i, e.Type)
			}
		}
		timex.LocateDCT(text)
	})
}

package timex_test

import (
	"testing"

	"github.com/annals-project/annals/extract/timex"
)

// A weekday glossing "today" in brackets names the day the story speaks
// from, which broadcast copy filed the evening before dates a day early.
func TestLocateDCTGlossedToday(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"filed the day before", "DATE=6/10/2006 TYPE=CORRESPONDENT REPORT\nINTRO: The foreign minister flies to Kenya today (Sunday) for talks on the border.", "2006-06-11"},
		{"tonight, a day later", "NAIROBI, June 10, 2006 - The two presidents dine together tonight (Sunday) at the lodge.", "2006-06-11"},
		{"a page stamp a day late", "Posted 12 June 2006\nThe foreign minister flies to Kenya today (Sunday) for talks on the border.", "2006-06-11"},
		{"the gloss agrees", "DATE=6/10/2006\nINTRO: The minister flies to Kenya today (Saturday).", "2006-06-10"},
		{"no gloss", "DATE=6/10/2006\nINTRO: The minister flies to Kenya on Sunday (local time).", "2006-06-10"},
		{"a bracketed weekday without today", "DATE=6/10/2006\nINTRO: The minister met the envoy yesterday (Friday) and flies to Kenya later.", "2006-06-10"},
		{"a gloss above the date does not count", "Today (Sunday) in pictures\nDATE=6/10/2006\nINTRO: The minister flies to Kenya.", "2006-06-10"},
	} {
		d, ok := timex.LocateDCT(tc.in)
		if !ok || !d.YearKnown || d.Date.String() != tc.want {
			t.Errorf("%s: LocateDCT = %v (%v, year %v), want %s", tc.name, d.Date, ok, d.YearKnown, tc.want)
		}
	}
}

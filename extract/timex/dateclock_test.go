package timex_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/timex"
)

func TestSplitDateClock(t *testing.T) {
	dct := annals.MustParseDate("2031-04-09")
	cases := []struct {
		text string
		want []string // "TYPE value text"
	}{
		{"Posted 04/08/2031 7:15 PM\nThe minister flew home.", []string{"DATE 2031-04-08 04/08/2031", "TIME 2031-04-08T19:15 7:15 PM"}},
		{"Harbour Gazette | 8 April 2031, 09:40 GMT | Ferries resume.", []string{"DATE 2031-04-08 8 April 2031", "TIME 2031-04-08T09:40 09:40 GMT"}},
		{"Updated March 30, 2031 11:02 AM. The talks ended.", []string{"DATE 2031-03-30 March 30, 2031", "TIME 2031-03-30T11:02 11:02 AM"}},
		{"Harbour Gazette\nApril 7, 2031 21:05 IST\nFerries resume.", []string{"DATE 2031-04-07 April 7, 2031", "TIME 2031-04-07T21:05 21:05"}},
		{"Harbour Gazette\nApril 7, 2031, 21:05\nFerries resume.", []string{"DATE 2031-04-07 April 7, 2031", "TIME 2031-04-07T21:05 21:05"}},
		// Clock only, clock first, and a clock after "at": unchanged.
		{"The envoys met at 6 p.m. to sign the accord.", []string{"TIME 2031-04-09T18:00 6 p.m."}},
		{"The ceasefire began at 5 p.m. GMT, April 2, the army said.", nil},
		{"The vote is on April 12 at 3 p.m. in the old hall.", []string{"DATE 2031-04-12 April 12", "TIME 2031-04-12T15:00 3 p.m."}},
		{"No time here at all.", nil},
	}
	for _, c := range cases {
		tagged := timex.Tag(c.text, dct)
		got := timex.SplitDateClock(c.text, dct, tagged)
		var gs []string
		for _, e := range got {
			if c.text[e.Span[0]:e.Span[1]] != e.Text {
				t.Errorf("%q: span %v does not hold %q", c.text, e.Span, e.Text)
			}
			gs = append(gs, fmt.Sprintf("%s %s %s", e.Type, e.Value, e.Text))
		}
		if c.want == nil {
			// Nothing to split: the result is Tag's list.
			var ts []string
			for _, e := range tagged {
				ts = append(ts, fmt.Sprintf("%s %s %s", e.Type, e.Value, e.Text))
			}
			if strings.Join(gs, "|") != strings.Join(ts, "|") {
				t.Errorf("%q: got %q, want Tag's %q", c.text, gs, ts)
			}
			continue
		}
		if strings.Join(gs, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: got %q, want %q", c.text, gs, c.want)
		}
	}
}

func TestSplitDateClockKeepsInput(t *testing.T) {
	text := "Filed 12/01/2030 10:20 AM by our desk."
	dct := annals.MustParseDate("2030-12-01")
	tagged := timex.Tag(text, dct)
	if len(tagged) != 1 || tagged[0].Type != annals.TimeTime {
		t.Fatalf("Tag(%q) = %+v, want one TIME", text, tagged)
	}
	before := tagged[0]
	got := timex.SplitDateClock(text, dct, tagged)
	if tagged[0] != before {
		t.Errorf("input changed: %+v", tagged[0])
	}
	if len(got) != 2 || got[0].Start != annals.MustParseDate("2030-12-01") || got[0].End != got[0].Start {
		t.Errorf("got %+v, want the day 2030-12-01 then its clock", got)
	}
	if timex.SplitDateClock(text, dct, nil) == nil {
		// An empty, non-nil list keeps the JSON array "[]" in callers.
		t.Errorf("nil input gives nil")
	}
}

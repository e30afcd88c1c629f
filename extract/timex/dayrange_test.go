package timex_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/timex"
)

func TestDropRangeEnds(t *testing.T) {
	dct := annals.MustParseDate("2031-04-09")
	cases := []struct {
		text string
		want string // kept DATE values, "|"-joined
	}{
		{"The envoy will tour the Baltic states May 12-16.", "2031-05-12"},
		{"The fair runs from 3 to 7 June in the old port.", "2031-06-03"},
		{"Talks are set for 21-22 July in Oslo.", "2031-07-21"},
		{"The delegation stays in Lima August 4 through 9, 2031.", "2031-08-04"},
		// Both ends name their month, or the days are listed: both kept.
		{"The court sits from June 30 to July 2.", "2031-06-30|2031-07-02"},
		{"He met them on May 3 and again on May 9.", "2031-05-03|2031-05-09"},
		{"Voting took place on March 2, 5 percent of ballots were spoiled.", "2031-03-02"},
	}
	for _, c := range cases {
		got := timex.DropRangeEnds(c.text, timex.Tag(c.text, dct))
		var vs []string
		for _, e := range got {
			if e.Type == annals.TimeDate {
				vs = append(vs, string(e.Value))
			}
		}
		if g := strings.Join(vs, "|"); g != c.want {
			var all []string
			for _, e := range timex.Tag(c.text, dct) {
				all = append(all, fmt.Sprintf("%s %s %q", e.Type, e.Value, e.Text))
			}
			t.Errorf("%q: kept %q, want %q (Tag: %v)", c.text, g, c.want, all)
		}
	}
}

func TestDropRangeEndsKeepsInput(t *testing.T) {
	text := "Exercises run October 5-8."
	ts := timex.Tag(text, annals.MustParseDate("2031-09-01"))
	n := len(ts)
	if n < 2 {
		t.Fatalf("Tag(%q) = %+v, want both ends", text, ts)
	}
	if got := timex.DropRangeEnds(text, ts); len(got) != n-1 || len(ts) != n || ts[n-1].Value != "2031-10-08" {
		t.Errorf("got %+v from %+v", got, ts)
	}
}

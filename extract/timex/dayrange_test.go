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

func TestDropRangeEndsMonths(t *testing.T) {
	dct := annals.MustParseDate("2031-08-20")
	cases := []struct{ text, want string }{
		{"Car sales rose 4 percent in February-May, the ministry said.", "2031-02"},
		{"Exports in Jan.-April beat forecasts.", "2031-01"},
		// Two months of their own: both kept.
		{"Prices fell in March and rose in May.", "2031-03|2031-05"},
	}
	for _, c := range cases {
		var vs []string
		for _, e := range timex.DropRangeEnds(c.text, timex.Tag(c.text, dct)) {
			if e.Type == annals.TimeDate {
				vs = append(vs, string(e.Value))
			}
		}
		if g := strings.Join(vs, "|"); g != c.want {
			t.Errorf("%q: kept %q, want %q", c.text, g, c.want)
		}
	}
}

func TestHalvesAsYears(t *testing.T) {
	text := "Imports grew in the second half of 2029 and fell in the first half of this year."
	ts := timex.Tag(text, annals.MustParseDate("2031-08-20"))
	got := timex.HalvesAsYears(ts)
	var vs, iv []string
	for _, e := range got {
		vs = append(vs, string(e.Value))
		iv = append(iv, e.Start.String()+".."+e.End.String())
	}
	if g := strings.Join(vs, "|"); g != "2029|2031" {
		t.Fatalf("values %q, want 2029|2031 (Tag: %+v)", g, ts)
	}
	if g := strings.Join(iv, "|"); g != "2029-07-01..2029-12-31|2031-01-01..2031-06-30" {
		t.Errorf("intervals %q, want the halves", g)
	}
	if string(ts[0].Value) != "2029-H2" {
		t.Errorf("input changed: %q", ts[0].Value)
	}
}

func TestAsListed(t *testing.T) {
	dct := annals.MustParseDate("2031-08-20")
	cases := []struct{ text, want string }{
		{"The ministers reviewed the current state of the talks.", ""},
		{"Current prices are high, and the mill is currently closed now.", "PRESENT_REF|PRESENT_REF"},
		{"In the past year, the port has doubled its traffic.", "DURATION P1Y"},
		{"During the past month, rains cut the roads.", "DURATION P1M"},
		{"Trade fell last year.", "2030"},
		{"Aid for 2027-2029 was pledged, and the 2025–2026 season ended.", "2027|2029|2025|2026"},
	}
	for _, c := range cases {
		var vs []string
		for _, e := range timex.AsListed(timex.Tag(c.text, dct)) {
			switch e.Type {
			case annals.TimeDate:
				vs = append(vs, string(e.Value))
			case annals.TimeDuration:
				vs = append(vs, "DURATION "+string(e.Value))
				if !e.Start.IsZero() || e.Mod != "" {
					t.Errorf("%q: duration keeps %+v", c.text, e)
				}
			}
		}
		if g := strings.Join(vs, "|"); g != c.want {
			t.Errorf("%q: got %q, want %q (Tag: %+v)", c.text, g, c.want, timex.Tag(c.text, dct))
		}
	}
}

// TestDropRangeEndsKeepsTheRange: the range is one expression whose text
// and interval reach its end day, so the time list loses nothing.
func TestDropRangeEndsKeepsTheRange(t *testing.T) {
	text := "The envoy will tour the Baltic states May 12-16 and then fly home."
	got := timex.DropRangeEnds(text, timex.Tag(text, annals.MustParseDate("2031-04-09")))
	if len(got) != 1 {
		t.Fatalf("got %+v, want one expression", got)
	}
	e := got[0]
	if e.Text != "May 12-16" || text[e.Span[0]:e.Span[1]] != e.Text || e.Value != "2031-05-12" ||
		e.Start != annals.MustParseDate("2031-05-12") || e.End != annals.MustParseDate("2031-05-16") {
		t.Errorf("got %q %v value %s, %v..%v; want \"May 12-16\", value 2031-05-12, 2031-05-12..2031-05-16", e.Text, e.Span, e.Value, e.Start, e.End)
	}
}

// TestAsListedYearSpanTexts: the two years of a span keep their own text,
// span and year interval.
func TestAsListedYearSpanTexts(t *testing.T) {
	text := "Grants for 2027–2029 were pledged."
	got := timex.AsListed(timex.Tag(text, annals.MustParseDate("2026-03-02")))
	if len(got) != 2 {
		t.Fatalf("got %+v, want two years", got)
	}
	for i, w := range []string{"2027", "2029"} {
		e := got[i]
		if e.Text != w || text[e.Span[0]:e.Span[1]] != w || string(e.Value) != w || e.Start.Year != e.End.Year || e.Start.Year != int(e.Value[3]-'0')+2020 {
			t.Errorf("year %d: got %q %v value %s, %v..%v; want %s alone", i, e.Text, e.Span, e.Value, e.Start, e.End, w)
		}
	}
}

// TestDropUnlisted: expressions that name no date of their own leave the
// list, their look-alikes that do stay.
func TestDropUnlisted(t *testing.T) {
	dct := annals.MustParseDate("2031-08-20")
	cases := []struct{ text, want string }{
		{"Copper exports rose 6 percent from the same period in 2030.", "2030"},
		{"The Baltic Shipping Board, formerly the Port Authority, met on Monday.", "2031-08-18"},
		{"The budget for 2031-32 was passed, as was the 1998/99 audit.", ""},
		{"Grants for 2027-2029 were pledged.", "2027|2029"},
		{"The two states set goals for the future and will shape the future together.", ""},
		{"More talks may follow in the future.", "FUTURE_REF"},
		{"The strike has paralysed the docks for more than a month now.", ""},
		{"The docks are now closed.", "PRESENT_REF"},
		{"Posted 5 minutes ago by the desk.", ""},
		{"The envoy left a week ago.", "2031-W33"},
		{"On her first day at the ministry the minister met the press.", ""},
		{"The canal was a 22nd century dream.", ""},
		{"The loan is repayable in 25 years at 2 percent.", ""},
		{"The mill closed in 2029.", "2029"},
		{"On the first day of the summit the leaders met.", "2031-08-20"},
	}
	for _, c := range cases {
		if g := listedDates(c.text, dct); g != c.want {
			t.Errorf("%q: got %q, want %q (Tag: %+v)", c.text, g, c.want, timex.Tag(c.text, dct))
		}
	}
}

// TestDropRangeEndsAcrossMonths: a hyphen joins days of two months into
// one range listed by its start; "to" leaves two dates.
func TestDropRangeEndsAcrossMonths(t *testing.T) {
	dct := annals.MustParseDate("2031-08-20")
	for _, c := range []struct{ text, want string }{
		{"The envoy tours the Gulf October 27-November 8.", "October 27-November 8 2031-10-27 2031-10-27..2031-11-08"},
		{"The envoy tours the Gulf from October 27 to November 8.", "October 27 2031-10-27 2031-10-27..2031-10-27|November 8 2031-11-08 2031-11-08..2031-11-08"},
	} {
		var got []string
		for _, e := range timex.DropRangeEnds(c.text, timex.Tag(c.text, dct)) {
			if e.Type == annals.TimeDate && len(e.Value) == 10 {
				got = append(got, fmt.Sprintf("%s %s %s..%s", e.Text, e.Value, e.Start, e.End))
			}
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestDropUnlistedContext: DropUnlisted reads the words next to an
// expression in any case and after any amount of text, non-ASCII too.
func TestDropUnlistedContext(t *testing.T) {
	dct := annals.MustParseDate("2031-08-20")
	long := strings.Repeat("Délégués de Genève et de Zürich ont signé l’accord. ", 6)
	cases := []struct{ text, want string }{
		{"In the future the two ports will share one pilot service.", "FUTURE_REF"},
		{long + "The ports will share pilots IN the future.", "FUTURE_REF"},
		{long + "The ports set goals for the future.", ""},
		{long + "The strike has closed the docks for more than a MONTH now.", ""},
		{long + "Now the docks are closed.", "PRESENT_REF"},
		{long + "On her first day OF the summit the envoy met the press.", "2031-08-20"},
		{long + "On her first day at the ministry the envoy met the press.", ""},
	}
	for _, c := range cases {
		if g := listedDates(c.text, dct); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text[max(0, len(c.text)-70):], g, c.want)
		}
	}
}

// TestSundayWeeks: said on a Sunday, "last week" is the week ending that
// day; said on a Monday, or "a week ago" on a Sunday, keeps Tag's week.
func TestSundayWeeks(t *testing.T) {
	for _, c := range []struct{ text, dct, want string }{
		{"The envoy toured the Gulf last week.", "2031-08-24", "2031-W34 2031-08-18..2031-08-24"},
		{"The envoy toured the Gulf this past week.", "2031-08-24", "2031-W34 2031-08-18..2031-08-24"},
		{"The envoy toured the Gulf last week.", "2031-08-25", "2031-W34 2031-08-18..2031-08-24"},
		{"The envoy left a week ago.", "2031-08-24", "2031-W33 2031-08-11..2031-08-17"},
	} {
		dct := annals.MustParseDate(c.dct)
		var got []string
		for _, e := range timex.SundayWeeks(dct, timex.Tag(c.text, dct)) {
			got = append(got, fmt.Sprintf("%s %s..%s", e.Value, e.Start, e.End))
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q on %s: got %q, want %q", c.text, c.dct, g, c.want)
		}
	}
}

// TestFollowingWithoutThe: "following" without "the" is the preposition
// "after", so the weekday after it is the one past; "the following
// Thursday" is the Thursday after.
func TestFollowingWithoutThe(t *testing.T) {
	dct := annals.MustParseDate("2031-08-23") // a Saturday
	for _, c := range []struct{ text, want string }{
		{"The ministers spoke on Saturday following Thursday's shelling of the port.", "Saturday 2031-08-23|Thursday 2031-08-21"},
		{"Talks resumed the following Thursday.", "the following Thursday 2031-08-28"},
	} {
		var got []string
		for _, e := range timex.Tag(c.text, dct) {
			got = append(got, e.Text+" "+string(e.Value))
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// listedDates returns the DATE values of the news time list of text, joined
// by "|".
func listedDates(text string, dct annals.Date) string {
	var vs []string
	for _, e := range timex.AsListed(timex.DropUnlisted(text, timex.Tag(text, dct))) {
		if e.Type == annals.TimeDate {
			vs = append(vs, string(e.Value))
		}
	}
	return strings.Join(vs, "|")
}

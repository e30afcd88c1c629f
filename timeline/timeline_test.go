package timeline_test

import (
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/timeline"
)

func ev(typ annals.EventType, start, end string, tv annals.TimeValue, offset int, actors ...string) annals.Event {
	e := annals.Event{Type: typ, Status: annals.StatusOccurred, Actors: actors, Time: tv, Span: annals.Span{offset, offset + 10}, Evidence: fmt.Sprintf("sentence at %d", offset)}
	if start != "" {
		e.Start, e.End = annals.MustParseDate(start), annals.MustParseDate(end)
	}
	return e
}

// summary describes entries as "when type first-actor offset".
func summary(tl timeline.Timeline) []string {
	out := []string{}
	for _, e := range tl.Entries {
		first := ""
		if len(e.Event.Actors) > 0 {
			first = e.Event.Actors[0]
		} else if len(e.Event.Countries) > 0 {
			first = string(e.Event.Countries[0])
		}
		out = append(out, fmt.Sprintf("%s %s %s %d", e.When, e.Event.Type, first, e.Event.Span[0]))
	}
	return out
}

func sample() []annals.Event {
	planned := ev(annals.EventVisit, "2014-03-01", "2014-05-31", "2014-SP", 300, "Shinzo Abe")
	planned.Status = annals.StatusPlanned
	planned.Countries = []annals.Country{"RUS"}
	return []annals.Event{
		ev(annals.EventStatement, "", "", "", 50, "Sergei Lavrov"),
		planned,
		ev(annals.EventMeet, "2013-11-01", "2013-11-01", "2013-11-01", 120, "Sergei Lavrov", "Fumio Kishida"),
		ev(annals.EventAgree, "2013-11-01", "2013-11-01", "2013-11-01", 200, "Fumio Kishida"),
		ev(annals.EventMeet, "2013-11-01", "2013-11-01", "2013-11-01", 10, "Fumio Kishida"),
		ev(annals.EventMeet, "2013-11-01", "2013-11-01", "2013-11-01", 5, "Sergei Lavrov"),
		ev(annals.EventMeet, "2013-11-01", "2013-11-01", "2013-11-01", 1, "sergei lavrov"),
		ev(annals.EventTrade, "2012-01-01", "2012-12-31", "2012", 400),
		ev(annals.EventCooperate, "2014-01-21", "2014-02-28", "2014", 500, "Japan Inc"),
		ev(annals.EventConflict, "", "", "", 20, "Anyone"),
	}
}

func TestBuildOrder(t *testing.T) {
	tl := timeline.Build(sample(), timeline.Options{})
	want := []string{
		"2012 trade  400",
		"2013-11-01 agree Fumio Kishida 200",
		"2013-11-01 meet Fumio Kishida 10",
		"2013-11-01 meet sergei lavrov 1",
		"2013-11-01 meet Sergei Lavrov 5",
		"2013-11-01 meet Sergei Lavrov 120",
		"2014-01-21..2014-02-28 cooperate Japan Inc 500",
		"2014-SP visit Shinzo Abe 300",
		"undated conflict Anyone 20",
		"undated statement Sergei Lavrov 50",
	}
	if got := summary(tl); !reflect.DeepEqual(got, want) {
		t.Errorf("Build(sample) =\n%q\nwant\n%q", got, want)
	}
	for _, e := range tl.Entries {
		if e.IsPlanned() != (e.Event.Type == annals.EventVisit) {
			t.Errorf("Entry(%s).IsPlanned() = %v, want only the visit planned", e.Event.Type, e.IsPlanned())
		}
	}
}

// TestBuildDeterministic checks that the input order does not matter.
func TestBuildDeterministic(t *testing.T) {
	in := sample()
	want := summary(timeline.Build(in, timeline.Options{}))
	rev := make([]annals.Event, len(in))
	for i, e := range in {
		rev[len(in)-1-i] = e
	}
	if got := summary(timeline.Build(rev, timeline.Options{})); !reflect.DeepEqual(got, want) {
		t.Errorf("Build(reversed) =\n%q\nwant\n%q", got, want)
	}
}

func TestWhen(t *testing.T) {
	tests := []struct {
		e    annals.Event
		want string
	}{
		{ev(annals.EventMeet, "2013-11-01", "2013-11-01", "2013-11-01", 0), "2013-11-01"},
		{ev(annals.EventMeet, "2014-03-01", "2014-05-31", "2014-SP", 0), "2014-SP"},
		{ev(annals.EventMeet, "2012-01-01", "2012-12-31", "2012", 0), "2012"},
		{ev(annals.EventMeet, "2013-11-01", "2013-11-01", "2013-11-01T14:00", 0), "2013-11-01T14:00"},
		// "late January": the value's interval is wider than the event's.
		{ev(annals.EventMeet, "2014-01-21", "2014-01-31", "2014-01", 0), "2014-01-21..2014-01-31"},
		{ev(annals.EventMeet, "2014-01-21", "2014-02-28", "", 0), "2014-01-21..2014-02-28"},
		{ev(annals.EventMeet, "2014-01-21", "2014-01-21", "", 0), "2014-01-21"},
		{ev(annals.EventMeet, "2014-01-21", "2014-01-21", "PRESENT_REF", 0), "2014-01-21"},
		{ev(annals.EventMeet, "", "", "FUTURE_REF", 0), "undated"},
		{ev(annals.EventMeet, "", "", "", 0), "undated"},
	}
	for _, tt := range tests {
		if got := timeline.When(tt.e); got != tt.want {
			t.Errorf("When(%s %s %q) = %q, want %q", tt.e.Start, tt.e.End, tt.e.Time, got, tt.want)
		}
	}
}

func TestBuildFilter(t *testing.T) {
	d := annals.MustParseDate
	tests := []struct {
		name string
		opts timeline.Options
		want int
	}{
		{"all", timeline.Options{}, 10},
		{"types", timeline.Options{Types: []annals.EventType{annals.EventMeet, annals.EventAgree}}, 5},
		{"planned", timeline.Options{Status: annals.StatusPlanned}, 1},
		{"occurred", timeline.Options{Status: annals.StatusOccurred}, 9},
		{"from overlaps", timeline.Options{From: d("2014-02-01")}, 2},
		{"to overlaps", timeline.Options{To: d("2012-06-30")}, 1},
		{"range", timeline.Options{From: d("2013-01-01"), To: d("2013-12-31")}, 5},
		{"actor surname", timeline.Options{Actor: "lavrov"}, 4},
		{"actor full name spaced", timeline.Options{Actor: "  Fumio   KISHIDA "}, 3},
		{"actor part of a word does not match", timeline.Options{Actor: "lav"}, 0},
		{"country code", timeline.Options{Actor: "rus"}, 1},
		{"country name", timeline.Options{Actor: annals.Country("RUS").Name()}, 1},
		{"actor and type", timeline.Options{Actor: "Sergei Lavrov", Types: []annals.EventType{annals.EventMeet}}, 3},
	}
	for _, tt := range tests {
		if got := len(timeline.Build(sample(), tt.opts).Entries); got != tt.want {
			t.Errorf("%s: len(Build(sample, %+v).Entries) = %d, want %d", tt.name, tt.opts, got, tt.want)
		}
	}
}

func TestGroups(t *testing.T) {
	tests := []struct {
		bucket timeline.Bucket
		want   []string
	}{
		{timeline.BucketNone, []string{":10"}},
		{timeline.BucketYear, []string{"2012:1", "2013:5", "2014:2", "undated:2"}},
		{timeline.BucketMonth, []string{"2012-01:1", "2013-11:5", "2014-01:1", "2014-03:1", "undated:2"}},
		{timeline.BucketDay, []string{"2012-01-01:1", "2013-11-01:5", "2014-01-21:1", "2014-03-01:1", "undated:2"}},
	}
	for _, tt := range tests {
		var got []string
		for _, g := range timeline.Build(sample(), timeline.Options{Bucket: tt.bucket}).Groups() {
			got = append(got, fmt.Sprintf("%s:%d", g.Label, len(g.Entries)))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Build(bucket %s).Groups() = %v, want %v", tt.bucket, got, tt.want)
		}
	}
	if got := timeline.Build(nil, timeline.Options{Bucket: timeline.BucketMonth}); got.Entries == nil || len(got.Groups()) != 0 {
		t.Errorf("Build(nil) = %+v, groups %v, want empty non-nil entries and no groups", got, got.Groups())
	}
}

func TestParseBucket(t *testing.T) {
	tests := []struct {
		in   string
		want timeline.Bucket
		ok   bool
	}{
		{"", timeline.BucketNone, true},
		{"none", timeline.BucketNone, true},
		{"Day", timeline.BucketDay, true},
		{"month", timeline.BucketMonth, true},
		{" YEAR ", timeline.BucketYear, true},
		{"week", timeline.BucketNone, false},
	}
	for _, tt := range tests {
		got, err := timeline.ParseBucket(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseBucket(%q) = %v, %v, want %v (ok %v)", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, annals.ErrInvalid) {
			t.Errorf("ParseBucket(%q) error = %v, want ErrInvalid", tt.in, err)
		}
		if tt.ok {
			if back, _ := timeline.ParseBucket(got.String()); back != got {
				t.Errorf("ParseBucket(%v.String()) = %v, want round trip", got, back)
			}
		}
	}
}

func ExampleBuild() {
	day := annals.MustParseDate("2013-11-01")
	events := []annals.Event{
		{Type: annals.EventVisit, Status: annals.StatusPlanned, Actors: []string{"Shinzo Abe"}, Countries: []annals.Country{"RUS"},
			Start: annals.MustParseDate("2014-03-01"), End: annals.MustParseDate("2014-05-31"), Time: "2014-SP"},
		{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"Sergei Lavrov", "Fumio Kishida"},
			Start: day, End: day, Time: "2013-11-01"},
	}
	tl := timeline.Build(events, timeline.Options{Bucket: timeline.BucketYear})
	for _, g := range tl.Groups() {
		fmt.Println(g.Label)
		for _, e := range g.Entries {
			fmt.Println(" ", e.When, e.Event.Type, e.Event.Status, e.Event.Actors)
		}
	}
	// Output:
	// 2013
	//   2013-11-01 meet occurred [Sergei Lavrov Fumio Kishida]
	// 2014
	//   2014-SP visit planned [Shinzo Abe]
}

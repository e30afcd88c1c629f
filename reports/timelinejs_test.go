package reports_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/annals-project/annals/reports"
	"github.com/annals-project/annals/timeline"
)

// validateTimelineJS checks data against the structure TimelineJS3
// documents for its JSON format
// (https://timeline.knightlab.com/docs/json-format.html): a top-level
// object with a required "events" list of slides and optional "title",
// "eras" and "scale"; slides with a date object as start_date (required
// except on the title slide), optional end_date, text, media, group,
// display_date, background, autolink and unique_id (unique among
// slides); date objects with a required integer year and optional month
// 1-12, day, hour 0-23, minute and second 0-59, millisecond and
// display_date; text objects with headline and text; eras with required
// start_date and end_date and an optional text. It also checks that no
// end_date comes before its start_date.
func validateTimelineJS(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var top map[string]any
	if err := dec.Decode(&top); err != nil {
		return fmt.Errorf("not a JSON object: %v", err)
	}
	if err := onlyKeys("timeline", top, "events", "title", "eras", "scale"); err != nil {
		return err
	}
	if s, ok := top["scale"]; ok && s != "human" && s != "cosmological" {
		return fmt.Errorf("scale = %v, want human or cosmological", s)
	}
	events, ok := top["events"].([]any)
	if !ok {
		return fmt.Errorf("events is missing or not a list")
	}
	ids := map[string]bool{}
	for i, e := range events {
		if err := validateSlide(fmt.Sprintf("events[%d]", i), e, true, ids); err != nil {
			return err
		}
	}
	if t, ok := top["title"]; ok {
		if err := validateSlide("title", t, false, ids); err != nil {
			return err
		}
	}
	if eras, ok := top["eras"]; ok {
		list, ok := eras.([]any)
		if !ok {
			return fmt.Errorf("eras is not a list")
		}
		for i, e := range list {
			where := fmt.Sprintf("eras[%d]", i)
			era, ok := e.(map[string]any)
			if !ok {
				return fmt.Errorf("%s is not an object", where)
			}
			if err := onlyKeys(where, era, "start_date", "end_date", "text"); err != nil {
				return err
			}
			if err := validateSpan(where, era, true); err != nil {
				return err
			}
			if err := validateText(where, era["text"]); err != nil {
				return err
			}
		}
	}
	return nil
}

func validateSlide(where string, v any, needStart bool, ids map[string]bool) error {
	s, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("%s is not an object", where)
	}
	if err := onlyKeys(where, s, "start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"); err != nil {
		return err
	}
	if err := validateSpan(where, s, needStart); err != nil {
		return err
	}
	if err := validateText(where, s["text"]); err != nil {
		return err
	}
	for _, k := range []string{"group", "display_date", "unique_id"} {
		if x, ok := s[k]; ok {
			if _, isStr := x.(string); !isStr {
				return fmt.Errorf("%s.%s = %v, want a string", where, k, x)
			}
		}
	}
	if x, ok := s["autolink"]; ok {
		if _, isBool := x.(bool); !isBool {
			return fmt.Errorf("%s.autolink = %v, want a boolean", where, x)
		}
	}
	if id, ok := s["unique_id"].(string); ok {
		if ids[id] {
			return fmt.Errorf("%s.unique_id %q is not unique", where, id)
		}
		ids[id] = true
	}
	return nil
}

// validateSpan checks start_date (required when need is set) and
// end_date of an object, and that the end is not before the start.
func validateSpan(where string, obj map[string]any, need bool) error {
	var start, end [3]int64
	sv, hasStart := obj["start_date"]
	if need && !hasStart {
		return fmt.Errorf("%s has no start_date", where)
	}
	if hasStart {
		var err error
		if start, err = validateDate(where+".start_date", sv); err != nil {
			return err
		}
	}
	ev, hasEnd := obj["end_date"]
	if _, isEra := obj["start_date"]; strings.HasPrefix(where, "eras") && isEra && !hasEnd {
		return fmt.Errorf("%s has no end_date", where)
	}
	if hasEnd {
		var err error
		if end, err = validateDate(where+".end_date", ev); err != nil {
			return err
		}
		if hasStart && fmt.Sprintf("%06d%02d%02d", end[0], end[1], end[2]) < fmt.Sprintf("%06d%02d%02d", start[0], start[1], start[2]) {
			return fmt.Errorf("%s ends %v before it starts %v", where, end, start)
		}
	}
	return nil
}

// validateDate checks a date object and returns its year, month and day
// (0 when absent).
func validateDate(where string, v any) ([3]int64, error) {
	var ymd [3]int64
	d, ok := v.(map[string]any)
	if !ok {
		return ymd, fmt.Errorf("%s is not an object", where)
	}
	if err := onlyKeys(where, d, "year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"); err != nil {
		return ymd, err
	}
	if _, ok := d["year"]; !ok {
		return ymd, fmt.Errorf("%s has no year", where)
	}
	ranges := map[string][2]int64{"year": {-271821, 275760}, "month": {1, 12}, "day": {1, 31}, "hour": {0, 23}, "minute": {0, 59}, "second": {0, 59}, "millisecond": {0, 999}}
	for k, r := range ranges {
		x, ok := d[k]
		if !ok {
			continue
		}
		n, isNum := x.(json.Number)
		if !isNum {
			return ymd, fmt.Errorf("%s.%s = %v, want a number", where, k, x)
		}
		i, err := n.Int64()
		if err != nil || i < r[0] || i > r[1] {
			return ymd, fmt.Errorf("%s.%s = %v, want a whole number in %d..%d", where, k, n, r[0], r[1])
		}
		switch k {
		case "year":
			ymd[0] = i
		case "month":
			ymd[1] = i
		case "day":
			ymd[2] = i
		}
	}
	return ymd, nil
}

func validateText(where string, v any) error {
	if v == nil {
		return nil
	}
	t, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("%s.text is not an object", where)
	}
	if err := onlyKeys(where+".text", t, "headline", "text"); err != nil {
		return err
	}
	for k, x := range t {
		if _, isStr := x.(string); !isStr {
			return fmt.Errorf("%s.text.%s = %v, want a string", where, k, x)
		}
	}
	return nil
}

func onlyKeys(where string, obj map[string]any, keys ...string) error {
	for k := range obj {
		found := false
		for _, want := range keys {
			found = found || k == want
		}
		if !found {
			return fmt.Errorf("%s has key %q, which TimelineJS does not document", where, k)
		}
	}
	return nil
}

// TestValidateTimelineJS checks the validator itself: documented shapes
// pass and each kind of mistake fails.
func TestValidateTimelineJS(t *testing.T) {
	ok := `{"title":{"text":{"headline":"t"}},"events":[{"start_date":{"year":2014,"month":3},"end_date":{"year":2014,"month":5,"day":31},"text":{"headline":"h","text":"<p>x</p>"},"group":"visit","unique_id":"a"}],"eras":[{"start_date":{"year":2014},"end_date":{"year":2014,"month":12,"day":31},"text":{"headline":"2014"}}]}`
	if err := validateTimelineJS([]byte(ok)); err != nil {
		t.Fatalf("validateTimelineJS(documented example) = %v, want nil", err)
	}
	for name, bad := range map[string]string{
		"no events":       `{"title":{"text":{"headline":"t"}}}`,
		"no start":        `{"events":[{"text":{"headline":"h"}}]}`,
		"no year":         `{"events":[{"start_date":{"month":3}}]}`,
		"month 13":        `{"events":[{"start_date":{"year":2014,"month":13}}]}`,
		"year as text":    `{"events":[{"start_date":{"year":"2014"}}]}`,
		"unknown key":     `{"events":[{"start_date":{"year":2014},"colour":"red"}]}`,
		"era without end": `{"events":[],"eras":[{"start_date":{"year":2014}}]}`,
		"end before":      `{"events":[{"start_date":{"year":2014,"month":5},"end_date":{"year":2014,"month":3}}]}`,
		"duplicate id":    `{"events":[{"start_date":{"year":2014},"unique_id":"a"},{"start_date":{"year":2015},"unique_id":"a"}]}`,
		"bad scale":       `{"events":[],"scale":"geological"}`,
	} {
		if err := validateTimelineJS([]byte(bad)); err == nil {
			t.Errorf("validateTimelineJS(%s) = nil, want an error", name)
		}
	}
}

func TestTimelineJS(t *testing.T) {
	for _, c := range []struct {
		name string
		tl   timeline.Timeline
	}{
		{"timelinejs", timeline.Build(exportEvents(), timeline.Options{})},
		{"timelinejs_month", timeline.Build(exportEvents(), timeline.Options{Bucket: timeline.BucketMonth})},
		{"timelinejs_empty", timeline.Build(nil, timeline.Options{})},
	} {
		var b bytes.Buffer
		if err := reports.TimelineJS(&b, c.tl); err != nil {
			t.Fatalf("TimelineJS(%s) = %v", c.name, err)
		}
		golden(t, c.name+".json", b.Bytes())
		if err := validateTimelineJS(b.Bytes()); err != nil {
			t.Errorf("TimelineJS(%s) does not validate: %v", c.name, err)
		}
	}
}

func TestTimelineJSContent(t *testing.T) {
	var b bytes.Buffer
	if err := reports.TimelineJS(&b, timeline.Build(exportEvents(), timeline.Options{})); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Title struct {
			Text struct{ Headline, Text string }
		}
		Events []struct {
			StartDate   map[string]int `json:"start_date"`
			EndDate     map[string]int `json:"end_date"`
			DisplayDate string         `json:"display_date"`
			Group       string
			UniqueID    string `json:"unique_id"`
			Text        struct{ Headline, Text string }
		}
		Eras []struct {
			Text struct{ Headline string }
		}
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Events) != 5 {
		t.Fatalf("TimelineJS: %d slides, want the 5 dated events", len(out.Events))
	}
	if !strings.Contains(out.Title.Text.Text, "1 undated event is not shown") {
		t.Errorf("title text = %q, want it to mention the undated event", out.Title.Text.Text)
	}
	var spring bool
	for _, e := range out.Events {
		if e.DisplayDate == "2022-SP" {
			spring = true
			if e.StartDate["month"] != 3 || e.EndDate["month"] != 5 || e.EndDate["day"] != 31 || !strings.HasSuffix(e.Text.Headline, "(planned)") || e.Group != "visit" {
				t.Errorf("spring visit slide = %+v, want 2022-03-01..2022-05-31, planned, group visit", e)
			}
		}
		if e.UniqueID == "" {
			t.Errorf("slide %q has no unique_id", e.Text.Headline)
		}
	}
	if !spring {
		t.Errorf("no slide with display_date 2022-SP")
	}
	if len(out.Eras) != 3 || out.Eras[0].Text.Headline != "2020" {
		t.Errorf("eras = %+v, want 2020, 2021, 2022", out.Eras)
	}
	// Text is HTML in TimelineJS: markup in the article is escaped.
	tl := timeline.Build(exportEvents()[5:], timeline.Options{})
	tl.Entries[0].Event.Start, tl.Entries[0].Event.End = day("2021-03-05"), day("2021-03-05")
	b.Reset()
	reports.TimelineJS(&b, tl)
	if strings.Contains(b.String(), "<script>") || strings.Contains(b.String(), "<b>useful") {
		t.Errorf("TimelineJS(markup in evidence) = %s, want the markup escaped", b.String())
	}
}

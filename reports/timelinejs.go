package reports

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/timeline"
)

// The TimelineJS3 JSON format, as its documentation describes it
// (https://timeline.knightlab.com/docs/json-format.html): one object with
// "events" (slides), an optional "title" slide and optional "eras". Dates
// are objects of numbers; headline and text are HTML.

// tjsTimeline is the top-level object.
type tjsTimeline struct {
	Title  *tjsSlide  `json:"title,omitempty"`
	Events []tjsSlide `json:"events"`
	Eras   []tjsEra   `json:"eras,omitempty"`
}

// tjsSlide is a slide: an event, or the title slide (no start date).
type tjsSlide struct {
	UniqueID    string   `json:"unique_id,omitempty"`
	StartDate   *tjsDate `json:"start_date,omitempty"`
	EndDate     *tjsDate `json:"end_date,omitempty"`
	Text        tjsText  `json:"text"`
	Group       string   `json:"group,omitempty"`
	DisplayDate string   `json:"display_date,omitempty"`
	Autolink    *bool    `json:"autolink,omitempty"`
}

// tjsDate is a date object: year is required, month 1-12.
type tjsDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// tjsEra labels a span of the navigation; both dates are required.
type tjsEra struct {
	StartDate tjsDate `json:"start_date"`
	EndDate   tjsDate `json:"end_date"`
	Text      tjsText `json:"text"`
}

func tjsDateOf(d annals.Date) *tjsDate {
	return &tjsDate{Year: d.Year, Month: int(d.Month), Day: d.Day}
}

// TimelineJS writes tl as a TimelineJS3 JSON file: a title slide, one
// slide per dated entry in timeline order and eras. Each slide has the
// event's interval as start_date and end_date (the end only when it
// differs from the start, days inclusive as TimelineJS reads them), the
// display date at the event's granularity ("2014-SP"), a headline with
// type, participants and a "(planned)" mark, a text holding the evidence,
// place and sources as escaped HTML, the event type as group (one row per
// type) and the event ID as unique_id. Eras are tl's buckets when it is
// bucketed, else the calendar years with events when there are several.
// Undated entries are left out (TimelineJS requires a start date); the
// title slide says how many. Errors are w's.
func TimelineJS(w io.Writer, tl timeline.Timeline) error {
	out := tjsTimeline{Events: []tjsSlide{}}
	noLinks := false
	ids := map[string]int{}
	undated := 0
	var first, last annals.Date
	for i, e := range tl.Entries {
		ev := e.Event
		if ev.Start.IsZero() {
			undated++
			continue
		}
		end := ev.End
		if end.IsZero() || end.Before(ev.Start) {
			end = ev.Start
		}
		if first.IsZero() || ev.Start.Before(first) {
			first = ev.Start
		}
		if last.IsZero() || end.After(last) {
			last = end
		}
		s := tjsSlide{
			StartDate: tjsDateOf(ev.Start), DisplayDate: e.When, Group: string(ev.Type), Autolink: &noLinks,
			Text: tjsText{Headline: html.EscapeString(exportHeadline(e)), Text: slideText(ev)},
		}
		if end != ev.Start {
			s.EndDate = tjsDateOf(end)
		}
		// unique_id must be unique among slides: an event reported twice
		// under one ID gets a suffix.
		id := ev.ID
		if id == "" {
			id = fmt.Sprintf("event-%d", i+1)
		}
		if n := ids[id]; n > 0 {
			ids[id]++
			id = fmt.Sprintf("%s-%d", id, n+1)
		} else {
			ids[id] = 1
		}
		s.UniqueID = id
		out.Events = append(out.Events, s)
	}
	title := fmt.Sprintf("%d dated %s", len(out.Events), exportPlural(len(out.Events), "event", "events"))
	if !first.IsZero() {
		title += fmt.Sprintf(" from %s to %s", first, last)
	}
	if undated > 0 {
		title += fmt.Sprintf("; %d undated %s not shown", undated, exportPlural(undated, "event is", "events are"))
	}
	out.Title = &tjsSlide{Text: tjsText{Headline: "annals timeline", Text: "<p>" + html.EscapeString(title) + ".</p>"}}
	out.Eras = tjsEras(tl, first, last)
	// Not writeJSON: the text fields are HTML, and "\u003cp\u003e" for
	// "<p>" would make the file needlessly hard to read.
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("reports: write timelinejs: %w", err)
	}
	return nil
}

// exportHeadline is "visit: Fumio Kishida; JPN, RUS (planned)".
func exportHeadline(e timeline.Entry) string {
	h := string(e.Event.Type)
	if p := participants(e.Event); p != "" {
		h += ": " + p
	}
	if e.IsPlanned() {
		h += " (planned)"
	}
	return h
}

// slideText is the slide's HTML: the evidence, then place and sources.
// Every piece of article text is escaped, since TimelineJS renders the
// field as HTML.
func slideText(ev annals.Event) string {
	var b strings.Builder
	if ev.Evidence != "" {
		fmt.Fprintf(&b, "<blockquote>%s</blockquote>", html.EscapeString(oneLine(ev.Evidence)))
	}
	var facts []string
	if ev.Place != "" {
		facts = append(facts, "Place: "+html.EscapeString(ev.Place))
	}
	if ev.CAMEO != "" {
		facts = append(facts, "CAMEO "+html.EscapeString(ev.CAMEO))
	}
	if ev.Amount != nil {
		facts = append(facts, html.EscapeString(strings.TrimSpace(fmt.Sprintf("%s %s %s", plainFloat(*ev.Amount), ev.Currency, ev.Measure))))
	}
	if len(facts) > 0 {
		fmt.Fprintf(&b, "<p>%s</p>", strings.Join(facts, " · "))
	}
	for _, s := range ev.Sources {
		name := s.Title
		if name == "" {
			name = baseName(s.Source)
		}
		name = html.EscapeString(oneLine(name))
		if isWebSource(s.Source) {
			name = fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(s.Source), name)
		}
		fmt.Fprintf(&b, "<p>Source: %s", name)
		if !s.Published.IsZero() {
			fmt.Fprintf(&b, ", %s", s.Published)
		}
		b.WriteString("</p>")
	}
	return b.String()
}

// tjsEras returns one era per bucket of tl when it is bucketed, else, when
// first and last are in different years, one per calendar year that some
// event overlaps, else none.
func tjsEras(tl timeline.Timeline, first, last annals.Date) []tjsEra {
	var out []tjsEra
	if tl.Bucket != timeline.BucketNone {
		for _, g := range tl.Groups() {
			var s, e annals.Date
			for _, en := range g.Entries {
				if en.Event.Start.IsZero() {
					continue
				}
				end := en.Event.End
				if end.IsZero() || end.Before(en.Event.Start) {
					end = en.Event.Start
				}
				if s.IsZero() || en.Event.Start.Before(s) {
					s = en.Event.Start
				}
				if e.IsZero() || end.After(e) {
					e = end
				}
			}
			if !s.IsZero() {
				out = append(out, tjsEra{StartDate: *tjsDateOf(s), EndDate: *tjsDateOf(e), Text: tjsText{Headline: html.EscapeString(g.Label)}})
			}
		}
		return out
	}
	if first.IsZero() || first.Year == last.Year {
		return nil
	}
	// The years some event overlaps, at most maxEras of them.
	years := map[int]bool{}
	for _, e := range tl.Entries {
		ev := e.Event
		if ev.Start.IsZero() {
			continue
		}
		end := max(ev.End.Year, ev.Start.Year)
		for y := ev.Start.Year; y <= end && len(years) < maxEras; y++ {
			years[y] = true
		}
	}
	for y := first.Year; y <= last.Year; y++ {
		if !years[y] {
			continue
		}
		out = append(out, tjsEra{
			StartDate: tjsDate{Year: y, Month: 1, Day: 1}, EndDate: tjsDate{Year: y, Month: 12, Day: 31},
			Text: tjsText{Headline: fmt.Sprint(y)},
		})
	}
	return out
}

// maxEras caps the year eras, which only label the navigation.
const maxEras = 100

// isWebSource reports whether s is an http or https address, the only
// sources exports link to.
func isWebSource(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func exportPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// plainFloat prints a float without exponent or trailing zeros.
func plainFloat(f float64) string {
	b, _ := json.Marshal(f) // encoding/json never uses an exponent below 1e21
	return string(b)
}

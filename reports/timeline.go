package reports

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/timeline"
)

// PlannedMark is how text and Markdown mark a planned event in the status
// column, so it stands out from what happened.
const PlannedMark = "[planned]"

// evidenceRunes is how much of the evidence sentence the text and
// Markdown source column show.
const evidenceRunes = 60

// timelineEntry is the JSON form of a timeline entry: the event's schema
// fields plus the display date and bucket.
type timelineEntry struct {
	Bucket    string           `json:"bucket,omitempty"`
	When      string           `json:"when"`
	ID        string           `json:"id,omitempty"`
	Type      annals.EventType `json:"type"`
	CAMEO     string           `json:"cameo,omitempty"`
	Status    annals.Status    `json:"status"`
	Actors    []string         `json:"actors"`
	Countries []annals.Country `json:"countries"`
	Place     string           `json:"place"`
	Start     annals.Date      `json:"start"`
	End       annals.Date      `json:"end"`
	Time      annals.TimeValue `json:"time,omitempty"`
	Amount    *float64         `json:"amount,omitempty"`
	Currency  string           `json:"currency,omitempty"`
	Measure   string           `json:"measure,omitempty"`
	Evidence  string           `json:"evidence"`
	Span      annals.Span      `json:"span"`
	Sources   []annals.Source  `json:"sources,omitempty"`
}

// Timeline writes tl to w in format f, one row per entry in timeline
// order.
//
// Text and Markdown show the display date, type, status (planned events
// marked [PlannedMark]), participants, place and source (the first
// reporting article, "+N" for more, and the start of the evidence); when
// tl is bucketed a first column names each bucket on its first row. JSON
// is an array of objects with the event's schema fields plus "when" and
// "bucket". CSV and TSV have one column per field, lists joined by "; ".
// An unknown format returns an error wrapping annals.ErrInvalid; other
// errors are w's.
func Timeline(w io.Writer, f Format, tl timeline.Timeline) error {
	if f == FormatJSON {
		out := make([]timelineEntry, 0, len(tl.Entries))
		for _, e := range tl.Entries {
			ev := e.Event
			out = append(out, timelineEntry{
				Bucket: e.Bucket, When: e.When, ID: ev.ID, Type: ev.Type, CAMEO: ev.CAMEO, Status: ev.Status,
				Actors: nonNil(ev.Actors), Countries: nonNil(ev.Countries), Place: ev.Place,
				Start: ev.Start, End: ev.End, Time: ev.Time,
				Amount: ev.Amount, Currency: ev.Currency, Measure: ev.Measure,
				Evidence: ev.Evidence, Span: ev.Span, Sources: ev.Sources,
			})
		}
		return writeJSON(w, out)
	}
	var t table
	switch f {
	case FormatText, FormatMarkdown:
		t = timelineView(tl, f == FormatText)
	case FormatCSV, FormatTSV:
		t = timelineRecords(tl)
	default:
		return fmt.Errorf("reports: timeline: format %q: %w", f, annals.ErrInvalid)
	}
	return t.write(w, f, "", "No events.")
}

// participantsWidth is the most runes the text timeline gives the
// participants; a terminal line stays readable, and CSV, JSON and Markdown
// keep the full list.
const participantsWidth = 48

// timelineView is the table text and Markdown show; compact limits the
// participants to participantsWidth for the terminal.
func timelineView(tl timeline.Timeline, compact bool) table {
	bucketed := tl.Bucket != timeline.BucketNone
	t := table{header: []string{"DATE", "TYPE", "STATUS", "PARTICIPANTS", "PLACE", "SOURCE"}}
	if bucketed {
		t.header = append([]string{strings.ToUpper(tl.Bucket.String())}, t.header...)
	}
	for _, g := range tl.Groups() {
		for i, e := range g.Entries {
			ev := e.Event
			status := string(ev.Status)
			if e.IsPlanned() {
				status = PlannedMark
			}
			who := participants(ev)
			if compact {
				who = fitNames(ev, participantsWidth)
			}
			row := []string{e.When, string(ev.Type), status, who, ev.Place, source(ev)}
			if bucketed {
				label := ""
				if i == 0 {
					label = g.Label
				}
				row = append([]string{label}, row...)
			}
			t.rows = append(t.rows, row)
		}
	}
	return t
}

// timelineRecords is the table CSV and TSV write: every field, one column
// each.
func timelineRecords(tl timeline.Timeline) table {
	t := table{header: []string{"bucket", "when", "start", "end", "time", "type", "cameo", "status", "actors", "countries", "place", "amount", "currency", "measure", "sources", "evidence", "id"}}
	for _, e := range tl.Entries {
		ev := e.Event
		amount := ""
		if ev.Amount != nil {
			amount = strconv.FormatFloat(*ev.Amount, 'f', -1, 64)
		}
		var srcs []string
		for _, s := range ev.Sources {
			srcs = append(srcs, s.Source)
		}
		t.rows = append(t.rows, []string{
			e.Bucket, e.When, ev.Start.String(), ev.End.String(), string(ev.Time), string(ev.Type), ev.CAMEO, string(ev.Status),
			strings.Join(ev.Actors, "; "), joinCountries(ev.Countries), ev.Place,
			amount, ev.Currency, ev.Measure, strings.Join(srcs, "; "), ev.Evidence, ev.ID,
		})
	}
	return t
}

// participants lists the actors, then the country codes after a
// semicolon: "Sergei Lavrov, Fumio Kishida; RUS, JPN".
func participants(ev annals.Event) string {
	parts := []string{}
	if len(ev.Actors) > 0 {
		parts = append(parts, strings.Join(ev.Actors, ", "))
	}
	if len(ev.Countries) > 0 {
		cs := make([]string, len(ev.Countries))
		for i, c := range ev.Countries {
			cs[i] = string(c)
		}
		parts = append(parts, strings.Join(cs, ", "))
	}
	return strings.Join(parts, "; ")
}

// fitNames lists as many participants as fit in width runes, whole names
// only, and counts the rest: "Sergei Lavrov, Fumio Kishida +3". At least
// one name is shown, cut with "…" if it alone is too long.
func fitNames(ev annals.Event, width int) string {
	if full := participants(ev); utf8.RuneCountInString(full) <= width {
		return full
	}
	names := slices.Clone(ev.Actors)
	for _, c := range ev.Countries {
		names = append(names, string(c))
	}
	for k := len(names) - 1; k >= 1; k-- {
		s := strings.Join(names[:k], ", ") + fmt.Sprintf(" +%d", len(names)-k)
		if utf8.RuneCountInString(s) <= width {
			return s
		}
	}
	return shorten(names[0], width-3) + fmt.Sprintf(" +%d", len(names)-1)
}

func joinCountries(cs []annals.Country) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, "; ")
}

// source names the first reporting article by the last element of its
// path or URL ("+N" when more reported the event) and quotes the start of
// the evidence; CSV and JSON keep the full sources.
func source(ev annals.Event) string {
	var name, evidence string
	if len(ev.Sources) > 0 {
		name = baseName(ev.Sources[0].Source)
		if n := len(ev.Sources) - 1; n > 0 {
			name += fmt.Sprintf(" (+%d)", n)
		}
		evidence = ev.Sources[0].Evidence
	}
	if ev.Evidence != "" {
		evidence = ev.Evidence
	}
	if evidence == "" {
		return name
	}
	q := `"` + shorten(evidence, evidenceRunes) + `"`
	if name == "" {
		return q
	}
	return name + ": " + q
}

// baseName returns the last element of a path or URL ("a/b/c.txt" ->
// "c.txt"), ignoring trailing separators; s itself when it has none.
func baseName(s string) string {
	t := strings.TrimRight(s, `/\`)
	if i := strings.LastIndexAny(t, `/\`); i >= 0 && i+1 < len(t) {
		return t[i+1:]
	}
	if t == "" {
		return s
	}
	return t
}

// nonNil returns s, or an empty slice for nil, so JSON shows [] not null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

package reports_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/reports"
	"github.com/annals-project/annals/timeline"
)

func icsOf(t *testing.T, events []annals.Event) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := reports.ICS(&b, timeline.Build(events, timeline.Options{})); err != nil {
		t.Fatalf("ICS() = %v", err)
	}
	return b.Bytes()
}

func TestICSGolden(t *testing.T) {
	golden(t, "planned.ics", icsOf(t, exportEvents()))
	golden(t, "planned_empty.ics", icsOf(t, nil))
}

// TestICSParses reads the calendar back with a real iCalendar parser
// (github.com/arran4/golang-ical) and checks each planned event.
func TestICSParses(t *testing.T) {
	data := icsOf(t, exportEvents())
	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("ParseCalendar(ICS()) = %v", err)
	}
	evs := cal.Events()
	want := []struct {
		summary    string
		start, end string // end exclusive
		location   string
		uid        string
	}{
		{"meet: Anna Berg, Jan Novak; NOR, CZE (planned)", "2021-04-21", "2021-06-01", "", "ev-summit@annals"},
		{"cooperate: NOR, SWE (planned)", "2021-09-01", "2021-09-02", "", ""},
		{"visit: Jan Novak; SWE (planned)", "2022-03-01", "2022-06-01", "Stockholm; Gothenburg", "ev-visit@annals"},
	}
	if len(evs) != len(want) {
		t.Fatalf("parsed %d VEVENTs, want %d (the planned dated events)", len(evs), len(want))
	}
	for i, w := range want {
		e := evs[i]
		prop := func(p ics.ComponentProperty) string {
			if v := e.GetProperty(p); v != nil {
				return v.Value
			}
			return ""
		}
		if got := prop(ics.ComponentPropertySummary); got != w.summary {
			t.Errorf("event %d SUMMARY = %q, want %q", i, got, w.summary)
		}
		start, err := e.GetAllDayStartAt()
		if err != nil || start.Format(time.DateOnly) != w.start {
			t.Errorf("event %d DTSTART = %v, %v; want %s", i, start, err, w.start)
		}
		end, err := e.GetAllDayEndAt()
		if err != nil || end.Format(time.DateOnly) != w.end {
			t.Errorf("event %d DTEND = %v, %v; want %s (exclusive)", i, end, err, w.end)
		}
		if got := prop(ics.ComponentPropertyLocation); got != w.location {
			t.Errorf("event %d LOCATION = %q, want %q", i, got, w.location)
		}
		uid := prop(ics.ComponentPropertyUniqueId)
		if w.uid != "" && uid != w.uid || uid == "" {
			t.Errorf("event %d UID = %q, want %q", i, uid, w.uid)
		}
		if got := prop(ics.ComponentPropertyStatus); got != "TENTATIVE" {
			t.Errorf("event %d STATUS = %q, want TENTATIVE", i, got)
		}
		if _, err := e.GetDtStampTime(); err != nil {
			t.Errorf("event %d DTSTAMP: %v", i, err)
		}
	}
	// The long description with commas and semicolons survives escaping
	// and folding.
	desc := evs[2].GetProperty(ics.ComponentPropertyDescription).Value
	if !strings.Contains(desc, "Novak will visit Sweden next spring, his office said; the dates, it added, are open.") {
		t.Errorf("DESCRIPTION = %q, want the evidence with its punctuation", desc)
	}
	// Stable: the same input gives the same bytes, DTSTAMP included.
	if again := icsOf(t, exportEvents()); !bytes.Equal(again, data) {
		t.Errorf("ICS() differs between two runs")
	}
}

// TestICSLines checks the RFC 5545 line rules on the whole file: CRLF
// endings and at most 75 octets per physical line.
func TestICSLines(t *testing.T) {
	data := icsOf(t, exportEvents())
	if !bytes.HasSuffix(data, []byte("END:VCALENDAR\r\n")) {
		t.Errorf("ICS() does not end with END:VCALENDAR and CRLF")
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, line)
		}
		if len(line) > 75 {
			t.Errorf("line %d is %d octets, want at most 75: %q", i+1, len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, line)
		}
	}
}

// TestICSFoldingMultibyte folds a summary of three-byte runes and checks
// that no physical line is longer than 75 octets, no rune is split and
// unfolding gives back the text.
func TestICSFoldingMultibyte(t *testing.T) {
	name := strings.Repeat("東京", 40) // 240 octets
	ev := annals.Event{ID: "x", Type: annals.EventVisit, Status: annals.StatusPlanned, Actors: []string{name},
		Start: day("2030-01-01"), End: day("2030-01-01")}
	data := string(icsOf(t, []annals.Event{ev}))
	for _, line := range strings.Split(data, "\r\n") {
		if len(line) > 75 || !utf8.ValidString(line) {
			t.Errorf("folded line %q: %d octets, valid UTF-8 %v", line, len(line), utf8.ValidString(line))
		}
	}
	if unfolded := strings.ReplaceAll(data, "\r\n ", ""); !strings.Contains(unfolded, "SUMMARY:visit: "+name+" (planned)\r\n") {
		t.Errorf("unfolded ICS lacks the full summary")
	}
}

func TestICSEscaping(t *testing.T) {
	ev := annals.Event{ID: "a;b,c", Type: annals.EventMeet, Status: annals.StatusPlanned, Actors: []string{`A\B`},
		Place: "Line one\nline two", Start: day("2030-01-01"), End: day("2030-01-01"), Evidence: "x"}
	data := string(icsOf(t, []annals.Event{ev}))
	for _, want := range []string{`UID:a\;b\,c@annals`, `SUMMARY:meet: A\\B (planned)`, `LOCATION:Line one line two`} {
		if !strings.Contains(data, want) {
			t.Errorf("ICS(special characters) lacks %q:\n%s", want, data)
		}
	}
	cal, err := ics.ParseCalendar(strings.NewReader(data))
	if err != nil || len(cal.Events()) != 1 {
		t.Fatalf("ParseCalendar = %v, %v", cal, err)
	}
	if got := cal.Events()[0].GetProperty(ics.ComponentPropertySummary).Value; got != `meet: A\B (planned)` {
		t.Errorf("parsed SUMMARY = %q, want %q", got, `meet: A\B (planned)`)
	}
}

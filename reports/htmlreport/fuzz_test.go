package htmlreport_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports/htmlreport"
	"github.com/annals-project/annals/timeline"
)

// FuzzRender builds events from fuzzed names, text and day offsets and
// checks the properties every page must have, whatever the input: Render
// does not fail or panic, the page is complete, and no text from the
// input appears as markup.
func FuzzRender(f *testing.F) {
	// Seeds: plain names; markup in names and evidence; invalid UTF-8;
	// far-apart and reversed dates; an empty name.
	f.Add("Anna Berg", "Jan Novak", "They met in Oslo.", int16(0), int16(0), int16(40), uint8(0))
	f.Add("<script>x</script>", "a&b", "<img src=x onerror=alert(1)>", int16(-20000), int16(3), int16(30000), uint8(3))
	f.Add("\xff\xfe", "", "\x00\x01 line\nbreak", int16(5), int16(-5), int16(0), uint8(200))
	f.Add("Ünïcödé 東京", "Иван Петров", strings.Repeat("long ", 200), int16(32767), int16(-32768), int16(1), uint8(7))
	f.Fuzz(func(t *testing.T, a, b, evidence string, d0, d1, d2 int16, kind uint8) {
		base := annals.MustParseDate("2000-01-01")
		doc := &annals.Document{Persons: []annals.Person{{Name: a}, {Name: b}}}
		for i, d := range []int16{d0, d1, d2} {
			start := base.AddDays(int(d))
			end := start.AddDays(int(kind) % 400)
			ev := annals.Event{
				Type: annals.EventTypes[(int(kind)+i)%len(annals.EventTypes)], Status: annals.StatusOccurred,
				Actors: []string{a, b}, Countries: []annals.Country{"NOR"}, Start: start, End: end, Evidence: evidence,
			}
			if i == 1 {
				ev.Status = annals.StatusPlanned
			}
			if kind%5 == 0 && i == 2 {
				ev.Start, ev.End = annals.Date{}, annals.Date{}
			}
			doc.Events = append(doc.Events, ev)
		}
		for _, lanes := range []htmlreport.Lanes{htmlreport.LanesActor, htmlreport.LanesCountry} {
			var buf bytes.Buffer
			opts := htmlreport.Options{Lanes: lanes, MaxMarks: 1 + int(kind)%4, MaxLanes: 2}
			if err := htmlreport.Render(&buf, timeline.Build(doc.Events, timeline.Options{}), graph.FromDocument(doc), opts); err != nil {
				t.Fatalf("Render() = %v", err)
			}
			out := buf.String()
			if !strings.HasSuffix(out, "</html>\n") {
				t.Errorf("Render() page is not complete")
			}
			for _, bad := range []string{"<script", "<img"} {
				if strings.Contains(out, bad) {
					t.Errorf("Render() contains %q from the input as markup", bad)
				}
			}
		}
	})
}

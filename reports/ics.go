package reports

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/timeline"
)

// icsLineOctets is the longest content line RFC 5545 (section 3.1)
// allows, in octets, not counting the CRLF.
const icsLineOctets = 75

// ICS writes the planned, dated entries of tl as an iCalendar file (RFC
// 5545), so that a user can put announced visits and talks in a calendar.
// Each becomes one all-day VEVENT: DTSTART is the first day and DTEND the
// day after the last (DTEND is exclusive for dates, RFC 5545 section
// 3.6.1), STATUS is TENTATIVE and TRANSP TRANSPARENT, since a planned
// event may not happen and does not occupy the reader's time. UID is
// derived from the event ID (or, without one, from the event's content),
// and DTSTAMP from the latest publication date of its sources (else its
// start), never from the clock, so the same timeline gives the same
// bytes. SUMMARY names type and participants; DESCRIPTION holds the date
// as the article gave it, the evidence and the sources. Text is escaped
// and lines are folded at 75 octets without splitting a UTF-8 sequence;
// lines end in CRLF. A timeline without planned dated events gives a
// calendar without events. Errors are w's.
func ICS(w io.Writer, tl timeline.Timeline) error {
	bw := bufio.NewWriter(w)
	line := func(name, value string) { writeFolded(bw, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", "-//annals//annals timeline//EN")
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	line("X-WR-CALNAME", "annals: planned events")
	uids := map[string]int{}
	for _, e := range tl.Entries {
		ev := e.Event
		if !e.IsPlanned() || ev.Start.IsZero() {
			continue
		}
		end := ev.End
		if end.IsZero() || end.Before(ev.Start) {
			end = ev.Start
		}
		uid := eventUID(ev)
		if n := uids[uid]; n > 0 {
			uids[uid]++
			uid = fmt.Sprintf("%s-%d", uid, n+1)
		} else {
			uids[uid] = 1
		}
		line("BEGIN", "VEVENT")
		line("UID", escapeText(uid+"@annals"))
		line("DTSTAMP", dtstamp(ev))
		line("DTSTART;VALUE=DATE", icsDate(ev.Start))
		line("DTEND;VALUE=DATE", icsDate(end.AddDays(1)))
		line("SUMMARY", escapeText(exportHeadline(e)))
		line("DESCRIPTION", escapeText(icsDescription(e)))
		if ev.Place != "" {
			line("LOCATION", escapeText(oneLine(ev.Place)))
		}
		line("CATEGORIES", escapeText(string(ev.Type)))
		line("STATUS", "TENTATIVE")
		line("TRANSP", "TRANSPARENT")
		for _, s := range ev.Sources {
			if isWebSource(s.Source) && !strings.ContainsAny(s.Source, "\r\n") {
				line("URL", s.Source)
				break
			}
		}
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("reports: write ics: %w", err)
	}
	return nil
}

// eventUID is the event's ID, or the first 16 hex digits of the SHA-256
// of its key (annals.Event.Key) when it has none, so that re-exporting
// the same event updates the calendar entry instead of adding another.
func eventUID(ev annals.Event) string {
	if ev.ID != "" {
		return ev.ID
	}
	sum := sha256.Sum256([]byte(ev.Key()))
	return "event-" + hex.EncodeToString(sum[:8])
}

// dtstamp is midnight UTC of the latest publication date among ev's
// sources, or of its start date: when the information was published is
// the closest the data comes to when the entry was created.
func dtstamp(ev annals.Event) string {
	d := annals.Date{}
	for _, s := range ev.Sources {
		if d.IsZero() || s.Published.After(d) {
			d = s.Published
		}
	}
	if d.IsZero() {
		d = ev.Start
	}
	return icsDate(d) + "T000000Z"
}

func icsDate(d annals.Date) string {
	return fmt.Sprintf("%04d%02d%02d", d.Year, int(d.Month), d.Day)
}

// icsDescription is the plain-text description: when, as the article
// said it, the evidence and the sources.
func icsDescription(e timeline.Entry) string {
	ev := e.Event
	var b strings.Builder
	fmt.Fprintf(&b, "When: %s", e.When)
	if ev.Start != ev.End && !ev.End.IsZero() {
		b.WriteString(" (the article gives a range, not a day)")
	}
	if ev.Evidence != "" {
		fmt.Fprintf(&b, "\n\n“%s”", oneLine(ev.Evidence))
	}
	for _, s := range ev.Sources {
		name := s.Title
		if name == "" {
			name = s.Source
		}
		fmt.Fprintf(&b, "\n\nSource: %s", oneLine(name))
		if !s.Published.IsZero() {
			fmt.Fprintf(&b, " (%s)", s.Published)
		}
		if s.Title != "" && s.Source != "" {
			fmt.Fprintf(&b, " %s", oneLine(s.Source))
		}
	}
	return b.String()
}

// escapeText escapes a TEXT value (RFC 5545 section 3.3.11): backslash,
// semicolon and comma get a backslash, a line break becomes \n, and other
// control characters, which a TEXT value may not hold, become spaces.
func escapeText(s string) string {
	var b strings.Builder
	s = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writeFolded writes one content line, folded (RFC 5545 section 3.1):
// after at most 75 octets a CRLF and a space, which counts towards the
// next line's 75, never inside a UTF-8 sequence.
func writeFolded(w *bufio.Writer, s string) {
	limit := icsLineOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		// Keep an escape such as "\," on one line: unfolding joins the
		// lines again, but a naive reader might not.
		if cut > 1 && s[cut-1] == '\\' {
			cut--
		}
		w.WriteString(s[:cut])
		w.WriteString("\r\n ")
		s = s[cut:]
		limit = icsLineOctets - 1
	}
	w.WriteString(s)
	w.WriteString("\r\n")
}

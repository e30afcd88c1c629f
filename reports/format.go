// Package reports renders timelines, metric tables and relations to an
// io.Writer as aligned text, Markdown, JSON, CSV or TSV, and timelines also
// in the formats timeline tools read: TimelineJS3 JSON ([TimelineJS]) and
// iCalendar for the planned events ([ICS]). The self-contained HTML page is
// in the subpackage htmlreport.
//
// Output is byte-for-byte reproducible: rows come in the order the caller
// gives (timeline and graph results are already sorted), floats are printed
// with fixed precision and JSON is indented with two spaces. Empty inputs
// render a sentence in text and Markdown, "[]" in JSON and the header row
// alone in CSV and TSV, so scripts can always parse the output.
//
// The package only formats: it reads annals, timeline and graph result
// types, never the store, and it does no filtering or sorting of its own.
package reports

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/annals-project/annals"
)

// Format is an output format.
type Format string

// Formats.
const (
	FormatText     Format = "text" // aligned columns for a terminal
	FormatMarkdown Format = "md"   // GitHub-flavoured Markdown tables
	FormatJSON     Format = "json" // an array of objects, indented by 2
	FormatCSV      Format = "csv"  // RFC 4180, through encoding/csv
	FormatTSV      Format = "tsv"  // tab-separated, no quoting
)

// Formats lists every format in a fixed order.
var Formats = []Format{FormatText, FormatMarkdown, FormatJSON, FormatCSV, FormatTSV}

// ParseFormat returns the format called s: "text" (or ""), "md" (or
// "markdown"), "json", "csv" or "tsv", case-insensitively. Anything else
// returns an error wrapping annals.ErrInvalid.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case "", "txt":
		return FormatText, nil
	case "markdown":
		return FormatMarkdown, nil
	case FormatText, FormatMarkdown, FormatJSON, FormatCSV, FormatTSV:
		return f, nil
	}
	return "", fmt.Errorf("reports: parse format %q: %w: want one of %v", s, annals.ErrInvalid, Formats)
}

// table is the tabular form of a report, shared by text, Markdown, CSV and
// TSV output.
type table struct {
	header []string
	rows   [][]string
}

// write renders t in format f (not JSON). empty is the sentence text and
// Markdown print instead of an empty table. title, when set, is a line
// printed before the table in text and Markdown.
func (t table) write(w io.Writer, f Format, title, empty string) error {
	bw := bufio.NewWriter(w)
	switch f {
	case FormatText:
		if title != "" {
			fmt.Fprintln(bw, oneLine(title))
		}
		if len(t.rows) == 0 {
			fmt.Fprintln(bw, oneLine(empty))
			break
		}
		var buf bytes.Buffer
		tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
		for _, r := range append([][]string{t.header}, t.rows...) {
			for i, c := range r {
				if i > 0 {
					fmt.Fprint(tw, "\t")
				}
				fmt.Fprint(tw, oneLine(c))
			}
			fmt.Fprint(tw, "\n")
		}
		tw.Flush()
		// An empty last cell leaves the padding of the one before it.
		for _, line := range strings.SplitAfter(buf.String(), "\n") {
			if line != "" {
				fmt.Fprintln(bw, strings.TrimRight(line, " \n"))
			}
		}
	case FormatMarkdown:
		if title != "" {
			fmt.Fprintf(bw, "**%s**\n\n", mdCell(title))
		}
		if len(t.rows) == 0 {
			fmt.Fprintf(bw, "_%s_\n", mdCell(empty))
			break
		}
		mdRow(bw, t.header)
		sep := make([]string, len(t.header))
		for i := range sep {
			sep[i] = "---"
		}
		fmt.Fprintf(bw, "|%s|\n", strings.Join(sep, "|"))
		for _, r := range t.rows {
			mdRow(bw, r)
		}
	case FormatCSV:
		cw := csv.NewWriter(bw)
		cw.Write(t.header)
		cw.WriteAll(t.rows) // flushes
		if err := cw.Error(); err != nil {
			return fmt.Errorf("reports: write csv: %w", err)
		}
	case FormatTSV:
		for _, r := range append([][]string{t.header}, t.rows...) {
			for i, c := range r {
				if i > 0 {
					bw.WriteByte('\t')
				}
				bw.WriteString(oneLine(c))
			}
			bw.WriteByte('\n')
		}
	default:
		return fmt.Errorf("reports: write table: format %q: %w", f, annals.ErrInvalid)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("reports: write %s: %w", f, err)
	}
	return nil
}

func mdRow(w io.Writer, r []string) {
	cells := make([]string, len(r))
	for i, c := range r {
		cells[i] = mdCell(c)
	}
	fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
}

// mdCell escapes s for a Markdown table cell: pipes and backslashes are
// backslash-escaped and line breaks become spaces (a cell is one line).
func mdCell(s string) string {
	s = oneLine(s)
	s = strings.ReplaceAll(s, `\`, `\\`)
	return strings.ReplaceAll(s, "|", `\|`)
}

// oneLine replaces tabs, line breaks and other control characters with
// spaces, so a cell stays in its column, and invalid UTF-8 with U+FFFD.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// writeJSON writes v as JSON indented by two spaces, ending in a newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("reports: write json: %w", err)
	}
	return nil
}

// shorten returns s cut to at most n runes, ending in "…" when cut.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(oneLine(s)), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

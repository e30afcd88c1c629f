package ingest

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
)

// TimeML is one TimeML document: the plain text of its <TEXT> element, its
// creation time and the time expressions annotated in it.
type TimeML struct {
	ID   string // the <DOCID>
	Text string // <TEXT> with tags stripped and entities unescaped
	// DCT is the date of the TIMEX3 with functionInDocument="CREATION_TIME"
	// (a clock time in its value is dropped); zero when there is none.
	DCT     annals.Date
	Timexes []TimeMLTimex
}

// TimeMLTimex is one TIMEX3 of a TimeML document's text.
type TimeMLTimex struct {
	Span  annals.Span // byte offsets into TimeML.Text
	Text  string
	Type  string
	Value string
	Mod   string
}

// ParseTimeML parses a TimeML document (TimeBank, TempEval-3): the plain
// text of its <TEXT> element with tags stripped and entities unescaped, its
// creation time and its annotated TIMEX3 expressions. It returns an error
// wrapping annals.ErrInvalid when the document has no <TEXT> element or its
// TIMEX3 tags do not nest.
func ParseTimeML(data []byte) (*TimeML, error) {
	src := string(data)
	doc := &TimeML{ID: between(src, "<DOCID>", "</DOCID>")}
	if i := strings.Index(src, `functionInDocument="CREATION_TIME"`); i >= 0 {
		open := strings.LastIndex(src[:i], "<TIMEX3")
		if open >= 0 {
			end := strings.IndexByte(src[open:], '>')
			if end > 0 {
				v := attr(src[open:open+end], "value")
				if len(v) >= 10 {
					if d, err := annals.ParseDate(v[:10]); err == nil {
						doc.DCT = d
					}
				}
			}
		}
	}
	start := strings.Index(src, "<TEXT>")
	stop := strings.Index(src, "</TEXT>")
	if start < 0 || stop < start {
		return nil, fmt.Errorf("timeml %q: no <TEXT> element: %w", doc.ID, annals.ErrInvalid)
	}
	body := src[start+len("<TEXT>") : stop]
	var out bytes.Buffer
	var open *TimeMLTimex
	for i := 0; i < len(body); {
		c := body[i]
		switch c {
		case '<':
			end := strings.IndexByte(body[i:], '>')
			if end < 0 {
				return nil, fmt.Errorf("timeml %q: unclosed tag at %d: %w", doc.ID, i, annals.ErrInvalid)
			}
			tag := body[i+1 : i+end]
			switch {
			case strings.HasPrefix(tag, "TIMEX3") && strings.HasSuffix(tag, "/"):
				// An empty TIMEX3 (an anchor point with no text): the
				// TempEval-3 scorer's pattern never counts it, nor do we.
			case strings.HasPrefix(tag, "TIMEX3 ") || tag == "TIMEX3":
				if open != nil {
					return nil, fmt.Errorf("timeml %q: nested TIMEX3 at %d: %w", doc.ID, i, annals.ErrInvalid)
				}
				open = &TimeMLTimex{Span: annals.Span{out.Len(), 0}, Type: attr(tag, "type"), Value: attr(tag, "value"), Mod: attr(tag, "mod")}
			case tag == "/TIMEX3":
				if open == nil {
					return nil, fmt.Errorf("timeml %q: stray </TIMEX3> at %d: %w", doc.ID, i, annals.ErrInvalid)
				}
				open.Span[1] = out.Len()
				open.Text = out.String()[open.Span[0]:open.Span[1]]
				doc.Timexes = append(doc.Timexes, *open)
				open = nil
			}
			i += end + 1
		case '&':
			end := strings.IndexByte(body[i:], ';')
			if end > 0 && end < 10 {
				if s, ok := entity(body[i+1 : i+end]); ok {
					out.WriteString(s)
					i += end + 1
					continue
				}
			}
			out.WriteByte(c)
			i++
		default:
			out.WriteByte(c)
			i++
		}
	}
	if open != nil {
		return nil, fmt.Errorf("timeml %q: <TIMEX3> at %d is never closed: %w", doc.ID, open.Span[0], annals.ErrInvalid)
	}
	doc.Text = out.String()
	return doc, nil
}

func between(s, a, b string) string {
	i := strings.Index(s, a)
	if i < 0 {
		return ""
	}
	j := strings.Index(s[i+len(a):], b)
	if j < 0 {
		return ""
	}
	return strings.TrimSpace(s[i+len(a) : i+len(a)+j])
}

// attr returns the value of attribute name in the inside of a tag.
func attr(tag, name string) string {
	k := " " + name + `="`
	i := strings.Index(tag, k)
	if i < 0 {
		return ""
	}
	rest := tag[i+len(k):]
	j := strings.IndexByte(rest, '"')
	if j < 0 {
		return ""
	}
	return rest[:j]
}

func entity(name string) (string, bool) {
	switch name {
	case "amp":
		return "&", true
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "quot":
		return `"`, true
	case "apos":
		return "'", true
	}
	if strings.HasPrefix(name, "#") {
		base, digits := 10, name[1:]
		if strings.HasPrefix(digits, "x") || strings.HasPrefix(digits, "X") {
			base, digits = 16, digits[1:]
		}
		n, err := strconv.ParseInt(digits, base, 32)
		if err == nil && xmlChar(rune(n)) {
			return string(rune(n)), true
		}
	}
	return "", false
}

// xmlChar reports whether r is a character XML 1.0 allows in a document
// (a character reference to NUL or another control character is not one;
// such a reference is kept as the text it is).
func xmlChar(r rune) bool {
	switch {
	case r == 0x9 || r == 0xA || r == 0xD:
		return true
	case r >= 0x20 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

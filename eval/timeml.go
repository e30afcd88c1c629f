package eval

import (
	"fmt"
	"io"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/ingest"
)

// TimeMLDoc is one TimeML document: the plain text of its <TEXT> element
// (tags stripped, entities unescaped), its creation time and its gold time
// expressions with offsets into Text.
type TimeMLDoc struct {
	ID   string
	Text string
	// DCT is the date of the TIMEX3 with functionInDocument="CREATION_TIME"
	// (a clock time in its value is dropped); zero when there is none.
	DCT  annals.Date
	Gold []Timex
}

// Timex is one annotated or tagged time expression.
type Timex struct {
	Span  annals.Span // byte offsets into TimeMLDoc.Text
	Text  string
	Type  string
	Value string
	Mod   string
}

// ReadTimeML parses a TimeML document with [ingest.ParseTimeML]. It returns
// an error wrapping annals.ErrInvalid when the document has no <TEXT>
// element or its TIMEX3 tags do not nest.
func ReadTimeML(r io.Reader) (*TimeMLDoc, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("eval: read timeml: %w", err)
	}
	t, err := ingest.ParseTimeML(b)
	if err != nil {
		return nil, fmt.Errorf("eval: read %w", err)
	}
	doc := &TimeMLDoc{ID: t.ID, Text: t.Text, DCT: t.DCT, Gold: make([]Timex, len(t.Timexes))}
	for i, x := range t.Timexes {
		doc.Gold[i] = Timex(x)
	}
	return doc, nil
}

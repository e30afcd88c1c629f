package annals

import (
	"strings"
	"unicode/utf8"
)

// Document is the extraction of one news article: who, what, where and when.
// Its JSON form follows the field names of the evaluation schema
// (../shared/eval/SCHEMA.md), so an extraction can be set beside an
// annotation file; annals adds fields but never renames them.
type Document struct {
	// ID is the content hash of the article text (hex SHA-256), the key that
	// makes re-ingesting the same article a no-op.
	ID     string `json:"id,omitempty"`
	Source string `json:"source"` // file path, URL or JSONL id the text came from
	Title  string `json:"title"`
	// Published is the article's own date (its creation time, DCT); zero
	// when neither the text nor the caller gives it.
	Published Date `json:"published"`
	// PublishedFrom says where Published came from: "option", "dateline",
	// "metadata" or "" when unknown.
	PublishedFrom string         `json:"published_from,omitempty"`
	Persons       []Person       `json:"persons"`
	Organizations []Organization `json:"organizations"`
	Countries     []Country      `json:"countries"`
	Places        []Place        `json:"places"`
	Times         []TimeExpr     `json:"times"`
	Events        []Event        `json:"events"`
	// Warnings lists ambiguities met during extraction; they are data, not
	// errors.
	Warnings []string `json:"warnings,omitempty"`
}

// Person is a person named in an article.
type Person struct {
	Name     string   `json:"name"`              // canonical full name, honorifics stripped
	Country  Country  `json:"country,omitempty"` // the state the person acts for, when the text says
	Role     string   `json:"role,omitempty"`    // e.g. "Foreign Minister", "President"
	Mentions []string `json:"mentions,omitempty"`
}

// Organization is an organisation named in an article: an international
// body, a government agency, a news agency, a company.
type Organization struct {
	Name     string   `json:"name"`
	Country  Country  `json:"country,omitempty"`
	Kind     string   `json:"kind,omitempty"` // e.g. "international", "news agency"
	Mentions []string `json:"mentions,omitempty"`
}

// Place is a city, region or landmark named as a location, with the country
// it lies in when known. Countries themselves are not places.
type Place struct {
	Name    string  `json:"name"`
	Country Country `json:"country,omitempty"`
}

// Span is a half-open byte range [begin, end) into the text as given.
type Span [2]int

// Len returns the number of bytes in s.
func (s Span) Len() int { return s[1] - s[0] }

// TimeType is the TIMEX3 type of a time expression.
type TimeType string

// TIMEX3 types.
const (
	TimeDate     TimeType = "DATE"
	TimeTime     TimeType = "TIME"
	TimeDuration TimeType = "DURATION"
	TimeSet      TimeType = "SET"
)

// TimeExpr is a time expression found in the text, normalised against the
// article date. Value is empty when the expression could not be resolved
// (for example a relative date in an article with no known date).
type TimeExpr struct {
	Text  string    `json:"text"`
	Span  Span      `json:"span"`
	Type  TimeType  `json:"type"`
	Value TimeValue `json:"value,omitempty"`
	Mod   Mod       `json:"mod,omitempty"`
	// Start and End are the inclusive interval of a DATE or TIME value,
	// after any Mod; zero for durations, sets and vague values.
	Start Date `json:"start"`
	End   Date `json:"end"`
}

// Interval returns the expression's inclusive interval.
func (t TimeExpr) Interval() Interval { return Interval{t.Start, t.End} }

// EventType is the coarse type of an event, one of the schema's closed set.
type EventType string

// Event types (SCHEMA.md), each mapping onto CAMEO root codes.
const (
	EventMeet      EventType = "meet"      // CAMEO 04x
	EventVisit     EventType = "visit"     // CAMEO 042/043
	EventAgree     EventType = "agree"     // CAMEO 03x, 057
	EventStatement EventType = "statement" // CAMEO 01x
	EventTrade     EventType = "trade"     // economic figure
	EventCooperate EventType = "cooperate" // CAMEO 05x-07x
	EventConflict  EventType = "conflict"  // CAMEO 10x-20x
)

// EventTypes lists every event type in a fixed order.
var EventTypes = []EventType{EventMeet, EventVisit, EventAgree, EventStatement, EventTrade, EventCooperate, EventConflict}

// Valid reports whether t is one of EventTypes.
func (t EventType) Valid() bool {
	for _, u := range EventTypes {
		if t == u {
			return true
		}
	}
	return false
}

// Status says whether an event happened or is only planned.
type Status string

// Statuses.
const (
	StatusOccurred Status = "occurred"
	StatusPlanned  Status = "planned" // future, scheduled, proposed, expected
)

// Valid reports whether s is a known status.
func (s Status) Valid() bool { return s == StatusOccurred || s == StatusPlanned }

// Event is something that happened or is planned: talks, a visit, an
// agreement, a statement, a trade figure, cooperation or conflict.
type Event struct {
	// ID is a stable key derived from the event's content (see
	// [Event.Key]); set by the store, empty in a fresh extraction.
	ID     string    `json:"id,omitempty"`
	Type   EventType `json:"type"`
	CAMEO  string    `json:"cameo"`
	Status Status    `json:"status"`
	// Actors are the persons and organisations taking part, by the Name of
	// a Person or Organization of the same document.
	Actors    []string  `json:"actors"`
	Countries []Country `json:"countries"`
	Place     string    `json:"place"`
	// Start and End are the inclusive interval when it happens or happened;
	// zero when the text gives no time.
	Start Date `json:"start"`
	End   Date `json:"end"`
	// Time is the TIMEX3 value the interval came from ("2014-SP",
	// "2013-11-01"), empty when none.
	Time TimeValue `json:"time,omitempty"`
	// Amount, Currency and Measure describe an economic figure (type trade).
	Amount   *float64 `json:"amount"`
	Currency string   `json:"currency"`
	Measure  string   `json:"measure"`
	Evidence string   `json:"evidence"` // the sentence that states it
	Span     Span     `json:"span"`     // of Evidence in the input
	// Sources lists every article that reported the event; filled by the
	// store, empty in a fresh extraction.
	Sources []Source `json:"sources,omitempty"`
}

// Source is one article's report of an event.
type Source struct {
	Document  string `json:"document"` // Document.ID
	Source    string `json:"source"`   // Document.Source
	Title     string `json:"title,omitempty"`
	Published Date   `json:"published"`
	Evidence  string `json:"evidence"`
	Span      Span   `json:"span"`
}

// Interval returns the event's inclusive interval.
func (e Event) Interval() Interval { return Interval{e.Start, e.End} }

// MarshalJSON writes an empty Currency or Measure as null, as the schema
// does, and nil Actors or Countries as [] (the schema's lists are never
// null, and the store reads them back as empty lists).
func (e Event) MarshalJSON() ([]byte, error) {
	type plain Event
	if e.Actors == nil {
		e.Actors = []string{}
	}
	if e.Countries == nil {
		e.Countries = []Country{}
	}
	return marshalJSON(struct {
		plain
		Currency *string `json:"currency"`
		Measure  *string `json:"measure"`
	}{plain(e), nullable(e.Currency), nullable(e.Measure)})
}

// UnmarshalJSON reads an event, accepting null for Currency and Measure.
func (e *Event) UnmarshalJSON(b []byte) error {
	type plain Event
	var v struct {
		plain
		Currency *string `json:"currency"`
		Measure  *string `json:"measure"`
	}
	if err := unmarshalJSON(b, &v); err != nil {
		return err
	}
	*e = Event(v.plain)
	if v.Currency != nil {
		e.Currency = *v.Currency
	}
	if v.Measure != nil {
		e.Measure = *v.Measure
	}
	return nil
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Validate checks the event's invariants: a known type and status, known
// country codes, an interval that does not end before it starts, and at
// least one participant (actor or country).
func (e Event) Validate() error {
	if !e.Type.Valid() {
		return invalidf("event type %q is not one of %v", e.Type, EventTypes)
	}
	if !e.Status.Valid() {
		return invalidf("event status %q is neither occurred nor planned", e.Status)
	}
	for _, c := range e.Countries {
		if !c.Valid() {
			return invalidf("event country %q is not an ISO 3166-1 alpha-3 code", c)
		}
	}
	if err := e.Interval().Validate(); err != nil {
		return err
	}
	if len(e.Actors) == 0 && len(e.Countries) == 0 {
		return invalidf("event %q has no participants", e.Evidence)
	}
	if e.Span[0] < 0 || e.Span[1] < e.Span[0] {
		return invalidf("event span %v is not a range", e.Span)
	}
	return nil
}

// Key returns a key that is the same for two reports of the same happening:
// type, status, sorted participants, place and interval. Articles that
// describe an event the same way thus share one event node.
func (e Event) Key() string {
	var b strings.Builder
	b.WriteString(string(e.Type))
	b.WriteByte('|')
	b.WriteString(string(e.Status))
	b.WriteByte('|')
	b.WriteString(strings.Join(sortedLower(e.Actors), ","))
	b.WriteByte('|')
	cs := make([]string, len(e.Countries))
	for i, c := range e.Countries {
		cs[i] = string(c)
	}
	b.WriteString(strings.Join(sortedLower(cs), ","))
	b.WriteByte('|')
	b.WriteString(strings.ToLower(e.Place))
	b.WriteByte('|')
	b.WriteString(e.Interval().String())
	if e.Amount != nil {
		b.WriteString("|" + formatAmount(*e.Amount) + e.Currency + "|" + e.Measure)
	}
	return b.String()
}

// Validate checks the document's invariants: known country codes
// everywhere, valid UTF-8 names, valid times and events, and event actors
// that name a person or organisation of the document.
func (d *Document) Validate() error {
	for _, c := range d.Countries {
		if !c.Valid() {
			return invalidf("document %s: country %q is not an ISO 3166-1 alpha-3 code", d.Source, c)
		}
	}
	names := map[string]bool{}
	for _, p := range d.Persons {
		if p.Name == "" || !utf8.ValidString(p.Name) {
			return invalidf("document %s: person with empty or invalid name %q", d.Source, p.Name)
		}
		if p.Country != "" && !p.Country.Valid() {
			return invalidf("document %s: person %q: country %q unknown", d.Source, p.Name, p.Country)
		}
		names[p.Name] = true
	}
	for _, o := range d.Organizations {
		if o.Name == "" || !utf8.ValidString(o.Name) {
			return invalidf("document %s: organisation with empty or invalid name %q", d.Source, o.Name)
		}
		if o.Country != "" && !o.Country.Valid() {
			return invalidf("document %s: organisation %q: country %q unknown", d.Source, o.Name, o.Country)
		}
		names[o.Name] = true
	}
	for _, p := range d.Places {
		if p.Country != "" && !p.Country.Valid() {
			return invalidf("document %s: place %q: country %q unknown", d.Source, p.Name, p.Country)
		}
	}
	for _, t := range d.Times {
		if t.Value != "" && !t.Value.Valid() {
			return invalidf("document %s: time %q has invalid value %q", d.Source, t.Text, t.Value)
		}
		if err := t.Interval().Validate(); err != nil {
			return invalidf("document %s: time %q: %v", d.Source, t.Text, err)
		}
		if t.Span[0] < 0 || t.Span[1] < t.Span[0] {
			return invalidf("document %s: time %q: span %v is not a range", d.Source, t.Text, t.Span)
		}
	}
	for i, e := range d.Events {
		if err := e.Validate(); err != nil {
			return invalidf("document %s: event %d: %v", d.Source, i, err)
		}
		for _, a := range e.Actors {
			if !names[a] {
				return invalidf("document %s: event %d: actor %q is not a person or organisation of the document", d.Source, i, a)
			}
		}
	}
	return nil
}

package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// GoldDoc is one annotated article in the schema of
// ../shared/eval/SCHEMA.md: the annotator's persons, countries, places,
// organisations, DATE expressions and events.
type GoldDoc struct {
	ID          string `json:"id"`
	Source      string `json:"source"`
	LicenceNote string `json:"licence_note"`
	// Published is the document creation time: the date the article
	// reports from.
	Published annals.Date `json:"published"`
	// DCTInText is false when the text holds no date of its own; the
	// scorer then gives Published to the extractor, as a user would with
	// --published. Absent means true.
	DCTInText     *bool        `json:"dct_in_text"`
	Persons       []GoldPerson `json:"persons"`
	Countries     []string     `json:"countries"`
	Places        []string     `json:"places"`
	Organizations []string     `json:"organizations"`
	Times         []GoldTime   `json:"times"`
	Events        []GoldEvent  `json:"events"`
}

// GoldPerson is an annotated person; Country is empty when the text does
// not say whom the person acts for.
type GoldPerson struct {
	Name    string `json:"name"`
	Country string `json:"country"`
	Role    string `json:"role"`
}

// GoldTime is an annotated DATE expression and its TIMEX3 value.
type GoldTime struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// GoldEvent is an annotated event. Start and End are zero when the text
// gives no time; Amount is nil unless the event states a figure.
type GoldEvent struct {
	Type      annals.EventType `json:"type"`
	Actors    []string         `json:"actors"`
	Countries []string         `json:"countries"`
	Place     string           `json:"place"`
	Start     annals.Date      `json:"start"`
	End       annals.Date      `json:"end"`
	Status    annals.Status    `json:"status"`
	Amount    *float64         `json:"amount"`
	Currency  string           `json:"currency"`
	Measure   string           `json:"measure"`
	// Optional marks background, vague or minor events: neither required
	// for recall nor counted against precision (SCHEMA.md).
	Optional bool   `json:"optional"`
	Evidence string `json:"evidence"`
}

// Interval returns the event's inclusive interval; a missing end is the
// start and a missing start the end, so a one-sided annotation still
// names a day.
func (e GoldEvent) Interval() annals.Interval {
	iv := annals.Interval{Start: e.Start, End: e.End}
	if iv.Start.IsZero() {
		iv.Start = iv.End
	}
	if iv.End.IsZero() {
		iv.End = iv.Start
	}
	return iv
}

// ReadGold decodes and checks one annotation file. It returns an error
// wrapping annals.ErrInvalid when the JSON does not follow the schema: no
// published date, an unknown country code, event type or status, or an
// interval that ends before it starts.
func ReadGold(r io.Reader) (*GoldDoc, error) {
	var g GoldDoc
	dec := json.NewDecoder(r)
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("%w: %v", annals.ErrInvalid, err)
	}
	if err := g.validate(); err != nil {
		return nil, err
	}
	return &g, nil
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{annals.ErrInvalid}, args...)...)
}

func (g *GoldDoc) validate() error {
	if g.Published.IsZero() {
		return invalid("no published date")
	}
	for _, p := range g.Persons {
		if strings.TrimSpace(p.Name) == "" {
			return invalid("person with an empty name")
		}
		if p.Country != "" && !annals.Country(p.Country).Valid() {
			return invalid("person %q: unknown country %q", p.Name, p.Country)
		}
	}
	for _, c := range g.Countries {
		if !annals.Country(c).Valid() {
			return invalid("unknown country %q", c)
		}
	}
	for _, t := range g.Times {
		if t.Value == "" || !annals.TimeValue(t.Value).Valid() {
			return invalid("time %q: invalid value %q", t.Text, t.Value)
		}
	}
	for i, e := range g.Events {
		if !e.Type.Valid() {
			return invalid("event %d: type %q is not one of %v", i, e.Type, annals.EventTypes)
		}
		if !e.Status.Valid() {
			return invalid("event %d: status %q is neither occurred nor planned", i, e.Status)
		}
		for _, c := range e.Countries {
			if !annals.Country(c).Valid() {
				return invalid("event %d: unknown country %q", i, c)
			}
		}
		if err := e.Interval().Validate(); err != nil {
			return invalid("event %d: %v", i, err)
		}
	}
	return nil
}

// GoldOptions configures [Gold].
type GoldOptions struct {
	// Extract runs the extractor on one article; nil means
	// extract.Document. Tests pass fakes here.
	Extract func(text string, opts extract.Options) (*annals.Document, error)
}

// GoldReport is the score of the extractor on a directory of annotated
// articles. Totals are pooled over the articles (micro-averaged).
type GoldReport struct {
	Dir      string        `json:"dir"`
	Articles []GoldArticle `json:"articles"` // sorted by name
	Total    GoldCounts    `json:"total"`
}

// GoldTally counts one kind of item: gold items, system items and the
// matches between them (one-to-one).
type GoldTally struct {
	Gold   int `json:"gold"`
	System int `json:"system"`
	Match  int `json:"match"`
}

// Score returns precision, recall and F1 of the tally.
func (t GoldTally) Score() Score { return prf(t.Match, t.System, t.Gold) }

func (t *GoldTally) add(o GoldTally) {
	t.Gold += o.Gold
	t.System += o.System
	t.Match += o.Match
}

// GoldCounts are the tallies of one article or of a whole directory.
type GoldCounts struct {
	Articles  int       `json:"articles"`
	Persons   GoldTally `json:"persons"`
	Countries GoldTally `json:"countries"`
	// Places and Organizations count names, as Persons does.
	Places        GoldTally `json:"places"`
	Organizations GoldTally `json:"organizations"`
	// Dates counts DATE values (multisets per article).
	Dates GoldTally `json:"dates"`
	// Events counts required gold events (Gold), system events less those
	// matched to optional gold events (System), and system events matched
	// to required gold events (Match).
	Events GoldTally `json:"events"`
	// EventsByType splits Events by type, in the order of
	// annals.EventTypes; a system event counts under its own type.
	EventsByType [7]GoldTally `json:"-"`
	// OptionalMatched counts system events matched to optional gold
	// events; they are neither right nor wrong.
	OptionalMatched int `json:"optional_matched"`
	// DateCorrect counts articles whose predicted date equals the gold
	// published date.
	DateCorrect int `json:"date_correct"`
	// StatusMatched counts matched events (required and optional);
	// StatusCorrect those among them whose status is the gold status.
	StatusMatched int `json:"status_matched"`
	StatusCorrect int `json:"status_correct"`
	// PersonCountryMatched counts persons matched by name whose gold
	// country is set; PersonCountryCorrect those among them whose
	// predicted country is the gold one. RoleMatched and RoleCorrect do
	// the same for roles (compared as [sameRole] says).
	PersonCountryMatched int `json:"person_country_matched"`
	PersonCountryCorrect int `json:"person_country_correct"`
	RoleMatched          int `json:"role_matched"`
	RoleCorrect          int `json:"role_correct"`
}

// PersonCountryAccuracy returns the share of matched persons with a gold
// country whose predicted country is right.
func (c GoldCounts) PersonCountryAccuracy() float64 {
	return ratio(c.PersonCountryCorrect, c.PersonCountryMatched)
}

// RoleAccuracy returns the share of matched persons with a gold role
// whose predicted role is right.
func (c GoldCounts) RoleAccuracy() float64 { return ratio(c.RoleCorrect, c.RoleMatched) }

// DateAccuracy returns the share of articles whose date is right.
func (c GoldCounts) DateAccuracy() float64 { return ratio(c.DateCorrect, c.Articles) }

// StatusAccuracy returns the share of matched events with the right
// status.
func (c GoldCounts) StatusAccuracy() float64 { return ratio(c.StatusCorrect, c.StatusMatched) }

func (c *GoldCounts) add(o GoldCounts) {
	c.Articles += o.Articles
	c.Persons.add(o.Persons)
	c.Countries.add(o.Countries)
	c.Places.add(o.Places)
	c.Organizations.add(o.Organizations)
	c.Dates.add(o.Dates)
	c.Events.add(o.Events)
	for i := range c.EventsByType {
		c.EventsByType[i].add(o.EventsByType[i])
	}
	c.OptionalMatched += o.OptionalMatched
	c.DateCorrect += o.DateCorrect
	c.StatusMatched += o.StatusMatched
	c.StatusCorrect += o.StatusCorrect
	c.PersonCountryMatched += o.PersonCountryMatched
	c.PersonCountryCorrect += o.PersonCountryCorrect
	c.RoleMatched += o.RoleMatched
	c.RoleCorrect += o.RoleCorrect
}

// GoldArticle is one article's counts and the differences a person wants
// to see: gold items missed and system items that match nothing.
type GoldArticle struct {
	Name string `json:"name"` // the file stem
	GoldCounts
	Published annals.Date `json:"published"` // gold
	Predicted annals.Date `json:"predicted"` // system

	MissedPersons         []string `json:"missed_persons"`
	SpuriousPersons       []string `json:"spurious_persons"`
	MissedCountries       []string `json:"missed_countries"`
	SpuriousCountries     []string `json:"spurious_countries"`
	MissedPlaces          []string `json:"missed_places"`
	SpuriousPlaces        []string `json:"spurious_places"`
	MissedOrganizations   []string `json:"missed_organizations"`
	SpuriousOrganizations []string `json:"spurious_organizations"`
	MissedDates           []string `json:"missed_dates"`   // values
	SpuriousDates         []string `json:"spurious_dates"` // values
	// MissedEvents are required gold events no system event matched.
	MissedEvents []GoldEvent `json:"missed_events"`
	// SpuriousEvents are system events that matched no gold event.
	SpuriousEvents []annals.Event `json:"spurious_events"`
	// StatusErrors are matched pairs whose status differs.
	StatusErrors []GoldPair `json:"status_errors"`
	// RoleErrors and PersonCountryErrors are persons matched by name whose
	// role or country differs from the gold one (which is set).
	RoleErrors          []GoldPersonError `json:"role_errors"`
	PersonCountryErrors []GoldPersonError `json:"person_country_errors"`
}

// GoldPersonError is a matched person's gold and system role or country
// ("" when the system gives none).
type GoldPersonError struct {
	Name   string `json:"name"` // as the gold writes it
	Gold   string `json:"gold"`
	System string `json:"system"`
}

// GoldPair is a gold event and the system event matched to it.
type GoldPair struct {
	Gold   GoldEvent    `json:"gold"`
	System annals.Event `json:"system"`
}

// Gold extracts every article of dir (STEM.txt beside STEM.json) and
// scores the extraction against the annotation. The article date comes
// from the text, as a user would get it, unless the annotation says
// "dct_in_text": false; then the gold date is passed as
// extract.Options.Published. Gold returns an error wrapping
// annals.ErrNotFound when dir holds no annotation, and one naming the file
// when an annotation is invalid, its text is missing or extraction fails.
func Gold(dir string, opts GoldOptions) (*GoldReport, error) {
	run := opts.Extract
	if run == nil {
		run = extract.Document
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("eval: gold %q: %w", dir, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("eval: gold %q: no .json annotations: %w", dir, annals.ErrNotFound)
	}
	sort.Strings(names)
	rep := &GoldReport{Dir: dir}
	for _, name := range names {
		stem := strings.TrimSuffix(name, ".json")
		g, err := readGoldFile(name)
		if err != nil {
			return nil, err
		}
		text, err := os.ReadFile(stem + ".txt")
		if err != nil {
			return nil, fmt.Errorf("eval: gold %s: text: %w", filepath.Base(name), err)
		}
		o := extract.Options{Source: stem + ".txt"}
		if g.DCTInText != nil && !*g.DCTInText {
			o.Published = g.Published
		}
		sys, err := run(string(text), o)
		if err == nil && sys == nil {
			err = errors.New("extractor returned no document")
		}
		if err != nil {
			return nil, fmt.Errorf("eval: gold %s: %w", filepath.Base(name), err)
		}
		a := GoldScore(g, sys)
		a.Name = filepath.Base(stem)
		rep.Articles = append(rep.Articles, a)
		rep.Total.add(a.GoldCounts)
	}
	return rep, nil
}

func readGoldFile(name string) (*GoldDoc, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("eval: gold: %w", err)
	}
	defer f.Close()
	g, err := ReadGold(f)
	if err != nil {
		return nil, fmt.Errorf("eval: gold %s: %w", filepath.Base(name), err)
	}
	return g, nil
}

package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
)

// Write prints the report as text: the pooled table (gold, system and
// matched counts, P, R and F1 per kind of item; article-date and status
// accuracy; role and country accuracy of the persons matched by name),
// then one line of F1 scores per article. When verbose, each article's
// differences follow: gold items missed ("-"), system items that match
// nothing ("+"), matched events whose status differs ("~") and matched
// persons whose role or country differs ("role NAME: gold X, got Y").
// Scores are fractions with three decimals, as the targets are stated.
func (r *GoldReport) Write(w io.Writer, verbose bool) error {
	bw := bufio.NewWriter(w)
	t := r.Total
	fmt.Fprintf(bw, "gold %s: %d articles\n\n", r.Dir, t.Articles)
	fmt.Fprintf(bw, "%-14s %6s %6s %6s %7s %7s %7s\n", "", "gold", "system", "match", "P", "R", "F1")
	row := func(name string, c GoldTally) {
		s := c.Score()
		fmt.Fprintf(bw, "%-14s %6d %6d %6d %7.3f %7.3f %7.3f\n", name, c.Gold, c.System, c.Match, s.P, s.R, s.F1)
	}
	// accuracy rows put the share under P; a label may be longer than
	// the first column ("person countries").
	accuracy := func(name, note string, v float64, args ...any) {
		fmt.Fprintf(bw, "%-35s %7.3f  ("+note+")\n", append([]any{name, v}, args...)...)
	}
	row("persons", t.Persons)
	row("countries", t.Countries)
	row("DATE values", t.Dates)
	row("events", t.Events)
	fmt.Fprintf(bw, "%-14s %6s %6s %6s  (gold: required events; system: less %d matched to optional events)\n", "", "", "", "", t.OptionalMatched)
	for i, et := range annals.EventTypes {
		if c := t.EventsByType[i]; c.Gold+c.System > 0 {
			row("  "+string(et), c)
		}
	}
	accuracy("article date", "%d/%d articles", t.DateAccuracy(), t.DateCorrect, t.Articles)
	accuracy("event status", "%d/%d matched events", t.StatusAccuracy(), t.StatusCorrect, t.StatusMatched)
	accuracy("person roles", "%d/%d matched persons with a gold role", t.RoleAccuracy(), t.RoleCorrect, t.RoleMatched)
	accuracy("person countries", "%d/%d matched persons with a gold country", t.PersonCountryAccuracy(), t.PersonCountryCorrect, t.PersonCountryMatched)
	row("places", t.Places)
	row("organisations", t.Organizations)

	fmt.Fprintf(bw, "\n%-28s %7s %9s %6s %6s %5s %6s\n", "F1 per article", "persons", "countries", "dates", "events", "date", "status")
	for _, a := range r.Articles {
		date := "ok"
		if a.DateCorrect == 0 {
			date = "wrong"
		}
		status := "-"
		if a.StatusMatched > 0 {
			status = fmt.Sprintf("%d/%d", a.StatusCorrect, a.StatusMatched)
		}
		fmt.Fprintf(bw, "%-28s %7s %9s %6s %6s %5s %6s\n", a.Name, f1(a.Persons), f1(a.Countries), f1(a.Dates), f1(a.Events), date, status)
	}
	if verbose {
		for _, a := range r.Articles {
			writeArticle(bw, a)
		}
	}
	return bw.Flush()
}

// f1 formats a tally's F1, or "-" when there is nothing to score.
func f1(c GoldTally) string {
	if c.Gold == 0 && c.System == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", c.Score().F1)
}

func writeArticle(w io.Writer, a GoldArticle) {
	fmt.Fprintf(w, "\n== %s (published %s, predicted %s)\n", a.Name, a.Published, orNone(a.Predicted.String()))
	list := func(kind, mark string, items []string) {
		for _, s := range items {
			fmt.Fprintf(w, "  %-9s %s %s\n", kind, mark, s)
		}
	}
	quote := func(items []string) []string {
		out := make([]string, len(items))
		for i, s := range items {
			out[i] = strconv.Quote(s)
		}
		return out
	}
	list("person", "-", quote(a.MissedPersons))
	list("person", "+", quote(a.SpuriousPersons))
	list("country", "-", a.MissedCountries)
	list("country", "+", a.SpuriousCountries)
	list("place", "-", quote(a.MissedPlaces))
	list("place", "+", quote(a.SpuriousPlaces))
	list("org", "-", quote(a.MissedOrganizations))
	list("org", "+", quote(a.SpuriousOrganizations))
	list("date", "-", a.MissedDates)
	list("date", "+", a.SpuriousDates)
	for _, e := range a.MissedEvents {
		fmt.Fprintf(w, "  %-9s - %s\n", "event", describe(e.Type, e.Status, e.Actors, e.Countries, e.Place, e.Interval(), e.Amount, e.Evidence))
	}
	for _, e := range a.SpuriousEvents {
		fmt.Fprintf(w, "  %-9s + %s\n", "event", describeSys(e))
	}
	for _, p := range a.StatusErrors {
		fmt.Fprintf(w, "  %-9s ~ gold %s, system %s: %s\n", "status", p.Gold.Status, p.System.Status, describeSys(p.System))
	}
	for _, e := range a.RoleErrors {
		fmt.Fprintf(w, "  role %q: gold %q, got %q\n", e.Name, e.Gold, e.System)
	}
	for _, e := range a.PersonCountryErrors {
		fmt.Fprintf(w, "  country %q: gold %s, got %s\n", e.Name, e.Gold, orNone(e.System))
	}
}

func describeSys(e annals.Event) string {
	cs := make([]string, len(e.Countries))
	for i, c := range e.Countries {
		cs[i] = string(c)
	}
	return describe(e.Type, e.Status, e.Actors, cs, e.Place, e.Interval(), e.Amount, e.Evidence)
}

// describe prints an event on one line: type, status, interval,
// participants, place, amount and the evidence (cut to 100 bytes at a
// rune boundary).
func describe(t annals.EventType, st annals.Status, actors, countries []string, place string, iv annals.Interval, amount *float64, evidence string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s [%s; %s]", t, st, orNone(iv.String()), strings.Join(actors, ", "), strings.Join(countries, " "))
	if place != "" {
		fmt.Fprintf(&b, " in %s", place)
	}
	if amount != nil {
		fmt.Fprintf(&b, " amount %s", strconv.FormatFloat(*amount, 'f', -1, 64))
	}
	fmt.Fprintf(&b, " %q", clip(evidence, 100))
	return b.String()
}

// clip joins s's lines and whitespace runs into single spaces and cuts it
// to n bytes at a rune boundary, so each event stays on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// goldScoresJSON are the pooled scores written beside the counts.
type goldScoresJSON struct {
	Persons       Score `json:"persons"`
	Countries     Score `json:"countries"`
	Places        Score `json:"places"`
	Organizations Score `json:"organizations"`
	Dates         Score `json:"dates"`
	Events        Score `json:"events"`
	// EventsByType holds the event scores of each type with gold or
	// system events.
	EventsByType   map[annals.EventType]Score `json:"events_by_type"`
	DateAccuracy   float64                    `json:"date_accuracy"`
	StatusAccuracy float64                    `json:"status_accuracy"`
	// RoleAccuracy and PersonCountryAccuracy are over the persons matched
	// by name whose gold role or country is set.
	RoleAccuracy          float64 `json:"role_accuracy"`
	PersonCountryAccuracy float64 `json:"person_country_accuracy"`
}

func (c GoldCounts) scores() goldScoresJSON {
	return goldScoresJSON{
		Persons:               c.Persons.Score(),
		Countries:             c.Countries.Score(),
		Places:                c.Places.Score(),
		Organizations:         c.Organizations.Score(),
		Dates:                 c.Dates.Score(),
		Events:                c.Events.Score(),
		EventsByType:          map[annals.EventType]Score{},
		DateAccuracy:          round4(c.DateAccuracy()),
		StatusAccuracy:        round4(c.StatusAccuracy()),
		RoleAccuracy:          round4(c.RoleAccuracy()),
		PersonCountryAccuracy: round4(c.PersonCountryAccuracy()),
	}
}

func round4(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}

func roundScore(s Score) Score { return Score{round4(s.P), round4(s.R), round4(s.F1)} }

// WriteJSON writes the report as one indented JSON object: the directory,
// the pooled counts, the pooled scores (four decimals) and every article
// with its counts and differences.
func (r *GoldReport) WriteJSON(w io.Writer) error {
	s := r.Total.scores()
	s.Persons, s.Countries, s.Dates, s.Events = roundScore(s.Persons), roundScore(s.Countries), roundScore(s.Dates), roundScore(s.Events)
	s.Places, s.Organizations = roundScore(s.Places), roundScore(s.Organizations)
	for i, et := range annals.EventTypes {
		if c := r.Total.EventsByType[i]; c.Gold+c.System > 0 {
			s.EventsByType[et] = roundScore(c.Score())
		}
	}
	v := struct {
		Dir      string         `json:"dir"`
		Total    GoldCounts     `json:"total"`
		Scores   goldScoresJSON `json:"scores"`
		Articles []GoldArticle  `json:"articles"`
	}{r.Dir, r.Total, s, r.Articles}
	if v.Articles == nil {
		v.Articles = []GoldArticle{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// Package synth generates synthetic news documents for benchmarks: N
// events over M actors whose activity follows a power law, as
// [annals.Document]s that go into a store through the same SaveBatch that
// ingest uses (issue 5's scale targets are measured on a million of them).
//
// Output depends only on the options: the generator draws from a PCG
// source seeded with Options.Seed. Names are invented from syllables, so
// no real person is implied; every actor has a unique surname, so the
// store's forgiving name matching finds each by surname alone.
//
// The package imports only the root package; it never reads or writes
// files itself.
package synth

import (
	"context"
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/annals-project/annals"
)

// Options configure the generator. Zero fields take the defaults noted.
type Options struct {
	// Events is the number of events (N); default 1000.
	Events int
	// Actors is the number of persons and organisations (M); default
	// Events/50, at least 10.
	Actors int
	// PerDocument is the number of events per article; default 20.
	PerDocument int
	// Exponent is the exponent s > 1 of the Zipf law by which actors are
	// drawn (the k-th most active actor is drawn in proportion to
	// 1/(v+k)^s); default 1.2. Empirical event data show such heavy tails
	// (a few leaders in most reports).
	Exponent float64
	// From and To bound the event dates; default 2000-01-01 to 2019-12-31.
	From, To annals.Date
	// Seed seeds the generator.
	Seed uint64
}

func (o Options) withDefaults() Options {
	if o.Events <= 0 {
		o.Events = 1000
	}
	if o.Actors <= 0 {
		o.Actors = max(10, o.Events/50)
	}
	if o.PerDocument <= 0 {
		o.PerDocument = 20
	}
	if o.Exponent <= 1 {
		o.Exponent = 1.2
	}
	if o.From.IsZero() {
		o.From = annals.NewDate(2000, 1, 1)
	}
	if o.To.IsZero() || o.To.Before(o.From) {
		o.To = annals.NewDate(2019, 12, 31)
	}
	return o
}

// countries are the states actors belong to, drawn with a Zipf law too so
// that a few are large.
var countries = []annals.Country{"USA", "RUS", "CHN", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "TUR",
	"IRN", "ISR", "UKR", "KOR", "PRK", "EGY", "SAU", "ZAF", "NGA", "MEX", "CAN", "AUS", "ITA", "ESP",
	"POL", "SWE", "NOR", "PAK", "AFG", "IRQ", "SYR", "VEN", "ARG", "IDN", "VNM", "THA", "PHL", "KEN", "ETH", "GRC"}

// kinds are the event types with a CAMEO code each (trade has none, as
// the extractor leaves trade figures uncoded), in proportions loosely
// following news event data, where consultations and statements dominate.
var kinds = []struct {
	typ    annals.EventType
	cameo  string
	weight int
}{
	{annals.EventMeet, "040", 20}, {annals.EventMeet, "043", 10}, {annals.EventVisit, "042", 8},
	{annals.EventStatement, "010", 20}, {annals.EventAgree, "057", 6}, {annals.EventAgree, "030", 6},
	{annals.EventTrade, "", 6}, {annals.EventCooperate, "060", 8}, {annals.EventCooperate, "070", 4},
	{annals.EventConflict, "111", 6}, {annals.EventConflict, "130", 4}, {annals.EventConflict, "190", 2},
}

var syllables = []string{"ka", "lo", "ren", "mi", "sa", "to", "vel", "dar", "ni", "bor", "el", "an",
	"ri", "ko", "tes", "ma", "lin", "go", "sen", "ha", "ul", "pe", "dra", "vi"}

var given = []string{"Alex", "Maria", "Ivan", "Li", "Omar", "Sara", "Jonas", "Aiko", "Pedro", "Nadia",
	"Tomas", "Leila", "Kofi", "Elena", "Yusuf", "Hana", "Marco", "Ines", "Raj", "Olga"}

// Actor returns the name of actor i and whether it is an organisation
// (every tenth actor). Surnames are the base-24 digits of i+24 spelled
// in syllables, so they are unique.
func Actor(i int) (name string, org bool) {
	var b strings.Builder
	for x := i + len(syllables); x > 0; x /= len(syllables) {
		b.WriteString(syllables[x%len(syllables)])
	}
	s := []rune(b.String())
	s[0] -= 'a' - 'A'
	surname := string(s)
	if i%10 == 9 {
		return surname + " Institute", true
	}
	return given[i%len(given)] + " " + surname, false
}

// Documents returns the documents of o, PerDocument events each (the last
// may have fewer), in a fixed order. Each is valid (Document.Validate) and
// has a unique ID.
func Documents(o Options) iter.Seq[*annals.Document] {
	o = o.withDefaults()
	return func(yield func(*annals.Document) bool) {
		r := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
		actorZipf := rand.NewZipf(r, o.Exponent, 1, uint64(o.Actors-1))
		countryOf := make([]annals.Country, o.Actors)
		countryZipf := rand.NewZipf(r, 1.3, 1, uint64(len(countries)-1))
		for i := range countryOf {
			countryOf[i] = countries[countryZipf.Uint64()]
		}
		// Actors are ranked by a fixed permutation, so the busiest actors
		// are not simply the first names.
		rank := r.Perm(o.Actors)
		total := 0
		for _, k := range kinds {
			total += k.weight
		}
		days := int(o.To.Time().Sub(o.From.Time()).Hours()/24) + 1
		for doc := 0; doc*o.PerDocument < o.Events; doc++ {
			d := &annals.Document{
				ID:     fmt.Sprintf("synth-%d-%07d", o.Seed, doc),
				Source: fmt.Sprintf("synth/%d/%07d.txt", o.Seed, doc),
				Title:  fmt.Sprintf("Synthetic report %d", doc),
			}
			persons := map[int]bool{}
			for e := doc * o.PerDocument; e < min(o.Events, (doc+1)*o.PerDocument); e++ {
				ev, members := event(r, o, actorZipf, rank, countryOf, total, days, e)
				for _, m := range members {
					persons[m] = true
				}
				d.Events = append(d.Events, ev)
				if d.Published.IsZero() || ev.End.After(d.Published) {
					d.Published = ev.End
				}
			}
			ids := make([]int, 0, len(persons))
			for a := range persons {
				ids = append(ids, a)
			}
			slices.Sort(ids)
			for _, a := range ids {
				name, org := Actor(a)
				if org {
					d.Organizations = append(d.Organizations, annals.Organization{Name: name, Country: countryOf[a]})
				} else {
					d.Persons = append(d.Persons, annals.Person{Name: name, Country: countryOf[a]})
				}
			}
			d.PublishedFrom = "synthetic"
			if !yield(d) {
				return
			}
		}
	}
}

// event draws event e: 2 to 4 distinct participants, a type, a date and,
// for a third of the events, the participants' states.
func event(r *rand.Rand, o Options, z *rand.Zipf, rank []int, countryOf []annals.Country, total, days, e int) (annals.Event, []int) {
	n := 2 + r.IntN(3)
	if r.IntN(4) > 0 {
		n = 2 // most reported events have two parties
	}
	n = min(n, o.Actors)
	var members []int
	for len(members) < n {
		a := rank[z.Uint64()]
		if !slices.Contains(members, a) {
			members = append(members, a)
		}
	}
	pick := r.IntN(total)
	k := kinds[0]
	for _, c := range kinds {
		if pick < c.weight {
			k = c
			break
		}
		pick -= c.weight
	}
	day := o.From.AddDays(r.IntN(days))
	ev := annals.Event{Type: k.typ, CAMEO: k.cameo, Status: annals.StatusOccurred, Start: day, End: day,
		Time: annals.TimeValue(day.String()), Evidence: fmt.Sprintf("Synthetic event %d.", e)}
	if r.IntN(20) == 0 {
		ev.Status = annals.StatusPlanned
	}
	for _, m := range members {
		name, _ := Actor(m)
		ev.Actors = append(ev.Actors, name)
	}
	if r.IntN(3) == 0 {
		for _, m := range members {
			if !slices.Contains(ev.Countries, countryOf[m]) {
				ev.Countries = append(ev.Countries, countryOf[m])
			}
		}
	}
	return ev, members
}

// Saver stores a batch of documents; *store.DB is one.
type Saver interface {
	SaveBatch(ctx context.Context, docs []*annals.Document) ([]bool, error)
}

// Fill saves the documents of o into s, batch documents per call (100
// for 0 or less), and returns the number of documents and events given
// to s. It stops at the first error, or when ctx is done, with the batches
// saved so far kept.
func Fill(ctx context.Context, s Saver, o Options, batch int) (docs, events int, err error) {
	if batch <= 0 {
		batch = 100
	}
	var buf []*annals.Document
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, err := s.SaveBatch(ctx, buf); err != nil {
			return err
		}
		for _, d := range buf {
			docs++
			events += len(d.Events)
		}
		buf = buf[:0]
		return nil
	}
	for d := range Documents(o) {
		buf = append(buf, d)
		if len(buf) == batch {
			if err := flush(); err != nil {
				return docs, events, fmt.Errorf("synth: fill: %w", err)
			}
		}
	}
	if err := flush(); err != nil {
		return docs, events, fmt.Errorf("synth: fill: %w", err)
	}
	return docs, events, nil
}

package htmlreport

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/timeline"
)

// Lanes says what a lane of the timeline stands for.
type Lanes string

// Lane kinds.
const (
	// LanesActor gives each person or organisation a lane; an event with
	// no such actor is drawn in its countries' lanes.
	LanesActor Lanes = "actor"
	// LanesCountry gives each country a lane; events with no country share
	// a "(no country)" lane.
	LanesCountry Lanes = "country"
)

// ParseLanes returns the lane kind called s ("" is actor), or an error
// wrapping annals.ErrInvalid.
func ParseLanes(s string) (Lanes, error) {
	switch l := Lanes(strings.ToLower(strings.TrimSpace(s))); l {
	case "", "actors", LanesActor:
		return LanesActor, nil
	case "countries", LanesCountry:
		return LanesCountry, nil
	}
	return "", fmt.Errorf("htmlreport: parse lanes %q: %w: want actor or country", s, annals.ErrInvalid)
}

// Defaults of Options.
const (
	DefaultMaxLanes  = 24
	DefaultMaxMarks  = 600
	DefaultMaxNodes  = 40
	DefaultMaxRows   = 1000
	DefaultTopActors = 20
	DefaultTopDyads  = 20
	// MaxNetworkNodes caps Options.MaxNodes: the layout costs the square
	// of the number of nodes per step, and a drawing of more actors is
	// unreadable anyway.
	MaxNetworkNodes = 500
)

// Options control the page. Zero fields take the defaults.
type Options struct {
	// Title heads the page; "annals report" when empty.
	Title string
	// Description is an optional line under the title, such as the
	// filters that selected the events.
	Description string
	// Lanes chooses actor or country lanes; actor when empty.
	Lanes Lanes
	// Metric sizes the network's nodes and ranks the actor table;
	// degree when empty.
	Metric graph.Metric
	// Seed fixes the Louvain community detection (the network layout
	// itself is deterministic without one).
	Seed uint64
	// MaxLanes is the number of timeline lanes; the lanes with fewest
	// events beyond it are merged into one.
	MaxLanes int
	// MaxMarks is the number of marks the timeline draws one by one;
	// above it, each lane shows counts per axis unit instead.
	MaxMarks int
	// MaxNodes is the number of actors the network draws (the top ones by
	// Metric, first those that share an event with someone); at most
	// MaxNetworkNodes.
	MaxNodes int
	// MaxRows is the number of events the event table lists.
	MaxRows int
	// TopActors and TopDyads are the lengths of the two ranking tables.
	TopActors, TopDyads int
}

func (o Options) withDefaults() Options {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.MaxLanes, DefaultMaxLanes)
	def(&o.MaxMarks, DefaultMaxMarks)
	def(&o.MaxNodes, DefaultMaxNodes)
	def(&o.MaxRows, DefaultMaxRows)
	def(&o.TopActors, DefaultTopActors)
	def(&o.TopDyads, DefaultTopDyads)
	o.MaxLanes = max(o.MaxLanes, 2) // one real lane and the "other" lane
	o.MaxNodes = min(o.MaxNodes, MaxNetworkNodes)
	if o.Title == "" {
		o.Title = "annals report"
	}
	if o.Lanes == "" {
		o.Lanes = LanesActor
	}
	if o.Metric == "" {
		o.Metric = graph.MetricDegree
	}
	return o
}

//go:embed page.html
var pageHTML string

var pageTmpl = template.Must(template.New("page").Parse(pageHTML))

type page struct {
	Title, Description string
	Summary            string
	Lanes              Lanes
	Legend             []legendItem
	Timeline           timelineView
	TimelineNotes      []string
	Network            networkView
	NetworkNotes       []string
	Communities        []legendItem
	Metric             graph.Metric
	Actors             []actorRow
	Dyads              []dyadRow
	Trade              []tradeRow
	Events             []eventRow
	EventsNote         string
}

type legendItem struct{ Label, Color string }

type actorRow struct {
	Rank                        int
	Label, Kind, Country, Value string
	Partners                    int
	Color                       string
	Community                   int
}

type dyadRow struct {
	A, B        string
	Weight      int
	First, Last string
	Types       string
}

type tradeRow struct {
	When, Participants, Amount, Currency, Measure, Anchor string
}

type eventRow struct {
	ID, When, Type, Color, Status, Participants, Place string
	Num                                                int
	Planned                                            bool
	Sources                                            []sourceView
}

type sourceView struct {
	Name, URL, Published, Evidence string
}

// Render writes the HTML report of tl and g to w. tl's entries are drawn
// and listed in its order; g gives the network, the actor ranking by
// opts.Metric and the dyads (a nil g is an empty network). Equal inputs
// and options give equal bytes. An unknown metric returns an error
// wrapping annals.ErrInvalid; other errors are w's.
func Render(w io.Writer, tl timeline.Timeline, g *graph.Graph, opts Options) error {
	opts = opts.withDefaults()
	if opts.Lanes != LanesActor && opts.Lanes != LanesCountry {
		return fmt.Errorf("htmlreport: render: lanes %q: %w", opts.Lanes, annals.ErrInvalid)
	}
	p, err := build(tl, g, opts)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	if err := pageTmpl.Execute(bw, p); err != nil {
		return fmt.Errorf("htmlreport: render: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("htmlreport: render: %w", err)
	}
	return nil
}

func build(tl timeline.Timeline, g *graph.Graph, opts Options) (*page, error) {
	p := &page{Title: opts.Title, Description: opts.Description, Lanes: opts.Lanes, Metric: opts.Metric}
	for _, t := range annals.EventTypes {
		p.Legend = append(p.Legend, legendItem{Label: string(t), Color: typeColor(t)})
	}
	rows := min(len(tl.Entries), opts.MaxRows)
	anchor := func(i int) string {
		if i < rows {
			return fmt.Sprintf("#ev-%d", i+1)
		}
		return ""
	}

	var planned, undated int
	var span annals.Interval
	for _, e := range tl.Entries {
		if e.IsPlanned() {
			planned++
		}
		if iv := e.Event.Interval(); iv.IsZero() {
			undated++
		} else {
			span = span.Span(iv)
		}
	}
	first, last := span.Start, span.End

	tv, ti := buildTimeline(tl, opts, anchor)
	p.Timeline = tv
	if ti.mergedLanes > 0 {
		p.TimelineNotes = append(p.TimelineNotes, fmt.Sprintf("The %d %s lanes with the fewest events are merged into the last lane.", ti.mergedLanes, opts.Lanes))
	}
	if ti.aggregated {
		p.TimelineNotes = append(p.TimelineNotes, fmt.Sprintf("Aggregated: %d marks are more than %d, so each lane shows the number of events per %s (darker is more; the colour is the most frequent type; hover a cell for the counts).", ti.marks, opts.MaxMarks, ti.unit))
	}
	if undated > 0 {
		p.TimelineNotes = append(p.TimelineNotes, fmt.Sprintf("%d undated %s not on the timeline; the table below lists them last.", undated, plural(undated, "event is", "events are")))
	}

	actors := 0
	if g == nil {
		p.Network = networkView{Empty: true, Height: "0", Width: px(netWidth)}
	} else {
		scores, err := g.Scores(opts.Metric)
		if err != nil {
			return nil, fmt.Errorf("htmlreport: render: %w", err)
		}
		actors = len(scores)
		community := map[string]int{}
		comms := g.Communities(opts.Seed)
		for i, c := range comms {
			for _, k := range c {
				community[k] = i
			}
		}
		nv, ni := buildNetwork(g, scores, community, opts)
		p.Network = nv
		if ni.shown < ni.total {
			p.NetworkNotes = append(p.NetworkNotes, fmt.Sprintf("Showing %d of %d actors (those with the highest %s, first those who share an event) and %d of %d links.", ni.shown, ni.total, opts.Metric, ni.edges, ni.totalEdges))
		}
		for i := 0; i < min(len(comms), len(communityColors)); i++ {
			if len(comms[i]) < 2 {
				break // singletons: the rest are isolated actors
			}
			p.Communities = append(p.Communities, legendItem{Label: fmt.Sprintf("community %d (%d)", i+1, len(comms[i])), Color: communityColor(i)})
		}
		for i, s := range scores[:min(len(scores), opts.TopActors)] {
			c := community[s.Node.Key]
			p.Actors = append(p.Actors, actorRow{
				Rank: i + 1, Label: s.Node.Label, Kind: string(s.Node.Kind), Country: string(s.Node.Country),
				Value: formatValue(opts.Metric, s.Value), Partners: s.Degree, Color: communityColor(c), Community: c + 1,
			})
		}
		p.Dyads = dyads(g, opts.TopDyads)
	}

	p.Summary = fmt.Sprintf("%d %s (%d planned", len(tl.Entries), plural(len(tl.Entries), "event", "events"), planned)
	if undated > 0 {
		p.Summary += fmt.Sprintf(", %d undated", undated)
	}
	p.Summary += fmt.Sprintf(") · %d %s", actors, plural(actors, "actor", "actors"))
	if !first.IsZero() {
		p.Summary += fmt.Sprintf(" · %s to %s", first, last)
	}

	for i, e := range tl.Entries {
		ev := e.Event
		if ev.Amount != nil && len(p.Trade) < opts.MaxRows {
			p.Trade = append(p.Trade, tradeRow{
				When: e.When, Participants: participants(ev), Amount: formatAmount(*ev.Amount),
				Currency: ev.Currency, Measure: ev.Measure, Anchor: anchor(i),
			})
		}
		if i >= rows {
			continue
		}
		p.Events = append(p.Events, eventRow{
			ID: fmt.Sprintf("ev-%d", i+1), Num: i + 1, When: e.When, Type: string(ev.Type), Color: typeColor(ev.Type),
			Status: string(ev.Status), Planned: e.IsPlanned(), Participants: participants(ev), Place: ev.Place,
			Sources: sources(ev),
		})
	}
	if rows < len(tl.Entries) {
		p.EventsNote = fmt.Sprintf("Listing the first %d of %d events, in timeline order; narrow the selection (dates, actor, country, type) to see the others.", rows, len(tl.Entries))
	}
	return p, nil
}

// dyads returns the n heaviest edges of g, by weight descending, then by
// the two keys.
func dyads(g *graph.Graph, n int) []dyadRow {
	es := g.Edges()
	slices.SortStableFunc(es, func(a, b graph.Edge) int { return cmp.Compare(b.Weight, a.Weight) })
	out := []dyadRow{}
	for _, e := range es[:min(n, len(es))] {
		a, _ := g.Node(e.From)
		b, _ := g.Node(e.To)
		ts := make([]string, len(e.Types))
		for i, t := range e.Types {
			ts[i] = string(t)
		}
		out = append(out, dyadRow{A: a.Label, B: b.Label, Weight: e.Weight, First: e.First.String(), Last: e.Last.String(), Types: strings.Join(ts, ", ")})
	}
	return out
}

// sources lists where ev was reported, each with its evidence sentence.
// An event without sources (one extracted from a single document) shows
// its own evidence.
func sources(ev annals.Event) []sourceView {
	var out []sourceView
	for _, s := range ev.Sources {
		name := s.Title
		if name == "" {
			name = s.Source
		}
		sv := sourceView{Name: name, Published: s.Published.String(), Evidence: s.Evidence}
		if isWebURL(s.Source) {
			sv.URL = s.Source
		}
		if sv.Evidence == "" {
			sv.Evidence = ev.Evidence
		}
		out = append(out, sv)
	}
	if len(out) == 0 && ev.Evidence != "" {
		out = append(out, sourceView{Evidence: ev.Evidence})
	}
	return out
}

// isWebURL reports whether s is an http or https address, the only
// sources the page links to (a file path is relative to where the
// articles were ingested, not to the page, so it is shown as text).
func isWebURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

package reports

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/timeline"
)

// This file renders the answers of the network queries (issue 5): paths,
// ego networks, dyads, communities and metrics per time window.

// PathHop is one hop of a path between two actors, with the events that
// make it.
type PathHop struct {
	From, To annals.Node
	// Shared is the number of events the two share; Events are those
	// shown (callers may list only the latest few).
	Shared int
	Events []annals.Event
}

type pathEventRow struct {
	ID     string           `json:"id"`
	Type   annals.EventType `json:"type"`
	Status annals.Status    `json:"status"`
	When   string           `json:"when"`
	Actors []string         `json:"actors"`
}

type pathHopRow struct {
	Hop    int            `json:"hop"`
	From   string         `json:"from"`
	To     string         `json:"to"`
	Shared int            `json:"shared"`
	Events []pathEventRow `json:"events"`
}

// Path writes a path as one row per hop: the two actors, the number of
// events they share and the events shown (date, type and participants),
// under the title in text and Markdown. No hops print "No path.". An
// unknown format returns an error wrapping annals.ErrInvalid; other errors
// are w's.
func Path(w io.Writer, f Format, title string, hops []PathHop) error {
	rows := make([]pathHopRow, 0, len(hops))
	t := table{header: []string{"HOP", "FROM", "TO", "SHARED", "EVENTS"}}
	if f == FormatCSV || f == FormatTSV {
		t.header = []string{"hop", "from", "to", "shared", "events"}
	}
	for i, h := range hops {
		row := pathHopRow{Hop: i + 1, From: h.From.Key, To: h.To.Key, Shared: h.Shared, Events: []pathEventRow{}}
		var evs []string
		for _, e := range h.Events {
			actors := append(append([]string{}, e.Actors...), countryCodes(e.Countries)...)
			row.Events = append(row.Events, pathEventRow{ID: e.ID, Type: e.Type, Status: e.Status, When: timeline.When(e), Actors: actors})
			typ := string(e.Type)
			if e.Status == annals.StatusPlanned {
				typ += " planned"
			}
			evs = append(evs, fmt.Sprintf("%s %s (%s)", timeline.When(e), typ, strings.Join(actors, ", ")))
		}
		if more := h.Shared - len(h.Events); more > 0 && len(h.Events) > 0 {
			evs = append(evs, fmt.Sprintf("+%d more", more))
		}
		rows = append(rows, row)
		t.rows = append(t.rows, []string{strconv.Itoa(i + 1), label(h.From.Label, h.From.Key), label(h.To.Label, h.To.Key), strconv.Itoa(h.Shared), strings.Join(evs, "; ")})
	}
	if f == FormatJSON {
		return writeJSON(w, rows)
	}
	return t.write(w, f, title, "No path.")
}

func countryCodes(cs []annals.Country) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = string(c)
	}
	return out
}

type egoRow struct {
	Key     string          `json:"key"`
	Label   string          `json:"label"`
	Kind    annals.NodeKind `json:"kind"`
	Country annals.Country  `json:"country,omitempty"`
	Hops    int             `json:"hops"`
	Shared  int             `json:"shared"`
	Degree  int             `json:"degree"`
}

// Ego writes an ego network, one row per actor in the order given
// (graph.Network.Ego sorts them): hops from the ego, events shared with
// it, and number of partners. An unknown format returns an error wrapping
// annals.ErrInvalid; other errors are w's.
func Ego(w io.Writer, f Format, title string, members []graph.EgoMember) error {
	rows := make([]egoRow, 0, len(members))
	t := table{header: []string{"HOPS", "ACTOR", "KIND", "COUNTRY", "SHARED", "PARTNERS"}}
	if f == FormatCSV || f == FormatTSV {
		t.header = []string{"hops", "key", "label", "kind", "country", "shared", "partners"}
	}
	for _, m := range members {
		r := egoRow{Key: m.Node.Key, Label: m.Node.Label, Kind: m.Node.Kind, Country: m.Node.Country, Hops: m.Hops, Shared: m.Shared, Degree: m.Degree}
		rows = append(rows, r)
		if f == FormatCSV || f == FormatTSV {
			t.rows = append(t.rows, []string{strconv.Itoa(r.Hops), r.Key, r.Label, string(r.Kind), string(r.Country), strconv.Itoa(r.Shared), strconv.Itoa(r.Degree)})
			continue
		}
		t.rows = append(t.rows, []string{strconv.Itoa(r.Hops), label(r.Label, r.Key), string(r.Kind), string(r.Country), strconv.Itoa(r.Shared), strconv.Itoa(r.Degree)})
	}
	if f == FormatJSON {
		return writeJSON(w, rows)
	}
	return t.write(w, f, title, "No actors.")
}

type dyadRow struct {
	Period      string                   `json:"period"`
	Events      int                      `json:"events"`
	Scored      int                      `json:"scored"`
	Goldstein   json.Number              `json:"goldstein"`
	Cooperative int                      `json:"cooperative"`
	Conflictual int                      `json:"conflictual"`
	Types       map[annals.EventType]int `json:"types"`
}

// Dyad writes the shared events of two actors per period: events, those
// with a Goldstein score, the sum of the scores (one decimal), the
// cooperative and conflictual ones and the types, with a bar of the sum in
// text (one # per 2 points, + for cooperation and - for conflict) so the
// curve shows at a glance. An unknown format returns an error wrapping
// annals.ErrInvalid; other errors are w's.
func Dyad(w io.Writer, f Format, title string, points []timeline.Point) error {
	rows := make([]dyadRow, 0, len(points))
	t := table{header: []string{"PERIOD", "EVENTS", "SCORED", "GOLDSTEIN", "COOP", "CONFLICT", "TYPES", "CURVE"}}
	if f == FormatCSV || f == FormatTSV {
		t.header = []string{"period", "events", "scored", "goldstein", "cooperative", "conflictual", "types"}
	}
	for _, p := range points {
		g := strconv.FormatFloat(p.Goldstein, 'f', 1, 64)
		if g == "-0.0" {
			g = "0.0"
		}
		rows = append(rows, dyadRow{Period: p.Period, Events: p.Events, Scored: p.Scored, Goldstein: json.Number(g),
			Cooperative: p.Cooperative, Conflictual: p.Conflictual, Types: p.Types})
		r := []string{p.Period, strconv.Itoa(p.Events), strconv.Itoa(p.Scored), g, strconv.Itoa(p.Cooperative), strconv.Itoa(p.Conflictual), typeCounts(p.Types)}
		if f != FormatCSV && f != FormatTSV {
			r = append(r, curve(p.Goldstein))
		}
		t.rows = append(t.rows, r)
	}
	if f == FormatJSON {
		return writeJSON(w, rows)
	}
	return t.write(w, f, title, "No shared events.")
}

// curve draws a Goldstein sum as a bar of up to 20 marks.
func curve(g float64) string {
	n := min(20, int(abs(g)/2+0.5))
	switch {
	case g > 0:
		return strings.Repeat("+", max(n, 1))
	case g < 0:
		return strings.Repeat("-", max(n, 1))
	}
	return ""
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func typeCounts(m map[annals.EventType]int) string {
	var parts []string
	for _, t := range annals.EventTypes {
		if m[t] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", t, m[t]))
		}
	}
	return strings.Join(parts, ", ")
}

type communityRow struct {
	Community int      `json:"community"`
	Size      int      `json:"size"`
	Members   []string `json:"members"`
	Internal  int      `json:"internal_events"`
	Events    []string `json:"events"`
}

// Communities writes one row per community in the order given: its size,
// members (labels; at most 8 in text and Markdown, with a count of the
// rest), the number of events inside it and the events that bind it. An
// unknown format returns an error wrapping annals.ErrInvalid; other
// errors are w's.
func Communities(w io.Writer, f Format, title string, comms []graph.Community) error {
	rows := make([]communityRow, 0, len(comms))
	t := table{header: []string{"#", "SIZE", "MEMBERS", "EVENTS", "BOUND BY"}}
	if f == FormatCSV || f == FormatTSV {
		t.header = []string{"community", "size", "members", "internal_events", "events"}
	}
	for i, c := range comms {
		r := communityRow{Community: i + 1, Size: len(c.Members), Members: []string{}, Internal: c.Internal, Events: []string{}}
		var names []string
		for _, m := range c.Members {
			r.Members = append(r.Members, m.Key)
			names = append(names, label(m.Label, m.Key))
		}
		var evs []string
		for _, e := range c.Events {
			r.Events = append(r.Events, e.Key)
			when := timeline.Undated
			if !e.Start.IsZero() {
				when = e.Start.String()
			}
			evs = append(evs, when+" "+e.Label)
		}
		rows = append(rows, r)
		shown := names
		if f != FormatCSV && f != FormatTSV && len(names) > 8 {
			shown = append(names[:8:8], fmt.Sprintf("+%d", len(names)-8))
		}
		t.rows = append(t.rows, []string{strconv.Itoa(i + 1), strconv.Itoa(len(c.Members)), strings.Join(shown, ", "), strconv.Itoa(c.Internal), strings.Join(evs, "; ")})
	}
	if f == FormatJSON {
		return writeJSON(w, rows)
	}
	return t.write(w, f, title, "No communities.")
}

// Window is one time window of a metric over time.
type Window struct {
	Period string
	Scores []graph.Score
}

type windowRow struct {
	Period string      `json:"period"`
	Rank   int         `json:"rank"`
	Key    string      `json:"key"`
	Label  string      `json:"label"`
	Metric string      `json:"metric"`
	Value  json.Number `json:"value"`
}

// Windows writes a metric per time window: for each window in the order
// given, its scores in the order given, ranked from 1. An unknown format
// returns an error wrapping annals.ErrInvalid; other errors are w's.
func Windows(w io.Writer, f Format, m graph.Metric, windows []Window) error {
	var rows []windowRow
	t := table{header: []string{"PERIOD", "RANK", "ACTOR", strings.ToUpper(string(m))}}
	if f == FormatCSV || f == FormatTSV {
		t.header = []string{"period", "rank", "key", "label", "metric", "value"}
	}
	for _, win := range windows {
		for i, s := range win.Scores {
			v := formatValue(m, s.Value)
			rows = append(rows, windowRow{Period: win.Period, Rank: i + 1, Key: s.Node.Key, Label: s.Node.Label, Metric: string(m), Value: json.Number(v)})
			if f == FormatCSV || f == FormatTSV {
				t.rows = append(t.rows, []string{win.Period, strconv.Itoa(i + 1), s.Node.Key, s.Node.Label, string(m), v})
				continue
			}
			t.rows = append(t.rows, []string{win.Period, strconv.Itoa(i + 1), label(s.Node.Label, s.Node.Key), v})
		}
	}
	if f == FormatJSON {
		if rows == nil {
			rows = []windowRow{}
		}
		return writeJSON(w, rows)
	}
	return t.write(w, f, "", "No events in any window.")
}

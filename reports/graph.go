package reports

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
)

// scoreDecimals is the fixed precision of non-integral metric values.
const scoreDecimals = 4

// formatValue prints v for metric m: whole numbers for the degree
// metrics, four decimals otherwise.
func formatValue(m graph.Metric, v float64) string {
	if m.IsIntegral() {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', scoreDecimals, 64)
}

// scoreRow is the JSON form of a score. Value is a json.Number so the
// precision is the same fixed one as in the other formats.
type scoreRow struct {
	Rank    int             `json:"rank"`
	Key     string          `json:"key"`
	Label   string          `json:"label"`
	Kind    annals.NodeKind `json:"kind"`
	Country annals.Country  `json:"country,omitempty"`
	Metric  graph.Metric    `json:"metric"`
	Value   json.Number     `json:"value"`
	Degree  int             `json:"degree"`
}

// Scores writes a metric table to w in format f, one row per score in the
// order given (graph.Graph.Scores sorts them), ranked from 1. Text and
// Markdown add a PARTNERS column (the unweighted degree) unless the metric
// is the degree itself. Degree and strength print as whole numbers, other metrics with four decimals.
// An unknown format returns an error wrapping annals.ErrInvalid; other
// errors are w's.
func Scores(w io.Writer, f Format, m graph.Metric, scores []graph.Score) error {
	rows := make([]scoreRow, 0, len(scores))
	for i, s := range scores {
		rows = append(rows, scoreRow{
			Rank: i + 1, Key: s.Node.Key, Label: s.Node.Label, Kind: s.Node.Kind, Country: s.Node.Country,
			Metric: m, Value: json.Number(formatValue(m, s.Value)), Degree: s.Degree,
		})
	}
	if f == FormatJSON {
		return writeJSON(w, rows)
	}
	var t table
	switch f {
	case FormatText, FormatMarkdown:
		// The partner count is the degree: no second column for it then.
		partners := m != graph.MetricDegree
		t.header = []string{"RANK", "ACTOR", "KIND", "COUNTRY", strings.ToUpper(string(m))}
		if partners {
			t.header = append(t.header, "PARTNERS")
		}
		for _, r := range rows {
			row := []string{strconv.Itoa(r.Rank), label(r.Label, r.Key), string(r.Kind), string(r.Country), string(r.Value)}
			if partners {
				row = append(row, strconv.Itoa(r.Degree))
			}
			t.rows = append(t.rows, row)
		}
	case FormatCSV, FormatTSV:
		t.header = []string{"rank", "key", "label", "kind", "country", "metric", "value", "degree"}
		for _, r := range rows {
			t.rows = append(t.rows, []string{strconv.Itoa(r.Rank), r.Key, r.Label, string(r.Kind), string(r.Country), string(m), string(r.Value), strconv.Itoa(r.Degree)})
		}
	default:
		return fmt.Errorf("reports: scores: format %q: %w", f, annals.ErrInvalid)
	}
	return t.write(w, f, "", "No actors.")
}

func label(l, key string) string {
	if l == "" {
		return key
	}
	return l
}

// relationRow is the JSON form of a relation.
type relationRow struct {
	Actor   string             `json:"actor"`
	Partner string             `json:"partner"`
	Label   string             `json:"label"`
	Kind    annals.NodeKind    `json:"kind"`
	Country annals.Country     `json:"country,omitempty"`
	Count   int                `json:"count"`
	First   annals.Date        `json:"first"`
	Last    annals.Date        `json:"last"`
	Types   []annals.EventType `json:"types"`
	Events  []relationEvent    `json:"events"`
}

type relationEvent struct {
	Key    string           `json:"key"`
	Label  string           `json:"label"`
	Type   annals.EventType `json:"type"`
	Status annals.Status    `json:"status"`
	Start  annals.Date      `json:"start"`
	End    annals.Date      `json:"end"`
}

// Relations writes the relations of actor to w in format f, one row per
// partner in the order given (graph.Graph.Relations sorts them). Text and
// Markdown start with a line naming the actor and list each partner with
// the number of shared events, the first and last date, the event types
// and the events, each as its interval and label (planned ones marked
// [PlannedMark]). JSON is an array of
// objects, each with the actor's and the partner's keys and the shared
// events; CSV and TSV have one row per partner with event keys joined by
// "; ". An unknown format returns an error wrapping annals.ErrInvalid;
// other errors are w's.
func Relations(w io.Writer, f Format, actor annals.Node, rels []graph.Relation) error {
	if f == FormatJSON {
		rows := make([]relationRow, 0, len(rels))
		for _, r := range rels {
			row := relationRow{
				Actor: actor.Key, Partner: r.Actor.Key, Label: r.Actor.Label, Kind: r.Actor.Kind, Country: r.Actor.Country,
				Count: r.Count, First: r.First, Last: r.Last, Types: nonNil(r.Types), Events: []relationEvent{},
			}
			for _, e := range r.Events {
				row.Events = append(row.Events, relationEvent{Key: e.Key, Label: e.Label, Type: e.Type, Status: e.Status, Start: e.Start, End: e.End})
			}
			rows = append(rows, row)
		}
		return writeJSON(w, rows)
	}
	var t table
	name := label(actor.Label, actor.Key)
	switch f {
	case FormatText, FormatMarkdown:
		t.header = []string{"PARTNER", "KIND", "EVENTS", "FIRST", "LAST", "TYPES", "VIA"}
		for _, r := range rels {
			via := make([]string, len(r.Events))
			for i, e := range r.Events {
				via[i] = e.Label
				if when := (annals.Interval{Start: e.Start, End: e.End}).String(); when != "" {
					via[i] = when + " " + via[i]
				}
				if e.Status == annals.StatusPlanned {
					via[i] += " " + PlannedMark
				}
			}
			t.rows = append(t.rows, []string{label(r.Actor.Label, r.Actor.Key), string(r.Actor.Kind), strconv.Itoa(r.Count),
				r.First.String(), r.Last.String(), joinTypes(r.Types, ", "), strings.Join(via, "; ")})
		}
	case FormatCSV, FormatTSV:
		t.header = []string{"actor", "partner", "label", "kind", "count", "first", "last", "types", "events"}
		for _, r := range rels {
			keys := make([]string, len(r.Events))
			for i, e := range r.Events {
				keys[i] = e.Key
			}
			t.rows = append(t.rows, []string{actor.Key, r.Actor.Key, r.Actor.Label, string(r.Actor.Kind), strconv.Itoa(r.Count),
				r.First.String(), r.Last.String(), joinTypes(r.Types, "; "), strings.Join(keys, "; ")})
		}
	default:
		return fmt.Errorf("reports: relations: format %q: %w", f, annals.ErrInvalid)
	}
	title := fmt.Sprintf("Relations of %s (%s)", name, actor.Kind)
	return t.write(w, f, title, name+" has no relations.")
}

func joinTypes(ts []annals.EventType, sep string) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = string(t)
	}
	return strings.Join(s, sep)
}

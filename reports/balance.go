package reports

import (
	"encoding/json"
	"io"
	"strconv"

	"github.com/annals-project/annals"
)

// Balance is an actor's cooperation–conflict balance with one partner:
// the Goldstein scores (Goldstein 1992) of the events they share.
type Balance struct {
	Partner annals.Node
	// Events counts the shared events; Scored those with a Goldstein
	// score (a known CAMEO code).
	Events, Scored int
	// Goldstein is the sum of the scores: above 0 the relation leans to
	// cooperation, below 0 to conflict.
	Goldstein float64
	// Cooperative and Conflictual count the scored events above and below
	// 0.
	Cooperative, Conflictual int
}

type balanceRow struct {
	Actor       string          `json:"actor"`
	Partner     string          `json:"partner"`
	Label       string          `json:"label"`
	Kind        annals.NodeKind `json:"kind"`
	Events      int             `json:"events"`
	Scored      int             `json:"scored"`
	Goldstein   json.Number     `json:"goldstein"`
	Cooperative int             `json:"cooperative"`
	Conflictual int             `json:"conflictual"`
}

// Balances writes the cooperation–conflict balance of actor with each
// partner in the order given: shared events, scored events, the Goldstein
// sum (one decimal), the cooperative and conflictual events, and in text
// and Markdown a bar of the sum (one mark per 2 points, + cooperation, -
// conflict). An unknown format returns an error wrapping annals.ErrInvalid;
// other errors are w's.
func Balances(w io.Writer, f Format, actor annals.Node, rows []Balance) error {
	out := make([]balanceRow, 0, len(rows))
	t := table{header: []string{"PARTNER", "KIND", "EVENTS", "SCORED", "GOLDSTEIN", "COOP", "CONFLICT", "CURVE"}}
	if f == FormatCSV || f == FormatTSV {
		t.header = []string{"actor", "partner", "label", "kind", "events", "scored", "goldstein", "cooperative", "conflictual"}
	}
	for _, b := range rows {
		g := strconv.FormatFloat(b.Goldstein, 'f', 1, 64)
		if g == "-0.0" {
			g = "0.0"
		}
		r := balanceRow{Actor: actor.Key, Partner: b.Partner.Key, Label: b.Partner.Label, Kind: b.Partner.Kind, Events: b.Events,
			Scored: b.Scored, Goldstein: json.Number(g), Cooperative: b.Cooperative, Conflictual: b.Conflictual}
		out = append(out, r)
		if f == FormatCSV || f == FormatTSV {
			t.rows = append(t.rows, []string{r.Actor, r.Partner, r.Label, string(r.Kind), strconv.Itoa(r.Events), strconv.Itoa(r.Scored), g,
				strconv.Itoa(r.Cooperative), strconv.Itoa(r.Conflictual)})
			continue
		}
		t.rows = append(t.rows, []string{label(r.Label, r.Partner), string(r.Kind), strconv.Itoa(r.Events), strconv.Itoa(r.Scored), g,
			strconv.Itoa(r.Cooperative), strconv.Itoa(r.Conflictual), curve(b.Goldstein)})
	}
	if f == FormatJSON {
		return writeJSON(w, out)
	}
	title := "Cooperation and conflict of " + label(actor.Label, actor.Key) + " (Goldstein scores of shared events)"
	return t.write(w, f, title, "No partners.")
}

package htmlreport

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
)

// typeColors are the Okabe–Ito colours (Okabe and Ito 2008, "Color
// Universal Design"), chosen to stay distinguishable for readers with
// the common colour-vision deficiencies; grey for statements, the most
// frequent and least eventful type.
var typeColors = map[annals.EventType]string{
	annals.EventMeet:      "#0072B2",
	annals.EventVisit:     "#009E73",
	annals.EventAgree:     "#E69F00",
	annals.EventStatement: "#7A7A7A",
	annals.EventTrade:     "#8C564B",
	annals.EventCooperate: "#CC79A7",
	annals.EventConflict:  "#D55E00",
}

func typeColor(t annals.EventType) string {
	if c, ok := typeColors[t]; ok {
		return c
	}
	return "#444444"
}

// communityColors colour the ten largest communities (Tableau 10); the
// rest are grey, since more hues than that cannot be told apart.
var communityColors = []string{"#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#76B7B2", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC"}

func communityColor(i int) string {
	if i >= 0 && i < len(communityColors) {
		return communityColors[i]
	}
	return "#C8C8C8"
}

// formatValue prints a metric value as package reports does: whole numbers
// for the degree metrics, four decimals otherwise.
func formatValue(m graph.Metric, v float64) string {
	if m.IsIntegral() {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}

// shorten returns s on one line, cut to at most n runes with "…".
func shorten(s string, n int) string {
	s = strings.Join(strings.FieldsFunc(strings.ToValidUTF8(s, "\uFFFD"), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

// participants lists the actors, then the country codes after a
// semicolon: "Sergei Lavrov, Fumio Kishida; RUS, JPN".
func participants(ev annals.Event) string {
	var parts []string
	if len(ev.Actors) > 0 {
		parts = append(parts, strings.Join(ev.Actors, ", "))
	}
	if len(ev.Countries) > 0 {
		cs := make([]string, len(ev.Countries))
		for i, c := range ev.Countries {
			cs[i] = string(c)
		}
		parts = append(parts, strings.Join(cs, ", "))
	}
	return strings.Join(parts, "; ")
}

// evidence is the event's evidence sentence, or its first source's.
func evidence(ev annals.Event) string {
	if ev.Evidence != "" {
		return ev.Evidence
	}
	if len(ev.Sources) > 0 {
		return ev.Sources[0].Evidence
	}
	return ""
}

// formatAmount prints an amount with thousands separators and at most two
// decimals ("33,000,000,000", "1,234.5").
func formatAmount(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if hasFrac {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

package extract

import (
	"slices"
	"testing"

	"github.com/annals-project/annals"
)

// TestNameForms: each distinct form of an organisation's name is an
// organisation of its own (docs/annotating.md section 23); forms that
// differ in case, dots or hyphens, and an acronym spelling a form's
// initials, stay with that form.
func TestNameForms(t *testing.T) {
	for _, c := range []struct {
		in   annals.Organization
		want [][]string // name, then mentions, per item
	}{
		{annals.Organization{Name: "UN Trade Council", Mentions: []string{"UN Trade Council", "Trade Council"}},
			[][]string{{"UN Trade Council", "UN Trade Council"}, {"Trade Council", "Trade Council"}}},
		{annals.Organization{Name: "United Nations Peace Mission in Chad", Mentions: []string{"UN Peace Mission in Chad", "MIPONUC"}},
			[][]string{{"United Nations Peace Mission in Chad", "UN Peace Mission in Chad"}, {"MIPONUC", "MIPONUC"}}},
		{annals.Organization{Name: "Gulf Fisheries Board", Mentions: []string{"Gulf Fisheries Board", "GFB", "GULF FISHERIES BOARD"}},
			[][]string{{"Gulf Fisheries Board", "Gulf Fisheries Board", "GFB", "GULF FISHERIES BOARD"}}},
		{annals.Organization{Name: "UN Food Office", Mentions: []string{"UNFO", "U.N. Food Office"}},
			[][]string{{"UN Food Office", "UNFO", "U.N. Food Office"}}},
		{annals.Organization{Name: "Al-Nasr Front", Mentions: []string{"Al-Nasr Front", "Al Nasr Front", "Nasr Front"}},
			[][]string{{"Al-Nasr Front", "Al-Nasr Front", "Al Nasr Front"}, {"Nasr Front", "Nasr Front"}}},
	} {
		var got [][]string
		for _, o := range NameForms([]annals.Organization{c.in}) {
			got = append(got, append([]string{o.Name}, o.Mentions...))
		}
		if !slices.EqualFunc(got, c.want, slices.Equal[[]string]) {
			t.Errorf("NameForms(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

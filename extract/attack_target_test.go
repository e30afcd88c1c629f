package extract_test

import (
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// TestAttackTargetSpeaker checks the actors of conflict events: a body an
// attack is aimed at ("attacks against convoys of the WFP") is no actor
// of it, nor is a body whose members or convoy the attack hits ("UN
// peacekeepers were killed"), a spokesman who reports an attack, or the
// body he speaks for ("X, a spokeswoman for the mission, said rockets had
// been fired").
// The near misses keep a body that attacks or condemns, and a commander
// who orders fire.
func TestAttackTargetSpeaker(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		{"GAO, June 9, 2020 - The African Union condemned on Monday the attacks perpetrated on Sunday against convoys of the World Food Programme near Gao.",
			[]string{"African Union"}, []string{"World Food Programme"}},
		{"MOGADISHU, June 9, 2020 - Gunmen staged an attack on Sunday against African Union facilities in Baidoa.",
			nil, []string{"African Union"}},
		{"MONROVIA, March 3, 2021 - Jane Okafor, a spokeswoman for the UN Mission in Liberia (UNMIL), said four mortar rounds had been fired at the base on Monday.",
			nil, []string{"Jane Okafor", "United Nations Mission in Liberia"}},
		{"MONROVIA, March 3, 2021 - Four UN peacekeepers were killed in an ambush near Gbarnga on Monday.",
			nil, []string{"United Nations"}},
		{"JUBA, March 3, 2021 - A convoy of the UN Mission in South Sudan (UNMISS) was ambushed on Monday near Bor.",
			nil, []string{"United Nations Mission in South Sudan"}},
		// near misses: the body that attacks or condemns, the commander
		// who orders fire, peacekeepers who kill.
		{"MONROVIA, March 3, 2021 - UN peacekeepers killed two gunmen near Gbarnga on Monday.",
			[]string{"United Nations"}, nil},
		{"BEIRUT, March 3, 2021 - The UN Interim Force in Lebanon fired warning shots on Monday.",
			[]string{"United Nations Interim Force in Lebanon"}, nil},
		{"MOGADISHU, June 9, 2020 - The African Union launched an offensive against the rebels on Sunday.",
			[]string{"African Union"}, nil},
		{"MOGADISHU, June 9, 2020 - The rebels' attacks on the town were condemned on Sunday by the African Union.",
			[]string{"African Union"}, nil},
		{"MONROVIA, March 3, 2021 - Jane Okafor, a commander of the UN Mission in Liberia (UNMIL), ordered her troops to open fire on the gunmen on Monday.",
			[]string{"Jane Okafor", "United Nations Mission in Liberia"}, nil},
	} {
		doc, err := extract.Document(c.text, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var actors []string
		for _, e := range doc.Events {
			if e.Type == annals.EventConflict {
				actors = append(actors, e.Actors...)
			}
		}
		for _, a := range c.want {
			if !slices.Contains(actors, a) {
				t.Errorf("%q: conflict actors %v, want %q", c.text, actors, a)
			}
		}
		for _, a := range c.not {
			if slices.Contains(actors, a) {
				t.Errorf("%q: conflict actors %v, do not want %q", c.text, actors, a)
			}
		}
	}
}

// TestNameState checks that a body whose name places it in a state ("the
// UN Mission in South Sudan") brings that state to its events, and that
// one placed in a continent brings none.
func TestNameState(t *testing.T) {
	for _, c := range []struct {
		text string
		want annals.Country
	}{
		{"JUBA, March 3, 2021 - A convoy of the UN Mission in South Sudan (UNMISS) was ambushed on Monday.", "SSD"},
		{"BEIRUT, March 3, 2021 - The UN Interim Force in Lebanon fired warning shots on Monday.", "LBN"},
		// near miss: Europe is no state.
		{"VIENNA, March 3, 2021 - The Organization for Security and Cooperation in Europe condemned the shelling on Monday.", ""},
	} {
		doc, err := extract.Document(c.text, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []annals.Country
		for _, e := range doc.Events {
			got = append(got, e.Countries...)
		}
		if c.want != "" && !slices.Contains(got, c.want) || c.want == "" && len(got) > 0 {
			t.Errorf("%q: event states %v, want %q", c.text, got, c.want)
		}
	}
}

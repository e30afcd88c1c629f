package person_test

import (
	"testing"

	"github.com/annals-project/annals/extract/person"
)

// A complement in capitals after an office ("for Energy", "for Political
// Affairs", "of Aragua State") names the office's remit and is part of
// the role, before the name or in apposition after it. A state after
// "of" is the holder's state, not the remit.
func TestOfficeRemit(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Commissioner for Fisheries and Oceans Lena Marsh met the fleet owners.", "Lena Marsh/Commissioner for Fisheries and Oceans"},
		{"Undersecretary for Arms Control Tomas Berg said the talks would resume.", "Tomas Berg/Undersecretary for Arms Control"},
		{"Ana Ruiz, Commissioner for Energy Policy, said on Monday the plan was ready.", "Ana Ruiz/Commissioner for Energy Policy"},
		{"Olga Berg, Governor of Lara State, left on Monday.", "Olga Berg/Governor of Lara State"},
		{"Director General for Industry Daniel Okafor spoke on Monday.", "Daniel Okafor/Director General for Industry"},
		// Negative: a state after "of" is no remit; a given name after
		// the complement is the name's.
		{"President of Portugal Jorge Sampaio opened the summit.", "Jorge Sampaio/President"},
		{"Commissioner Lena Marsh met the fleet owners on Monday.", "Lena Marsh/Commissioner"},
	}, personRole)
}

// "The Commissioner" refers to the holder of "Commissioner for Energy"
// as it does to the holder of "Commissioner of Police"; not to another
// office's holder.
func TestHoldsRemitTitle(t *testing.T) {
	for _, tt := range []struct {
		role, title string
		want        bool
	}{
		{"Commissioner for Energy Policy", "Commissioner", true},
		{"Commissioner of Police", "Commissioner", true},
		{"Commissioner", "Commissioner", true},
		{"High Commissioner for Refugees", "Minister", false},
		{"Commissioner for Energy Policy", "Energy", false},
	} {
		if got := person.HoldsTitle(tt.role, tt.title); got != tt.want {
			t.Errorf("HoldsTitle(%q, %q) = %v, want %v", tt.role, tt.title, got, tt.want)
		}
	}
}

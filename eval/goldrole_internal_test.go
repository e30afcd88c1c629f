package eval

import "testing"

func TestSameRole(t *testing.T) {
	tests := []struct {
		gold, sys string
		want      bool
	}{
		{"Foreign Minister", "Foreign Minister", true},
		{"foreign minister", "Foreign Minister.", true},
		{"FM", "Foreign Minister", true},
		{"Minister of Foreign Affairs", "Foreign Minister", true},
		{"Minister of Foreign Affairs of Algeria", "Foreign Minister", true},
		{"the Japanese Foreign Minister", "Foreign Minister", true},
		{"Japan's Prime Minister", "Premier", true},
		{"U.S. Secretary of State", "Secretary of State", true},
		{"President of the Philippines", "President", true},
		{"U.N. Secretary-General", "Secretary-General", true},
		// Words the lexicon does not equate stay apart.
		{"Minister of Commerce", "Minister", false},
		{"Secretary of State", "Secretary", false},
		{"Defence Minister", "Foreign Minister", false},
		{"Deputy Foreign Minister", "Foreign Minister", false},
		// An empty role is no role.
		{"President", "", false},
		{"", "", false},
		// Folding alone: a role the lexicon lacks.
		{"Minister of Water Resources", "minister of water-resources", true},
	}
	for _, tt := range tests {
		if got := sameRole(tt.gold, tt.sys); got != tt.want {
			t.Errorf("sameRole(%q, %q) = %v (keys %q, %q), want %v", tt.gold, tt.sys, got, roleKey(tt.gold), roleKey(tt.sys), tt.want)
		}
	}
}

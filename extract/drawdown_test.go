package extract_test

import "testing"

// TestDrawdownAid checks a US drawdown of weapons from stocks as military
// aid (cooperate, CAMEO 072) when it is named by the presidential
// authority, as a package, or as a drawdown of arms or equipment, and
// has a recipient; a drawdown of troops (a withdrawal) or of reserves
// (finance) is no aid. Article date Wednesday 2021-03-03.
func TestDrawdownAid(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a drawdown of arms with a figure",
			"The United States announced a $150 million drawdown of arms and ammunition for Latvia on Tuesday.",
			"cooperate occurred 2021-03-02 [] [USA LVA] 150000000 USD aid"},
		{"a drawdown package",
			"Washington approved a drawdown package worth $45 million for Estonia on Monday.",
			"cooperate occurred 2021-03-01 [] [USA EST] 45000000 USD aid"},
		{"the presidential authority, no figure",
			"The United States on Monday sent rifles to Moldova under a Presidential Drawdown Authority package for Moldova.",
			"cooperate occurred 2021-03-01 [] [USA MDA]"},
		{"a drawdown of troops is a withdrawal",
			"Britain announced a drawdown of troops from Mali on Monday.",
			""},
		{"a drawdown of reserves is finance",
			"The central bank of Peru reported a $2 billion drawdown of reserves on Monday.",
			""},
		{"a drawdown package with no recipient",
			"Officials said on Monday that the drawdown package was large.",
			""},
	})
	for _, tt := range []struct{ in, cameo string }{
		{"The United States announced a $150 million drawdown of arms and ammunition for Latvia on Tuesday.", "072"},
		{"The United States on Monday sent rifles to Moldova under a Presidential Drawdown Authority package for Moldova.", "072"},
		{"The United States on Tuesday announced $150 million in aid for Latvia.", "070"},
	} {
		doc := extractText(t, tt.in)
		if len(doc.Events) != 1 || doc.Events[0].CAMEO != tt.cameo {
			t.Errorf("%q: events %+v, want one of CAMEO %s", tt.in, doc.Events, tt.cameo)
		}
		for _, o := range doc.Organizations {
			if o.Name == "Presidential Drawdown Authority" {
				t.Errorf("%q: the drawdown authority, a power, is an organisation", tt.in)
			}
		}
	}
}

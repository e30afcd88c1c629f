package extract_test

import (
	"slices"
	"testing"
)

// TestTopicCountry checks a state's name before a noun of expertise ("a
// leading Japan analyst", "veteran Iran watcher") as the field the person
// knows: the state stays among the article's countries but is neither the
// person's state nor a party to the event. A demonym or an abbreviation
// ("a Japanese analyst", "a U.S. analyst") still gives the person's state.
// Article date Wednesday 2021-03-03.
func TestTopicCountry(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a China expert meets",
			"A top China expert, Mary Lane, met French minister Jean Dupont in Paris on Monday.",
			"meet occurred 2021-03-01 [Mary Lane Jean Dupont] [FRA] @Paris"},
		{"a veteran Iran watcher visits",
			"Veteran Iran watcher Tom Black visited Berlin on Tuesday.",
			"visit occurred 2021-03-02 [Tom Black] [DEU] @Berlin"},
		{"Russia policy scholars meet",
			"Russia policy scholars met Finnish officials in Helsinki on Monday.",
			"meet occurred 2021-03-01 [] [FIN] @Helsinki"},
		{"a state as a party stays",
			"China met French minister Jean Dupont in Paris on Monday.",
			"meet occurred 2021-03-01 [Jean Dupont] [CHN FRA] @Paris"},
	})
	persons := []struct{ in, name, country string }{
		{"A leading Japan analyst, Peter Gold, said the talks would go well.", "Peter Gold", ""},
		{"Korea specialist Anna Berg said the talks would go well.", "Anna Berg", ""},
		{"A leading Japanese analyst, Peter Gold, said the talks would go well.", "Peter Gold", "JPN"},
	}
	for _, tt := range persons {
		doc := extractText(t, tt.in)
		found := false
		for _, p := range doc.Persons {
			if p.Name == tt.name {
				found = true
				if string(p.Country) != tt.country {
					t.Errorf("%q: %s has country %q, want %q", tt.in, p.Name, p.Country, tt.country)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person %s in %v", tt.in, tt.name, doc.Persons)
		}
	}
	doc := extractText(t, "A leading Japan analyst, Peter Gold, said the talks would go well.")
	if !slices.Contains(doc.Countries, "JPN") {
		t.Errorf("countries %v: want JPN, a state named in the text", doc.Countries)
	}
}

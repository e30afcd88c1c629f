package extract_test

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// The article's country list names the states a text names, whatever
// the form: a typographic apostrophe, a native spelling, a headline
// contraction. Words that only look like a state's name do not count: a
// language, an ethnic group of another state, a region compound, a
// company or hospital named for its home state, a place whose name holds
// a state's, a continent.
func TestStateForms(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		// Forms of a state's name.
		{"Envoys of the People’s Republic of China met Kenyan officials on Monday.", "CHN KEN"},
		{"The Peoples' Republic of China will send a delegation to Lima.", "CHN"},
		{"The Democratic People’s Republic of Korea fired a missile on Friday.", "PRK"},
		{"Talks with Taiwan and the Republic of China's envoy ended.", "TWN"},
		{"The minister flew to Việt Nam on Monday.", "VNM"},
		{"Gabon signed a fisheries accord with São Tomé and Príncipe on Monday.", "GAB STP"},
		{"BRIEFING (Trade/SKorea, Arms/NKorea)", "KOR PRK"},
		{"Ghana opened an embassy in the Republic of Congo last year.", "GHA COG"},
		{"Ghana opened an embassy in the Democratic Republic of Congo last year.", "GHA COD"},

		// A language, not the state.
		{"The bloc is known as Unasul in Portuguese and Unasur in Spanish.", ""},
		{"Chile and Peru backed the mission, known by its French acronym, MINUSCA.", "CHL PER"},
		{"Chile and Peru backed the force, known by its Spanish initials.", "CHL PER"},
		{"The president spoke in English, then in Arabic.", ""},
		// Near misses: a language word before a noun is the state.
		{"The tanker was seized in French waters on Tuesday.", "FRA"},
		{"Fishing boats were held in Spanish and Italian ports.", "ESP ITA"},
		{"The French ambassador spoke in Geneva.", "FRA"},

		// An ethnic group named with the state it lives in.
		{"Bosnian Serbs rejected the plan on Sunday, Croatia said.", "BIH HRV"},
		{"Leaders of Macedonia's Albanians met in Skopje.", "MKD"},
		// Near misses: two states' adjectives joined or coordinated.
		{"Bosnian and Serbian leaders met in Vienna.", "BIH SRB"},
		{"The Russian-Chinese talks ended on Friday.", "RUS CHN"},
		{"The Serbian president met Bosnian Serb leaders.", "SRB BIH"},

		// A region compound with a state's adjective.
		{"Ministers of the Ibero-American community met in Quito.", ""},
		{"The Latin-American bloc and Canada agreed on a tariff cut.", "CAN"},
		// Near misses.
		{"The American delegation and Canada agreed on a tariff cut.", "USA CAN"},
		{"Afro-Brazilian groups marched in Salvador.", "BRA"},

		// A company or hospital named after its home state.
		{"The victim was taken to the Norwegian Relief Hospital in Kabul.", ""},
		{"A Malaysian Airlines flight landed in Perth.", ""},
		{"A Malaysian official landed in Perth.", "MYS"},

		// A news outlet named after a state.
		{"The Peru Evening Post reported that Chile recalled its envoy.", "CHL"},
		{"Ankara, (APP - Kenya Point News - 4th May) Uganda's envoy left.", "UGA"},
		// Near misses: a headline's capitalised words after the name.
		{"Peru Sends Troops To Border, Chile Says", "PER CHL"},
		{"Peru news agencies said Chile recalled its envoy.", "PER CHL"},

		// A web address that opens with a state's name.
		{"Follow Kenya.gov.ke on Twitter, Uganda's ministry said.", "UGA"},
		// Near miss: a missing space after a full stop.
		{"The ministers met in Kenya.Officials said talks went well.", "KEN"},

		// A place whose name holds a state's name; a continent.
		{"The governor of New Jersey met Irish investors.", "IRL"},
		{"The area is twice the size of New Mexico.", ""},
		{"Chile sent scientists to Antarctica in January.", "CHL"},
	} {
		doc := extractText(t, tt.in)
		if got := countryString(doc.Countries); got != tt.want {
			t.Errorf("countries of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A capital or seat of government that a state has kept from one that no
// longer exists names that older state in a text written while it
// existed (docs/annotating.md, section 22), and today's state after.
func TestFormerCapitals(t *testing.T) {
	for _, tt := range []struct{ in, dct, want string }{
		{"The Kremlin welcomed the Iraqi proposal on Tuesday.", "1990-11-06", "SUN IRQ"},
		{"The Kremlin welcomed the Iraqi proposal on Tuesday.", "2003-11-06", "RUS IRQ"},
		{"Moscow has yet to restore ties with Chile, diplomats said.", "1989-05-02", "SUN CHL"},
		{"Moscow has yet to restore ties with Chile, diplomats said.", "1992-05-02", "RUS CHL"},
		{"Belgrade rejected the ultimatum, Austria said.", "1999-03-22", "YUG AUT"},
		{"Belgrade rejected the ultimatum, Austria said.", "2008-03-22", "SRB AUT"},
		{"Prague and Vienna signed a border accord.", "1988-06-01", "CSK AUT"},
		// A state that no longer exists, named as history after its end.
		{"Kazakhstan gave up the arms it inherited after the breakup of the USSR.", "2018-01-16", "KAZ"},
		{"Kazakhstan gave up the arms it inherited after the breakup of the USSR.", "1991-10-16", "KAZ SUN"},
	} {
		doc, err := extract.Document(tt.in, extract.Options{Published: annals.MustParseDate(tt.dct)})
		if err != nil {
			t.Fatal(err)
		}
		if got := countryString(doc.Countries); got != tt.want {
			t.Errorf("countries of %q (%s) = %q, want %q", tt.in, tt.dct, got, tt.want)
		}
	}
}

// A region compound is one name: none of its words is read as a person's.
func TestRegionCompoundNoPerson(t *testing.T) {
	in := "The vice minister for Latin-America, Ana Ruiz, met Canadian envoys in Quito."
	doc := extractText(t, in)
	if got := countryString(doc.Countries); got != "CAN" {
		t.Errorf("countries of %q = %q, want %q", in, got, "CAN")
	}
	for _, p := range doc.Persons {
		if p.Name != "Ana Ruiz" {
			t.Errorf("persons of %q hold %q", in, p.Name)
		}
	}
}

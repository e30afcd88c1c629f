package extract_test

import (
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

func extractText(t *testing.T, text string) *annals.Document {
	t.Helper()
	doc, err := extract.Document(text, extract.Options{Published: annals.MustParseDate("2021-03-03")})
	if err != nil {
		t.Fatalf("Document(%q) error = %v", text, err)
	}
	if err := doc.Validate(); err != nil {
		t.Fatalf("Document(%q).Validate() = %v", text, err)
	}
	return doc
}

func personString(ps []annals.Person) string {
	var b []string
	for _, p := range ps {
		b = append(b, p.Name+"/"+string(p.Country)+"/"+p.Role)
	}
	return strings.Join(b, "; ")
}

func TestPersons(t *testing.T) {
	tests := []struct{ in, want string }{
		{"German Chancellor Angela Merkel met French President Emmanuel Macron in Paris.",
			"Angela Merkel/DEU/Chancellor; Emmanuel Macron/FRA/President"},
		{"Indian FM Subrahmanyam Jaishankar and Chinese counterpart Wang Yi held talks.",
			"Subrahmanyam Jaishankar/IND/Foreign Minister; Wang Yi/CHN/Foreign Minister"},
		{"Foreign Ministers Annalena Baerbock and Catherine Colonna met on Monday.",
			"Annalena Baerbock//Foreign Minister; Catherine Colonna//Foreign Minister"},
		{"Brazil's foreign minister, Mauro Vieira, arrived in Lisbon.",
			"Mauro Vieira/BRA/Foreign Minister"},
		{"Kenyan President Uhuru Kenyatta spoke. Kenyatta later left for Addis Ababa.",
			"Uhuru Kenyatta/KEN/President"},
		{"The deal was welcomed, Mr. Boris Johnson said.",
			"Boris Johnson//"},
		{"Joe Biden, US President, said the talks went well.",
			"Joe Biden/USA/President"},
		{"Canada has joined the pact and Prime Minister Justin Trudeau has praised it.",
			"Justin Trudeau/CAN/Prime Minister"},
		{"Pakistan Foreign Minister Shah Mahmood Qureshi met reporters.",
			"Shah Mahmood Qureshi/PAK/Foreign Minister"},
		{"Kenyan leader Daniel arap Moi opened the session.",
			"Daniel arap Moi/KEN/Leader"},
		{"Defence Ministers Ben Wallace and Lloyd Austin signed the accord.",
			"Ben Wallace//Defence Minister; Lloyd Austin//Defence Minister"},
		{"Maria Zakharova told reporters the talks would continue.",
			"Maria Zakharova//"},
		{"The World Bank and the European Union said aid would rise.", ""},
		{"Japan and China agreed to hold talks in Beijing.", ""},
		{"Germany pledged aid, Foreign Minister Heiko Maas said.", "Heiko Maas/DEU/Foreign Minister"},
		{"The former British ambassador to France, John Smith, was in Spain.", "John Smith/GBR/former Ambassador"},
		{"Ghana's Minister of Information Kojo Nkrumah spoke.", "Kojo Nkrumah/GHA/Information Minister"},
		{"Secretary-General Ban Ki-moon said President Omar al-Bashir and President Bashar al-Assad must act.",
			"Ban Ki-moon//Secretary-General; Omar al-Bashir//President; Bashar al-Assad//President"},
		{"By Maria Lopez\nSpain and Portugal signed a treaty.", "Maria Lopez//Reporter"},
		{"VOA's Anna Kowalska reports from Warsaw.", "Anna Kowalska//Correspondent"},
		{"Leaders Call for Talks on Trade", ""},
		{"Germany and France pledged aid, Foreign Minister Heiko Maas said.", "Heiko Maas//Foreign Minister"},
		{"Qatari Foreign Minister Sheikh Mohammed Al Thani met his Omani counterpart, Badr Albusaidi.",
			"Mohammed Al Thani/QAT/Foreign Minister; Badr Albusaidi/OMN/Foreign Minister"},
		{"Crown Prince Mohammed bin Salman received Iraqi Prime Minister Mohammed Shia al-Sudani.",
			"Mohammed bin Salman//Crown Prince; Mohammed Shia al-Sudani/IRQ/Prime Minister"},
		{"Mexican President Andres Manuel Lopez Obrador spoke. Lopez Obrador, who visited Lima, left.",
			"Andres Manuel Lopez Obrador/MEX/President"},
		{"Pentagon Press Secretary Maj. Gen. Pat Ryder spoke.", "Pat Ryder/USA/Pentagon Press Secretary"},
		{"Australian Minister for Defence Richard Marles met reporters.", "Richard Marles/AUS/Defence Minister"},
		{"Australian Deputy Prime Minister and Minister for Defence Richard Marles met reporters.", "Richard Marles/AUS/Defence Minister"},
		{"Chinese Foreign Minister Qin Gang met reporters. Qin accepted an invitation.",
			"Qin Gang/CHN/Foreign Minister"},
		{"Beijing suspended talks after House Speaker Nancy Pelosi visited Taiwan.",
			"Nancy Pelosi//Speaker"},
		{"Philippine Defense Secretary Carlito Galvez Jr. arrived. Galvez spoke.",
			"Carlito Galvez Jr./PHL/Defense Secretary"},
	}
	for _, tt := range tests {
		doc := extractText(t, tt.in)
		if got := personString(doc.Persons); got != tt.want {
			t.Errorf("Document(%q).Persons = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPersonMentions(t *testing.T) {
	doc := extractText(t, "Spanish Prime Minister Pedro Sanchez visited Rabat. Sanchez met King Mohammed.")
	if len(doc.Persons) == 0 || doc.Persons[0].Name != "Pedro Sanchez" {
		t.Fatalf("Persons = %+v, want Pedro Sanchez first", doc.Persons)
	}
	if got := strings.Join(doc.Persons[0].Mentions, ","); got != "Pedro Sanchez,Sanchez" {
		t.Errorf("Mentions = %q, want %q", got, "Pedro Sanchez,Sanchez")
	}
}

func TestCountriesAndPlaces(t *testing.T) {
	tests := []struct {
		in        string
		published string
		countries string
		places    string
	}{
		{"Tokyo and Seoul agreed to share intelligence, officials said.", "2021-03-03", "JPN KOR", ""},
		{"The envoys held talks in Ankara with Turkish officials.", "2021-03-03", "TUR", "Ankara"},
		{"Soviet troops left Afghanistan decades ago, Kazakh officials recalled.", "2021-03-03", "AFG KAZ", ""},
		{"Soviet officials met Japanese envoys in Moscow.", "1987-04-01", "SUN JPN", "Moscow"},
		{"The Soviet Union collapsed, Ukrainian historians said.", "2021-03-03", "UKR", ""}, // history (docs/annotating.md, section 22)
		{"The Soviet Union protested, Ukrainian officials said.", "1988-03-03", "SUN UKR", ""},
		{"North Korea fired a missile toward the Sea of Japan, Seoul said.", "2021-03-03", "PRK KOR", "Sea of Japan"}, // a sea named as a location
		{"U.S. and British diplomats met in Geneva.", "2021-03-03", "USA GBR", "Geneva"},
		{"Trade ties in Asia grew, Vietnamese officials said.", "2021-03-03", "VNM", "Asia"}, // a region named as a location (SCHEMA.md)
		{"The Japan-Russia talks ended.", "2021-03-03", "JPN RUS", ""},
		{"Exports rose to 5.6 billion US dollars, Canadian data showed.", "2021-03-03", "CAN", ""},
		{"The Russian Defence Ministry said drills would start.", "2021-03-03", "RUS", ""},
		{"Tankers were attacked in the Gulf of Oman.", "2021-03-03", "", "Gulf of Oman"},
	}
	for _, tt := range tests {
		doc, err := extract.Document(tt.in, extract.Options{Published: annals.MustParseDate(tt.published)})
		if err != nil {
			t.Fatal(err)
		}
		if got := countryString(doc.Countries); got != tt.countries {
			t.Errorf("Document(%q).Countries = %q, want %q", tt.in, got, tt.countries)
		}
		var ps []string
		for _, p := range doc.Places {
			ps = append(ps, p.Name)
		}
		if got := strings.Join(ps, " "); got != tt.places {
			t.Errorf("Document(%q).Places = %q, want %q", tt.in, got, tt.places)
		}
	}
}

func TestOrganizations(t *testing.T) {
	tests := []struct{ in, want string }{
		{"China's Xinhua news agency said the talks ended.", "Xinhua/CHN/news agency"},
		{"NATO and the U.N. called for calm.", "North Atlantic Treaty Organization//international; United Nations//international"},
		{"The Russian Foreign Ministry protested.", "Russian Foreign Ministry/RUS/"},
		{"The Securities and Exchange Commission fined the bank.", "Securities and Exchange Commission//"},
		{"The IMF approved a loan to Egypt.", "International Monetary Fund//international"},
	}
	for _, tt := range tests {
		doc := extractText(t, tt.in)
		var b []string
		for _, o := range doc.Organizations {
			b = append(b, o.Name+"/"+string(o.Country)+"/"+o.Kind)
		}
		if got := strings.Join(b, "; "); got != tt.want {
			t.Errorf("Document(%q).Organizations = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPersonOfOrganization: a person's name joined by "of" to a firm
// is the person and the firm, not one organisation.
func TestPersonOfOrganization(t *testing.T) {
	doc := extractText(t, "Growth will slow this year, said Odalric Venn of Harbour Analytics Inc.")
	if got := personString(doc.Persons); got != "Odalric Venn//" {
		t.Errorf("Persons = %q, want %q", got, "Odalric Venn//")
	}
	var orgs []string
	for _, o := range doc.Organizations {
		orgs = append(orgs, o.Name)
	}
	if got := strings.Join(orgs, "; "); got != "Harbour Analytics Inc" {
		t.Errorf("Organizations = %q, want %q", got, "Harbour Analytics Inc")
	}
}

// TestPersonOfOwnFirm: a firm named after a person does not remove the
// person who works for it; only the mention after "of" is the firm.
func TestPersonOfOwnFirm(t *testing.T) {
	doc := extractText(t, `"Demand is weak," said analyst Marta Kellgren of Marta Kellgren and Associates, a consulting firm.`)
	if got, want := personString(doc.Persons), "Marta Kellgren//Analyst"; got != want {
		t.Errorf("Persons = %q, want %q", got, want)
	}
	var orgs []string
	for _, o := range doc.Organizations {
		orgs = append(orgs, o.Name)
	}
	if got, want := strings.Join(orgs, "; "), "Marta Kellgren and Associates"; got != want {
		t.Errorf("Organizations = %q, want %q", got, want)
	}
}

// A title's usual state (roles.tsv makes "Home Secretary" British) does
// not hold in a story filed from another state that uses the title; a
// demonym still does, and a dateline in a state without the title keeps it.
func TestTitleStateYieldsToDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"NEW DELHI, May 4 - Home Secretary Arun Mehra inspected the flood camps on Sunday.",
			"Arun Mehra//Home Secretary"},
		{"NEW DELHI, May 4 - British Home Secretary Clara Dunmore met local officials on Sunday.",
			"Clara Dunmore/GBR/Home Secretary"},
		{"LONDON, May 4 - Home Secretary Clara Dunmore met local officials on Sunday.",
			"Clara Dunmore/GBR/Home Secretary"},
		{"Home Secretary Clara Dunmore met local officials on Sunday.",
			"Clara Dunmore/GBR/Home Secretary"},
		{"WASHINGTON, May 4 - Defence Secretary Tom Hale met allied envoys on Sunday.",
			"Tom Hale//Defence Secretary"},
		{"OSLO, May 4 - Defence Secretary Clara Dunmore met Norwegian officials on Sunday.",
			"Clara Dunmore/GBR/Defence Secretary"},
		// The Philippines' Secretary of National Defense is the Defense
		// Secretary too.
		{"MANILA, May 4 - Defense Secretary Ramon Dizon inspected the base on Sunday.",
			"Ramon Dizon//Defense Secretary"},
		{"WASHINGTON, May 4 - Defense Secretary Tom Hale met allied envoys on Sunday.",
			"Tom Hale/USA/Defense Secretary"},
	}
	for _, tt := range tests {
		if got := personString(extractText(t, tt.in).Persons); got != tt.want {
			t.Errorf("Persons(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

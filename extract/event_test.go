package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

// eventString renders the events compactly: type status start..end
// [actors] [countries] @place amount currency.
// eventCase is a named sentence and the events Document should find in it,
// as eventString writes them.
type eventCase struct{ name, in, want string }

// checkEvents runs Document on each case's sentence and compares its
// events with the case's.
func checkEvents(t *testing.T, cases []eventCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			if got := eventString(doc.Events); got != tt.want {
				t.Errorf("Document(%q).Events =\n%s\nwant\n%s", tt.in, got, tt.want)
			}
		})
	}
}

// checkEventPairs is checkEvents for tables of unnamed {in, want} cases.
func checkEventPairs(t *testing.T, cases []struct{ in, want string }) {
	t.Helper()
	named := make([]eventCase, len(cases))
	for i, c := range cases {
		named[i] = eventCase{in: c.in, want: c.want}
	}
	checkEvents(t, named)
}

func eventString(es []annals.Event) string {
	var b []string
	for _, e := range es {
		s := fmt.Sprintf("%s %s %s", e.Type, e.Status, e.Interval())
		s += fmt.Sprintf(" %v %v", e.Actors, e.Countries)
		if e.Place != "" {
			s += " @" + e.Place
		}
		if e.Amount != nil {
			s += fmt.Sprintf(" %.0f %s %s", *e.Amount, e.Currency, e.Measure)
		}
		b = append(b, s)
	}
	return strings.Join(b, "\n")
}

func TestEvents(t *testing.T) {
	// Article date Wednesday 2021-03-03 for every case.
	tests := []struct{ in, want string }{
		{"German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Tuesday.",
			"meet occurred 2021-03-02 [Angela Merkel Emmanuel Macron] [DEU FRA] @Paris"},
		{"Brazil and Argentina signed a trade agreement on Monday.",
			"agree occurred 2021-03-01 [] [BRA ARG]"},
		{"Kenya and Uganda will hold talks in Nairobi next week.",
			"meet planned 2021-03-08..2021-03-14 [] [KEN UGA] @Nairobi"},
		{"Egypt and Sudan agreed to hold talks in Cairo on March 10.",
			"meet planned 2021-03-10 [] [EGY SDN] @Cairo"},
		{"Indian Prime Minister Narendra Modi will visit Japan in May.",
			"visit planned 2021-05-01..2021-05-31 [Narendra Modi] [IND JPN]"},
		{"Greece accused Turkey of violating its airspace on Sunday.",
			"conflict occurred 2021-02-28 [] [GRC TUR]"},
		{"Exports from Chile to China totalled 5.6 billion dlrs last year, officials said.",
			"trade occurred 2020-01-01..2020-12-31 [] [CHL CHN] 5600000000 USD exports"},
		{"The two countries have stepped up cooperation on energy, Norwegian officials said.", ""},
		{"Poland and Lithuania did not sign the accord.", ""},
		{"\"We will meet in Vienna,\" Austrian Chancellor Karl Nehammer warned.",
			"statement occurred 2021-03-03 [Karl Nehammer] [AUT]"},
		{"Kenyan President William Ruto arrived in Addis Ababa on Monday. He met Ethiopian Prime Minister Abiy Ahmed on Tuesday.",
			"visit occurred 2021-03-01 [William Ruto] [KEN ETH] @Addis Ababa\nmeet occurred 2021-03-02 [William Ruto Abiy Ahmed] [KEN ETH]"},
		// A chain of subject pronouns keeps to its first subject past an
		// object person named in between.
		{"Swedish Foreign Minister Anna Lindqvist met Czech Defence Minister Pavel Horak in Prague on Monday. She then met Austrian Trade Minister Omar Haddad in Vienna on Tuesday. She will visit Oslo on Friday.",
			"meet occurred 2021-03-01 [Anna Lindqvist Pavel Horak] [SWE CZE] @Prague\nmeet occurred 2021-03-02 [Anna Lindqvist Omar Haddad] [SWE AUT] @Vienna\nvisit planned 2021-03-05 [Anna Lindqvist] [SWE NOR] @Oslo"},
		{"Canadian Prime Minister Justin Trudeau will visit Mexico City in June.",
			"visit planned 2021-06-01..2021-06-30 [Justin Trudeau] [CAN MEX] @Mexico City"},
		{"Ecuador has enough oil to meet domestic demand, Colombian officials said on Monday.", ""},
		{"Germany pledged 100 million euros in aid to Sudan on Monday, Foreign Minister Heiko Maas said.",
			"cooperate occurred 2021-03-01 [] [DEU SDN] 100000000 EUR aid"},
		{"Turkish troops shelled Kurdish positions in northern Syria on Tuesday.",
			"conflict occurred 2021-03-02 [] [TUR SYR]"},
		{"Mexican Foreign Minister Marcelo Ebrard declared on Monday that the border would stay open.",
			"statement occurred 2021-03-01 [Marcelo Ebrard] [MEX]"},
		{"Prime Ministers Scott Morrison and Jacinda Ardern spoke. Foreign Ministers Marise Payne and Nanaia Mahuta met in the New Zealand capital on Monday. Payne said the two prime ministers would meet on Friday.",
			"meet occurred 2021-03-01 [Marise Payne Nanaia Mahuta] [] @Wellington\nmeet planned 2021-03-05 [Scott Morrison Jacinda Ardern] []"},
		{"After holding talks with her Chilean counterpart, Antonia Urrejola, Argentine Foreign Minister Santiago Cafiero said on Monday the two countries would cooperate.",
			"meet occurred 2021-03-03 [Santiago Cafiero Antonia Urrejola] [CHL ARG]"},
		{"President Joe Biden held an Oval Office meeting with Israeli Prime Minister Naftali Bennett on Friday.",
			"meet occurred 2021-02-26 [Joe Biden Naftali Bennett] [ISR] @Oval Office"},
		{"Indian foreign minister visited Paris on Monday.", "visit occurred 2021-03-01 [] [IND FRA] @Paris"},
		{"Defence Secretary Ben Wallace arrived in Oslo on Monday. The defence secretary held talks with Norwegian officials on Tuesday.",
			"visit occurred 2021-03-01 [Ben Wallace] [GBR NOR] @Oslo\nmeet occurred 2021-03-02 [Ben Wallace] [GBR NOR]"},
		{"Iran and the European Union resumed talks in Vienna on Monday. They met again on Tuesday in Vienna.",
			"meet occurred 2021-03-01 [European Union] [IRN] @Vienna\nmeet occurred 2021-03-02 [] [IRN] @Vienna"},
		{"Kyiv proposed sanctions against Russian banks.", "conflict planned  [] [UKR RUS]"},
		// The last state of a list with a serial comma, before a date
		// range, and the states of every city of a list of stops.
		{"Trade Representative Ada Holm will travel to Chile, Peru, Ecuador, and Bolivia May 10-May 19.",
			"visit planned 2021-05-10..2021-05-19 [Ada Holm] [USA CHL PER ECU BOL]"},
		{"Trade Representative Ada Holm will travel to Santiago, Lima, and La Paz next week.",
			"visit planned 2021-03-08..2021-03-14 [Ada Holm] [USA CHL PER BOL] @Santiago"},
		{"Trade Representative Ada Holm will travel to Quito, Ecuador, and Asuncion, Paraguay next week.",
			"visit planned 2021-03-08..2021-03-14 [Ada Holm] [USA ECU PRY] @Quito"},
		{"Lavrov told a news conference in Moscow that Russia would respond.", ""},
		{"The islands were seized by Soviet troops at the end of World War II, Japanese officials recalled.", ""},
		{"The accord provides for trade between Egypt and Jordan to rise to 2 billion dlrs.",
			"trade planned  [] [EGY JOR] 2000000000 USD trade volume"},
		{"Ministers from Peru and Chile met in Lima. The talks in Lima ended with a joint statement on Wednesday.",
			"meet occurred 2021-03-03 [] [PER CHL] @Lima"},
	}
	checkEventPairs(t, tests)
}

func TestStatus(t *testing.T) {
	tests := []struct {
		in   string
		want annals.Status
	}{
		{"Spain and Portugal are scheduled to hold talks.", annals.StatusPlanned},
		{"Spain and Portugal held talks on Monday.", annals.StatusOccurred},
		{"Spain and Portugal plan to hold talks.", annals.StatusPlanned},
		{"Spain and Portugal are expected to sign a deal.", annals.StatusPlanned},
		{"Spain and Portugal signed a deal.", annals.StatusOccurred},
		{"Spain and Portugal will sign a deal next month.", annals.StatusPlanned},
		{"Spain and Portugal met last month.", annals.StatusOccurred},
		{"Spain is to host talks with Portugal.", annals.StatusPlanned},
		{"Spain and Portugal are set to meet.", annals.StatusPlanned},
		{"Spain and Portugal agreed on a deal.", annals.StatusOccurred},
	}
	for _, tt := range tests {
		doc := extractText(t, tt.in)
		if len(doc.Events) == 0 {
			t.Errorf("Document(%q) has no events, want one %s", tt.in, tt.want)
			continue
		}
		if got := doc.Events[0].Status; got != tt.want {
			t.Errorf("Document(%q).Events[0].Status = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestEventTypes(t *testing.T) {
	tests := []struct {
		in   string
		want annals.EventType
	}{
		{"Israel and Jordan held negotiations on water on Monday.", annals.EventMeet},
		{"Mexico and Canada met on Monday.", annals.EventMeet},
		{"French President Emmanuel Macron visited Algeria on Monday.", annals.EventVisit},
		{"Iran and Iraq signed an accord on Monday.", annals.EventAgree},
		{"Japan sent aid to the Philippines on Monday.", annals.EventCooperate},
		{"Armenia and Azerbaijan clashed on Monday.", annals.EventConflict},
		{"Russia threatened Ukraine on Monday.", annals.EventConflict},
		{"Nigeria imposed sanctions on Niger on Monday.", annals.EventConflict},
		{"Norway and Sweden held joint exercises on Monday.", annals.EventCooperate},
		{"Ghana's imports from China reached 2 billion dollars last year.", annals.EventTrade},
	}
	for _, tt := range tests {
		doc := extractText(t, tt.in)
		if len(doc.Events) == 0 || doc.Events[0].Type != tt.want {
			t.Errorf("Document(%q).Events = %s, want a %s event", tt.in, eventString(doc.Events), tt.want)
		}
	}
}

func TestEvidence(t *testing.T) {
	text := "Colombo\n31 July 2008\nThe foreign ministers of India and Pakistan met in Colombo on Thursday.\nShow more\n"
	doc, err := extract.Document(text, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Published.String() != "2008-07-31" {
		t.Errorf("Published = %s, want 2008-07-31", doc.Published)
	}
	for _, e := range doc.Events {
		if text[e.Span[0]:e.Span[1]] != e.Evidence {
			t.Errorf("evidence %q does not match its span %v", e.Evidence, e.Span)
		}
	}
	if len(doc.Events) != 1 || doc.Events[0].Type != annals.EventMeet || doc.Events[0].Place != "Colombo" {
		t.Errorf("Events = %s, want one meet in Colombo", eventString(doc.Events))
	}
}
